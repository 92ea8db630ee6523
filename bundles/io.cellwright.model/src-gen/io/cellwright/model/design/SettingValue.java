/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.design;

import io.cellwright.model.catalog.SettingDefinition;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Setting Value</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The value a design gives one device setting.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.design.SettingValue#getDefinition <em>Definition</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.design.DesignPackage#getSettingValue()
 * @model abstract="true"
 * @generated
 */
public interface SettingValue extends EObject {
	/**
	 * Returns the value of the '<em><b>Definition</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The setting.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Definition</em>' reference.
	 * @see #setDefinition(SettingDefinition)
	 * @see io.cellwright.model.design.DesignPackage#getSettingValue_Definition()
	 * @model required="true"
	 * @generated
	 */
	SettingDefinition getDefinition();

	/**
	 * Sets the value of the '{@link io.cellwright.model.design.SettingValue#getDefinition <em>Definition</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Definition</em>' reference.
	 * @see #getDefinition()
	 * @generated
	 */
	void setDefinition(SettingDefinition value);

} // SettingValue
