/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.design;

import io.cellwright.model.catalog.ProductType;
import io.cellwright.model.catalog.ProductVariant;
import io.cellwright.model.catalog.SettingRole;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Component Instance</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A product placed in the design.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.design.ComponentInstance#getSerialNumber <em>Serial Number</em>}</li>
 *   <li>{@link io.cellwright.model.design.ComponentInstance#getType <em>Type</em>}</li>
 *   <li>{@link io.cellwright.model.design.ComponentInstance#getVariant <em>Variant</em>}</li>
 *   <li>{@link io.cellwright.model.design.ComponentInstance#getTerminals <em>Terminals</em>}</li>
 *   <li>{@link io.cellwright.model.design.ComponentInstance#getSettings <em>Settings</em>}</li>
 *   <li>{@link io.cellwright.model.design.ComponentInstance#getLiveBinding <em>Live Binding</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.design.DesignPackage#getComponentInstance()
 * @model
 * @generated
 */
public interface ComponentInstance extends DesignElement {
	/**
	 * Returns the value of the '<em><b>Serial Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Serial number of the installed unit (some behaviour depends on the production batch, see 001 §3.1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Serial Number</em>' attribute.
	 * @see #setSerialNumber(String)
	 * @see io.cellwright.model.design.DesignPackage#getComponentInstance_SerialNumber()
	 * @model
	 * @generated
	 */
	String getSerialNumber();

	/**
	 * Sets the value of the '{@link io.cellwright.model.design.ComponentInstance#getSerialNumber <em>Serial Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Serial Number</em>' attribute.
	 * @see #getSerialNumber()
	 * @generated
	 */
	void setSerialNumber(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Catalog product type.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Type</em>' reference.
	 * @see #setType(ProductType)
	 * @see io.cellwright.model.design.DesignPackage#getComponentInstance_Type()
	 * @model required="true"
	 * @generated
	 */
	ProductType getType();

	/**
	 * Sets the value of the '{@link io.cellwright.model.design.ComponentInstance#getType <em>Type</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' reference.
	 * @see #getType()
	 * @generated
	 */
	void setType(ProductType value);

	/**
	 * Returns the value of the '<em><b>Variant</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Variant of the type, when the type has variants.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Variant</em>' reference.
	 * @see #setVariant(ProductVariant)
	 * @see io.cellwright.model.design.DesignPackage#getComponentInstance_Variant()
	 * @model
	 * @generated
	 */
	ProductVariant getVariant();

	/**
	 * Sets the value of the '{@link io.cellwright.model.design.ComponentInstance#getVariant <em>Variant</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Variant</em>' reference.
	 * @see #getVariant()
	 * @generated
	 */
	void setVariant(ProductVariant value);

	/**
	 * Returns the value of the '<em><b>Terminals</b></em>' containment reference list.
	 * The list contents are of type {@link io.cellwright.model.design.TerminalInstance}.
	 * It is bidirectional and its opposite is '{@link io.cellwright.model.design.TerminalInstance#getComponent <em>Component</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Terminals: one per terminal definition of the type.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Terminals</em>' containment reference list.
	 * @see io.cellwright.model.design.DesignPackage#getComponentInstance_Terminals()
	 * @see io.cellwright.model.design.TerminalInstance#getComponent
	 * @model opposite="component" containment="true"
	 * @generated
	 */
	EList<TerminalInstance> getTerminals();

	/**
	 * Returns the value of the '<em><b>Settings</b></em>' containment reference list.
	 * The list contents are of type {@link io.cellwright.model.design.SettingValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Settings that differ from or confirm the catalog default; a setting without a value uses the default of its definition.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Settings</em>' containment reference list.
	 * @see io.cellwright.model.design.DesignPackage#getComponentInstance_Settings()
	 * @model containment="true"
	 * @generated
	 */
	EList<SettingValue> getSettings();

	/**
	 * Returns the value of the '<em><b>Live Binding</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which live device this component is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Live Binding</em>' containment reference.
	 * @see #setLiveBinding(LiveBinding)
	 * @see io.cellwright.model.design.DesignPackage#getComponentInstance_LiveBinding()
	 * @model containment="true"
	 * @generated
	 */
	LiveBinding getLiveBinding();

	/**
	 * Sets the value of the '{@link io.cellwright.model.design.ComponentInstance#getLiveBinding <em>Live Binding</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Live Binding</em>' containment reference.
	 * @see #getLiveBinding()
	 * @generated
	 */
	void setLiveBinding(LiveBinding value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The terminal whose definition has this id, or null.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	TerminalInstance findTerminal(String definitionId);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value given for the setting with this role, or null.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	SettingValue findSettingValue(SettingRole role);

} // ComponentInstance
