/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.design;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Catalog Use</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A catalog used by the design.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.design.CatalogUse#getCatalogId <em>Catalog Id</em>}</li>
 *   <li>{@link io.cellwright.model.design.CatalogUse#getVersion <em>Version</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.design.DesignPackage#getCatalogUse()
 * @model
 * @generated
 */
public interface CatalogUse extends EObject {
	/**
	 * Returns the value of the '<em><b>Catalog Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Catalog id, e.g. 'victron'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Catalog Id</em>' attribute.
	 * @see #setCatalogId(String)
	 * @see io.cellwright.model.design.DesignPackage#getCatalogUse_CatalogId()
	 * @model required="true"
	 * @generated
	 */
	String getCatalogId();

	/**
	 * Sets the value of the '{@link io.cellwright.model.design.CatalogUse#getCatalogId <em>Catalog Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Catalog Id</em>' attribute.
	 * @see #getCatalogId()
	 * @generated
	 */
	void setCatalogId(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Catalog content version the design was last saved with.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see io.cellwright.model.design.DesignPackage#getCatalogUse_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link io.cellwright.model.design.CatalogUse#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

} // CatalogUse
