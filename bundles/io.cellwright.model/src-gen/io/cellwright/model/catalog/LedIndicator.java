/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Led Indicator</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An LED and its meanings (001 Appendix C).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.LedIndicator#getPosition <em>Position</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.LedIndicator#getColour <em>Colour</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.LedIndicator#getFunction <em>Function</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.LedIndicator#getStates <em>States</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getLedIndicator()
 * @model
 * @generated
 */
public interface LedIndicator extends Fact {
	/**
	 * Returns the value of the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Position from the left, starting at 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Position</em>' attribute.
	 * @see #setPosition(int)
	 * @see io.cellwright.model.catalog.CatalogPackage#getLedIndicator_Position()
	 * @model
	 * @generated
	 */
	int getPosition();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.LedIndicator#getPosition <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Position</em>' attribute.
	 * @see #getPosition()
	 * @generated
	 */
	void setPosition(int value);

	/**
	 * Returns the value of the '<em><b>Colour</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cellwright.model.catalog.LedColour}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Colour.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Colour</em>' attribute.
	 * @see io.cellwright.model.catalog.LedColour
	 * @see #setColour(LedColour)
	 * @see io.cellwright.model.catalog.CatalogPackage#getLedIndicator_Colour()
	 * @model
	 * @generated
	 */
	LedColour getColour();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.LedIndicator#getColour <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Colour</em>' attribute.
	 * @see io.cellwright.model.catalog.LedColour
	 * @see #getColour()
	 * @generated
	 */
	void setColour(LedColour value);

	/**
	 * Returns the value of the '<em><b>Function</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cellwright.model.catalog.LedFunction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What it shows.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Function</em>' attribute.
	 * @see io.cellwright.model.catalog.LedFunction
	 * @see #setFunction(LedFunction)
	 * @see io.cellwright.model.catalog.CatalogPackage#getLedIndicator_Function()
	 * @model
	 * @generated
	 */
	LedFunction getFunction();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.LedIndicator#getFunction <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Function</em>' attribute.
	 * @see io.cellwright.model.catalog.LedFunction
	 * @see #getFunction()
	 * @generated
	 */
	void setFunction(LedFunction value);

	/**
	 * Returns the value of the '<em><b>States</b></em>' containment reference list.
	 * The list contents are of type {@link io.cellwright.model.catalog.LedState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Meaning per pattern.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>States</em>' containment reference list.
	 * @see io.cellwright.model.catalog.CatalogPackage#getLedIndicator_States()
	 * @model containment="true"
	 * @generated
	 */
	EList<LedState> getStates();

} // LedIndicator
