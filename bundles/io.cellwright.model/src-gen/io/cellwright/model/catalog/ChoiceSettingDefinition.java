/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Choice Setting Definition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A setting with options, e.g. remote on/off function (001 §3.5.1 item 5).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.ChoiceSettingDefinition#getOptions <em>Options</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.ChoiceSettingDefinition#getDefaultOption <em>Default Option</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getChoiceSettingDefinition()
 * @model
 * @generated
 */
public interface ChoiceSettingDefinition extends SettingDefinition {
	/**
	 * Returns the value of the '<em><b>Options</b></em>' containment reference list.
	 * The list contents are of type {@link io.cellwright.model.catalog.SettingOption}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Options in the app's order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Options</em>' containment reference list.
	 * @see io.cellwright.model.catalog.CatalogPackage#getChoiceSettingDefinition_Options()
	 * @model containment="true" keys="key" required="true"
	 * @generated
	 */
	EList<SettingOption> getOptions();

	/**
	 * Returns the value of the '<em><b>Default Option</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Default option.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Default Option</em>' reference.
	 * @see #setDefaultOption(SettingOption)
	 * @see io.cellwright.model.catalog.CatalogPackage#getChoiceSettingDefinition_DefaultOption()
	 * @model
	 * @generated
	 */
	SettingOption getDefaultOption();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.ChoiceSettingDefinition#getDefaultOption <em>Default Option</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default Option</em>' reference.
	 * @see #getDefaultOption()
	 * @generated
	 */
	void setDefaultOption(SettingOption value);

} // ChoiceSettingDefinition
