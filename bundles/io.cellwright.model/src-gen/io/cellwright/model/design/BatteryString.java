/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.design;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Battery String</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Batteries connected in series.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.design.BatteryString#getName <em>Name</em>}</li>
 *   <li>{@link io.cellwright.model.design.BatteryString#getBatteries <em>Batteries</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.design.DesignPackage#getBatteryString()
 * @model
 * @generated
 */
public interface BatteryString extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.cellwright.model.design.DesignPackage#getBatteryString_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.cellwright.model.design.BatteryString#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Batteries</b></em>' reference list.
	 * The list contents are of type {@link io.cellwright.model.design.ComponentInstance}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Batteries from the negative end to the positive end.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Batteries</em>' reference list.
	 * @see io.cellwright.model.design.DesignPackage#getBatteryString_Batteries()
	 * @model required="true"
	 * @generated
	 */
	EList<ComponentInstance> getBatteries();

} // BatteryString
