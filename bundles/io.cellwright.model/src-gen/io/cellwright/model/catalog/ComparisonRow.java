/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Comparison Row</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A row: one typed feature of the column products. The cell is the Fact reached from the product by following 'path' (usually one feature, e.g. BmsModel.systemVoltages).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.ComparisonRow#getHeader <em>Header</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.ComparisonRow#getStyle <em>Style</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.ComparisonRow#getPath <em>Path</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getComparisonRow()
 * @model
 * @generated
 */
public interface ComparisonRow extends EObject {
	/**
	 * Returns the value of the '<em><b>Header</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Header as printed, e.g. 'System voltage'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Header</em>' attribute.
	 * @see #setHeader(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getComparisonRow_Header()
	 * @model required="true"
	 * @generated
	 */
	String getHeader();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.ComparisonRow#getHeader <em>Header</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Header</em>' attribute.
	 * @see #getHeader()
	 * @generated
	 */
	void setHeader(String value);

	/**
	 * Returns the value of the '<em><b>Style</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cellwright.model.catalog.CellStyle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How to print a fact that has no displayText.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Style</em>' attribute.
	 * @see io.cellwright.model.catalog.CellStyle
	 * @see #setStyle(CellStyle)
	 * @see io.cellwright.model.catalog.CatalogPackage#getComparisonRow_Style()
	 * @model
	 * @generated
	 */
	CellStyle getStyle();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.ComparisonRow#getStyle <em>Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Style</em>' attribute.
	 * @see io.cellwright.model.catalog.CellStyle
	 * @see #getStyle()
	 * @generated
	 */
	void setStyle(CellStyle value);

	/**
	 * Returns the value of the '<em><b>Path</b></em>' reference list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.EStructuralFeature}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Features to follow from the product to the fact.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Path</em>' reference list.
	 * @see io.cellwright.model.catalog.CatalogPackage#getComparisonRow_Path()
	 * @model required="true"
	 * @generated
	 */
	EList<EStructuralFeature> getPath();

} // ComparisonRow
