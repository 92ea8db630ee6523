/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Comparison Column</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A column: one product.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.ComparisonColumn#getHeader <em>Header</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.ComparisonColumn#getProduct <em>Product</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getComparisonColumn()
 * @model
 * @generated
 */
public interface ComparisonColumn extends EObject {
	/**
	 * Returns the value of the '<em><b>Header</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Header as printed, e.g. 'Smart BMS 12/200'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Header</em>' attribute.
	 * @see #setHeader(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getComparisonColumn_Header()
	 * @model required="true"
	 * @generated
	 */
	String getHeader();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.ComparisonColumn#getHeader <em>Header</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Header</em>' attribute.
	 * @see #getHeader()
	 * @generated
	 */
	void setHeader(String value);

	/**
	 * Returns the value of the '<em><b>Product</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The product.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Product</em>' reference.
	 * @see #setProduct(ProductType)
	 * @see io.cellwright.model.catalog.CatalogPackage#getComparisonColumn_Product()
	 * @model required="true"
	 * @generated
	 */
	ProductType getProduct();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.ComparisonColumn#getProduct <em>Product</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Product</em>' reference.
	 * @see #getProduct()
	 * @generated
	 */
	void setProduct(ProductType value);

} // ComparisonColumn
