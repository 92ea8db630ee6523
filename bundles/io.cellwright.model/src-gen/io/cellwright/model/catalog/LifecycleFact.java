/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Lifecycle Fact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Commercial status and relations (002 row 'Remarks').
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.LifecycleFact#getStatus <em>Status</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.LifecycleFact#getSuccessor <em>Successor</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.LifecycleFact#getPartOf <em>Part Of</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getLifecycleFact()
 * @model
 * @generated
 */
public interface LifecycleFact extends Fact {
	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cellwright.model.catalog.LifecycleStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Status.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see io.cellwright.model.catalog.LifecycleStatus
	 * @see #setStatus(LifecycleStatus)
	 * @see io.cellwright.model.catalog.CatalogPackage#getLifecycleFact_Status()
	 * @model
	 * @generated
	 */
	LifecycleStatus getStatus();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.LifecycleFact#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see io.cellwright.model.catalog.LifecycleStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(LifecycleStatus value);

	/**
	 * Returns the value of the '<em><b>Successor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Product to use instead.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Successor</em>' reference.
	 * @see #setSuccessor(ProductType)
	 * @see io.cellwright.model.catalog.CatalogPackage#getLifecycleFact_Successor()
	 * @model
	 * @generated
	 */
	ProductType getSuccessor();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.LifecycleFact#getSuccessor <em>Successor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Successor</em>' reference.
	 * @see #getSuccessor()
	 * @generated
	 */
	void setSuccessor(ProductType value);

	/**
	 * Returns the value of the '<em><b>Part Of</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * System the product is part of ('Is part of the Lynx Distribution System').
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Part Of</em>' reference.
	 * @see #setPartOf(ProductFamily)
	 * @see io.cellwright.model.catalog.CatalogPackage#getLifecycleFact_PartOf()
	 * @model
	 * @generated
	 */
	ProductFamily getPartOf();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.LifecycleFact#getPartOf <em>Part Of</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Part Of</em>' reference.
	 * @see #getPartOf()
	 * @generated
	 */
	void setPartOf(ProductFamily value);

} // LifecycleFact
