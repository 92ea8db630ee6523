/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Product Variant</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A variant of a product type: a rating, a length, a model number.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.ProductVariant#getId <em>Id</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.ProductVariant#getName <em>Name</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.ProductVariant#getProductIds <em>Product Ids</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.ProductVariant#getArticleNumbers <em>Article Numbers</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.ProductVariant#getNominalVoltage <em>Nominal Voltage</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.ProductVariant#getRatedPower <em>Rated Power</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.ProductVariant#getRatedCurrent <em>Rated Current</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.ProductVariant#getLength <em>Length</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getProductVariant()
 * @model
 * @generated
 */
public interface ProductVariant extends Sourced {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id, unique within the product type.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getProductVariant_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.ProductVariant#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name, e.g. '75/15', '1.8 m'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getProductVariant_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.ProductVariant#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Product Ids</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Venus OS product ids of this variant.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Product Ids</em>' attribute list.
	 * @see io.cellwright.model.catalog.CatalogPackage#getProductVariant_ProductIds()
	 * @model
	 * @generated
	 */
	EList<Integer> getProductIds();

	/**
	 * Returns the value of the '<em><b>Article Numbers</b></em>' containment reference list.
	 * The list contents are of type {@link io.cellwright.model.catalog.ArticleNumberFact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Article numbers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Article Numbers</em>' containment reference list.
	 * @see io.cellwright.model.catalog.CatalogPackage#getProductVariant_ArticleNumbers()
	 * @model containment="true"
	 * @generated
	 */
	EList<ArticleNumberFact> getArticleNumbers();

	/**
	 * Returns the value of the '<em><b>Nominal Voltage</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Nominal voltage.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nominal Voltage</em>' containment reference.
	 * @see #setNominalVoltage(QuantityFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getProductVariant_NominalVoltage()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='voltage'"
	 * @generated
	 */
	QuantityFact getNominalVoltage();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.ProductVariant#getNominalVoltage <em>Nominal Voltage</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nominal Voltage</em>' containment reference.
	 * @see #getNominalVoltage()
	 * @generated
	 */
	void setNominalVoltage(QuantityFact value);

	/**
	 * Returns the value of the '<em><b>Rated Power</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rated (continuous) power.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rated Power</em>' containment reference.
	 * @see #setRatedPower(QuantityFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getProductVariant_RatedPower()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='power'"
	 * @generated
	 */
	QuantityFact getRatedPower();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.ProductVariant#getRatedPower <em>Rated Power</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rated Power</em>' containment reference.
	 * @see #getRatedPower()
	 * @generated
	 */
	void setRatedPower(QuantityFact value);

	/**
	 * Returns the value of the '<em><b>Rated Current</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rated (continuous) current.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rated Current</em>' containment reference.
	 * @see #setRatedCurrent(QuantityFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getProductVariant_RatedCurrent()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='current'"
	 * @generated
	 */
	QuantityFact getRatedCurrent();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.ProductVariant#getRatedCurrent <em>Rated Current</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rated Current</em>' containment reference.
	 * @see #getRatedCurrent()
	 * @generated
	 */
	void setRatedCurrent(QuantityFact value);

	/**
	 * Returns the value of the '<em><b>Length</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Length (cables).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Length</em>' containment reference.
	 * @see #setLength(QuantityFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getProductVariant_Length()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='length'"
	 * @generated
	 */
	QuantityFact getLength();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.ProductVariant#getLength <em>Length</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Length</em>' containment reference.
	 * @see #getLength()
	 * @generated
	 */
	void setLength(QuantityFact value);

} // ProductVariant
