/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.design;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see io.cellwright.model.design.DesignPackage
 * @generated
 */
public interface DesignFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	DesignFactory eINSTANCE = io.cellwright.model.design.impl.DesignFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>System Design</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>System Design</em>'.
	 * @generated
	 */
	SystemDesign createSystemDesign();

	/**
	 * Returns a new object of class '<em>Catalog Use</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Catalog Use</em>'.
	 * @generated
	 */
	CatalogUse createCatalogUse();

	/**
	 * Returns a new object of class '<em>Component Instance</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Component Instance</em>'.
	 * @generated
	 */
	ComponentInstance createComponentInstance();

	/**
	 * Returns a new object of class '<em>Terminal Instance</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Terminal Instance</em>'.
	 * @generated
	 */
	TerminalInstance createTerminalInstance();

	/**
	 * Returns a new object of class '<em>Wire</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Wire</em>'.
	 * @generated
	 */
	Wire createWire();

	/**
	 * Returns a new object of class '<em>Wire Fuse</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Wire Fuse</em>'.
	 * @generated
	 */
	WireFuse createWireFuse();

	/**
	 * Returns a new object of class '<em>Battery Bank</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Battery Bank</em>'.
	 * @generated
	 */
	BatteryBank createBatteryBank();

	/**
	 * Returns a new object of class '<em>Battery String</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Battery String</em>'.
	 * @generated
	 */
	BatteryString createBatteryString();

	/**
	 * Returns a new object of class '<em>Bms Cable Link</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Bms Cable Link</em>'.
	 * @generated
	 */
	BmsCableLink createBmsCableLink();

	/**
	 * Returns a new object of class '<em>Number Setting Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Number Setting Value</em>'.
	 * @generated
	 */
	NumberSettingValue createNumberSettingValue();

	/**
	 * Returns a new object of class '<em>Choice Setting Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Choice Setting Value</em>'.
	 * @generated
	 */
	ChoiceSettingValue createChoiceSettingValue();

	/**
	 * Returns a new object of class '<em>Boolean Setting Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Boolean Setting Value</em>'.
	 * @generated
	 */
	BooleanSettingValue createBooleanSettingValue();

	/**
	 * Returns a new object of class '<em>Live Binding</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Live Binding</em>'.
	 * @generated
	 */
	LiveBinding createLiveBinding();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	DesignPackage getDesignPackage();

} //DesignFactory
