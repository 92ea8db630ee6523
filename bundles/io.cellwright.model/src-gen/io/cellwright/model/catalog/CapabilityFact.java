/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Capability Fact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A feature that is present or not, with an optional rating: 'No', '500 A', 'Yes, 1.1 A'.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.CapabilityFact#isSupported <em>Supported</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.CapabilityFact#getRating <em>Rating</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getCapabilityFact()
 * @model
 * @generated
 */
public interface CapabilityFact extends Fact {
	/**
	 * Returns the value of the '<em><b>Supported</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the product has the feature.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Supported</em>' attribute.
	 * @see #setSupported(boolean)
	 * @see io.cellwright.model.catalog.CatalogPackage#getCapabilityFact_Supported()
	 * @model
	 * @generated
	 */
	boolean isSupported();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.CapabilityFact#isSupported <em>Supported</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supported</em>' attribute.
	 * @see #isSupported()
	 * @generated
	 */
	void setSupported(boolean value);

	/**
	 * Returns the value of the '<em><b>Rating</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rating when supported.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rating</em>' containment reference.
	 * @see #setRating(Quantity)
	 * @see io.cellwright.model.catalog.CatalogPackage#getCapabilityFact_Rating()
	 * @model containment="true"
	 * @generated
	 */
	Quantity getRating();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.CapabilityFact#getRating <em>Rating</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rating</em>' containment reference.
	 * @see #getRating()
	 * @generated
	 */
	void setRating(Quantity value);

} // CapabilityFact
