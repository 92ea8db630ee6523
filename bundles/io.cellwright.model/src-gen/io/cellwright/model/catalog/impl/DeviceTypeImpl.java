/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog.impl;

import io.cellwright.model.catalog.CatalogPackage;
import io.cellwright.model.catalog.DeviceRole;
import io.cellwright.model.catalog.DeviceType;
import io.cellwright.model.catalog.QuantityFact;
import io.cellwright.model.catalog.QuantitySetFact;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Device Type</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.impl.DeviceTypeImpl#getRoles <em>Roles</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.DeviceTypeImpl#getNominalVoltages <em>Nominal Voltages</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.DeviceTypeImpl#getRatedPower <em>Rated Power</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.DeviceTypeImpl#getRatedCurrent <em>Rated Current</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeviceTypeImpl extends ProductTypeImpl implements DeviceType {
	/**
	 * The cached value of the '{@link #getRoles() <em>Roles</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoles()
	 * @generated
	 * @ordered
	 */
	protected EList<DeviceRole> roles;

	/**
	 * The cached value of the '{@link #getNominalVoltages() <em>Nominal Voltages</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNominalVoltages()
	 * @generated
	 * @ordered
	 */
	protected QuantitySetFact nominalVoltages;

	/**
	 * The cached value of the '{@link #getRatedPower() <em>Rated Power</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRatedPower()
	 * @generated
	 * @ordered
	 */
	protected QuantityFact ratedPower;

	/**
	 * The cached value of the '{@link #getRatedCurrent() <em>Rated Current</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRatedCurrent()
	 * @generated
	 * @ordered
	 */
	protected QuantityFact ratedCurrent;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeviceTypeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.DEVICE_TYPE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DeviceRole> getRoles() {
		if (roles == null) {
			roles = new EDataTypeUniqueEList<DeviceRole>(DeviceRole.class, this, CatalogPackage.DEVICE_TYPE__ROLES);
		}
		return roles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantitySetFact getNominalVoltages() {
		return nominalVoltages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNominalVoltages(QuantitySetFact newNominalVoltages, NotificationChain msgs) {
		QuantitySetFact oldNominalVoltages = nominalVoltages;
		nominalVoltages = newNominalVoltages;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.DEVICE_TYPE__NOMINAL_VOLTAGES, oldNominalVoltages, newNominalVoltages);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNominalVoltages(QuantitySetFact newNominalVoltages) {
		if (newNominalVoltages != nominalVoltages) {
			NotificationChain msgs = null;
			if (nominalVoltages != null)
				msgs = ((InternalEObject)nominalVoltages).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.DEVICE_TYPE__NOMINAL_VOLTAGES, null, msgs);
			if (newNominalVoltages != null)
				msgs = ((InternalEObject)newNominalVoltages).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.DEVICE_TYPE__NOMINAL_VOLTAGES, null, msgs);
			msgs = basicSetNominalVoltages(newNominalVoltages, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.DEVICE_TYPE__NOMINAL_VOLTAGES, newNominalVoltages, newNominalVoltages));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantityFact getRatedPower() {
		return ratedPower;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRatedPower(QuantityFact newRatedPower, NotificationChain msgs) {
		QuantityFact oldRatedPower = ratedPower;
		ratedPower = newRatedPower;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.DEVICE_TYPE__RATED_POWER, oldRatedPower, newRatedPower);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRatedPower(QuantityFact newRatedPower) {
		if (newRatedPower != ratedPower) {
			NotificationChain msgs = null;
			if (ratedPower != null)
				msgs = ((InternalEObject)ratedPower).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.DEVICE_TYPE__RATED_POWER, null, msgs);
			if (newRatedPower != null)
				msgs = ((InternalEObject)newRatedPower).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.DEVICE_TYPE__RATED_POWER, null, msgs);
			msgs = basicSetRatedPower(newRatedPower, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.DEVICE_TYPE__RATED_POWER, newRatedPower, newRatedPower));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantityFact getRatedCurrent() {
		return ratedCurrent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRatedCurrent(QuantityFact newRatedCurrent, NotificationChain msgs) {
		QuantityFact oldRatedCurrent = ratedCurrent;
		ratedCurrent = newRatedCurrent;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.DEVICE_TYPE__RATED_CURRENT, oldRatedCurrent, newRatedCurrent);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRatedCurrent(QuantityFact newRatedCurrent) {
		if (newRatedCurrent != ratedCurrent) {
			NotificationChain msgs = null;
			if (ratedCurrent != null)
				msgs = ((InternalEObject)ratedCurrent).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.DEVICE_TYPE__RATED_CURRENT, null, msgs);
			if (newRatedCurrent != null)
				msgs = ((InternalEObject)newRatedCurrent).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.DEVICE_TYPE__RATED_CURRENT, null, msgs);
			msgs = basicSetRatedCurrent(newRatedCurrent, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.DEVICE_TYPE__RATED_CURRENT, newRatedCurrent, newRatedCurrent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CatalogPackage.DEVICE_TYPE__NOMINAL_VOLTAGES:
				return basicSetNominalVoltages(null, msgs);
			case CatalogPackage.DEVICE_TYPE__RATED_POWER:
				return basicSetRatedPower(null, msgs);
			case CatalogPackage.DEVICE_TYPE__RATED_CURRENT:
				return basicSetRatedCurrent(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CatalogPackage.DEVICE_TYPE__ROLES:
				return getRoles();
			case CatalogPackage.DEVICE_TYPE__NOMINAL_VOLTAGES:
				return getNominalVoltages();
			case CatalogPackage.DEVICE_TYPE__RATED_POWER:
				return getRatedPower();
			case CatalogPackage.DEVICE_TYPE__RATED_CURRENT:
				return getRatedCurrent();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CatalogPackage.DEVICE_TYPE__ROLES:
				getRoles().clear();
				getRoles().addAll((Collection<? extends DeviceRole>)newValue);
				return;
			case CatalogPackage.DEVICE_TYPE__NOMINAL_VOLTAGES:
				setNominalVoltages((QuantitySetFact)newValue);
				return;
			case CatalogPackage.DEVICE_TYPE__RATED_POWER:
				setRatedPower((QuantityFact)newValue);
				return;
			case CatalogPackage.DEVICE_TYPE__RATED_CURRENT:
				setRatedCurrent((QuantityFact)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CatalogPackage.DEVICE_TYPE__ROLES:
				getRoles().clear();
				return;
			case CatalogPackage.DEVICE_TYPE__NOMINAL_VOLTAGES:
				setNominalVoltages((QuantitySetFact)null);
				return;
			case CatalogPackage.DEVICE_TYPE__RATED_POWER:
				setRatedPower((QuantityFact)null);
				return;
			case CatalogPackage.DEVICE_TYPE__RATED_CURRENT:
				setRatedCurrent((QuantityFact)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CatalogPackage.DEVICE_TYPE__ROLES:
				return roles != null && !roles.isEmpty();
			case CatalogPackage.DEVICE_TYPE__NOMINAL_VOLTAGES:
				return nominalVoltages != null;
			case CatalogPackage.DEVICE_TYPE__RATED_POWER:
				return ratedPower != null;
			case CatalogPackage.DEVICE_TYPE__RATED_CURRENT:
				return ratedCurrent != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (roles: ");
		result.append(roles);
		result.append(')');
		return result.toString();
	}

} //DeviceTypeImpl
