/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Quantity Set Fact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A sourced set of values in one unit, e.g. system voltages 12, 24 or 48 V.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.QuantitySetFact#getValues <em>Values</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.QuantitySetFact#getUnit <em>Unit</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getQuantitySetFact()
 * @model
 * @generated
 */
public interface QuantitySetFact extends Fact {
	/**
	 * Returns the value of the '<em><b>Values</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Values in the order written.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Values</em>' attribute list.
	 * @see io.cellwright.model.catalog.CatalogPackage#getQuantitySetFact_Values()
	 * @model required="true"
	 * @generated
	 */
	EList<Double> getValues();

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cellwright.model.catalog.Unit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unit of all values.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see io.cellwright.model.catalog.Unit
	 * @see #setUnit(Unit)
	 * @see io.cellwright.model.catalog.CatalogPackage#getQuantitySetFact_Unit()
	 * @model
	 * @generated
	 */
	Unit getUnit();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.QuantitySetFact#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see io.cellwright.model.catalog.Unit
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(Unit value);

} // QuantitySetFact
