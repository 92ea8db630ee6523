/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Comparison Table</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A comparison table that the 'cellwright catalog compare' command prints back cell by cell from typed facts: rows x columns in the source's order.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.ComparisonTable#getId <em>Id</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.ComparisonTable#getTitle <em>Title</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.ComparisonTable#getCornerHeader <em>Corner Header</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.ComparisonTable#getSource <em>Source</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.ComparisonTable#getColumns <em>Columns</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.ComparisonTable#getRows <em>Rows</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getComparisonTable()
 * @model
 * @generated
 */
public interface ComparisonTable extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id, e.g. 'bms-comparison-002'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getComparisonTable_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.ComparisonTable#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Title, e.g. 'Comparison overview'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getComparisonTable_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.ComparisonTable#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Corner Header</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Header of the first column, e.g. 'Features'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Corner Header</em>' attribute.
	 * @see #setCornerHeader(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getComparisonTable_CornerHeader()
	 * @model
	 * @generated
	 */
	String getCornerHeader();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.ComparisonTable#getCornerHeader <em>Corner Header</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Corner Header</em>' attribute.
	 * @see #getCornerHeader()
	 * @generated
	 */
	void setCornerHeader(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The table in its source document.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' containment reference.
	 * @see #setSource(SourceRef)
	 * @see io.cellwright.model.catalog.CatalogPackage#getComparisonTable_Source()
	 * @model containment="true" required="true"
	 * @generated
	 */
	SourceRef getSource();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.ComparisonTable#getSource <em>Source</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' containment reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(SourceRef value);

	/**
	 * Returns the value of the '<em><b>Columns</b></em>' containment reference list.
	 * The list contents are of type {@link io.cellwright.model.catalog.ComparisonColumn}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Columns, in order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Columns</em>' containment reference list.
	 * @see io.cellwright.model.catalog.CatalogPackage#getComparisonTable_Columns()
	 * @model containment="true"
	 * @generated
	 */
	EList<ComparisonColumn> getColumns();

	/**
	 * Returns the value of the '<em><b>Rows</b></em>' containment reference list.
	 * The list contents are of type {@link io.cellwright.model.catalog.ComparisonRow}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rows, in order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rows</em>' containment reference list.
	 * @see io.cellwright.model.catalog.CatalogPackage#getComparisonTable_Rows()
	 * @model containment="true"
	 * @generated
	 */
	EList<ComparisonRow> getRows();

} // ComparisonTable
