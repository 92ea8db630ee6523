/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Switched Output Fact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Summary of a disconnect or pre-alarm terminal as a comparison table gives it, e.g. 'High/free floating 10 mA'. Detailed behaviour is in the terminal's OutputBehaviour.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.SwitchedOutputFact#getKind <em>Kind</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.SwitchedOutputFact#getMaxCurrent <em>Max Current</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getSwitchedOutputFact()
 * @model
 * @generated
 */
public interface SwitchedOutputFact extends Fact {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cellwright.model.catalog.OutputSwitchingKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Kind of output.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see io.cellwright.model.catalog.OutputSwitchingKind
	 * @see #setKind(OutputSwitchingKind)
	 * @see io.cellwright.model.catalog.CatalogPackage#getSwitchedOutputFact_Kind()
	 * @model
	 * @generated
	 */
	OutputSwitchingKind getKind();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.SwitchedOutputFact#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see io.cellwright.model.catalog.OutputSwitchingKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(OutputSwitchingKind value);

	/**
	 * Returns the value of the '<em><b>Max Current</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Maximum current.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Current</em>' containment reference.
	 * @see #setMaxCurrent(Quantity)
	 * @see io.cellwright.model.catalog.CatalogPackage#getSwitchedOutputFact_MaxCurrent()
	 * @model containment="true"
	 * @generated
	 */
	Quantity getMaxCurrent();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.SwitchedOutputFact#getMaxCurrent <em>Max Current</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Current</em>' containment reference.
	 * @see #getMaxCurrent()
	 * @generated
	 */
	void setMaxCurrent(Quantity value);

} // SwitchedOutputFact
