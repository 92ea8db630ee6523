/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog.impl;

import io.cellwright.model.catalog.CatalogPackage;
import io.cellwright.model.catalog.FuseKind;
import io.cellwright.model.catalog.FuseTableEntry;
import io.cellwright.model.catalog.Quantity;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Fuse Table Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.impl.FuseTableEntryImpl#getId <em>Id</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.FuseTableEntryImpl#getFuseCount <em>Fuse Count</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.FuseTableEntryImpl#getFuseKind <em>Fuse Kind</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.FuseTableEntryImpl#getFuseRating <em>Fuse Rating</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.FuseTableEntryImpl#getMaxChargeCurrent <em>Max Charge Current</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FuseTableEntryImpl extends FactImpl implements FuseTableEntry {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getFuseCount() <em>Fuse Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFuseCount()
	 * @generated
	 * @ordered
	 */
	protected static final int FUSE_COUNT_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getFuseCount() <em>Fuse Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFuseCount()
	 * @generated
	 * @ordered
	 */
	protected int fuseCount = FUSE_COUNT_EDEFAULT;

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
	 * The cached value of the '{@link #getFuseRating() <em>Fuse Rating</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFuseRating()
	 * @generated
	 * @ordered
	 */
	protected Quantity fuseRating;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FuseTableEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.FUSE_TABLE_ENTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.FUSE_TABLE_ENTRY__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFuseCount() {
		return fuseCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFuseCount(int newFuseCount) {
		int oldFuseCount = fuseCount;
		fuseCount = newFuseCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.FUSE_TABLE_ENTRY__FUSE_COUNT, oldFuseCount, fuseCount));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.FUSE_TABLE_ENTRY__FUSE_KIND, oldFuseKind, fuseKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Quantity getFuseRating() {
		return fuseRating;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFuseRating(Quantity newFuseRating, NotificationChain msgs) {
		Quantity oldFuseRating = fuseRating;
		fuseRating = newFuseRating;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.FUSE_TABLE_ENTRY__FUSE_RATING, oldFuseRating, newFuseRating);
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
	public void setFuseRating(Quantity newFuseRating) {
		if (newFuseRating != fuseRating) {
			NotificationChain msgs = null;
			if (fuseRating != null)
				msgs = ((InternalEObject)fuseRating).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.FUSE_TABLE_ENTRY__FUSE_RATING, null, msgs);
			if (newFuseRating != null)
				msgs = ((InternalEObject)newFuseRating).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.FUSE_TABLE_ENTRY__FUSE_RATING, null, msgs);
			msgs = basicSetFuseRating(newFuseRating, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.FUSE_TABLE_ENTRY__FUSE_RATING, newFuseRating, newFuseRating));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.FUSE_TABLE_ENTRY__MAX_CHARGE_CURRENT, oldMaxChargeCurrent, newMaxChargeCurrent);
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
				msgs = ((InternalEObject)maxChargeCurrent).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.FUSE_TABLE_ENTRY__MAX_CHARGE_CURRENT, null, msgs);
			if (newMaxChargeCurrent != null)
				msgs = ((InternalEObject)newMaxChargeCurrent).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.FUSE_TABLE_ENTRY__MAX_CHARGE_CURRENT, null, msgs);
			msgs = basicSetMaxChargeCurrent(newMaxChargeCurrent, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.FUSE_TABLE_ENTRY__MAX_CHARGE_CURRENT, newMaxChargeCurrent, newMaxChargeCurrent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CatalogPackage.FUSE_TABLE_ENTRY__FUSE_RATING:
				return basicSetFuseRating(null, msgs);
			case CatalogPackage.FUSE_TABLE_ENTRY__MAX_CHARGE_CURRENT:
				return basicSetMaxChargeCurrent(null, msgs);
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
			case CatalogPackage.FUSE_TABLE_ENTRY__ID:
				return getId();
			case CatalogPackage.FUSE_TABLE_ENTRY__FUSE_COUNT:
				return getFuseCount();
			case CatalogPackage.FUSE_TABLE_ENTRY__FUSE_KIND:
				return getFuseKind();
			case CatalogPackage.FUSE_TABLE_ENTRY__FUSE_RATING:
				return getFuseRating();
			case CatalogPackage.FUSE_TABLE_ENTRY__MAX_CHARGE_CURRENT:
				return getMaxChargeCurrent();
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
			case CatalogPackage.FUSE_TABLE_ENTRY__ID:
				setId((String)newValue);
				return;
			case CatalogPackage.FUSE_TABLE_ENTRY__FUSE_COUNT:
				setFuseCount((Integer)newValue);
				return;
			case CatalogPackage.FUSE_TABLE_ENTRY__FUSE_KIND:
				setFuseKind((FuseKind)newValue);
				return;
			case CatalogPackage.FUSE_TABLE_ENTRY__FUSE_RATING:
				setFuseRating((Quantity)newValue);
				return;
			case CatalogPackage.FUSE_TABLE_ENTRY__MAX_CHARGE_CURRENT:
				setMaxChargeCurrent((Quantity)newValue);
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
			case CatalogPackage.FUSE_TABLE_ENTRY__ID:
				setId(ID_EDEFAULT);
				return;
			case CatalogPackage.FUSE_TABLE_ENTRY__FUSE_COUNT:
				setFuseCount(FUSE_COUNT_EDEFAULT);
				return;
			case CatalogPackage.FUSE_TABLE_ENTRY__FUSE_KIND:
				setFuseKind(FUSE_KIND_EDEFAULT);
				return;
			case CatalogPackage.FUSE_TABLE_ENTRY__FUSE_RATING:
				setFuseRating((Quantity)null);
				return;
			case CatalogPackage.FUSE_TABLE_ENTRY__MAX_CHARGE_CURRENT:
				setMaxChargeCurrent((Quantity)null);
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
			case CatalogPackage.FUSE_TABLE_ENTRY__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case CatalogPackage.FUSE_TABLE_ENTRY__FUSE_COUNT:
				return fuseCount != FUSE_COUNT_EDEFAULT;
			case CatalogPackage.FUSE_TABLE_ENTRY__FUSE_KIND:
				return fuseKind != FUSE_KIND_EDEFAULT;
			case CatalogPackage.FUSE_TABLE_ENTRY__FUSE_RATING:
				return fuseRating != null;
			case CatalogPackage.FUSE_TABLE_ENTRY__MAX_CHARGE_CURRENT:
				return maxChargeCurrent != null;
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
		result.append(" (id: ");
		result.append(id);
		result.append(", fuseCount: ");
		result.append(fuseCount);
		result.append(", fuseKind: ");
		result.append(fuseKind);
		result.append(')');
		return result.toString();
	}

} //FuseTableEntryImpl
