/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Remote Input Behaviour</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Behaviour of a remote on/off input: its polarity and threshold.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.RemoteInputBehaviour#getActivation <em>Activation</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.RemoteInputBehaviour#getThreshold <em>Threshold</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.RemoteInputBehaviour#getPartner <em>Partner</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getRemoteInputBehaviour()
 * @model
 * @generated
 */
public interface RemoteInputBehaviour extends EObject {
	/**
	 * Returns the value of the '<em><b>Activation</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cellwright.model.catalog.RemoteActivation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What turns the device ON.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Activation</em>' attribute.
	 * @see io.cellwright.model.catalog.RemoteActivation
	 * @see #setActivation(RemoteActivation)
	 * @see io.cellwright.model.catalog.CatalogPackage#getRemoteInputBehaviour_Activation()
	 * @model
	 * @generated
	 */
	RemoteActivation getActivation();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.RemoteInputBehaviour#getActivation <em>Activation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Activation</em>' attribute.
	 * @see io.cellwright.model.catalog.RemoteActivation
	 * @see #getActivation()
	 * @generated
	 */
	void setActivation(RemoteActivation value);

	/**
	 * Returns the value of the '<em><b>Threshold</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Voltage threshold, e.g. '> 3 V' for H.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Threshold</em>' containment reference.
	 * @see #setThreshold(QuantityFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getRemoteInputBehaviour_Threshold()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='voltage'"
	 * @generated
	 */
	QuantityFact getThreshold();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.RemoteInputBehaviour#getThreshold <em>Threshold</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Threshold</em>' containment reference.
	 * @see #getThreshold()
	 * @generated
	 */
	void setThreshold(QuantityFact value);

	/**
	 * Returns the value of the '<em><b>Partner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Partner terminal for BRIDGED_TO_PARTNER (L for H and H for L).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Partner</em>' reference.
	 * @see #setPartner(TerminalDefinition)
	 * @see io.cellwright.model.catalog.CatalogPackage#getRemoteInputBehaviour_Partner()
	 * @model
	 * @generated
	 */
	TerminalDefinition getPartner();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.RemoteInputBehaviour#getPartner <em>Partner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Partner</em>' reference.
	 * @see #getPartner()
	 * @generated
	 */
	void setPartner(TerminalDefinition value);

} // RemoteInputBehaviour
