/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Included Item Fact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An item in the box (001 §2.3).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.IncludedItemFact#getQuantity <em>Quantity</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.IncludedItemFact#getDescription <em>Description</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.IncludedItemFact#getProduct <em>Product</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getIncludedItemFact()
 * @model
 * @generated
 */
public interface IncludedItemFact extends Fact {
	/**
	 * Returns the value of the '<em><b>Quantity</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Quantity</em>' attribute.
	 * @see #setQuantity(int)
	 * @see io.cellwright.model.catalog.CatalogPackage#getIncludedItemFact_Quantity()
	 * @model default="1"
	 * @generated
	 */
	int getQuantity();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.IncludedItemFact#getQuantity <em>Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quantity</em>' attribute.
	 * @see #getQuantity()
	 * @generated
	 */
	void setQuantity(int value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * As printed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getIncludedItemFact_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.IncludedItemFact#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Product</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Catalog product type of the item, when there is one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Product</em>' reference.
	 * @see #setProduct(ProductType)
	 * @see io.cellwright.model.catalog.CatalogPackage#getIncludedItemFact_Product()
	 * @model
	 * @generated
	 */
	ProductType getProduct();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.IncludedItemFact#getProduct <em>Product</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Product</em>' reference.
	 * @see #getProduct()
	 * @generated
	 */
	void setProduct(ProductType value);

} // IncludedItemFact
