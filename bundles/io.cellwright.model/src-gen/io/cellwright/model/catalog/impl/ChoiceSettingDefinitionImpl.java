/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog.impl;

import io.cellwright.model.catalog.CatalogPackage;
import io.cellwright.model.catalog.ChoiceSettingDefinition;
import io.cellwright.model.catalog.SettingOption;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Choice Setting Definition</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.impl.ChoiceSettingDefinitionImpl#getOptions <em>Options</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.ChoiceSettingDefinitionImpl#getDefaultOption <em>Default Option</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ChoiceSettingDefinitionImpl extends SettingDefinitionImpl implements ChoiceSettingDefinition {
	/**
	 * The cached value of the '{@link #getOptions() <em>Options</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptions()
	 * @generated
	 * @ordered
	 */
	protected EList<SettingOption> options;

	/**
	 * The cached value of the '{@link #getDefaultOption() <em>Default Option</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultOption()
	 * @generated
	 * @ordered
	 */
	protected SettingOption defaultOption;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ChoiceSettingDefinitionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.CHOICE_SETTING_DEFINITION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SettingOption> getOptions() {
		if (options == null) {
			options = new EObjectContainmentEList<SettingOption>(SettingOption.class, this, CatalogPackage.CHOICE_SETTING_DEFINITION__OPTIONS);
		}
		return options;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SettingOption getDefaultOption() {
		if (defaultOption != null && defaultOption.eIsProxy()) {
			InternalEObject oldDefaultOption = (InternalEObject)defaultOption;
			defaultOption = (SettingOption)eResolveProxy(oldDefaultOption);
			if (defaultOption != oldDefaultOption) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CatalogPackage.CHOICE_SETTING_DEFINITION__DEFAULT_OPTION, oldDefaultOption, defaultOption));
			}
		}
		return defaultOption;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SettingOption basicGetDefaultOption() {
		return defaultOption;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefaultOption(SettingOption newDefaultOption) {
		SettingOption oldDefaultOption = defaultOption;
		defaultOption = newDefaultOption;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.CHOICE_SETTING_DEFINITION__DEFAULT_OPTION, oldDefaultOption, defaultOption));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CatalogPackage.CHOICE_SETTING_DEFINITION__OPTIONS:
				return ((InternalEList<?>)getOptions()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CatalogPackage.CHOICE_SETTING_DEFINITION__OPTIONS:
				return getOptions();
			case CatalogPackage.CHOICE_SETTING_DEFINITION__DEFAULT_OPTION:
				if (resolve) return getDefaultOption();
				return basicGetDefaultOption();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CatalogPackage.CHOICE_SETTING_DEFINITION__OPTIONS:
				getOptions().clear();
				getOptions().addAll((Collection<? extends SettingOption>)newValue);
				return;
			case CatalogPackage.CHOICE_SETTING_DEFINITION__DEFAULT_OPTION:
				setDefaultOption((SettingOption)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CatalogPackage.CHOICE_SETTING_DEFINITION__OPTIONS:
				getOptions().clear();
				return;
			case CatalogPackage.CHOICE_SETTING_DEFINITION__DEFAULT_OPTION:
				setDefaultOption((SettingOption)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CatalogPackage.CHOICE_SETTING_DEFINITION__OPTIONS:
				return options != null && !options.isEmpty();
			case CatalogPackage.CHOICE_SETTING_DEFINITION__DEFAULT_OPTION:
				return defaultOption != null;
		}
		return super.eIsSet(featureID);
	}

} //ChoiceSettingDefinitionImpl
