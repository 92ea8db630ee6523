/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Quantity Value</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A number with unit, relation and stated precision.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.QuantityValue#getValue <em>Value</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.QuantityValue#getUnit <em>Unit</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.QuantityValue#getRelation <em>Relation</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.QuantityValue#getDecimals <em>Decimals</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getQuantityValue()
 * @model interface="true" abstract="true"
 * @generated
 */
public interface QuantityValue extends EObject {
	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The number in 'unit'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(double)
	 * @see io.cellwright.model.catalog.CatalogPackage#getQuantityValue_Value()
	 * @model
	 * @generated
	 */
	double getValue();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.QuantityValue#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(double value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cellwright.model.catalog.Unit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unit of 'value'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see io.cellwright.model.catalog.Unit
	 * @see #setUnit(Unit)
	 * @see io.cellwright.model.catalog.CatalogPackage#getQuantityValue_Unit()
	 * @model
	 * @generated
	 */
	Unit getUnit();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.QuantityValue#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see io.cellwright.model.catalog.Unit
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(Unit value);

	/**
	 * Returns the value of the '<em><b>Relation</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cellwright.model.catalog.Relation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the stated number bounds the real value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Relation</em>' attribute.
	 * @see io.cellwright.model.catalog.Relation
	 * @see #setRelation(Relation)
	 * @see io.cellwright.model.catalog.CatalogPackage#getQuantityValue_Relation()
	 * @model
	 * @generated
	 */
	Relation getRelation();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.QuantityValue#getRelation <em>Relation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Relation</em>' attribute.
	 * @see io.cellwright.model.catalog.Relation
	 * @see #getRelation()
	 * @generated
	 */
	void setRelation(Relation value);

	/**
	 * Returns the value of the '<em><b>Decimals</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Decimals as written in the source ('2.0' has 1); -1 = shortest form.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decimals</em>' attribute.
	 * @see #setDecimals(int)
	 * @see io.cellwright.model.catalog.CatalogPackage#getQuantityValue_Decimals()
	 * @model default="-1"
	 * @generated
	 */
	int getDecimals();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.QuantityValue#getDecimals <em>Decimals</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decimals</em>' attribute.
	 * @see #getDecimals()
	 * @generated
	 */
	void setDecimals(int value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Value converted to the base unit of its dimension using the Unit annotation.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	double valueInBaseUnit();

} // QuantityValue
