/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.design;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Battery Bank</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A battery bank: parallel strings of series batteries, managed by one BMS, with the M8 BMS cable daisy chain (001 §3.2.4). The power interconnection itself is made of Wires; the bank states the intended arrangement that validation checks the wires against.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.design.BatteryBank#getBms <em>Bms</em>}</li>
 *   <li>{@link io.cellwright.model.design.BatteryBank#getStrings <em>Strings</em>}</li>
 *   <li>{@link io.cellwright.model.design.BatteryBank#getBmsCableChain <em>Bms Cable Chain</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.design.DesignPackage#getBatteryBank()
 * @model
 * @generated
 */
public interface BatteryBank extends DesignElement {
	/**
	 * Returns the value of the '<em><b>Bms</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The BMS managing the bank.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bms</em>' reference.
	 * @see #setBms(ComponentInstance)
	 * @see io.cellwright.model.design.DesignPackage#getBatteryBank_Bms()
	 * @model
	 * @generated
	 */
	ComponentInstance getBms();

	/**
	 * Sets the value of the '{@link io.cellwright.model.design.BatteryBank#getBms <em>Bms</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bms</em>' reference.
	 * @see #getBms()
	 * @generated
	 */
	void setBms(ComponentInstance value);

	/**
	 * Returns the value of the '<em><b>Strings</b></em>' containment reference list.
	 * The list contents are of type {@link io.cellwright.model.design.BatteryString}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Strings connected in parallel.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Strings</em>' containment reference list.
	 * @see io.cellwright.model.design.DesignPackage#getBatteryBank_Strings()
	 * @model containment="true"
	 * @generated
	 */
	EList<BatteryString> getStrings();

	/**
	 * Returns the value of the '<em><b>Bms Cable Chain</b></em>' containment reference list.
	 * The list contents are of type {@link io.cellwright.model.design.BmsCableLink}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * M8 BMS cable links in daisy-chain order, from the BMS through every battery back to the BMS.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bms Cable Chain</em>' containment reference list.
	 * @see io.cellwright.model.design.DesignPackage#getBatteryBank_BmsCableChain()
	 * @model containment="true"
	 * @generated
	 */
	EList<BmsCableLink> getBmsCableChain();

} // BatteryBank
