/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cable Wire Connection</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Where one wire of an interface cable is connected on the device.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.CableWireConnection#getWire <em>Wire</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.CableWireConnection#getTargetTerminal <em>Target Terminal</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.CableWireConnection#getTargetDescription <em>Target Description</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getCableWireConnection()
 * @model
 * @generated
 */
public interface CableWireConnection extends EObject {
	/**
	 * Returns the value of the '<em><b>Wire</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The wire.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Wire</em>' reference.
	 * @see #setWire(CableWire)
	 * @see io.cellwright.model.catalog.CatalogPackage#getCableWireConnection_Wire()
	 * @model required="true"
	 * @generated
	 */
	CableWire getWire();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.CableWireConnection#getWire <em>Wire</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Wire</em>' reference.
	 * @see #getWire()
	 * @generated
	 */
	void setWire(CableWire value);

	/**
	 * Returns the value of the '<em><b>Target Terminal</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Device terminal.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Terminal</em>' reference.
	 * @see #setTargetTerminal(TerminalDefinition)
	 * @see io.cellwright.model.catalog.CatalogPackage#getCableWireConnection_TargetTerminal()
	 * @model
	 * @generated
	 */
	TerminalDefinition getTargetTerminal();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.CableWireConnection#getTargetTerminal <em>Target Terminal</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Terminal</em>' reference.
	 * @see #getTargetTerminal()
	 * @generated
	 */
	void setTargetTerminal(TerminalDefinition value);

	/**
	 * Returns the value of the '<em><b>Target Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * As written: 'ON terminal', 'left terminal'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Description</em>' attribute.
	 * @see #setTargetDescription(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getCableWireConnection_TargetDescription()
	 * @model
	 * @generated
	 */
	String getTargetDescription();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.CableWireConnection#getTargetDescription <em>Target Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Description</em>' attribute.
	 * @see #getTargetDescription()
	 * @generated
	 */
	void setTargetDescription(String value);

} // CableWireConnection
