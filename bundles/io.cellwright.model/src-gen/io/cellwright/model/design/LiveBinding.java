/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.design;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Live Binding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Which live device a component is, in protocol-neutral terms (Venus OS: service type and device instance, e.g. 'battery' / 512). No addresses or credentials are kept in a design.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.design.LiveBinding#getServiceType <em>Service Type</em>}</li>
 *   <li>{@link io.cellwright.model.design.LiveBinding#getDeviceInstance <em>Device Instance</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.design.DesignPackage#getLiveBinding()
 * @model
 * @generated
 */
public interface LiveBinding extends EObject {
	/**
	 * Returns the value of the '<em><b>Service Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Service type, e.g. 'battery', 'solarcharger', 'vebus'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Service Type</em>' attribute.
	 * @see #setServiceType(String)
	 * @see io.cellwright.model.design.DesignPackage#getLiveBinding_ServiceType()
	 * @model
	 * @generated
	 */
	String getServiceType();

	/**
	 * Sets the value of the '{@link io.cellwright.model.design.LiveBinding#getServiceType <em>Service Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service Type</em>' attribute.
	 * @see #getServiceType()
	 * @generated
	 */
	void setServiceType(String value);

	/**
	 * Returns the value of the '<em><b>Device Instance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Device instance.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Device Instance</em>' attribute.
	 * @see #isSetDeviceInstance()
	 * @see #unsetDeviceInstance()
	 * @see #setDeviceInstance(int)
	 * @see io.cellwright.model.design.DesignPackage#getLiveBinding_DeviceInstance()
	 * @model unsettable="true"
	 * @generated
	 */
	int getDeviceInstance();

	/**
	 * Sets the value of the '{@link io.cellwright.model.design.LiveBinding#getDeviceInstance <em>Device Instance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device Instance</em>' attribute.
	 * @see #isSetDeviceInstance()
	 * @see #unsetDeviceInstance()
	 * @see #getDeviceInstance()
	 * @generated
	 */
	void setDeviceInstance(int value);

	/**
	 * Unsets the value of the '{@link io.cellwright.model.design.LiveBinding#getDeviceInstance <em>Device Instance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetDeviceInstance()
	 * @see #getDeviceInstance()
	 * @see #setDeviceInstance(int)
	 * @generated
	 */
	void unsetDeviceInstance();

	/**
	 * Returns whether the value of the '{@link io.cellwright.model.design.LiveBinding#getDeviceInstance <em>Device Instance</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Device Instance</em>' attribute is set.
	 * @see #unsetDeviceInstance()
	 * @see #getDeviceInstance()
	 * @see #setDeviceInstance(int)
	 * @generated
	 */
	boolean isSetDeviceInstance();

} // LiveBinding
