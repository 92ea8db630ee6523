/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog.impl;

import io.cellwright.model.catalog.AlternatorPortFact;
import io.cellwright.model.catalog.AlternatorPortMode;
import io.cellwright.model.catalog.CatalogPackage;
import io.cellwright.model.catalog.Quantity;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Alternator Port Fact</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.impl.AlternatorPortFactImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.AlternatorPortFactImpl#getMaxChargeCurrent <em>Max Charge Current</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.AlternatorPortFactImpl#getWithFuse <em>With Fuse</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AlternatorPortFactImpl extends FactImpl implements AlternatorPortFact {
	/**
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final AlternatorPortMode MODE_EDEFAULT = AlternatorPortMode.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected AlternatorPortMode mode = MODE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMaxChargeCurrent() <em>Max Charge Current</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxChargeCurrent()
	 * @generated
	 * @ordered
	 */
	protected Quantity maxChargeCurrent;

	/**
	 * The cached value of the '{@link #getWithFuse() <em>With Fuse</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWithFuse()
	 * @generated
	 * @ordered
	 */
	protected Quantity withFuse;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AlternatorPortFactImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.ALTERNATOR_PORT_FACT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AlternatorPortMode getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(AlternatorPortMode newMode) {
		AlternatorPortMode oldMode = mode;
		mode = newMode == null ? MODE_EDEFAULT : newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.ALTERNATOR_PORT_FACT__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Quantity getMaxChargeCurrent() {
		return maxChargeCurrent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMaxChargeCurrent(Quantity newMaxChargeCurrent, NotificationChain msgs) {
		Quantity oldMaxChargeCurrent = maxChargeCurrent;
		maxChargeCurrent = newMaxChargeCurrent;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.ALTERNATOR_PORT_FACT__MAX_CHARGE_CURRENT, oldMaxChargeCurrent, newMaxChargeCurrent);
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
	public void setMaxChargeCurrent(Quantity newMaxChargeCurrent) {
		if (newMaxChargeCurrent != maxChargeCurrent) {
			NotificationChain msgs = null;
			if (maxChargeCurrent != null)
				msgs = ((InternalEObject)maxChargeCurrent).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.ALTERNATOR_PORT_FACT__MAX_CHARGE_CURRENT, null, msgs);
			if (newMaxChargeCurrent != null)
				msgs = ((InternalEObject)newMaxChargeCurrent).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.ALTERNATOR_PORT_FACT__MAX_CHARGE_CURRENT, null, msgs);
			msgs = basicSetMaxChargeCurrent(newMaxChargeCurrent, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.ALTERNATOR_PORT_FACT__MAX_CHARGE_CURRENT, newMaxChargeCurrent, newMaxChargeCurrent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Quantity getWithFuse() {
		return withFuse;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetWithFuse(Quantity newWithFuse, NotificationChain msgs) {
		Quantity oldWithFuse = withFuse;
		withFuse = newWithFuse;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.ALTERNATOR_PORT_FACT__WITH_FUSE, oldWithFuse, newWithFuse);
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
	public void setWithFuse(Quantity newWithFuse) {
		if (newWithFuse != withFuse) {
			NotificationChain msgs = null;
			if (withFuse != null)
				msgs = ((InternalEObject)withFuse).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.ALTERNATOR_PORT_FACT__WITH_FUSE, null, msgs);
			if (newWithFuse != null)
				msgs = ((InternalEObject)newWithFuse).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.ALTERNATOR_PORT_FACT__WITH_FUSE, null, msgs);
			msgs = basicSetWithFuse(newWithFuse, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.ALTERNATOR_PORT_FACT__WITH_FUSE, newWithFuse, newWithFuse));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CatalogPackage.ALTERNATOR_PORT_FACT__MAX_CHARGE_CURRENT:
				return basicSetMaxChargeCurrent(null, msgs);
			case CatalogPackage.ALTERNATOR_PORT_FACT__WITH_FUSE:
				return basicSetWithFuse(null, msgs);
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
			case CatalogPackage.ALTERNATOR_PORT_FACT__MODE:
				return getMode();
			case CatalogPackage.ALTERNATOR_PORT_FACT__MAX_CHARGE_CURRENT:
				return getMaxChargeCurrent();
			case CatalogPackage.ALTERNATOR_PORT_FACT__WITH_FUSE:
				return getWithFuse();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CatalogPackage.ALTERNATOR_PORT_FACT__MODE:
				setMode((AlternatorPortMode)newValue);
				return;
			case CatalogPackage.ALTERNATOR_PORT_FACT__MAX_CHARGE_CURRENT:
				setMaxChargeCurrent((Quantity)newValue);
				return;
			case CatalogPackage.ALTERNATOR_PORT_FACT__WITH_FUSE:
				setWithFuse((Quantity)newValue);
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
			case CatalogPackage.ALTERNATOR_PORT_FACT__MODE:
				setMode(MODE_EDEFAULT);
				return;
			case CatalogPackage.ALTERNATOR_PORT_FACT__MAX_CHARGE_CURRENT:
				setMaxChargeCurrent((Quantity)null);
				return;
			case CatalogPackage.ALTERNATOR_PORT_FACT__WITH_FUSE:
				setWithFuse((Quantity)null);
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
			case CatalogPackage.ALTERNATOR_PORT_FACT__MODE:
				return mode != MODE_EDEFAULT;
			case CatalogPackage.ALTERNATOR_PORT_FACT__MAX_CHARGE_CURRENT:
				return maxChargeCurrent != null;
			case CatalogPackage.ALTERNATOR_PORT_FACT__WITH_FUSE:
				return withFuse != null;
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
		result.append(" (mode: ");
		result.append(mode);
		result.append(')');
		return result.toString();
	}

} //AlternatorPortFactImpl
