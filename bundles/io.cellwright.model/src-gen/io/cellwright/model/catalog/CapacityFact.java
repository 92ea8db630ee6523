/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Capacity Fact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Battery capacity at a temperature.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.CapacityFact#getTemperature <em>Temperature</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getCapacityFact()
 * @model
 * @generated
 */
public interface CapacityFact extends QuantityFact {
	/**
	 * Returns the value of the '<em><b>Temperature</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Temperature the capacity applies to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Temperature</em>' containment reference.
	 * @see #setTemperature(Quantity)
	 * @see io.cellwright.model.catalog.CatalogPackage#getCapacityFact_Temperature()
	 * @model containment="true"
	 * @generated
	 */
	Quantity getTemperature();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.CapacityFact#getTemperature <em>Temperature</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Temperature</em>' containment reference.
	 * @see #getTemperature()
	 * @generated
	 */
	void setTemperature(Quantity value);

} // CapacityFact
