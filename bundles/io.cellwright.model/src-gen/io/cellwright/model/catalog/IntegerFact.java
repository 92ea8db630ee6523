/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Integer Fact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A sourced count (e.g. maximum batteries 20).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.IntegerFact#getValue <em>Value</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.IntegerFact#getRelation <em>Relation</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getIntegerFact()
 * @model
 * @generated
 */
public interface IntegerFact extends Fact {
	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The count.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(int)
	 * @see io.cellwright.model.catalog.CatalogPackage#getIntegerFact_Value()
	 * @model
	 * @generated
	 */
	int getValue();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.IntegerFact#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(int value);

	/**
	 * Returns the value of the '<em><b>Relation</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cellwright.model.catalog.Relation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 'Up to 5' is AT_MOST.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Relation</em>' attribute.
	 * @see io.cellwright.model.catalog.Relation
	 * @see #setRelation(Relation)
	 * @see io.cellwright.model.catalog.CatalogPackage#getIntegerFact_Relation()
	 * @model
	 * @generated
	 */
	Relation getRelation();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.IntegerFact#getRelation <em>Relation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Relation</em>' attribute.
	 * @see io.cellwright.model.catalog.Relation
	 * @see #getRelation()
	 * @generated
	 */
	void setRelation(Relation value);

} // IntegerFact
