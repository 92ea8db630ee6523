/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dimensions Fact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Outer dimensions, numbers in the order written.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.DimensionsFact#getSizes <em>Sizes</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.DimensionsFact#getUnit <em>Unit</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.DimensionsFact#getAxes <em>Axes</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getDimensionsFact()
 * @model
 * @generated
 */
public interface DimensionsFact extends Fact {
	/**
	 * Returns the value of the '<em><b>Sizes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Numbers in the order written.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sizes</em>' attribute list.
	 * @see io.cellwright.model.catalog.CatalogPackage#getDimensionsFact_Sizes()
	 * @model unique="false"
	 * @generated
	 */
	EList<Double> getSizes();

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cellwright.model.catalog.Unit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unit of the numbers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see io.cellwright.model.catalog.Unit
	 * @see #setUnit(Unit)
	 * @see io.cellwright.model.catalog.CatalogPackage#getDimensionsFact_Unit()
	 * @model
	 * @generated
	 */
	Unit getUnit();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.DimensionsFact#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see io.cellwright.model.catalog.Unit
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(Unit value);

	/**
	 * Returns the value of the '<em><b>Axes</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cellwright.model.catalog.DimensionAxes}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the order means, when stated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Axes</em>' attribute.
	 * @see io.cellwright.model.catalog.DimensionAxes
	 * @see #setAxes(DimensionAxes)
	 * @see io.cellwright.model.catalog.CatalogPackage#getDimensionsFact_Axes()
	 * @model
	 * @generated
	 */
	DimensionAxes getAxes();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.DimensionsFact#getAxes <em>Axes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Axes</em>' attribute.
	 * @see io.cellwright.model.catalog.DimensionAxes
	 * @see #getAxes()
	 * @generated
	 */
	void setAxes(DimensionAxes value);

} // DimensionsFact
