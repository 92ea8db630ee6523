/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ocv Curve Fact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Open-circuit voltage of a cell over state of charge.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.OcvCurveFact#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.OcvCurveFact#getPoints <em>Points</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getOcvCurveFact()
 * @model
 * @generated
 */
public interface OcvCurveFact extends Fact {
	/**
	 * Returns the value of the '<em><b>Conditions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Measurement conditions, e.g. 'pseudo-OCV at C/32'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Conditions</em>' attribute.
	 * @see #setConditions(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getOcvCurveFact_Conditions()
	 * @model
	 * @generated
	 */
	String getConditions();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.OcvCurveFact#getConditions <em>Conditions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Conditions</em>' attribute.
	 * @see #getConditions()
	 * @generated
	 */
	void setConditions(String value);

	/**
	 * Returns the value of the '<em><b>Points</b></em>' containment reference list.
	 * The list contents are of type {@link io.cellwright.model.catalog.OcvPoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Points in increasing state of charge.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Points</em>' containment reference list.
	 * @see io.cellwright.model.catalog.CatalogPackage#getOcvCurveFact_Points()
	 * @model containment="true"
	 * @generated
	 */
	EList<OcvPoint> getPoints();

} // OcvCurveFact
