/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Fuse Table Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A row of the alternator fuse table (001 §3.4): fuse rating and the resulting maximum alternator charge current, e.g. '2 x 30A' -> 40 A.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.FuseTableEntry#getId <em>Id</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.FuseTableEntry#getFuseCount <em>Fuse Count</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.FuseTableEntry#getFuseKind <em>Fuse Kind</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.FuseTableEntry#getFuseRating <em>Fuse Rating</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.FuseTableEntry#getMaxChargeCurrent <em>Max Charge Current</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getFuseTableEntry()
 * @model
 * @generated
 */
public interface FuseTableEntry extends Fact {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id, unique within the table, e.g. '2x30A'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getFuseTableEntry_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.FuseTableEntry#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Fuse Count</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of fuses ('2 x').
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fuse Count</em>' attribute.
	 * @see #setFuseCount(int)
	 * @see io.cellwright.model.catalog.CatalogPackage#getFuseTableEntry_FuseCount()
	 * @model default="1"
	 * @generated
	 */
	int getFuseCount();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.FuseTableEntry#getFuseCount <em>Fuse Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fuse Count</em>' attribute.
	 * @see #getFuseCount()
	 * @generated
	 */
	void setFuseCount(int value);

	/**
	 * Returns the value of the '<em><b>Fuse Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cellwright.model.catalog.FuseKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fuse family (MEGA, or ATO for the supplied ATO holder).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fuse Kind</em>' attribute.
	 * @see io.cellwright.model.catalog.FuseKind
	 * @see #setFuseKind(FuseKind)
	 * @see io.cellwright.model.catalog.CatalogPackage#getFuseTableEntry_FuseKind()
	 * @model
	 * @generated
	 */
	FuseKind getFuseKind();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.FuseTableEntry#getFuseKind <em>Fuse Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fuse Kind</em>' attribute.
	 * @see io.cellwright.model.catalog.FuseKind
	 * @see #getFuseKind()
	 * @generated
	 */
	void setFuseKind(FuseKind value);

	/**
	 * Returns the value of the '<em><b>Fuse Rating</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rating of each fuse.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fuse Rating</em>' containment reference.
	 * @see #setFuseRating(Quantity)
	 * @see io.cellwright.model.catalog.CatalogPackage#getFuseTableEntry_FuseRating()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Quantity getFuseRating();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.FuseTableEntry#getFuseRating <em>Fuse Rating</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fuse Rating</em>' containment reference.
	 * @see #getFuseRating()
	 * @generated
	 */
	void setFuseRating(Quantity value);

	/**
	 * Returns the value of the '<em><b>Max Charge Current</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Resulting maximum alternator charge current.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Charge Current</em>' containment reference.
	 * @see #setMaxChargeCurrent(Quantity)
	 * @see io.cellwright.model.catalog.CatalogPackage#getFuseTableEntry_MaxChargeCurrent()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Quantity getMaxChargeCurrent();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.FuseTableEntry#getMaxChargeCurrent <em>Max Charge Current</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Charge Current</em>' containment reference.
	 * @see #getMaxChargeCurrent()
	 * @generated
	 */
	void setMaxChargeCurrent(Quantity value);

} // FuseTableEntry
