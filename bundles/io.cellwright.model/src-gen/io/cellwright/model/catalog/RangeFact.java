/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Range Fact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A sourced range with optional nominal value, e.g. charge limit 13.0-15.3 V, operating temperature -40 to +60 °C.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.RangeFact#getMinimum <em>Minimum</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.RangeFact#getMaximum <em>Maximum</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.RangeFact#getNominal <em>Nominal</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getRangeFact()
 * @model
 * @generated
 */
public interface RangeFact extends Fact {
	/**
	 * Returns the value of the '<em><b>Minimum</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lower bound.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Minimum</em>' containment reference.
	 * @see #setMinimum(Quantity)
	 * @see io.cellwright.model.catalog.CatalogPackage#getRangeFact_Minimum()
	 * @model containment="true"
	 * @generated
	 */
	Quantity getMinimum();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.RangeFact#getMinimum <em>Minimum</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minimum</em>' containment reference.
	 * @see #getMinimum()
	 * @generated
	 */
	void setMinimum(Quantity value);

	/**
	 * Returns the value of the '<em><b>Maximum</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Upper bound.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Maximum</em>' containment reference.
	 * @see #setMaximum(Quantity)
	 * @see io.cellwright.model.catalog.CatalogPackage#getRangeFact_Maximum()
	 * @model containment="true"
	 * @generated
	 */
	Quantity getMaximum();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.RangeFact#getMaximum <em>Maximum</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Maximum</em>' containment reference.
	 * @see #getMaximum()
	 * @generated
	 */
	void setMaximum(Quantity value);

	/**
	 * Returns the value of the '<em><b>Nominal</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Nominal, typical or recommended value inside the range.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nominal</em>' containment reference.
	 * @see #setNominal(Quantity)
	 * @see io.cellwright.model.catalog.CatalogPackage#getRangeFact_Nominal()
	 * @model containment="true"
	 * @generated
	 */
	Quantity getNominal();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.RangeFact#getNominal <em>Nominal</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nominal</em>' containment reference.
	 * @see #getNominal()
	 * @generated
	 */
	void setNominal(Quantity value);

} // RangeFact
