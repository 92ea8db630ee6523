/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Consumption Fact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Own consumption in one operating state, e.g. 17.5 mA remote on (000).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.ConsumptionFact#getState <em>State</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.ConsumptionFact#getExcludes <em>Excludes</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getConsumptionFact()
 * @model
 * @generated
 */
public interface ConsumptionFact extends QuantityFact {
	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cellwright.model.catalog.PowerState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Operating state.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see io.cellwright.model.catalog.PowerState
	 * @see #setState(PowerState)
	 * @see io.cellwright.model.catalog.CatalogPackage#getConsumptionFact_State()
	 * @model
	 * @generated
	 */
	PowerState getState();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.ConsumptionFact#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see io.cellwright.model.catalog.PowerState
	 * @see #getState()
	 * @generated
	 */
	void setState(PowerState value);

	/**
	 * Returns the value of the '<em><b>Excludes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the figure excludes, e.g. 'Load output and Charge output current'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Excludes</em>' attribute.
	 * @see #setExcludes(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getConsumptionFact_Excludes()
	 * @model
	 * @generated
	 */
	String getExcludes();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.ConsumptionFact#getExcludes <em>Excludes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Excludes</em>' attribute.
	 * @see #getExcludes()
	 * @generated
	 */
	void setExcludes(String value);

} // ConsumptionFact
