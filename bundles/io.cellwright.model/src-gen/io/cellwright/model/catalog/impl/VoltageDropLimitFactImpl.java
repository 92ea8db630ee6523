/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog.impl;

import io.cellwright.model.catalog.CatalogPackage;
import io.cellwright.model.catalog.Quantity;
import io.cellwright.model.catalog.VoltageDropLimitFact;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Voltage Drop Limit Fact</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.impl.VoltageDropLimitFactImpl#getContext <em>Context</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.VoltageDropLimitFactImpl#getSystemVoltage <em>System Voltage</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VoltageDropLimitFactImpl extends QuantityFactImpl implements VoltageDropLimitFact {
	/**
	 * The default value of the '{@link #getContext() <em>Context</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContext()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContext() <em>Context</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContext()
	 * @generated
	 * @ordered
	 */
	protected String context = CONTEXT_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VoltageDropLimitFactImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.VOLTAGE_DROP_LIMIT_FACT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContext() {
		return context;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContext(String newContext) {
		String oldContext = context;
		context = newContext;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.VOLTAGE_DROP_LIMIT_FACT__CONTEXT, oldContext, context));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.VOLTAGE_DROP_LIMIT_FACT__SYSTEM_VOLTAGE, oldSystemVoltage, newSystemVoltage);
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
				msgs = ((InternalEObject)systemVoltage).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.VOLTAGE_DROP_LIMIT_FACT__SYSTEM_VOLTAGE, null, msgs);
			if (newSystemVoltage != null)
				msgs = ((InternalEObject)newSystemVoltage).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.VOLTAGE_DROP_LIMIT_FACT__SYSTEM_VOLTAGE, null, msgs);
			msgs = basicSetSystemVoltage(newSystemVoltage, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.VOLTAGE_DROP_LIMIT_FACT__SYSTEM_VOLTAGE, newSystemVoltage, newSystemVoltage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CatalogPackage.VOLTAGE_DROP_LIMIT_FACT__SYSTEM_VOLTAGE:
				return basicSetSystemVoltage(null, msgs);
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
			case CatalogPackage.VOLTAGE_DROP_LIMIT_FACT__CONTEXT:
				return getContext();
			case CatalogPackage.VOLTAGE_DROP_LIMIT_FACT__SYSTEM_VOLTAGE:
				return getSystemVoltage();
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
			case CatalogPackage.VOLTAGE_DROP_LIMIT_FACT__CONTEXT:
				setContext((String)newValue);
				return;
			case CatalogPackage.VOLTAGE_DROP_LIMIT_FACT__SYSTEM_VOLTAGE:
				setSystemVoltage((Quantity)newValue);
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
			case CatalogPackage.VOLTAGE_DROP_LIMIT_FACT__CONTEXT:
				setContext(CONTEXT_EDEFAULT);
				return;
			case CatalogPackage.VOLTAGE_DROP_LIMIT_FACT__SYSTEM_VOLTAGE:
				setSystemVoltage((Quantity)null);
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
			case CatalogPackage.VOLTAGE_DROP_LIMIT_FACT__CONTEXT:
				return CONTEXT_EDEFAULT == null ? context != null : !CONTEXT_EDEFAULT.equals(context);
			case CatalogPackage.VOLTAGE_DROP_LIMIT_FACT__SYSTEM_VOLTAGE:
				return systemVoltage != null;
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
		result.append(" (context: ");
		result.append(context);
		result.append(')');
		return result.toString();
	}

} //VoltageDropLimitFactImpl
