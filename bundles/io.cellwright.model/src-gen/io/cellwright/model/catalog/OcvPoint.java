/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ocv Point</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One point of an open-circuit voltage curve.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.OcvPoint#getStateOfCharge <em>State Of Charge</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.OcvPoint#getVoltage <em>Voltage</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getOcvPoint()
 * @model
 * @generated
 */
public interface OcvPoint extends EObject {
	/**
	 * Returns the value of the '<em><b>State Of Charge</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * State of charge 0..1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>State Of Charge</em>' attribute.
	 * @see #setStateOfCharge(double)
	 * @see io.cellwright.model.catalog.CatalogPackage#getOcvPoint_StateOfCharge()
	 * @model
	 * @generated
	 */
	double getStateOfCharge();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.OcvPoint#getStateOfCharge <em>State Of Charge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State Of Charge</em>' attribute.
	 * @see #getStateOfCharge()
	 * @generated
	 */
	void setStateOfCharge(double value);

	/**
	 * Returns the value of the '<em><b>Voltage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cell open-circuit voltage in V.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Voltage</em>' attribute.
	 * @see #setVoltage(double)
	 * @see io.cellwright.model.catalog.CatalogPackage#getOcvPoint_Voltage()
	 * @model
	 * @generated
	 */
	double getVoltage();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.OcvPoint#getVoltage <em>Voltage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Voltage</em>' attribute.
	 * @see #getVoltage()
	 * @generated
	 */
	void setVoltage(double value);

} // OcvPoint
