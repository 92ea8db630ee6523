/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Setting Definition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A setting a design can give a device, with its range or options and default from the documents. A design that gives no value uses the default.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.SettingDefinition#getKey <em>Key</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.SettingDefinition#getLabel <em>Label</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.SettingDefinition#getDescription <em>Description</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.SettingDefinition#getRole <em>Role</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.SettingDefinition#getChannel <em>Channel</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getSettingDefinition()
 * @model abstract="true"
 * @generated
 */
public interface SettingDefinition extends Sourced {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Key, unique within the product type, e.g. 'battery-charge-limit'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getSettingDefinition_Key()
	 * @model required="true"
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.SettingDefinition#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Label as the app shows it, e.g. 'Battery charge limit'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getSettingDefinition_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.SettingDefinition#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What it does.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getSettingDefinition_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.SettingDefinition#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cellwright.model.catalog.SettingRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Meaning, for validation and simulation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see io.cellwright.model.catalog.SettingRole
	 * @see #setRole(SettingRole)
	 * @see io.cellwright.model.catalog.CatalogPackage#getSettingDefinition_Role()
	 * @model
	 * @generated
	 */
	SettingRole getRole();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.SettingDefinition#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see io.cellwright.model.catalog.SettingRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(SettingRole value);

	/**
	 * Returns the value of the '<em><b>Channel</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cellwright.model.catalog.ConfigurationChannel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the setting is made.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channel</em>' attribute.
	 * @see io.cellwright.model.catalog.ConfigurationChannel
	 * @see #setChannel(ConfigurationChannel)
	 * @see io.cellwright.model.catalog.CatalogPackage#getSettingDefinition_Channel()
	 * @model
	 * @generated
	 */
	ConfigurationChannel getChannel();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.SettingDefinition#getChannel <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' attribute.
	 * @see io.cellwright.model.catalog.ConfigurationChannel
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(ConfigurationChannel value);

} // SettingDefinition
