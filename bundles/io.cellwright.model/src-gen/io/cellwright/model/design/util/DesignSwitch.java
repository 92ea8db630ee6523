/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.design.util;

import io.cellwright.model.design.*;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see io.cellwright.model.design.DesignPackage
 * @generated
 */
public class DesignSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static DesignPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DesignSwitch() {
		if (modelPackage == null) {
			modelPackage = DesignPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case DesignPackage.DESIGN_ELEMENT: {
				DesignElement designElement = (DesignElement)theEObject;
				T result = caseDesignElement(designElement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DesignPackage.SYSTEM_DESIGN: {
				SystemDesign systemDesign = (SystemDesign)theEObject;
				T result = caseSystemDesign(systemDesign);
				if (result == null) result = caseDesignElement(systemDesign);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DesignPackage.CATALOG_USE: {
				CatalogUse catalogUse = (CatalogUse)theEObject;
				T result = caseCatalogUse(catalogUse);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DesignPackage.COMPONENT_INSTANCE: {
				ComponentInstance componentInstance = (ComponentInstance)theEObject;
				T result = caseComponentInstance(componentInstance);
				if (result == null) result = caseDesignElement(componentInstance);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DesignPackage.TERMINAL_INSTANCE: {
				TerminalInstance terminalInstance = (TerminalInstance)theEObject;
				T result = caseTerminalInstance(terminalInstance);
				if (result == null) result = caseDesignElement(terminalInstance);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DesignPackage.WIRE: {
				Wire wire = (Wire)theEObject;
				T result = caseWire(wire);
				if (result == null) result = caseDesignElement(wire);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DesignPackage.WIRE_FUSE: {
				WireFuse wireFuse = (WireFuse)theEObject;
				T result = caseWireFuse(wireFuse);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DesignPackage.BATTERY_BANK: {
				BatteryBank batteryBank = (BatteryBank)theEObject;
				T result = caseBatteryBank(batteryBank);
				if (result == null) result = caseDesignElement(batteryBank);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DesignPackage.BATTERY_STRING: {
				BatteryString batteryString = (BatteryString)theEObject;
				T result = caseBatteryString(batteryString);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DesignPackage.BMS_CABLE_LINK: {
				BmsCableLink bmsCableLink = (BmsCableLink)theEObject;
				T result = caseBmsCableLink(bmsCableLink);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DesignPackage.SETTING_VALUE: {
				SettingValue settingValue = (SettingValue)theEObject;
				T result = caseSettingValue(settingValue);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DesignPackage.NUMBER_SETTING_VALUE: {
				NumberSettingValue numberSettingValue = (NumberSettingValue)theEObject;
				T result = caseNumberSettingValue(numberSettingValue);
				if (result == null) result = caseSettingValue(numberSettingValue);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DesignPackage.CHOICE_SETTING_VALUE: {
				ChoiceSettingValue choiceSettingValue = (ChoiceSettingValue)theEObject;
				T result = caseChoiceSettingValue(choiceSettingValue);
				if (result == null) result = caseSettingValue(choiceSettingValue);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DesignPackage.BOOLEAN_SETTING_VALUE: {
				BooleanSettingValue booleanSettingValue = (BooleanSettingValue)theEObject;
				T result = caseBooleanSettingValue(booleanSettingValue);
				if (result == null) result = caseSettingValue(booleanSettingValue);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DesignPackage.LIVE_BINDING: {
				LiveBinding liveBinding = (LiveBinding)theEObject;
				T result = caseLiveBinding(liveBinding);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDesignElement(DesignElement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>System Design</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>System Design</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSystemDesign(SystemDesign object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Catalog Use</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Catalog Use</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCatalogUse(CatalogUse object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Component Instance</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Component Instance</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseComponentInstance(ComponentInstance object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Terminal Instance</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Terminal Instance</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTerminalInstance(TerminalInstance object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Wire</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Wire</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseWire(Wire object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Wire Fuse</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Wire Fuse</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseWireFuse(WireFuse object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Battery Bank</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Battery Bank</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBatteryBank(BatteryBank object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Battery String</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Battery String</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBatteryString(BatteryString object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Bms Cable Link</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Bms Cable Link</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBmsCableLink(BmsCableLink object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Setting Value</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Setting Value</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSettingValue(SettingValue object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Number Setting Value</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Number Setting Value</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNumberSettingValue(NumberSettingValue object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Choice Setting Value</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Choice Setting Value</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseChoiceSettingValue(ChoiceSettingValue object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Boolean Setting Value</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Boolean Setting Value</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBooleanSettingValue(BooleanSettingValue object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Live Binding</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Live Binding</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLiveBinding(LiveBinding object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //DesignSwitch
