/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ampacity Fact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Ampacity of one cross-section.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.AmpacityFact#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.AmpacityFact#getCrossSection <em>Cross Section</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.AmpacityFact#getCurrent <em>Current</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getAmpacityFact()
 * @model
 * @generated
 */
public interface AmpacityFact extends Fact {
	/**
	 * Returns the value of the '<em><b>Conditions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Conditions, e.g. 'single-core flexible, free air, up to 30 °C'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Conditions</em>' attribute.
	 * @see #setConditions(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getAmpacityFact_Conditions()
	 * @model
	 * @generated
	 */
	String getConditions();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.AmpacityFact#getConditions <em>Conditions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Conditions</em>' attribute.
	 * @see #getConditions()
	 * @generated
	 */
	void setConditions(String value);

	/**
	 * Returns the value of the '<em><b>Cross Section</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cross-section.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cross Section</em>' containment reference.
	 * @see #setCrossSection(Quantity)
	 * @see io.cellwright.model.catalog.CatalogPackage#getAmpacityFact_CrossSection()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Quantity getCrossSection();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.AmpacityFact#getCrossSection <em>Cross Section</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cross Section</em>' containment reference.
	 * @see #getCrossSection()
	 * @generated
	 */
	void setCrossSection(Quantity value);

	/**
	 * Returns the value of the '<em><b>Current</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Allowed current.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Current</em>' containment reference.
	 * @see #setCurrent(Quantity)
	 * @see io.cellwright.model.catalog.CatalogPackage#getAmpacityFact_Current()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Quantity getCurrent();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.AmpacityFact#getCurrent <em>Current</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Current</em>' containment reference.
	 * @see #getCurrent()
	 * @generated
	 */
	void setCurrent(Quantity value);

} // AmpacityFact
