/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Output State Fact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A sourced output state, e.g. pre-alarm normally free floating (000).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.OutputStateFact#getState <em>State</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getOutputStateFact()
 * @model
 * @generated
 */
public interface OutputStateFact extends Fact {
	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cellwright.model.catalog.OutputState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The state.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see io.cellwright.model.catalog.OutputState
	 * @see #setState(OutputState)
	 * @see io.cellwright.model.catalog.CatalogPackage#getOutputStateFact_State()
	 * @model
	 * @generated
	 */
	OutputState getState();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.OutputStateFact#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see io.cellwright.model.catalog.OutputState
	 * @see #getState()
	 * @generated
	 */
	void setState(OutputState value);

} // OutputStateFact
