/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Device Type</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Any other device: inverter, charger, MPPT, DC-DC converter, BatteryProtect, Cyrix, battery monitor, GX device, alternator, starter battery, generic DC load or charger.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.DeviceType#getRoles <em>Roles</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.DeviceType#getNominalVoltages <em>Nominal Voltages</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.DeviceType#getRatedPower <em>Rated Power</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.DeviceType#getRatedCurrent <em>Rated Current</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getDeviceType()
 * @model
 * @generated
 */
public interface DeviceType extends ProductType {
	/**
	 * Returns the value of the '<em><b>Roles</b></em>' attribute list.
	 * The list contents are of type {@link io.cellwright.model.catalog.DeviceRole}.
	 * The literals are from the enumeration {@link io.cellwright.model.catalog.DeviceRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Electrical roles.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Roles</em>' attribute list.
	 * @see io.cellwright.model.catalog.DeviceRole
	 * @see io.cellwright.model.catalog.CatalogPackage#getDeviceType_Roles()
	 * @model
	 * @generated
	 */
	EList<DeviceRole> getRoles();

	/**
	 * Returns the value of the '<em><b>Nominal Voltages</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DC system voltages the device works with.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nominal Voltages</em>' containment reference.
	 * @see #setNominalVoltages(QuantitySetFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getDeviceType_NominalVoltages()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='voltage'"
	 * @generated
	 */
	QuantitySetFact getNominalVoltages();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.DeviceType#getNominalVoltages <em>Nominal Voltages</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nominal Voltages</em>' containment reference.
	 * @see #getNominalVoltages()
	 * @generated
	 */
	void setNominalVoltages(QuantitySetFact value);

	/**
	 * Returns the value of the '<em><b>Rated Power</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rated (continuous) power.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rated Power</em>' containment reference.
	 * @see #setRatedPower(QuantityFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getDeviceType_RatedPower()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='power'"
	 * @generated
	 */
	QuantityFact getRatedPower();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.DeviceType#getRatedPower <em>Rated Power</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rated Power</em>' containment reference.
	 * @see #getRatedPower()
	 * @generated
	 */
	void setRatedPower(QuantityFact value);

	/**
	 * Returns the value of the '<em><b>Rated Current</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rated (continuous) DC current.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rated Current</em>' containment reference.
	 * @see #setRatedCurrent(QuantityFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getDeviceType_RatedCurrent()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='current'"
	 * @generated
	 */
	QuantityFact getRatedCurrent();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.DeviceType#getRatedCurrent <em>Rated Current</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rated Current</em>' containment reference.
	 * @see #getRatedCurrent()
	 * @generated
	 */
	void setRatedCurrent(QuantityFact value);

} // DeviceType
