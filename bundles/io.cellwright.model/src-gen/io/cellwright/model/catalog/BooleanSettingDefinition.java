/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Boolean Setting Definition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An on/off setting.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.BooleanSettingDefinition#getDefaultValue <em>Default Value</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getBooleanSettingDefinition()
 * @model
 * @generated
 */
public interface BooleanSettingDefinition extends SettingDefinition {
	/**
	 * Returns the value of the '<em><b>Default Value</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Default Value</em>' containment reference.
	 * @see #setDefaultValue(BooleanFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getBooleanSettingDefinition_DefaultValue()
	 * @model containment="true"
	 * @generated
	 */
	BooleanFact getDefaultValue();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.BooleanSettingDefinition#getDefaultValue <em>Default Value</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default Value</em>' containment reference.
	 * @see #getDefaultValue()
	 * @generated
	 */
	void setDefaultValue(BooleanFact value);

} // BooleanSettingDefinition
