/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.design.util;

import io.cellwright.model.design.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see io.cellwright.model.design.DesignPackage
 * @generated
 */
public class DesignAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static DesignPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DesignAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = DesignPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DesignSwitch<Adapter> modelSwitch =
		new DesignSwitch<Adapter>() {
			@Override
			public Adapter caseDesignElement(DesignElement object) {
				return createDesignElementAdapter();
			}
			@Override
			public Adapter caseSystemDesign(SystemDesign object) {
				return createSystemDesignAdapter();
			}
			@Override
			public Adapter caseCatalogUse(CatalogUse object) {
				return createCatalogUseAdapter();
			}
			@Override
			public Adapter caseComponentInstance(ComponentInstance object) {
				return createComponentInstanceAdapter();
			}
			@Override
			public Adapter caseTerminalInstance(TerminalInstance object) {
				return createTerminalInstanceAdapter();
			}
			@Override
			public Adapter caseWire(Wire object) {
				return createWireAdapter();
			}
			@Override
			public Adapter caseWireFuse(WireFuse object) {
				return createWireFuseAdapter();
			}
			@Override
			public Adapter caseBatteryBank(BatteryBank object) {
				return createBatteryBankAdapter();
			}
			@Override
			public Adapter caseBatteryString(BatteryString object) {
				return createBatteryStringAdapter();
			}
			@Override
			public Adapter caseBmsCableLink(BmsCableLink object) {
				return createBmsCableLinkAdapter();
			}
			@Override
			public Adapter caseSettingValue(SettingValue object) {
				return createSettingValueAdapter();
			}
			@Override
			public Adapter caseNumberSettingValue(NumberSettingValue object) {
				return createNumberSettingValueAdapter();
			}
			@Override
			public Adapter caseChoiceSettingValue(ChoiceSettingValue object) {
				return createChoiceSettingValueAdapter();
			}
			@Override
			public Adapter caseBooleanSettingValue(BooleanSettingValue object) {
				return createBooleanSettingValueAdapter();
			}
			@Override
			public Adapter caseLiveBinding(LiveBinding object) {
				return createLiveBindingAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.design.DesignElement <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.design.DesignElement
	 * @generated
	 */
	public Adapter createDesignElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.design.SystemDesign <em>System Design</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.design.SystemDesign
	 * @generated
	 */
	public Adapter createSystemDesignAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.design.CatalogUse <em>Catalog Use</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.design.CatalogUse
	 * @generated
	 */
	public Adapter createCatalogUseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.design.ComponentInstance <em>Component Instance</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.design.ComponentInstance
	 * @generated
	 */
	public Adapter createComponentInstanceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.design.TerminalInstance <em>Terminal Instance</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.design.TerminalInstance
	 * @generated
	 */
	public Adapter createTerminalInstanceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.design.Wire <em>Wire</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.design.Wire
	 * @generated
	 */
	public Adapter createWireAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.design.WireFuse <em>Wire Fuse</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.design.WireFuse
	 * @generated
	 */
	public Adapter createWireFuseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.design.BatteryBank <em>Battery Bank</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.design.BatteryBank
	 * @generated
	 */
	public Adapter createBatteryBankAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.design.BatteryString <em>Battery String</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.design.BatteryString
	 * @generated
	 */
	public Adapter createBatteryStringAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.design.BmsCableLink <em>Bms Cable Link</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.design.BmsCableLink
	 * @generated
	 */
	public Adapter createBmsCableLinkAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.design.SettingValue <em>Setting Value</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.design.SettingValue
	 * @generated
	 */
	public Adapter createSettingValueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.design.NumberSettingValue <em>Number Setting Value</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.design.NumberSettingValue
	 * @generated
	 */
	public Adapter createNumberSettingValueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.design.ChoiceSettingValue <em>Choice Setting Value</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.design.ChoiceSettingValue
	 * @generated
	 */
	public Adapter createChoiceSettingValueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.design.BooleanSettingValue <em>Boolean Setting Value</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.design.BooleanSettingValue
	 * @generated
	 */
	public Adapter createBooleanSettingValueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.design.LiveBinding <em>Live Binding</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.design.LiveBinding
	 * @generated
	 */
	public Adapter createLiveBindingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //DesignAdapterFactory
