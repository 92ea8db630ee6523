/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Fact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A typed, sourced value. When sources disagree, this object is the RULING value and 'alternatives' holds the overruled values (same concrete class, each with its own sources); 'ruling' says why. Consumers that do not care about disagreements just read the fact. displayText reproduces the value exactly as a table prints it when the typed value alone cannot.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.Fact#getDisplayText <em>Display Text</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.Fact#getFootnote <em>Footnote</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.Fact#getAlternatives <em>Alternatives</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.Fact#getRuling <em>Ruling</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getFact()
 * @model abstract="true"
 * @generated
 */
public interface Fact extends Sourced {
	/**
	 * Returns the value of the '<em><b>Display Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Exact text to print for this fact when formatting the typed value would not give it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Display Text</em>' attribute.
	 * @see #setDisplayText(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getFact_DisplayText()
	 * @model
	 * @generated
	 */
	String getDisplayText();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.Fact#getDisplayText <em>Display Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Display Text</em>' attribute.
	 * @see #getDisplayText()
	 * @generated
	 */
	void setDisplayText(String value);

	/**
	 * Returns the value of the '<em><b>Footnote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Footnote attached to the value in the source, e.g. '1) In some cases an interface cable will be needed'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Footnote</em>' attribute.
	 * @see #setFootnote(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getFact_Footnote()
	 * @model
	 * @generated
	 */
	String getFootnote();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.Fact#getFootnote <em>Footnote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Footnote</em>' attribute.
	 * @see #getFootnote()
	 * @generated
	 */
	void setFootnote(String value);

	/**
	 * Returns the value of the '<em><b>Alternatives</b></em>' containment reference list.
	 * The list contents are of type {@link io.cellwright.model.catalog.Fact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Overruled values from other sources (same class as this fact).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Alternatives</em>' containment reference list.
	 * @see io.cellwright.model.catalog.CatalogPackage#getFact_Alternatives()
	 * @model containment="true"
	 * @generated
	 */
	EList<Fact> getAlternatives();

	/**
	 * Returns the value of the '<em><b>Ruling</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why this value rules over the alternatives; required when there are alternatives.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ruling</em>' containment reference.
	 * @see #setRuling(Ruling)
	 * @see io.cellwright.model.catalog.CatalogPackage#getFact_Ruling()
	 * @model containment="true"
	 * @generated
	 */
	Ruling getRuling();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.Fact#getRuling <em>Ruling</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ruling</em>' containment reference.
	 * @see #getRuling()
	 * @generated
	 */
	void setRuling(Ruling value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when other sources give a different value (there are alternatives).
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	boolean isDisputed();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when this fact is an alternative kept inside a ruling fact.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	boolean isOverruled();

} // Fact
