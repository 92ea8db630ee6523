/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog.impl;

import io.cellwright.model.catalog.CatalogPackage;
import io.cellwright.model.catalog.Quantity;
import io.cellwright.model.catalog.SystemVoltageGuideFact;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>System Voltage Guide Fact</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.impl.SystemVoltageGuideFactImpl#getSystemVoltage <em>System Voltage</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.SystemVoltageGuideFactImpl#getMaxInverterPower <em>Max Inverter Power</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SystemVoltageGuideFactImpl extends FactImpl implements SystemVoltageGuideFact {
	/**
	 * The cached value of the '{@link #getSystemVoltage() <em>System Voltage</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystemVoltage()
	 * @generated
	 * @ordered
	 */
	protected Quantity systemVoltage;

	/**
	 * The cached value of the '{@link #getMaxInverterPower() <em>Max Inverter Power</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxInverterPower()
	 * @generated
	 * @ordered
	 */
	protected Quantity maxInverterPower;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SystemVoltageGuideFactImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.SYSTEM_VOLTAGE_GUIDE_FACT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Quantity getSystemVoltage() {
		return systemVoltage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSystemVoltage(Quantity newSystemVoltage, NotificationChain msgs) {
		Quantity oldSystemVoltage = systemVoltage;
		systemVoltage = newSystemVoltage;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.SYSTEM_VOLTAGE_GUIDE_FACT__SYSTEM_VOLTAGE, oldSystemVoltage, newSystemVoltage);
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
	public void setSystemVoltage(Quantity newSystemVoltage) {
		if (newSystemVoltage != systemVoltage) {
			NotificationChain msgs = null;
			if (systemVoltage != null)
				msgs = ((InternalEObject)systemVoltage).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.SYSTEM_VOLTAGE_GUIDE_FACT__SYSTEM_VOLTAGE, null, msgs);
			if (newSystemVoltage != null)
				msgs = ((InternalEObject)newSystemVoltage).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.SYSTEM_VOLTAGE_GUIDE_FACT__SYSTEM_VOLTAGE, null, msgs);
			msgs = basicSetSystemVoltage(newSystemVoltage, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.SYSTEM_VOLTAGE_GUIDE_FACT__SYSTEM_VOLTAGE, newSystemVoltage, newSystemVoltage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Quantity getMaxInverterPower() {
		return maxInverterPower;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMaxInverterPower(Quantity newMaxInverterPower, NotificationChain msgs) {
		Quantity oldMaxInverterPower = maxInverterPower;
		maxInverterPower = newMaxInverterPower;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.SYSTEM_VOLTAGE_GUIDE_FACT__MAX_INVERTER_POWER, oldMaxInverterPower, newMaxInverterPower);
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
	public void setMaxInverterPower(Quantity newMaxInverterPower) {
		if (newMaxInverterPower != maxInverterPower) {
			NotificationChain msgs = null;
			if (maxInverterPower != null)
				msgs = ((InternalEObject)maxInverterPower).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.SYSTEM_VOLTAGE_GUIDE_FACT__MAX_INVERTER_POWER, null, msgs);
			if (newMaxInverterPower != null)
				msgs = ((InternalEObject)newMaxInverterPower).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.SYSTEM_VOLTAGE_GUIDE_FACT__MAX_INVERTER_POWER, null, msgs);
			msgs = basicSetMaxInverterPower(newMaxInverterPower, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.SYSTEM_VOLTAGE_GUIDE_FACT__MAX_INVERTER_POWER, newMaxInverterPower, newMaxInverterPower));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CatalogPackage.SYSTEM_VOLTAGE_GUIDE_FACT__SYSTEM_VOLTAGE:
				return basicSetSystemVoltage(null, msgs);
			case CatalogPackage.SYSTEM_VOLTAGE_GUIDE_FACT__MAX_INVERTER_POWER:
				return basicSetMaxInverterPower(null, msgs);
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
			case CatalogPackage.SYSTEM_VOLTAGE_GUIDE_FACT__SYSTEM_VOLTAGE:
				return getSystemVoltage();
			case CatalogPackage.SYSTEM_VOLTAGE_GUIDE_FACT__MAX_INVERTER_POWER:
				return getMaxInverterPower();
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
			case CatalogPackage.SYSTEM_VOLTAGE_GUIDE_FACT__SYSTEM_VOLTAGE:
				setSystemVoltage((Quantity)newValue);
				return;
			case CatalogPackage.SYSTEM_VOLTAGE_GUIDE_FACT__MAX_INVERTER_POWER:
				setMaxInverterPower((Quantity)newValue);
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
			case CatalogPackage.SYSTEM_VOLTAGE_GUIDE_FACT__SYSTEM_VOLTAGE:
				setSystemVoltage((Quantity)null);
				return;
			case CatalogPackage.SYSTEM_VOLTAGE_GUIDE_FACT__MAX_INVERTER_POWER:
				setMaxInverterPower((Quantity)null);
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
			case CatalogPackage.SYSTEM_VOLTAGE_GUIDE_FACT__SYSTEM_VOLTAGE:
				return systemVoltage != null;
			case CatalogPackage.SYSTEM_VOLTAGE_GUIDE_FACT__MAX_INVERTER_POWER:
				return maxInverterPower != null;
		}
		return super.eIsSet(featureID);
	}

} //SystemVoltageGuideFactImpl
