/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Terminal Definition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A terminal (port) of a product type. Designs create one TerminalInstance per definition. Power ports carry a PowerPortSpec, signal outputs an OutputBehaviour, remote inputs a RemoteInputBehaviour.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.TerminalDefinition#getId <em>Id</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.TerminalDefinition#getLabel <em>Label</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.TerminalDefinition#getKind <em>Kind</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.TerminalDefinition#getDirection <em>Direction</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.TerminalDefinition#getConnectorGroup <em>Connector Group</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.TerminalDefinition#getSide <em>Side</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.TerminalDefinition#getOrder <em>Order</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.TerminalDefinition#getConnector <em>Connector</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.TerminalDefinition#getPower <em>Power</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.TerminalDefinition#getOutput <em>Output</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.TerminalDefinition#getRemoteInput <em>Remote Input</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.TerminalDefinition#getProductType <em>Product Type</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getTerminalDefinition()
 * @model
 * @generated
 */
public interface TerminalDefinition extends Sourced {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id, unique within the product type, e.g. 'load-disconnect'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getTerminalDefinition_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.TerminalDefinition#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Label as printed on the device or in the manual, e.g. 'H', '2.1', 'right-hand terminal'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getTerminalDefinition_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.TerminalDefinition#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cellwright.model.catalog.TerminalKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Typed kind.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see io.cellwright.model.catalog.TerminalKind
	 * @see #setKind(TerminalKind)
	 * @see io.cellwright.model.catalog.CatalogPackage#getTerminalDefinition_Kind()
	 * @model
	 * @generated
	 */
	TerminalKind getKind();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.TerminalDefinition#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see io.cellwright.model.catalog.TerminalKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(TerminalKind value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cellwright.model.catalog.TerminalDirection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Direction.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see io.cellwright.model.catalog.TerminalDirection
	 * @see #setDirection(TerminalDirection)
	 * @see io.cellwright.model.catalog.CatalogPackage#getTerminalDefinition_Direction()
	 * @model
	 * @generated
	 */
	TerminalDirection getDirection();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.TerminalDefinition#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see io.cellwright.model.catalog.TerminalDirection
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(TerminalDirection value);

	/**
	 * Returns the value of the '<em><b>Connector Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Connector the terminal belongs to, e.g. '3-pin plug', '2-pole connector'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Connector Group</em>' attribute.
	 * @see #setConnectorGroup(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getTerminalDefinition_ConnectorGroup()
	 * @model
	 * @generated
	 */
	String getConnectorGroup();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.TerminalDefinition#getConnectorGroup <em>Connector Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Connector Group</em>' attribute.
	 * @see #getConnectorGroup()
	 * @generated
	 */
	void setConnectorGroup(String value);

	/**
	 * Returns the value of the '<em><b>Side</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cellwright.model.catalog.DiagramSide}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Diagram hint: side of the symbol.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Side</em>' attribute.
	 * @see io.cellwright.model.catalog.DiagramSide
	 * @see #setSide(DiagramSide)
	 * @see io.cellwright.model.catalog.CatalogPackage#getTerminalDefinition_Side()
	 * @model
	 * @generated
	 */
	DiagramSide getSide();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.TerminalDefinition#getSide <em>Side</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Side</em>' attribute.
	 * @see io.cellwright.model.catalog.DiagramSide
	 * @see #getSide()
	 * @generated
	 */
	void setSide(DiagramSide value);

	/**
	 * Returns the value of the '<em><b>Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Diagram hint: position along the side.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Order</em>' attribute.
	 * @see #setOrder(int)
	 * @see io.cellwright.model.catalog.CatalogPackage#getTerminalDefinition_Order()
	 * @model
	 * @generated
	 */
	int getOrder();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.TerminalDefinition#getOrder <em>Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Order</em>' attribute.
	 * @see #getOrder()
	 * @generated
	 */
	void setOrder(int value);

	/**
	 * Returns the value of the '<em><b>Connector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Physical connector.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Connector</em>' containment reference.
	 * @see #setConnector(ConnectorFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getTerminalDefinition_Connector()
	 * @model containment="true"
	 * @generated
	 */
	ConnectorFact getConnector();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.TerminalDefinition#getConnector <em>Connector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Connector</em>' containment reference.
	 * @see #getConnector()
	 * @generated
	 */
	void setConnector(ConnectorFact value);

	/**
	 * Returns the value of the '<em><b>Power</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ratings of a power port.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Power</em>' containment reference.
	 * @see #setPower(PowerPortSpec)
	 * @see io.cellwright.model.catalog.CatalogPackage#getTerminalDefinition_Power()
	 * @model containment="true"
	 * @generated
	 */
	PowerPortSpec getPower();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.TerminalDefinition#getPower <em>Power</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Power</em>' containment reference.
	 * @see #getPower()
	 * @generated
	 */
	void setPower(PowerPortSpec value);

	/**
	 * Returns the value of the '<em><b>Output</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Electrical behaviour of a signal output.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Output</em>' containment reference.
	 * @see #setOutput(OutputBehaviour)
	 * @see io.cellwright.model.catalog.CatalogPackage#getTerminalDefinition_Output()
	 * @model containment="true"
	 * @generated
	 */
	OutputBehaviour getOutput();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.TerminalDefinition#getOutput <em>Output</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Output</em>' containment reference.
	 * @see #getOutput()
	 * @generated
	 */
	void setOutput(OutputBehaviour value);

	/**
	 * Returns the value of the '<em><b>Remote Input</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Behaviour of a remote on/off input.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Remote Input</em>' containment reference.
	 * @see #setRemoteInput(RemoteInputBehaviour)
	 * @see io.cellwright.model.catalog.CatalogPackage#getTerminalDefinition_RemoteInput()
	 * @model containment="true"
	 * @generated
	 */
	RemoteInputBehaviour getRemoteInput();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.TerminalDefinition#getRemoteInput <em>Remote Input</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Remote Input</em>' containment reference.
	 * @see #getRemoteInput()
	 * @generated
	 */
	void setRemoteInput(RemoteInputBehaviour value);

	/**
	 * Returns the value of the '<em><b>Product Type</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link io.cellwright.model.catalog.ProductType#getTerminals <em>Terminals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Owning product type.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Product Type</em>' container reference.
	 * @see #setProductType(ProductType)
	 * @see io.cellwright.model.catalog.CatalogPackage#getTerminalDefinition_ProductType()
	 * @see io.cellwright.model.catalog.ProductType#getTerminals
	 * @model opposite="terminals"
	 * @generated
	 */
	ProductType getProductType();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.TerminalDefinition#getProductType <em>Product Type</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Product Type</em>' container reference.
	 * @see #getProductType()
	 * @generated
	 */
	void setProductType(ProductType value);

} // TerminalDefinition
