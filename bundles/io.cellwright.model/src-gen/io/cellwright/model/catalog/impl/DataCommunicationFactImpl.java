/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog.impl;

import io.cellwright.model.catalog.CatalogPackage;
import io.cellwright.model.catalog.CommunicationProtocol;
import io.cellwright.model.catalog.DataCommunicationFact;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Data Communication Fact</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.impl.DataCommunicationFactImpl#getProtocols <em>Protocols</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.DataCommunicationFactImpl#isWithGxDevice <em>With Gx Device</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.DataCommunicationFactImpl#isWithInverterCharger <em>With Inverter Charger</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DataCommunicationFactImpl extends FactImpl implements DataCommunicationFact {
	/**
	 * The cached value of the '{@link #getProtocols() <em>Protocols</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocols()
	 * @generated
	 * @ordered
	 */
	protected EList<CommunicationProtocol> protocols;

	/**
	 * The default value of the '{@link #isWithGxDevice() <em>With Gx Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWithGxDevice()
	 * @generated
	 * @ordered
	 */
	protected static final boolean WITH_GX_DEVICE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isWithGxDevice() <em>With Gx Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWithGxDevice()
	 * @generated
	 * @ordered
	 */
	protected boolean withGxDevice = WITH_GX_DEVICE_EDEFAULT;

	/**
	 * The default value of the '{@link #isWithInverterCharger() <em>With Inverter Charger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWithInverterCharger()
	 * @generated
	 * @ordered
	 */
	protected static final boolean WITH_INVERTER_CHARGER_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isWithInverterCharger() <em>With Inverter Charger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWithInverterCharger()
	 * @generated
	 * @ordered
	 */
	protected boolean withInverterCharger = WITH_INVERTER_CHARGER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DataCommunicationFactImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.DATA_COMMUNICATION_FACT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CommunicationProtocol> getProtocols() {
		if (protocols == null) {
			protocols = new EDataTypeUniqueEList<CommunicationProtocol>(CommunicationProtocol.class, this, CatalogPackage.DATA_COMMUNICATION_FACT__PROTOCOLS);
		}
		return protocols;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isWithGxDevice() {
		return withGxDevice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWithGxDevice(boolean newWithGxDevice) {
		boolean oldWithGxDevice = withGxDevice;
		withGxDevice = newWithGxDevice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.DATA_COMMUNICATION_FACT__WITH_GX_DEVICE, oldWithGxDevice, withGxDevice));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isWithInverterCharger() {
		return withInverterCharger;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWithInverterCharger(boolean newWithInverterCharger) {
		boolean oldWithInverterCharger = withInverterCharger;
		withInverterCharger = newWithInverterCharger;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.DATA_COMMUNICATION_FACT__WITH_INVERTER_CHARGER, oldWithInverterCharger, withInverterCharger));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CatalogPackage.DATA_COMMUNICATION_FACT__PROTOCOLS:
				return getProtocols();
			case CatalogPackage.DATA_COMMUNICATION_FACT__WITH_GX_DEVICE:
				return isWithGxDevice();
			case CatalogPackage.DATA_COMMUNICATION_FACT__WITH_INVERTER_CHARGER:
				return isWithInverterCharger();
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
			case CatalogPackage.DATA_COMMUNICATION_FACT__PROTOCOLS:
				getProtocols().clear();
				getProtocols().addAll((Collection<? extends CommunicationProtocol>)newValue);
				return;
			case CatalogPackage.DATA_COMMUNICATION_FACT__WITH_GX_DEVICE:
				setWithGxDevice((Boolean)newValue);
				return;
			case CatalogPackage.DATA_COMMUNICATION_FACT__WITH_INVERTER_CHARGER:
				setWithInverterCharger((Boolean)newValue);
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
			case CatalogPackage.DATA_COMMUNICATION_FACT__PROTOCOLS:
				getProtocols().clear();
				return;
			case CatalogPackage.DATA_COMMUNICATION_FACT__WITH_GX_DEVICE:
				setWithGxDevice(WITH_GX_DEVICE_EDEFAULT);
				return;
			case CatalogPackage.DATA_COMMUNICATION_FACT__WITH_INVERTER_CHARGER:
				setWithInverterCharger(WITH_INVERTER_CHARGER_EDEFAULT);
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
			case CatalogPackage.DATA_COMMUNICATION_FACT__PROTOCOLS:
				return protocols != null && !protocols.isEmpty();
			case CatalogPackage.DATA_COMMUNICATION_FACT__WITH_GX_DEVICE:
				return withGxDevice != WITH_GX_DEVICE_EDEFAULT;
			case CatalogPackage.DATA_COMMUNICATION_FACT__WITH_INVERTER_CHARGER:
				return withInverterCharger != WITH_INVERTER_CHARGER_EDEFAULT;
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
		result.append(" (protocols: ");
		result.append(protocols);
		result.append(", withGxDevice: ");
		result.append(withGxDevice);
		result.append(", withInverterCharger: ");
		result.append(withInverterCharger);
		result.append(')');
		return result.toString();
	}

} //DataCommunicationFactImpl
