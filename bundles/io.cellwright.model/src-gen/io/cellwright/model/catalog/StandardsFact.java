/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Standards Fact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Standards of one kind a product complies with.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.StandardsFact#getKind <em>Kind</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.StandardsFact#getStandards <em>Standards</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getStandardsFact()
 * @model
 * @generated
 */
public interface StandardsFact extends Fact {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cellwright.model.catalog.StandardKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Kind.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see io.cellwright.model.catalog.StandardKind
	 * @see #setKind(StandardKind)
	 * @see io.cellwright.model.catalog.CatalogPackage#getStandardsFact_Kind()
	 * @model
	 * @generated
	 */
	StandardKind getKind();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.StandardsFact#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see io.cellwright.model.catalog.StandardKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(StandardKind value);

	/**
	 * Returns the value of the '<em><b>Standards</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Standard designations, e.g. 'EN 61000-6-3'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Standards</em>' attribute list.
	 * @see io.cellwright.model.catalog.CatalogPackage#getStandardsFact_Standards()
	 * @model required="true"
	 * @generated
	 */
	EList<String> getStandards();

} // StandardsFact
