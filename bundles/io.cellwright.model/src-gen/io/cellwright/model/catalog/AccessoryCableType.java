/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Accessory Cable Type</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An accessory cable: M8 BMS extension, interface (remote on/off) cables. Placed in a design as a component whose terminals connect like any other.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.AccessoryCableType#getFunction <em>Function</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.AccessoryCableType#getPiecesPerPack <em>Pieces Per Pack</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.AccessoryCableType#getInverting <em>Inverting</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.AccessoryCableType#getLength <em>Length</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.AccessoryCableType#getWires <em>Wires</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getAccessoryCableType()
 * @model
 * @generated
 */
public interface AccessoryCableType extends ProductType {
	/**
	 * Returns the value of the '<em><b>Function</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cellwright.model.catalog.CableFunction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Function.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Function</em>' attribute.
	 * @see io.cellwright.model.catalog.CableFunction
	 * @see #setFunction(CableFunction)
	 * @see io.cellwright.model.catalog.CatalogPackage#getAccessoryCableType_Function()
	 * @model
	 * @generated
	 */
	CableFunction getFunction();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.AccessoryCableType#getFunction <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Function</em>' attribute.
	 * @see io.cellwright.model.catalog.CableFunction
	 * @see #getFunction()
	 * @generated
	 */
	void setFunction(CableFunction value);

	/**
	 * Returns the value of the '<em><b>Pieces Per Pack</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Pieces sold together ('pair of M8 cables' = 2).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pieces Per Pack</em>' attribute.
	 * @see #setPiecesPerPack(int)
	 * @see io.cellwright.model.catalog.CatalogPackage#getAccessoryCableType_PiecesPerPack()
	 * @model default="1"
	 * @generated
	 */
	int getPiecesPerPack();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.AccessoryCableType#getPiecesPerPack <em>Pieces Per Pack</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pieces Per Pack</em>' attribute.
	 * @see #getPiecesPerPack()
	 * @generated
	 */
	void setPiecesPerPack(int value);

	/**
	 * Returns the value of the '<em><b>Inverting</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Inverts the signal.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Inverting</em>' containment reference.
	 * @see #setInverting(BooleanFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getAccessoryCableType_Inverting()
	 * @model containment="true"
	 * @generated
	 */
	BooleanFact getInverting();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.AccessoryCableType#getInverting <em>Inverting</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inverting</em>' containment reference.
	 * @see #getInverting()
	 * @generated
	 */
	void setInverting(BooleanFact value);

	/**
	 * Returns the value of the '<em><b>Length</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Length.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Length</em>' containment reference.
	 * @see #setLength(QuantityFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getAccessoryCableType_Length()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='length'"
	 * @generated
	 */
	QuantityFact getLength();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.AccessoryCableType#getLength <em>Length</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Length</em>' containment reference.
	 * @see #getLength()
	 * @generated
	 */
	void setLength(QuantityFact value);

	/**
	 * Returns the value of the '<em><b>Wires</b></em>' containment reference list.
	 * The list contents are of type {@link io.cellwright.model.catalog.CableWire}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Wires at the device end, e.g. black and red.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Wires</em>' containment reference list.
	 * @see io.cellwright.model.catalog.CatalogPackage#getAccessoryCableType_Wires()
	 * @model containment="true" keys="id"
	 * @generated
	 */
	EList<CableWire> getWires();

} // AccessoryCableType
