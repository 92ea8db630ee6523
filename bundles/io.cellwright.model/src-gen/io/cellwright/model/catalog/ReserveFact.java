/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reserve Fact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Capacity left in a battery after a low-voltage disconnect at a cell voltage.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.ReserveFact#getCellVoltage <em>Cell Voltage</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getReserveFact()
 * @model
 * @generated
 */
public interface ReserveFact extends QuantityFact {
	/**
	 * Returns the value of the '<em><b>Cell Voltage</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Disconnect cell voltage.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cell Voltage</em>' containment reference.
	 * @see #setCellVoltage(Quantity)
	 * @see io.cellwright.model.catalog.CatalogPackage#getReserveFact_CellVoltage()
	 * @model containment="true"
	 * @generated
	 */
	Quantity getCellVoltage();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.ReserveFact#getCellVoltage <em>Cell Voltage</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cell Voltage</em>' containment reference.
	 * @see #getCellVoltage()
	 * @generated
	 */
	void setCellVoltage(Quantity value);

} // ReserveFact
