/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see io.cellwright.model.catalog.CatalogPackage
 * @generated
 */
public interface CatalogFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CatalogFactory eINSTANCE = io.cellwright.model.catalog.impl.CatalogFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Catalog</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Catalog</em>'.
	 * @generated
	 */
	Catalog createCatalog();

	/**
	 * Returns a new object of class '<em>Source Document</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Source Document</em>'.
	 * @generated
	 */
	SourceDocument createSourceDocument();

	/**
	 * Returns a new object of class '<em>Source Ref</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Source Ref</em>'.
	 * @generated
	 */
	SourceRef createSourceRef();

	/**
	 * Returns a new object of class '<em>Ruling</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ruling</em>'.
	 * @generated
	 */
	Ruling createRuling();

	/**
	 * Returns a new object of class '<em>Quantity</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Quantity</em>'.
	 * @generated
	 */
	Quantity createQuantity();

	/**
	 * Returns a new object of class '<em>Quantity Fact</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Quantity Fact</em>'.
	 * @generated
	 */
	QuantityFact createQuantityFact();

	/**
	 * Returns a new object of class '<em>Range Fact</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Range Fact</em>'.
	 * @generated
	 */
	RangeFact createRangeFact();

	/**
	 * Returns a new object of class '<em>Boolean Fact</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Boolean Fact</em>'.
	 * @generated
	 */
	BooleanFact createBooleanFact();

	/**
	 * Returns a new object of class '<em>Integer Fact</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Integer Fact</em>'.
	 * @generated
	 */
	IntegerFact createIntegerFact();

	/**
	 * Returns a new object of class '<em>Text Fact</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Text Fact</em>'.
	 * @generated
	 */
	TextFact createTextFact();

	/**
	 * Returns a new object of class '<em>Quantity Set Fact</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Quantity Set Fact</em>'.
	 * @generated
	 */
	QuantitySetFact createQuantitySetFact();

	/**
	 * Returns a new object of class '<em>Capability Fact</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Capability Fact</em>'.
	 * @generated
	 */
	CapabilityFact createCapabilityFact();

	/**
	 * Returns a new object of class '<em>Alternator Port Fact</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Alternator Port Fact</em>'.
	 * @generated
	 */
	AlternatorPortFact createAlternatorPortFact();

	/**
	 * Returns a new object of class '<em>Data Communication Fact</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Data Communication Fact</em>'.
	 * @generated
	 */
	DataCommunicationFact createDataCommunicationFact();

	/**
	 * Returns a new object of class '<em>Switched Output Fact</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Switched Output Fact</em>'.
	 * @generated
	 */
	SwitchedOutputFact createSwitchedOutputFact();

	/**
	 * Returns a new object of class '<em>Dimensions Fact</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Dimensions Fact</em>'.
	 * @generated
	 */
	DimensionsFact createDimensionsFact();

	/**
	 * Returns a new object of class '<em>Ip Rating Fact</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ip Rating Fact</em>'.
	 * @generated
	 */
	IpRatingFact createIpRatingFact();

	/**
	 * Returns a new object of class '<em>Lifecycle Fact</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Lifecycle Fact</em>'.
	 * @generated
	 */
	LifecycleFact createLifecycleFact();

	/**
	 * Returns a new object of class '<em>Document Link Fact</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Document Link Fact</em>'.
	 * @generated
	 */
	DocumentLinkFact createDocumentLinkFact();

	/**
	 * Returns a new object of class '<em>Output State Fact</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Output State Fact</em>'.
	 * @generated
	 */
	OutputStateFact createOutputStateFact();

	/**
	 * Returns a new object of class '<em>Connector Fact</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Connector Fact</em>'.
	 * @generated
	 */
	ConnectorFact createConnectorFact();

	/**
	 * Returns a new object of class '<em>Consumption Fact</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Consumption Fact</em>'.
	 * @generated
	 */
	ConsumptionFact createConsumptionFact();

	/**
	 * Returns a new object of class '<em>Capacity Fact</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Capacity Fact</em>'.
	 * @generated
	 */
	CapacityFact createCapacityFact();

	/**
	 * Returns a new object of class '<em>Cycle Life Fact</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cycle Life Fact</em>'.
	 * @generated
	 */
	CycleLifeFact createCycleLifeFact();

	/**
	 * Returns a new object of class '<em>Standards Fact</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Standards Fact</em>'.
	 * @generated
	 */
	StandardsFact createStandardsFact();

	/**
	 * Returns a new object of class '<em>Article Number Fact</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Article Number Fact</em>'.
	 * @generated
	 */
	ArticleNumberFact createArticleNumberFact();

	/**
	 * Returns a new object of class '<em>Included Item Fact</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Included Item Fact</em>'.
	 * @generated
	 */
	IncludedItemFact createIncludedItemFact();

	/**
	 * Returns a new object of class '<em>Reserve Fact</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Reserve Fact</em>'.
	 * @generated
	 */
	ReserveFact createReserveFact();

	/**
	 * Returns a new object of class '<em>Ocv Curve Fact</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ocv Curve Fact</em>'.
	 * @generated
	 */
	OcvCurveFact createOcvCurveFact();

	/**
	 * Returns a new object of class '<em>Ocv Point</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ocv Point</em>'.
	 * @generated
	 */
	OcvPoint createOcvPoint();

	/**
	 * Returns a new object of class '<em>Product Family</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Product Family</em>'.
	 * @generated
	 */
	ProductFamily createProductFamily();

	/**
	 * Returns a new object of class '<em>Product Variant</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Product Variant</em>'.
	 * @generated
	 */
	ProductVariant createProductVariant();

	/**
	 * Returns a new object of class '<em>Bms Model</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Bms Model</em>'.
	 * @generated
	 */
	BmsModel createBmsModel();

	/**
	 * Returns a new object of class '<em>Lithium Battery Model</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Lithium Battery Model</em>'.
	 * @generated
	 */
	LithiumBatteryModel createLithiumBatteryModel();

	/**
	 * Returns a new object of class '<em>Device Type</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Device Type</em>'.
	 * @generated
	 */
	DeviceType createDeviceType();

	/**
	 * Returns a new object of class '<em>Accessory Cable Type</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Accessory Cable Type</em>'.
	 * @generated
	 */
	AccessoryCableType createAccessoryCableType();

	/**
	 * Returns a new object of class '<em>Fuse Type</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Fuse Type</em>'.
	 * @generated
	 */
	FuseType createFuseType();

	/**
	 * Returns a new object of class '<em>Cable Wire</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cable Wire</em>'.
	 * @generated
	 */
	CableWire createCableWire();

	/**
	 * Returns a new object of class '<em>Terminal Definition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Terminal Definition</em>'.
	 * @generated
	 */
	TerminalDefinition createTerminalDefinition();

	/**
	 * Returns a new object of class '<em>Power Port Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Power Port Spec</em>'.
	 * @generated
	 */
	PowerPortSpec createPowerPortSpec();

	/**
	 * Returns a new object of class '<em>Output Behaviour</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Output Behaviour</em>'.
	 * @generated
	 */
	OutputBehaviour createOutputBehaviour();

	/**
	 * Returns a new object of class '<em>Remote Input Behaviour</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Remote Input Behaviour</em>'.
	 * @generated
	 */
	RemoteInputBehaviour createRemoteInputBehaviour();

	/**
	 * Returns a new object of class '<em>Remote Use Mode</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Remote Use Mode</em>'.
	 * @generated
	 */
	RemoteUseMode createRemoteUseMode();

	/**
	 * Returns a new object of class '<em>Remote Control Route</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Remote Control Route</em>'.
	 * @generated
	 */
	RemoteControlRoute createRemoteControlRoute();

	/**
	 * Returns a new object of class '<em>Cable Wire Connection</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cable Wire Connection</em>'.
	 * @generated
	 */
	CableWireConnection createCableWireConnection();

	/**
	 * Returns a new object of class '<em>Number Setting Definition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Number Setting Definition</em>'.
	 * @generated
	 */
	NumberSettingDefinition createNumberSettingDefinition();

	/**
	 * Returns a new object of class '<em>Choice Setting Definition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Choice Setting Definition</em>'.
	 * @generated
	 */
	ChoiceSettingDefinition createChoiceSettingDefinition();

	/**
	 * Returns a new object of class '<em>Boolean Setting Definition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Boolean Setting Definition</em>'.
	 * @generated
	 */
	BooleanSettingDefinition createBooleanSettingDefinition();

	/**
	 * Returns a new object of class '<em>Setting Option</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Setting Option</em>'.
	 * @generated
	 */
	SettingOption createSettingOption();

	/**
	 * Returns a new object of class '<em>Fuse Table Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Fuse Table Entry</em>'.
	 * @generated
	 */
	FuseTableEntry createFuseTableEntry();

	/**
	 * Returns a new object of class '<em>Led Indicator</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Led Indicator</em>'.
	 * @generated
	 */
	LedIndicator createLedIndicator();

	/**
	 * Returns a new object of class '<em>Led State</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Led State</em>'.
	 * @generated
	 */
	LedState createLedState();

	/**
	 * Returns a new object of class '<em>Status Code</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Status Code</em>'.
	 * @generated
	 */
	StatusCode createStatusCode();

	/**
	 * Returns a new object of class '<em>Cell Chemistry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cell Chemistry</em>'.
	 * @generated
	 */
	CellChemistry createCellChemistry();

	/**
	 * Returns a new object of class '<em>Comparison Table</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Comparison Table</em>'.
	 * @generated
	 */
	ComparisonTable createComparisonTable();

	/**
	 * Returns a new object of class '<em>Comparison Column</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Comparison Column</em>'.
	 * @generated
	 */
	ComparisonColumn createComparisonColumn();

	/**
	 * Returns a new object of class '<em>Comparison Row</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Comparison Row</em>'.
	 * @generated
	 */
	ComparisonRow createComparisonRow();

	/**
	 * Returns a new object of class '<em>Wiring Reference</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Wiring Reference</em>'.
	 * @generated
	 */
	WiringReference createWiringReference();

	/**
	 * Returns a new object of class '<em>Ampacity Fact</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ampacity Fact</em>'.
	 * @generated
	 */
	AmpacityFact createAmpacityFact();

	/**
	 * Returns a new object of class '<em>Voltage Drop Limit Fact</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Voltage Drop Limit Fact</em>'.
	 * @generated
	 */
	VoltageDropLimitFact createVoltageDropLimitFact();

	/**
	 * Returns a new object of class '<em>System Voltage Guide Fact</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>System Voltage Guide Fact</em>'.
	 * @generated
	 */
	SystemVoltageGuideFact createSystemVoltageGuideFact();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	CatalogPackage getCatalogPackage();

} //CatalogFactory
