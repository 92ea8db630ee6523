/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.design.impl;

import io.cellwright.model.design.DesignPackage;
import io.cellwright.model.design.LiveBinding;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Live Binding</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.design.impl.LiveBindingImpl#getServiceType <em>Service Type</em>}</li>
 *   <li>{@link io.cellwright.model.design.impl.LiveBindingImpl#getDeviceInstance <em>Device Instance</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LiveBindingImpl extends MinimalEObjectImpl.Container implements LiveBinding {
	/**
	 * The default value of the '{@link #getServiceType() <em>Service Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceType()
	 * @generated
	 * @ordered
	 */
	protected static final String SERVICE_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getServiceType() <em>Service Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceType()
	 * @generated
	 * @ordered
	 */
	protected String serviceType = SERVICE_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeviceInstance() <em>Device Instance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceInstance()
	 * @generated
	 * @ordered
	 */
	protected static final int DEVICE_INSTANCE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDeviceInstance() <em>Device Instance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceInstance()
	 * @generated
	 * @ordered
	 */
	protected int deviceInstance = DEVICE_INSTANCE_EDEFAULT;

	/**
	 * This is true if the Device Instance attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean deviceInstanceESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LiveBindingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DesignPackage.Literals.LIVE_BINDING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getServiceType() {
		return serviceType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServiceType(String newServiceType) {
		String oldServiceType = serviceType;
		serviceType = newServiceType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DesignPackage.LIVE_BINDING__SERVICE_TYPE, oldServiceType, serviceType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDeviceInstance() {
		return deviceInstance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeviceInstance(int newDeviceInstance) {
		int oldDeviceInstance = deviceInstance;
		deviceInstance = newDeviceInstance;
		boolean oldDeviceInstanceESet = deviceInstanceESet;
		deviceInstanceESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DesignPackage.LIVE_BINDING__DEVICE_INSTANCE, oldDeviceInstance, deviceInstance, !oldDeviceInstanceESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetDeviceInstance() {
		int oldDeviceInstance = deviceInstance;
		boolean oldDeviceInstanceESet = deviceInstanceESet;
		deviceInstance = DEVICE_INSTANCE_EDEFAULT;
		deviceInstanceESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DesignPackage.LIVE_BINDING__DEVICE_INSTANCE, oldDeviceInstance, DEVICE_INSTANCE_EDEFAULT, oldDeviceInstanceESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetDeviceInstance() {
		return deviceInstanceESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DesignPackage.LIVE_BINDING__SERVICE_TYPE:
				return getServiceType();
			case DesignPackage.LIVE_BINDING__DEVICE_INSTANCE:
				return getDeviceInstance();
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
			case DesignPackage.LIVE_BINDING__SERVICE_TYPE:
				setServiceType((String)newValue);
				return;
			case DesignPackage.LIVE_BINDING__DEVICE_INSTANCE:
				setDeviceInstance((Integer)newValue);
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
			case DesignPackage.LIVE_BINDING__SERVICE_TYPE:
				setServiceType(SERVICE_TYPE_EDEFAULT);
				return;
			case DesignPackage.LIVE_BINDING__DEVICE_INSTANCE:
				unsetDeviceInstance();
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
			case DesignPackage.LIVE_BINDING__SERVICE_TYPE:
				return SERVICE_TYPE_EDEFAULT == null ? serviceType != null : !SERVICE_TYPE_EDEFAULT.equals(serviceType);
			case DesignPackage.LIVE_BINDING__DEVICE_INSTANCE:
				return isSetDeviceInstance();
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
		result.append(" (serviceType: ");
		result.append(serviceType);
		result.append(", deviceInstance: ");
		if (deviceInstanceESet) result.append(deviceInstance); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //LiveBindingImpl
