/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Remote Control Route</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How a BMS output drives this product's remote on/off input (001 Appendix A, system examples §3.3).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.RemoteControlRoute#getMethod <em>Method</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.RemoteControlRoute#getBmsOutputs <em>Bms Outputs</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.RemoteControlRoute#getTargetDescription <em>Target Description</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.RemoteControlRoute#getCableCount <em>Cable Count</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.RemoteControlRoute#isRequiresAllOutputsHigh <em>Requires All Outputs High</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.RemoteControlRoute#getCondition <em>Condition</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.RemoteControlRoute#getSeeDocument <em>See Document</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.RemoteControlRoute#getTargetTerminals <em>Target Terminals</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.RemoteControlRoute#getCable <em>Cable</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.RemoteControlRoute#getWireConnections <em>Wire Connections</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.RemoteControlRoute#getIntermediateDevice <em>Intermediate Device</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.RemoteControlRoute#getPowerPort <em>Power Port</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.RemoteControlRoute#getVariants <em>Variants</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.RemoteControlRoute#getBmsModels <em>Bms Models</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getRemoteControlRoute()
 * @model
 * @generated
 */
public interface RemoteControlRoute extends Sourced {
	/**
	 * Returns the value of the '<em><b>Method</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cellwright.model.catalog.ControlMethod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Direct, interface cable, intermediate device, power port...
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Method</em>' attribute.
	 * @see io.cellwright.model.catalog.ControlMethod
	 * @see #setMethod(ControlMethod)
	 * @see io.cellwright.model.catalog.CatalogPackage#getRemoteControlRoute_Method()
	 * @model
	 * @generated
	 */
	ControlMethod getMethod();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.RemoteControlRoute#getMethod <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method</em>' attribute.
	 * @see io.cellwright.model.catalog.ControlMethod
	 * @see #getMethod()
	 * @generated
	 */
	void setMethod(ControlMethod value);

	/**
	 * Returns the value of the '<em><b>Bms Outputs</b></em>' attribute list.
	 * The list contents are of type {@link io.cellwright.model.catalog.TerminalKind}.
	 * The literals are from the enumeration {@link io.cellwright.model.catalog.TerminalKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * BMS outputs that drive the device (LOAD_DISCONNECT, CHARGE_DISCONNECT).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bms Outputs</em>' attribute list.
	 * @see io.cellwright.model.catalog.TerminalKind
	 * @see io.cellwright.model.catalog.CatalogPackage#getRemoteControlRoute_BmsOutputs()
	 * @model
	 * @generated
	 */
	EList<TerminalKind> getBmsOutputs();

	/**
	 * Returns the value of the '<em><b>Target Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where to connect, as written: 'terminal H of the 2-pole connector'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Description</em>' attribute.
	 * @see #setTargetDescription(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getRemoteControlRoute_TargetDescription()
	 * @model
	 * @generated
	 */
	String getTargetDescription();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.RemoteControlRoute#getTargetDescription <em>Target Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Description</em>' attribute.
	 * @see #getTargetDescription()
	 * @generated
	 */
	void setTargetDescription(String value);

	/**
	 * Returns the value of the '<em><b>Cable Count</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of interface cables ('two inverting remote on-off cables').
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cable Count</em>' attribute.
	 * @see #setCableCount(int)
	 * @see io.cellwright.model.catalog.CatalogPackage#getRemoteControlRoute_CableCount()
	 * @model default="1"
	 * @generated
	 */
	int getCableCount();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.RemoteControlRoute#getCableCount <em>Cable Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cable Count</em>' attribute.
	 * @see #getCableCount()
	 * @generated
	 */
	void setCableCount(int value);

	/**
	 * Returns the value of the '<em><b>Requires All Outputs High</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Device only runs when all listed outputs are high (MultiPlus with the CL 12-100 to MultiPlus cable).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Requires All Outputs High</em>' attribute.
	 * @see #setRequiresAllOutputsHigh(boolean)
	 * @see io.cellwright.model.catalog.CatalogPackage#getRemoteControlRoute_RequiresAllOutputsHigh()
	 * @model
	 * @generated
	 */
	boolean isRequiresAllOutputsHigh();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.RemoteControlRoute#isRequiresAllOutputsHigh <em>Requires All Outputs High</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Requires All Outputs High</em>' attribute.
	 * @see #isRequiresAllOutputsHigh()
	 * @generated
	 */
	void setRequiresAllOutputsHigh(boolean value);

	/**
	 * Returns the value of the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When this route applies, e.g. 'when not connected to System+'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Condition</em>' attribute.
	 * @see #setCondition(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getRemoteControlRoute_Condition()
	 * @model
	 * @generated
	 */
	String getCondition();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.RemoteControlRoute#getCondition <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Condition</em>' attribute.
	 * @see #getCondition()
	 * @generated
	 */
	void setCondition(String value);

	/**
	 * Returns the value of the '<em><b>See Document</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Document the source refers to for details.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>See Document</em>' attribute.
	 * @see #setSeeDocument(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getRemoteControlRoute_SeeDocument()
	 * @model
	 * @generated
	 */
	String getSeeDocument();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.RemoteControlRoute#getSeeDocument <em>See Document</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>See Document</em>' attribute.
	 * @see #getSeeDocument()
	 * @generated
	 */
	void setSeeDocument(String value);

	/**
	 * Returns the value of the '<em><b>Target Terminals</b></em>' reference list.
	 * The list contents are of type {@link io.cellwright.model.catalog.TerminalDefinition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Terminals of this product the BMS output (or cable) connects to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Terminals</em>' reference list.
	 * @see io.cellwright.model.catalog.CatalogPackage#getRemoteControlRoute_TargetTerminals()
	 * @model
	 * @generated
	 */
	EList<TerminalDefinition> getTargetTerminals();

	/**
	 * Returns the value of the '<em><b>Cable</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Interface cable, for INTERFACE_CABLE.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cable</em>' reference.
	 * @see #setCable(AccessoryCableType)
	 * @see io.cellwright.model.catalog.CatalogPackage#getRemoteControlRoute_Cable()
	 * @model
	 * @generated
	 */
	AccessoryCableType getCable();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.RemoteControlRoute#getCable <em>Cable</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cable</em>' reference.
	 * @see #getCable()
	 * @generated
	 */
	void setCable(AccessoryCableType value);

	/**
	 * Returns the value of the '<em><b>Wire Connections</b></em>' containment reference list.
	 * The list contents are of type {@link io.cellwright.model.catalog.CableWireConnection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where each cable wire goes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Wire Connections</em>' containment reference list.
	 * @see io.cellwright.model.catalog.CatalogPackage#getRemoteControlRoute_WireConnections()
	 * @model containment="true"
	 * @generated
	 */
	EList<CableWireConnection> getWireConnections();

	/**
	 * Returns the value of the '<em><b>Intermediate Device</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Device in between, for INTERMEDIATE_DEVICE.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Intermediate Device</em>' reference.
	 * @see #setIntermediateDevice(ProductType)
	 * @see io.cellwright.model.catalog.CatalogPackage#getRemoteControlRoute_IntermediateDevice()
	 * @model
	 * @generated
	 */
	ProductType getIntermediateDevice();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.RemoteControlRoute#getIntermediateDevice <em>Intermediate Device</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Intermediate Device</em>' reference.
	 * @see #getIntermediateDevice()
	 * @generated
	 */
	void setIntermediateDevice(ProductType value);

	/**
	 * Returns the value of the '<em><b>Power Port</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cellwright.model.catalog.TerminalKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * BMS power port for POWER_PORT (SYSTEM_POSITIVE...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Power Port</em>' attribute.
	 * @see io.cellwright.model.catalog.TerminalKind
	 * @see #setPowerPort(TerminalKind)
	 * @see io.cellwright.model.catalog.CatalogPackage#getRemoteControlRoute_PowerPort()
	 * @model
	 * @generated
	 */
	TerminalKind getPowerPort();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.RemoteControlRoute#getPowerPort <em>Power Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Power Port</em>' attribute.
	 * @see io.cellwright.model.catalog.TerminalKind
	 * @see #getPowerPort()
	 * @generated
	 */
	void setPowerPort(TerminalKind value);

	/**
	 * Returns the value of the '<em><b>Variants</b></em>' reference list.
	 * The list contents are of type {@link io.cellwright.model.catalog.ProductVariant}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Variants the route applies to; empty = all.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Variants</em>' reference list.
	 * @see io.cellwright.model.catalog.CatalogPackage#getRemoteControlRoute_Variants()
	 * @model
	 * @generated
	 */
	EList<ProductVariant> getVariants();

	/**
	 * Returns the value of the '<em><b>Bms Models</b></em>' reference list.
	 * The list contents are of type {@link io.cellwright.model.catalog.BmsModel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * BMS models the source documents this route for; empty = any BMS with the outputs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bms Models</em>' reference list.
	 * @see io.cellwright.model.catalog.CatalogPackage#getRemoteControlRoute_BmsModels()
	 * @model
	 * @generated
	 */
	EList<BmsModel> getBmsModels();

} // RemoteControlRoute
