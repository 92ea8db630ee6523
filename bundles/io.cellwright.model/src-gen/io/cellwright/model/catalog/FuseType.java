/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Fuse Type</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A fuse family, e.g. Megafuse, ATO blade fuse.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.FuseType#getFuseKind <em>Fuse Kind</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.FuseType#getRatings <em>Ratings</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.FuseType#getMaxVoltage <em>Max Voltage</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getFuseType()
 * @model
 * @generated
 */
public interface FuseType extends ProductType {
	/**
	 * Returns the value of the '<em><b>Fuse Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cellwright.model.catalog.FuseKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fuse family.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fuse Kind</em>' attribute.
	 * @see io.cellwright.model.catalog.FuseKind
	 * @see #setFuseKind(FuseKind)
	 * @see io.cellwright.model.catalog.CatalogPackage#getFuseType_FuseKind()
	 * @model
	 * @generated
	 */
	FuseKind getFuseKind();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.FuseType#getFuseKind <em>Fuse Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fuse Kind</em>' attribute.
	 * @see io.cellwright.model.catalog.FuseKind
	 * @see #getFuseKind()
	 * @generated
	 */
	void setFuseKind(FuseKind value);

	/**
	 * Returns the value of the '<em><b>Ratings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Available ratings.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ratings</em>' containment reference.
	 * @see #setRatings(QuantitySetFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getFuseType_Ratings()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='current'"
	 * @generated
	 */
	QuantitySetFact getRatings();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.FuseType#getRatings <em>Ratings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ratings</em>' containment reference.
	 * @see #getRatings()
	 * @generated
	 */
	void setRatings(QuantitySetFact value);

	/**
	 * Returns the value of the '<em><b>Max Voltage</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Maximum voltage.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Voltage</em>' containment reference.
	 * @see #setMaxVoltage(QuantityFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getFuseType_MaxVoltage()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='voltage'"
	 * @generated
	 */
	QuantityFact getMaxVoltage();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.FuseType#getMaxVoltage <em>Max Voltage</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Voltage</em>' containment reference.
	 * @see #getMaxVoltage()
	 * @generated
	 */
	void setMaxVoltage(QuantityFact value);

} // FuseType
