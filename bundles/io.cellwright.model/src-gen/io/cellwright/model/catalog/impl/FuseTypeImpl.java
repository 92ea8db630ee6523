/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog.impl;

import io.cellwright.model.catalog.CatalogPackage;
import io.cellwright.model.catalog.FuseKind;
import io.cellwright.model.catalog.FuseType;
import io.cellwright.model.catalog.QuantityFact;
import io.cellwright.model.catalog.QuantitySetFact;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Fuse Type</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.impl.FuseTypeImpl#getFuseKind <em>Fuse Kind</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.FuseTypeImpl#getRatings <em>Ratings</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.FuseTypeImpl#getMaxVoltage <em>Max Voltage</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FuseTypeImpl extends ProductTypeImpl implements FuseType {
	/**
	 * The default value of the '{@link #getFuseKind() <em>Fuse Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFuseKind()
	 * @generated
	 * @ordered
	 */
	protected static final FuseKind FUSE_KIND_EDEFAULT = FuseKind.OTHER;

	/**
	 * The cached value of the '{@link #getFuseKind() <em>Fuse Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFuseKind()
	 * @generated
	 * @ordered
	 */
	protected FuseKind fuseKind = FUSE_KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRatings() <em>Ratings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRatings()
	 * @generated
	 * @ordered
	 */
	protected QuantitySetFact ratings;

	/**
	 * The cached value of the '{@link #getMaxVoltage() <em>Max Voltage</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxVoltage()
	 * @generated
	 * @ordered
	 */
	protected QuantityFact maxVoltage;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FuseTypeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.FUSE_TYPE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FuseKind getFuseKind() {
		return fuseKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFuseKind(FuseKind newFuseKind) {
		FuseKind oldFuseKind = fuseKind;
		fuseKind = newFuseKind == null ? FUSE_KIND_EDEFAULT : newFuseKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.FUSE_TYPE__FUSE_KIND, oldFuseKind, fuseKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantitySetFact getRatings() {
		return ratings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRatings(QuantitySetFact newRatings, NotificationChain msgs) {
		QuantitySetFact oldRatings = ratings;
		ratings = newRatings;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.FUSE_TYPE__RATINGS, oldRatings, newRatings);
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
	public void setRatings(QuantitySetFact newRatings) {
		if (newRatings != ratings) {
			NotificationChain msgs = null;
			if (ratings != null)
				msgs = ((InternalEObject)ratings).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.FUSE_TYPE__RATINGS, null, msgs);
			if (newRatings != null)
				msgs = ((InternalEObject)newRatings).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.FUSE_TYPE__RATINGS, null, msgs);
			msgs = basicSetRatings(newRatings, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.FUSE_TYPE__RATINGS, newRatings, newRatings));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantityFact getMaxVoltage() {
		return maxVoltage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMaxVoltage(QuantityFact newMaxVoltage, NotificationChain msgs) {
		QuantityFact oldMaxVoltage = maxVoltage;
		maxVoltage = newMaxVoltage;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.FUSE_TYPE__MAX_VOLTAGE, oldMaxVoltage, newMaxVoltage);
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
	public void setMaxVoltage(QuantityFact newMaxVoltage) {
		if (newMaxVoltage != maxVoltage) {
			NotificationChain msgs = null;
			if (maxVoltage != null)
				msgs = ((InternalEObject)maxVoltage).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.FUSE_TYPE__MAX_VOLTAGE, null, msgs);
			if (newMaxVoltage != null)
				msgs = ((InternalEObject)newMaxVoltage).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.FUSE_TYPE__MAX_VOLTAGE, null, msgs);
			msgs = basicSetMaxVoltage(newMaxVoltage, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.FUSE_TYPE__MAX_VOLTAGE, newMaxVoltage, newMaxVoltage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CatalogPackage.FUSE_TYPE__RATINGS:
				return basicSetRatings(null, msgs);
			case CatalogPackage.FUSE_TYPE__MAX_VOLTAGE:
				return basicSetMaxVoltage(null, msgs);
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
			case CatalogPackage.FUSE_TYPE__FUSE_KIND:
				return getFuseKind();
			case CatalogPackage.FUSE_TYPE__RATINGS:
				return getRatings();
			case CatalogPackage.FUSE_TYPE__MAX_VOLTAGE:
				return getMaxVoltage();
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
			case CatalogPackage.FUSE_TYPE__FUSE_KIND:
				setFuseKind((FuseKind)newValue);
				return;
			case CatalogPackage.FUSE_TYPE__RATINGS:
				setRatings((QuantitySetFact)newValue);
				return;
			case CatalogPackage.FUSE_TYPE__MAX_VOLTAGE:
				setMaxVoltage((QuantityFact)newValue);
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
			case CatalogPackage.FUSE_TYPE__FUSE_KIND:
				setFuseKind(FUSE_KIND_EDEFAULT);
				return;
			case CatalogPackage.FUSE_TYPE__RATINGS:
				setRatings((QuantitySetFact)null);
				return;
			case CatalogPackage.FUSE_TYPE__MAX_VOLTAGE:
				setMaxVoltage((QuantityFact)null);
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
			case CatalogPackage.FUSE_TYPE__FUSE_KIND:
				return fuseKind != FUSE_KIND_EDEFAULT;
			case CatalogPackage.FUSE_TYPE__RATINGS:
				return ratings != null;
			case CatalogPackage.FUSE_TYPE__MAX_VOLTAGE:
				return maxVoltage != null;
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
		result.append(" (fuseKind: ");
		result.append(fuseKind);
		result.append(')');
		return result.toString();
	}

} //FuseTypeImpl
