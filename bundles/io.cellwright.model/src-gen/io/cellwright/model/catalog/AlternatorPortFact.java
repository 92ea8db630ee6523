/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Alternator Port Fact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Alternator handling of a BMS (002 row 'Alternator port'; 000 alternator port).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.AlternatorPortFact#getMode <em>Mode</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.AlternatorPortFact#getMaxChargeCurrent <em>Max Charge Current</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.AlternatorPortFact#getWithFuse <em>With Fuse</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getAlternatorPortFact()
 * @model
 * @generated
 */
public interface AlternatorPortFact extends Fact {
	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cellwright.model.catalog.AlternatorPortMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Kind of alternator handling.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see io.cellwright.model.catalog.AlternatorPortMode
	 * @see #setMode(AlternatorPortMode)
	 * @see io.cellwright.model.catalog.CatalogPackage#getAlternatorPortFact_Mode()
	 * @model
	 * @generated
	 */
	AlternatorPortMode getMode();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.AlternatorPortFact#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see io.cellwright.model.catalog.AlternatorPortMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(AlternatorPortMode value);

	/**
	 * Returns the value of the '<em><b>Max Charge Current</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Maximum charge current through the port.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Charge Current</em>' containment reference.
	 * @see #setMaxChargeCurrent(Quantity)
	 * @see io.cellwright.model.catalog.CatalogPackage#getAlternatorPortFact_MaxChargeCurrent()
	 * @model containment="true"
	 * @generated
	 */
	Quantity getMaxChargeCurrent();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.AlternatorPortFact#getMaxChargeCurrent <em>Max Charge Current</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Charge Current</em>' containment reference.
	 * @see #getMaxChargeCurrent()
	 * @generated
	 */
	void setMaxChargeCurrent(Quantity value);

	/**
	 * Returns the value of the '<em><b>With Fuse</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fuse rating the maximum applies to ('with 125 A fuse').
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>With Fuse</em>' containment reference.
	 * @see #setWithFuse(Quantity)
	 * @see io.cellwright.model.catalog.CatalogPackage#getAlternatorPortFact_WithFuse()
	 * @model containment="true"
	 * @generated
	 */
	Quantity getWithFuse();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.AlternatorPortFact#getWithFuse <em>With Fuse</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>With Fuse</em>' containment reference.
	 * @see #getWithFuse()
	 * @generated
	 */
	void setWithFuse(Quantity value);

} // AlternatorPortFact
