/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Setting Option</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An option of a choice setting.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.SettingOption#getKey <em>Key</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.SettingOption#getLabel <em>Label</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.SettingOption#getDescription <em>Description</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.SettingOption#getRole <em>Role</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.SettingOption#getFuse <em>Fuse</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getSettingOption()
 * @model
 * @generated
 */
public interface SettingOption extends EObject {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Key, unique within the setting.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getSettingOption_Key()
	 * @model required="true"
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.SettingOption#getKey <em>Key</em>}' attribute.
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
	 * Label as the app shows it, e.g. 'Disable alternator only'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getSettingOption_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.SettingOption#getLabel <em>Label</em>}' attribute.
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
	 * What it does, from the source.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getSettingOption_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.SettingOption#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cellwright.model.catalog.OptionRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Meaning, for validation and simulation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see io.cellwright.model.catalog.OptionRole
	 * @see #setRole(OptionRole)
	 * @see io.cellwright.model.catalog.CatalogPackage#getSettingOption_Role()
	 * @model
	 * @generated
	 */
	OptionRole getRole();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.SettingOption#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see io.cellwright.model.catalog.OptionRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(OptionRole value);

	/**
	 * Returns the value of the '<em><b>Fuse</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a fuse type setting: the fuse table row this option selects.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fuse</em>' reference.
	 * @see #setFuse(FuseTableEntry)
	 * @see io.cellwright.model.catalog.CatalogPackage#getSettingOption_Fuse()
	 * @model
	 * @generated
	 */
	FuseTableEntry getFuse();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.SettingOption#getFuse <em>Fuse</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fuse</em>' reference.
	 * @see #getFuse()
	 * @generated
	 */
	void setFuse(FuseTableEntry value);

} // SettingOption
