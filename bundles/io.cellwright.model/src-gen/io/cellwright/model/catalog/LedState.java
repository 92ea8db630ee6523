/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Led State</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Meaning of one LED pattern, e.g. blue blinking = Bluetooth broadcasting.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.LedState#getPattern <em>Pattern</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.LedState#getMeaning <em>Meaning</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getLedState()
 * @model
 * @generated
 */
public interface LedState extends EObject {
	/**
	 * Returns the value of the '<em><b>Pattern</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cellwright.model.catalog.LedPattern}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Pattern.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pattern</em>' attribute.
	 * @see io.cellwright.model.catalog.LedPattern
	 * @see #setPattern(LedPattern)
	 * @see io.cellwright.model.catalog.CatalogPackage#getLedState_Pattern()
	 * @model
	 * @generated
	 */
	LedPattern getPattern();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.LedState#getPattern <em>Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pattern</em>' attribute.
	 * @see io.cellwright.model.catalog.LedPattern
	 * @see #getPattern()
	 * @generated
	 */
	void setPattern(LedPattern value);

	/**
	 * Returns the value of the '<em><b>Meaning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Meaning as written.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Meaning</em>' attribute.
	 * @see #setMeaning(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getLedState_Meaning()
	 * @model
	 * @generated
	 */
	String getMeaning();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.LedState#getMeaning <em>Meaning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Meaning</em>' attribute.
	 * @see #getMeaning()
	 * @generated
	 */
	void setMeaning(String value);

} // LedState
