/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ip Rating Fact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Ingress protection code IEC 60529, e.g. IP65.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.IpRatingFact#getSolids <em>Solids</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.IpRatingFact#getLiquids <em>Liquids</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.IpRatingFact#getScope <em>Scope</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getIpRatingFact()
 * @model
 * @generated
 */
public interface IpRatingFact extends Fact {
	/**
	 * Returns the value of the '<em><b>Solids</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First digit (solids).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Solids</em>' attribute.
	 * @see #setSolids(int)
	 * @see io.cellwright.model.catalog.CatalogPackage#getIpRatingFact_Solids()
	 * @model
	 * @generated
	 */
	int getSolids();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.IpRatingFact#getSolids <em>Solids</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Solids</em>' attribute.
	 * @see #getSolids()
	 * @generated
	 */
	void setSolids(int value);

	/**
	 * Returns the value of the '<em><b>Liquids</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Second digit (liquids).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Liquids</em>' attribute.
	 * @see #setLiquids(int)
	 * @see io.cellwright.model.catalog.CatalogPackage#getIpRatingFact_Liquids()
	 * @model
	 * @generated
	 */
	int getLiquids();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.IpRatingFact#getLiquids <em>Liquids</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Liquids</em>' attribute.
	 * @see #getLiquids()
	 * @generated
	 */
	void setLiquids(int value);

	/**
	 * Returns the value of the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Part the rating applies to, e.g. 'electronics' (000, 001 §4).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scope</em>' attribute.
	 * @see #setScope(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getIpRatingFact_Scope()
	 * @model
	 * @generated
	 */
	String getScope();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.IpRatingFact#getScope <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope</em>' attribute.
	 * @see #getScope()
	 * @generated
	 */
	void setScope(String value);

} // IpRatingFact
