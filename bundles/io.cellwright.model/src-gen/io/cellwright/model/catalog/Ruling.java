/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ruling</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Why the fact holding this ruling is the one that applies, and not its alternatives.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.Ruling#getRationale <em>Rationale</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.Ruling#getPrinciples <em>Principles</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.Ruling#getDecidedBy <em>Decided By</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getRuling()
 * @model
 * @generated
 */
public interface Ruling extends EObject {
	/**
	 * Returns the value of the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reason in a sentence a designer understands.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rationale</em>' attribute.
	 * @see #setRationale(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getRuling_Rationale()
	 * @model required="true"
	 * @generated
	 */
	String getRationale();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.Ruling#getRationale <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rationale</em>' attribute.
	 * @see #getRationale()
	 * @generated
	 */
	void setRationale(String value);

	/**
	 * Returns the value of the '<em><b>Principles</b></em>' attribute list.
	 * The list contents are of type {@link io.cellwright.model.catalog.RulingPrinciple}.
	 * The literals are from the enumeration {@link io.cellwright.model.catalog.RulingPrinciple}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Principles applied.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Principles</em>' attribute list.
	 * @see io.cellwright.model.catalog.RulingPrinciple
	 * @see io.cellwright.model.catalog.CatalogPackage#getRuling_Principles()
	 * @model
	 * @generated
	 */
	EList<RulingPrinciple> getPrinciples();

	/**
	 * Returns the value of the '<em><b>Decided By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who decided, or where the decision is recorded (e.g. docs/model-notes.md).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decided By</em>' attribute.
	 * @see #setDecidedBy(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getRuling_DecidedBy()
	 * @model
	 * @generated
	 */
	String getDecidedBy();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.Ruling#getDecidedBy <em>Decided By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decided By</em>' attribute.
	 * @see #getDecidedBy()
	 * @generated
	 */
	void setDecidedBy(String value);

} // Ruling
