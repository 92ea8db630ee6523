/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog.impl;

import io.cellwright.model.catalog.CatalogPackage;
import io.cellwright.model.catalog.Quantity;
import io.cellwright.model.catalog.ReserveFact;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Reserve Fact</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.impl.ReserveFactImpl#getCellVoltage <em>Cell Voltage</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReserveFactImpl extends QuantityFactImpl implements ReserveFact {
	/**
	 * The cached value of the '{@link #getCellVoltage() <em>Cell Voltage</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCellVoltage()
	 * @generated
	 * @ordered
	 */
	protected Quantity cellVoltage;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReserveFactImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.RESERVE_FACT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Quantity getCellVoltage() {
		return cellVoltage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCellVoltage(Quantity newCellVoltage, NotificationChain msgs) {
		Quantity oldCellVoltage = cellVoltage;
		cellVoltage = newCellVoltage;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.RESERVE_FACT__CELL_VOLTAGE, oldCellVoltage, newCellVoltage);
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
	public void setCellVoltage(Quantity newCellVoltage) {
		if (newCellVoltage != cellVoltage) {
			NotificationChain msgs = null;
			if (cellVoltage != null)
				msgs = ((InternalEObject)cellVoltage).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.RESERVE_FACT__CELL_VOLTAGE, null, msgs);
			if (newCellVoltage != null)
				msgs = ((InternalEObject)newCellVoltage).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.RESERVE_FACT__CELL_VOLTAGE, null, msgs);
			msgs = basicSetCellVoltage(newCellVoltage, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.RESERVE_FACT__CELL_VOLTAGE, newCellVoltage, newCellVoltage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CatalogPackage.RESERVE_FACT__CELL_VOLTAGE:
				return basicSetCellVoltage(null, msgs);
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
			case CatalogPackage.RESERVE_FACT__CELL_VOLTAGE:
				return getCellVoltage();
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
			case CatalogPackage.RESERVE_FACT__CELL_VOLTAGE:
				setCellVoltage((Quantity)newValue);
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
			case CatalogPackage.RESERVE_FACT__CELL_VOLTAGE:
				setCellVoltage((Quantity)null);
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
			case CatalogPackage.RESERVE_FACT__CELL_VOLTAGE:
				return cellVoltage != null;
		}
		return super.eIsSet(featureID);
	}

} //ReserveFactImpl
