/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog.impl;

import io.cellwright.model.catalog.CatalogPackage;
import io.cellwright.model.catalog.CycleLifeFact;
import io.cellwright.model.catalog.Quantity;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cycle Life Fact</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.impl.CycleLifeFactImpl#getCycles <em>Cycles</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.CycleLifeFactImpl#getDepthOfDischarge <em>Depth Of Discharge</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CycleLifeFactImpl extends FactImpl implements CycleLifeFact {
	/**
	 * The default value of the '{@link #getCycles() <em>Cycles</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCycles()
	 * @generated
	 * @ordered
	 */
	protected static final int CYCLES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCycles() <em>Cycles</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCycles()
	 * @generated
	 * @ordered
	 */
	protected int cycles = CYCLES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDepthOfDischarge() <em>Depth Of Discharge</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepthOfDischarge()
	 * @generated
	 * @ordered
	 */
	protected Quantity depthOfDischarge;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CycleLifeFactImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.CYCLE_LIFE_FACT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCycles() {
		return cycles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCycles(int newCycles) {
		int oldCycles = cycles;
		cycles = newCycles;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.CYCLE_LIFE_FACT__CYCLES, oldCycles, cycles));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Quantity getDepthOfDischarge() {
		return depthOfDischarge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDepthOfDischarge(Quantity newDepthOfDischarge, NotificationChain msgs) {
		Quantity oldDepthOfDischarge = depthOfDischarge;
		depthOfDischarge = newDepthOfDischarge;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.CYCLE_LIFE_FACT__DEPTH_OF_DISCHARGE, oldDepthOfDischarge, newDepthOfDischarge);
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
	public void setDepthOfDischarge(Quantity newDepthOfDischarge) {
		if (newDepthOfDischarge != depthOfDischarge) {
			NotificationChain msgs = null;
			if (depthOfDischarge != null)
				msgs = ((InternalEObject)depthOfDischarge).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.CYCLE_LIFE_FACT__DEPTH_OF_DISCHARGE, null, msgs);
			if (newDepthOfDischarge != null)
				msgs = ((InternalEObject)newDepthOfDischarge).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.CYCLE_LIFE_FACT__DEPTH_OF_DISCHARGE, null, msgs);
			msgs = basicSetDepthOfDischarge(newDepthOfDischarge, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.CYCLE_LIFE_FACT__DEPTH_OF_DISCHARGE, newDepthOfDischarge, newDepthOfDischarge));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CatalogPackage.CYCLE_LIFE_FACT__DEPTH_OF_DISCHARGE:
				return basicSetDepthOfDischarge(null, msgs);
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
			case CatalogPackage.CYCLE_LIFE_FACT__CYCLES:
				return getCycles();
			case CatalogPackage.CYCLE_LIFE_FACT__DEPTH_OF_DISCHARGE:
				return getDepthOfDischarge();
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
			case CatalogPackage.CYCLE_LIFE_FACT__CYCLES:
				setCycles((Integer)newValue);
				return;
			case CatalogPackage.CYCLE_LIFE_FACT__DEPTH_OF_DISCHARGE:
				setDepthOfDischarge((Quantity)newValue);
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
			case CatalogPackage.CYCLE_LIFE_FACT__CYCLES:
				setCycles(CYCLES_EDEFAULT);
				return;
			case CatalogPackage.CYCLE_LIFE_FACT__DEPTH_OF_DISCHARGE:
				setDepthOfDischarge((Quantity)null);
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
			case CatalogPackage.CYCLE_LIFE_FACT__CYCLES:
				return cycles != CYCLES_EDEFAULT;
			case CatalogPackage.CYCLE_LIFE_FACT__DEPTH_OF_DISCHARGE:
				return depthOfDischarge != null;
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
		result.append(" (cycles: ");
		result.append(cycles);
		result.append(')');
		return result.toString();
	}

} //CycleLifeFactImpl
