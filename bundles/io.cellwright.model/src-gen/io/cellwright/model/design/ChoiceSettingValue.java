/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.design;

import io.cellwright.model.catalog.SettingOption;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Choice Setting Value</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Chosen option of a choice setting.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.design.ChoiceSettingValue#getOption <em>Option</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.design.DesignPackage#getChoiceSettingValue()
 * @model
 * @generated
 */
public interface ChoiceSettingValue extends SettingValue {
	/**
	 * Returns the value of the '<em><b>Option</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Chosen option.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Option</em>' reference.
	 * @see #setOption(SettingOption)
	 * @see io.cellwright.model.design.DesignPackage#getChoiceSettingValue_Option()
	 * @model required="true"
	 * @generated
	 */
	SettingOption getOption();

	/**
	 * Sets the value of the '{@link io.cellwright.model.design.ChoiceSettingValue#getOption <em>Option</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Option</em>' reference.
	 * @see #getOption()
	 * @generated
	 */
	void setOption(SettingOption value);

} // ChoiceSettingValue
