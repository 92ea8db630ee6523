/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Number Setting Definition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A numeric setting, e.g. battery charge limit 13.0-15.3 V, default 14.2 V (001 §3.5.1).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.NumberSettingDefinition#getUnit <em>Unit</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.NumberSettingDefinition#getStep <em>Step</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.NumberSettingDefinition#getRange <em>Range</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.NumberSettingDefinition#getDefaultValue <em>Default Value</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getNumberSettingDefinition()
 * @model
 * @generated
 */
public interface NumberSettingDefinition extends SettingDefinition {
	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cellwright.model.catalog.Unit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unit of values in designs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see io.cellwright.model.catalog.Unit
	 * @see #setUnit(Unit)
	 * @see io.cellwright.model.catalog.CatalogPackage#getNumberSettingDefinition_Unit()
	 * @model
	 * @generated
	 */
	Unit getUnit();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.NumberSettingDefinition#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see io.cellwright.model.catalog.Unit
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(Unit value);

	/**
	 * Returns the value of the '<em><b>Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Adjustment step, when known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Step</em>' attribute.
	 * @see #isSetStep()
	 * @see #unsetStep()
	 * @see #setStep(double)
	 * @see io.cellwright.model.catalog.CatalogPackage#getNumberSettingDefinition_Step()
	 * @model unsettable="true"
	 * @generated
	 */
	double getStep();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.NumberSettingDefinition#getStep <em>Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step</em>' attribute.
	 * @see #isSetStep()
	 * @see #unsetStep()
	 * @see #getStep()
	 * @generated
	 */
	void setStep(double value);

	/**
	 * Unsets the value of the '{@link io.cellwright.model.catalog.NumberSettingDefinition#getStep <em>Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetStep()
	 * @see #getStep()
	 * @see #setStep(double)
	 * @generated
	 */
	void unsetStep();

	/**
	 * Returns whether the value of the '{@link io.cellwright.model.catalog.NumberSettingDefinition#getStep <em>Step</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Step</em>' attribute is set.
	 * @see #unsetStep()
	 * @see #getStep()
	 * @see #setStep(double)
	 * @generated
	 */
	boolean isSetStep();

	/**
	 * Returns the value of the '<em><b>Range</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Allowed range.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Range</em>' containment reference.
	 * @see #setRange(RangeFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getNumberSettingDefinition_Range()
	 * @model containment="true"
	 * @generated
	 */
	RangeFact getRange();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.NumberSettingDefinition#getRange <em>Range</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Range</em>' containment reference.
	 * @see #getRange()
	 * @generated
	 */
	void setRange(RangeFact value);

	/**
	 * Returns the value of the '<em><b>Default Value</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Default value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Default Value</em>' containment reference.
	 * @see #setDefaultValue(QuantityFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getNumberSettingDefinition_DefaultValue()
	 * @model containment="true"
	 * @generated
	 */
	QuantityFact getDefaultValue();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.NumberSettingDefinition#getDefaultValue <em>Default Value</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default Value</em>' containment reference.
	 * @see #getDefaultValue()
	 * @generated
	 */
	void setDefaultValue(QuantityFact value);

} // NumberSettingDefinition
