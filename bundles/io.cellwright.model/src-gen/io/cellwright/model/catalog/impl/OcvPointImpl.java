/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog.impl;

import io.cellwright.model.catalog.CatalogPackage;
import io.cellwright.model.catalog.OcvPoint;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Ocv Point</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.impl.OcvPointImpl#getStateOfCharge <em>State Of Charge</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.OcvPointImpl#getVoltage <em>Voltage</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OcvPointImpl extends MinimalEObjectImpl.Container implements OcvPoint {
	/**
	 * The default value of the '{@link #getStateOfCharge() <em>State Of Charge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStateOfCharge()
	 * @generated
	 * @ordered
	 */
	protected static final double STATE_OF_CHARGE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getStateOfCharge() <em>State Of Charge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStateOfCharge()
	 * @generated
	 * @ordered
	 */
	protected double stateOfCharge = STATE_OF_CHARGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getVoltage() <em>Voltage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVoltage()
	 * @generated
	 * @ordered
	 */
	protected static final double VOLTAGE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getVoltage() <em>Voltage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVoltage()
	 * @generated
	 * @ordered
	 */
	protected double voltage = VOLTAGE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OcvPointImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.OCV_POINT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getStateOfCharge() {
		return stateOfCharge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStateOfCharge(double newStateOfCharge) {
		double oldStateOfCharge = stateOfCharge;
		stateOfCharge = newStateOfCharge;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.OCV_POINT__STATE_OF_CHARGE, oldStateOfCharge, stateOfCharge));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getVoltage() {
		return voltage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVoltage(double newVoltage) {
		double oldVoltage = voltage;
		voltage = newVoltage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.OCV_POINT__VOLTAGE, oldVoltage, voltage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CatalogPackage.OCV_POINT__STATE_OF_CHARGE:
				return getStateOfCharge();
			case CatalogPackage.OCV_POINT__VOLTAGE:
				return getVoltage();
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
			case CatalogPackage.OCV_POINT__STATE_OF_CHARGE:
				setStateOfCharge((Double)newValue);
				return;
			case CatalogPackage.OCV_POINT__VOLTAGE:
				setVoltage((Double)newValue);
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
			case CatalogPackage.OCV_POINT__STATE_OF_CHARGE:
				setStateOfCharge(STATE_OF_CHARGE_EDEFAULT);
				return;
			case CatalogPackage.OCV_POINT__VOLTAGE:
				setVoltage(VOLTAGE_EDEFAULT);
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
			case CatalogPackage.OCV_POINT__STATE_OF_CHARGE:
				return stateOfCharge != STATE_OF_CHARGE_EDEFAULT;
			case CatalogPackage.OCV_POINT__VOLTAGE:
				return voltage != VOLTAGE_EDEFAULT;
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
		result.append(" (stateOfCharge: ");
		result.append(stateOfCharge);
		result.append(", voltage: ");
		result.append(voltage);
		result.append(')');
		return result.toString();
	}

} //OcvPointImpl
