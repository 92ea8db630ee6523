/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Voltage Drop Limit Fact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An allowed voltage drop, e.g. 3 % for safety-critical circuits (ISO 13297) or 2 % at 12 V.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.VoltageDropLimitFact#getContext <em>Context</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.VoltageDropLimitFact#getSystemVoltage <em>System Voltage</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getVoltageDropLimitFact()
 * @model
 * @generated
 */
public interface VoltageDropLimitFact extends QuantityFact {
	/**
	 * Returns the value of the '<em><b>Context</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where it applies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Context</em>' attribute.
	 * @see #setContext(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getVoltageDropLimitFact_Context()
	 * @model
	 * @generated
	 */
	String getContext();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.VoltageDropLimitFact#getContext <em>Context</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Context</em>' attribute.
	 * @see #getContext()
	 * @generated
	 */
	void setContext(String value);

	/**
	 * Returns the value of the '<em><b>System Voltage</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * System voltage it applies to, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>System Voltage</em>' containment reference.
	 * @see #setSystemVoltage(Quantity)
	 * @see io.cellwright.model.catalog.CatalogPackage#getVoltageDropLimitFact_SystemVoltage()
	 * @model containment="true"
	 * @generated
	 */
	Quantity getSystemVoltage();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.VoltageDropLimitFact#getSystemVoltage <em>System Voltage</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>System Voltage</em>' containment reference.
	 * @see #getSystemVoltage()
	 * @generated
	 */
	void setSystemVoltage(Quantity value);

} // VoltageDropLimitFact
