/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cycle Life Fact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Cycle life at a depth of discharge.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.CycleLifeFact#getCycles <em>Cycles</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.CycleLifeFact#getDepthOfDischarge <em>Depth Of Discharge</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getCycleLifeFact()
 * @model
 * @generated
 */
public interface CycleLifeFact extends Fact {
	/**
	 * Returns the value of the '<em><b>Cycles</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of cycles.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cycles</em>' attribute.
	 * @see #setCycles(int)
	 * @see io.cellwright.model.catalog.CatalogPackage#getCycleLifeFact_Cycles()
	 * @model
	 * @generated
	 */
	int getCycles();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.CycleLifeFact#getCycles <em>Cycles</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cycles</em>' attribute.
	 * @see #getCycles()
	 * @generated
	 */
	void setCycles(int value);

	/**
	 * Returns the value of the '<em><b>Depth Of Discharge</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Depth of discharge.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Depth Of Discharge</em>' containment reference.
	 * @see #setDepthOfDischarge(Quantity)
	 * @see io.cellwright.model.catalog.CatalogPackage#getCycleLifeFact_DepthOfDischarge()
	 * @model containment="true"
	 * @generated
	 */
	Quantity getDepthOfDischarge();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.CycleLifeFact#getDepthOfDischarge <em>Depth Of Discharge</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Depth Of Discharge</em>' containment reference.
	 * @see #getDepthOfDischarge()
	 * @generated
	 */
	void setDepthOfDischarge(Quantity value);

} // CycleLifeFact
