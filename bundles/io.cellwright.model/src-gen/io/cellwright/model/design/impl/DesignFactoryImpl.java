/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.design.impl;

import io.cellwright.model.design.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class DesignFactoryImpl extends EFactoryImpl implements DesignFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static DesignFactory init() {
		try {
			DesignFactory theDesignFactory = (DesignFactory)EPackage.Registry.INSTANCE.getEFactory(DesignPackage.eNS_URI);
			if (theDesignFactory != null) {
				return theDesignFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new DesignFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DesignFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case DesignPackage.SYSTEM_DESIGN: return createSystemDesign();
			case DesignPackage.CATALOG_USE: return createCatalogUse();
			case DesignPackage.COMPONENT_INSTANCE: return createComponentInstance();
			case DesignPackage.TERMINAL_INSTANCE: return createTerminalInstance();
			case DesignPackage.WIRE: return createWire();
			case DesignPackage.WIRE_FUSE: return createWireFuse();
			case DesignPackage.BATTERY_BANK: return createBatteryBank();
			case DesignPackage.BATTERY_STRING: return createBatteryString();
			case DesignPackage.BMS_CABLE_LINK: return createBmsCableLink();
			case DesignPackage.NUMBER_SETTING_VALUE: return createNumberSettingValue();
			case DesignPackage.CHOICE_SETTING_VALUE: return createChoiceSettingValue();
			case DesignPackage.BOOLEAN_SETTING_VALUE: return createBooleanSettingValue();
			case DesignPackage.LIVE_BINDING: return createLiveBinding();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case DesignPackage.FUSE_LOCATION:
				return createFuseLocationFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case DesignPackage.FUSE_LOCATION:
				return convertFuseLocationToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SystemDesign createSystemDesign() {
		SystemDesignImpl systemDesign = new SystemDesignImpl();
		return systemDesign;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CatalogUse createCatalogUse() {
		CatalogUseImpl catalogUse = new CatalogUseImpl();
		return catalogUse;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComponentInstance createComponentInstance() {
		ComponentInstanceImpl componentInstance = new ComponentInstanceImpl();
		return componentInstance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TerminalInstance createTerminalInstance() {
		TerminalInstanceImpl terminalInstance = new TerminalInstanceImpl();
		return terminalInstance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Wire createWire() {
		WireImpl wire = new WireImpl();
		return wire;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WireFuse createWireFuse() {
		WireFuseImpl wireFuse = new WireFuseImpl();
		return wireFuse;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BatteryBank createBatteryBank() {
		BatteryBankImpl batteryBank = new BatteryBankImpl();
		return batteryBank;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BatteryString createBatteryString() {
		BatteryStringImpl batteryString = new BatteryStringImpl();
		return batteryString;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BmsCableLink createBmsCableLink() {
		BmsCableLinkImpl bmsCableLink = new BmsCableLinkImpl();
		return bmsCableLink;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NumberSettingValue createNumberSettingValue() {
		NumberSettingValueImpl numberSettingValue = new NumberSettingValueImpl();
		return numberSettingValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChoiceSettingValue createChoiceSettingValue() {
		ChoiceSettingValueImpl choiceSettingValue = new ChoiceSettingValueImpl();
		return choiceSettingValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BooleanSettingValue createBooleanSettingValue() {
		BooleanSettingValueImpl booleanSettingValue = new BooleanSettingValueImpl();
		return booleanSettingValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LiveBinding createLiveBinding() {
		LiveBindingImpl liveBinding = new LiveBindingImpl();
		return liveBinding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FuseLocation createFuseLocationFromString(EDataType eDataType, String initialValue) {
		FuseLocation result = FuseLocation.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFuseLocationToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DesignPackage getDesignPackage() {
		return (DesignPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static DesignPackage getPackage() {
		return DesignPackage.eINSTANCE;
	}

} //DesignFactoryImpl
