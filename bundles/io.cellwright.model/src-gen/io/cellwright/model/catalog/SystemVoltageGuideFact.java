/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>System Voltage Guide Fact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Prefer this system voltage up to this inverter power (Wiring Unlimited).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.SystemVoltageGuideFact#getSystemVoltage <em>System Voltage</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.SystemVoltageGuideFact#getMaxInverterPower <em>Max Inverter Power</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getSystemVoltageGuideFact()
 * @model
 * @generated
 */
public interface SystemVoltageGuideFact extends Fact {
	/**
	 * Returns the value of the '<em><b>System Voltage</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * System voltage.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>System Voltage</em>' containment reference.
	 * @see #setSystemVoltage(Quantity)
	 * @see io.cellwright.model.catalog.CatalogPackage#getSystemVoltageGuideFact_SystemVoltage()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Quantity getSystemVoltage();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.SystemVoltageGuideFact#getSystemVoltage <em>System Voltage</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>System Voltage</em>' containment reference.
	 * @see #getSystemVoltage()
	 * @generated
	 */
	void setSystemVoltage(Quantity value);

	/**
	 * Returns the value of the '<em><b>Max Inverter Power</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Inverter power up to which it is preferred.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Inverter Power</em>' containment reference.
	 * @see #setMaxInverterPower(Quantity)
	 * @see io.cellwright.model.catalog.CatalogPackage#getSystemVoltageGuideFact_MaxInverterPower()
	 * @model containment="true"
	 * @generated
	 */
	Quantity getMaxInverterPower();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.SystemVoltageGuideFact#getMaxInverterPower <em>Max Inverter Power</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Inverter Power</em>' containment reference.
	 * @see #getMaxInverterPower()
	 * @generated
	 */
	void setMaxInverterPower(Quantity value);

} // SystemVoltageGuideFact
