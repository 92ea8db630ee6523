/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog.impl;

import io.cellwright.model.catalog.*;

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
public class CatalogFactoryImpl extends EFactoryImpl implements CatalogFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static CatalogFactory init() {
		try {
			CatalogFactory theCatalogFactory = (CatalogFactory)EPackage.Registry.INSTANCE.getEFactory(CatalogPackage.eNS_URI);
			if (theCatalogFactory != null) {
				return theCatalogFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new CatalogFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CatalogFactoryImpl() {
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
			case CatalogPackage.CATALOG: return createCatalog();
			case CatalogPackage.SOURCE_DOCUMENT: return createSourceDocument();
			case CatalogPackage.SOURCE_REF: return createSourceRef();
			case CatalogPackage.RULING: return createRuling();
			case CatalogPackage.QUANTITY: return createQuantity();
			case CatalogPackage.QUANTITY_FACT: return createQuantityFact();
			case CatalogPackage.RANGE_FACT: return createRangeFact();
			case CatalogPackage.BOOLEAN_FACT: return createBooleanFact();
			case CatalogPackage.INTEGER_FACT: return createIntegerFact();
			case CatalogPackage.TEXT_FACT: return createTextFact();
			case CatalogPackage.QUANTITY_SET_FACT: return createQuantitySetFact();
			case CatalogPackage.CAPABILITY_FACT: return createCapabilityFact();
			case CatalogPackage.ALTERNATOR_PORT_FACT: return createAlternatorPortFact();
			case CatalogPackage.DATA_COMMUNICATION_FACT: return createDataCommunicationFact();
			case CatalogPackage.SWITCHED_OUTPUT_FACT: return createSwitchedOutputFact();
			case CatalogPackage.DIMENSIONS_FACT: return createDimensionsFact();
			case CatalogPackage.IP_RATING_FACT: return createIpRatingFact();
			case CatalogPackage.LIFECYCLE_FACT: return createLifecycleFact();
			case CatalogPackage.DOCUMENT_LINK_FACT: return createDocumentLinkFact();
			case CatalogPackage.OUTPUT_STATE_FACT: return createOutputStateFact();
			case CatalogPackage.CONNECTOR_FACT: return createConnectorFact();
			case CatalogPackage.CONSUMPTION_FACT: return createConsumptionFact();
			case CatalogPackage.CAPACITY_FACT: return createCapacityFact();
			case CatalogPackage.CYCLE_LIFE_FACT: return createCycleLifeFact();
			case CatalogPackage.STANDARDS_FACT: return createStandardsFact();
			case CatalogPackage.ARTICLE_NUMBER_FACT: return createArticleNumberFact();
			case CatalogPackage.INCLUDED_ITEM_FACT: return createIncludedItemFact();
			case CatalogPackage.RESERVE_FACT: return createReserveFact();
			case CatalogPackage.OCV_CURVE_FACT: return createOcvCurveFact();
			case CatalogPackage.OCV_POINT: return createOcvPoint();
			case CatalogPackage.PRODUCT_FAMILY: return createProductFamily();
			case CatalogPackage.PRODUCT_VARIANT: return createProductVariant();
			case CatalogPackage.BMS_MODEL: return createBmsModel();
			case CatalogPackage.LITHIUM_BATTERY_MODEL: return createLithiumBatteryModel();
			case CatalogPackage.DEVICE_TYPE: return createDeviceType();
			case CatalogPackage.ACCESSORY_CABLE_TYPE: return createAccessoryCableType();
			case CatalogPackage.FUSE_TYPE: return createFuseType();
			case CatalogPackage.CABLE_WIRE: return createCableWire();
			case CatalogPackage.TERMINAL_DEFINITION: return createTerminalDefinition();
			case CatalogPackage.POWER_PORT_SPEC: return createPowerPortSpec();
			case CatalogPackage.OUTPUT_BEHAVIOUR: return createOutputBehaviour();
			case CatalogPackage.REMOTE_INPUT_BEHAVIOUR: return createRemoteInputBehaviour();
			case CatalogPackage.REMOTE_USE_MODE: return createRemoteUseMode();
			case CatalogPackage.REMOTE_CONTROL_ROUTE: return createRemoteControlRoute();
			case CatalogPackage.CABLE_WIRE_CONNECTION: return createCableWireConnection();
			case CatalogPackage.NUMBER_SETTING_DEFINITION: return createNumberSettingDefinition();
			case CatalogPackage.CHOICE_SETTING_DEFINITION: return createChoiceSettingDefinition();
			case CatalogPackage.BOOLEAN_SETTING_DEFINITION: return createBooleanSettingDefinition();
			case CatalogPackage.SETTING_OPTION: return createSettingOption();
			case CatalogPackage.FUSE_TABLE_ENTRY: return createFuseTableEntry();
			case CatalogPackage.LED_INDICATOR: return createLedIndicator();
			case CatalogPackage.LED_STATE: return createLedState();
			case CatalogPackage.STATUS_CODE: return createStatusCode();
			case CatalogPackage.CELL_CHEMISTRY: return createCellChemistry();
			case CatalogPackage.COMPARISON_TABLE: return createComparisonTable();
			case CatalogPackage.COMPARISON_COLUMN: return createComparisonColumn();
			case CatalogPackage.COMPARISON_ROW: return createComparisonRow();
			case CatalogPackage.WIRING_REFERENCE: return createWiringReference();
			case CatalogPackage.AMPACITY_FACT: return createAmpacityFact();
			case CatalogPackage.VOLTAGE_DROP_LIMIT_FACT: return createVoltageDropLimitFact();
			case CatalogPackage.SYSTEM_VOLTAGE_GUIDE_FACT: return createSystemVoltageGuideFact();
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
			case CatalogPackage.UNIT:
				return createUnitFromString(eDataType, initialValue);
			case CatalogPackage.RELATION:
				return createRelationFromString(eDataType, initialValue);
			case CatalogPackage.SOURCE_CONFIDENCE:
				return createSourceConfidenceFromString(eDataType, initialValue);
			case CatalogPackage.DOCUMENT_KIND:
				return createDocumentKindFromString(eDataType, initialValue);
			case CatalogPackage.RULING_PRINCIPLE:
				return createRulingPrincipleFromString(eDataType, initialValue);
			case CatalogPackage.PRODUCT_CATEGORY:
				return createProductCategoryFromString(eDataType, initialValue);
			case CatalogPackage.DEVICE_ROLE:
				return createDeviceRoleFromString(eDataType, initialValue);
			case CatalogPackage.TERMINAL_KIND:
				return createTerminalKindFromString(eDataType, initialValue);
			case CatalogPackage.TERMINAL_DIRECTION:
				return createTerminalDirectionFromString(eDataType, initialValue);
			case CatalogPackage.DIAGRAM_SIDE:
				return createDiagramSideFromString(eDataType, initialValue);
			case CatalogPackage.OUTPUT_STATE:
				return createOutputStateFromString(eDataType, initialValue);
			case CatalogPackage.OUTPUT_TRIGGER:
				return createOutputTriggerFromString(eDataType, initialValue);
			case CatalogPackage.OUTPUT_SWITCHING_KIND:
				return createOutputSwitchingKindFromString(eDataType, initialValue);
			case CatalogPackage.REMOTE_ACTIVATION:
				return createRemoteActivationFromString(eDataType, initialValue);
			case CatalogPackage.REMOTE_CONDITION:
				return createRemoteConditionFromString(eDataType, initialValue);
			case CatalogPackage.ALTERNATOR_PORT_MODE:
				return createAlternatorPortModeFromString(eDataType, initialValue);
			case CatalogPackage.COMMUNICATION_PROTOCOL:
				return createCommunicationProtocolFromString(eDataType, initialValue);
			case CatalogPackage.DIMENSION_AXES:
				return createDimensionAxesFromString(eDataType, initialValue);
			case CatalogPackage.LIFECYCLE_STATUS:
				return createLifecycleStatusFromString(eDataType, initialValue);
			case CatalogPackage.STANDARD_KIND:
				return createStandardKindFromString(eDataType, initialValue);
			case CatalogPackage.CONNECTOR_TYPE:
				return createConnectorTypeFromString(eDataType, initialValue);
			case CatalogPackage.POWER_STATE:
				return createPowerStateFromString(eDataType, initialValue);
			case CatalogPackage.CURRENT_DIRECTION:
				return createCurrentDirectionFromString(eDataType, initialValue);
			case CatalogPackage.FUSE_KIND:
				return createFuseKindFromString(eDataType, initialValue);
			case CatalogPackage.LED_COLOUR:
				return createLedColourFromString(eDataType, initialValue);
			case CatalogPackage.LED_PATTERN:
				return createLedPatternFromString(eDataType, initialValue);
			case CatalogPackage.LED_FUNCTION:
				return createLedFunctionFromString(eDataType, initialValue);
			case CatalogPackage.CODE_SEVERITY:
				return createCodeSeverityFromString(eDataType, initialValue);
			case CatalogPackage.SETTING_ROLE:
				return createSettingRoleFromString(eDataType, initialValue);
			case CatalogPackage.OPTION_ROLE:
				return createOptionRoleFromString(eDataType, initialValue);
			case CatalogPackage.CONFIGURATION_CHANNEL:
				return createConfigurationChannelFromString(eDataType, initialValue);
			case CatalogPackage.CONTROL_METHOD:
				return createControlMethodFromString(eDataType, initialValue);
			case CatalogPackage.CABLE_FUNCTION:
				return createCableFunctionFromString(eDataType, initialValue);
			case CatalogPackage.WIRE_COLOUR:
				return createWireColourFromString(eDataType, initialValue);
			case CatalogPackage.CELL_STYLE:
				return createCellStyleFromString(eDataType, initialValue);
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
			case CatalogPackage.UNIT:
				return convertUnitToString(eDataType, instanceValue);
			case CatalogPackage.RELATION:
				return convertRelationToString(eDataType, instanceValue);
			case CatalogPackage.SOURCE_CONFIDENCE:
				return convertSourceConfidenceToString(eDataType, instanceValue);
			case CatalogPackage.DOCUMENT_KIND:
				return convertDocumentKindToString(eDataType, instanceValue);
			case CatalogPackage.RULING_PRINCIPLE:
				return convertRulingPrincipleToString(eDataType, instanceValue);
			case CatalogPackage.PRODUCT_CATEGORY:
				return convertProductCategoryToString(eDataType, instanceValue);
			case CatalogPackage.DEVICE_ROLE:
				return convertDeviceRoleToString(eDataType, instanceValue);
			case CatalogPackage.TERMINAL_KIND:
				return convertTerminalKindToString(eDataType, instanceValue);
			case CatalogPackage.TERMINAL_DIRECTION:
				return convertTerminalDirectionToString(eDataType, instanceValue);
			case CatalogPackage.DIAGRAM_SIDE:
				return convertDiagramSideToString(eDataType, instanceValue);
			case CatalogPackage.OUTPUT_STATE:
				return convertOutputStateToString(eDataType, instanceValue);
			case CatalogPackage.OUTPUT_TRIGGER:
				return convertOutputTriggerToString(eDataType, instanceValue);
			case CatalogPackage.OUTPUT_SWITCHING_KIND:
				return convertOutputSwitchingKindToString(eDataType, instanceValue);
			case CatalogPackage.REMOTE_ACTIVATION:
				return convertRemoteActivationToString(eDataType, instanceValue);
			case CatalogPackage.REMOTE_CONDITION:
				return convertRemoteConditionToString(eDataType, instanceValue);
			case CatalogPackage.ALTERNATOR_PORT_MODE:
				return convertAlternatorPortModeToString(eDataType, instanceValue);
			case CatalogPackage.COMMUNICATION_PROTOCOL:
				return convertCommunicationProtocolToString(eDataType, instanceValue);
			case CatalogPackage.DIMENSION_AXES:
				return convertDimensionAxesToString(eDataType, instanceValue);
			case CatalogPackage.LIFECYCLE_STATUS:
				return convertLifecycleStatusToString(eDataType, instanceValue);
			case CatalogPackage.STANDARD_KIND:
				return convertStandardKindToString(eDataType, instanceValue);
			case CatalogPackage.CONNECTOR_TYPE:
				return convertConnectorTypeToString(eDataType, instanceValue);
			case CatalogPackage.POWER_STATE:
				return convertPowerStateToString(eDataType, instanceValue);
			case CatalogPackage.CURRENT_DIRECTION:
				return convertCurrentDirectionToString(eDataType, instanceValue);
			case CatalogPackage.FUSE_KIND:
				return convertFuseKindToString(eDataType, instanceValue);
			case CatalogPackage.LED_COLOUR:
				return convertLedColourToString(eDataType, instanceValue);
			case CatalogPackage.LED_PATTERN:
				return convertLedPatternToString(eDataType, instanceValue);
			case CatalogPackage.LED_FUNCTION:
				return convertLedFunctionToString(eDataType, instanceValue);
			case CatalogPackage.CODE_SEVERITY:
				return convertCodeSeverityToString(eDataType, instanceValue);
			case CatalogPackage.SETTING_ROLE:
				return convertSettingRoleToString(eDataType, instanceValue);
			case CatalogPackage.OPTION_ROLE:
				return convertOptionRoleToString(eDataType, instanceValue);
			case CatalogPackage.CONFIGURATION_CHANNEL:
				return convertConfigurationChannelToString(eDataType, instanceValue);
			case CatalogPackage.CONTROL_METHOD:
				return convertControlMethodToString(eDataType, instanceValue);
			case CatalogPackage.CABLE_FUNCTION:
				return convertCableFunctionToString(eDataType, instanceValue);
			case CatalogPackage.WIRE_COLOUR:
				return convertWireColourToString(eDataType, instanceValue);
			case CatalogPackage.CELL_STYLE:
				return convertCellStyleToString(eDataType, instanceValue);
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
	public Catalog createCatalog() {
		CatalogImpl catalog = new CatalogImpl();
		return catalog;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SourceDocument createSourceDocument() {
		SourceDocumentImpl sourceDocument = new SourceDocumentImpl();
		return sourceDocument;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SourceRef createSourceRef() {
		SourceRefImpl sourceRef = new SourceRefImpl();
		return sourceRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Ruling createRuling() {
		RulingImpl ruling = new RulingImpl();
		return ruling;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Quantity createQuantity() {
		QuantityImpl quantity = new QuantityImpl();
		return quantity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantityFact createQuantityFact() {
		QuantityFactImpl quantityFact = new QuantityFactImpl();
		return quantityFact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RangeFact createRangeFact() {
		RangeFactImpl rangeFact = new RangeFactImpl();
		return rangeFact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BooleanFact createBooleanFact() {
		BooleanFactImpl booleanFact = new BooleanFactImpl();
		return booleanFact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IntegerFact createIntegerFact() {
		IntegerFactImpl integerFact = new IntegerFactImpl();
		return integerFact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TextFact createTextFact() {
		TextFactImpl textFact = new TextFactImpl();
		return textFact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantitySetFact createQuantitySetFact() {
		QuantitySetFactImpl quantitySetFact = new QuantitySetFactImpl();
		return quantitySetFact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CapabilityFact createCapabilityFact() {
		CapabilityFactImpl capabilityFact = new CapabilityFactImpl();
		return capabilityFact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AlternatorPortFact createAlternatorPortFact() {
		AlternatorPortFactImpl alternatorPortFact = new AlternatorPortFactImpl();
		return alternatorPortFact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataCommunicationFact createDataCommunicationFact() {
		DataCommunicationFactImpl dataCommunicationFact = new DataCommunicationFactImpl();
		return dataCommunicationFact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SwitchedOutputFact createSwitchedOutputFact() {
		SwitchedOutputFactImpl switchedOutputFact = new SwitchedOutputFactImpl();
		return switchedOutputFact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DimensionsFact createDimensionsFact() {
		DimensionsFactImpl dimensionsFact = new DimensionsFactImpl();
		return dimensionsFact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IpRatingFact createIpRatingFact() {
		IpRatingFactImpl ipRatingFact = new IpRatingFactImpl();
		return ipRatingFact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LifecycleFact createLifecycleFact() {
		LifecycleFactImpl lifecycleFact = new LifecycleFactImpl();
		return lifecycleFact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DocumentLinkFact createDocumentLinkFact() {
		DocumentLinkFactImpl documentLinkFact = new DocumentLinkFactImpl();
		return documentLinkFact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OutputStateFact createOutputStateFact() {
		OutputStateFactImpl outputStateFact = new OutputStateFactImpl();
		return outputStateFact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConnectorFact createConnectorFact() {
		ConnectorFactImpl connectorFact = new ConnectorFactImpl();
		return connectorFact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConsumptionFact createConsumptionFact() {
		ConsumptionFactImpl consumptionFact = new ConsumptionFactImpl();
		return consumptionFact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CapacityFact createCapacityFact() {
		CapacityFactImpl capacityFact = new CapacityFactImpl();
		return capacityFact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CycleLifeFact createCycleLifeFact() {
		CycleLifeFactImpl cycleLifeFact = new CycleLifeFactImpl();
		return cycleLifeFact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StandardsFact createStandardsFact() {
		StandardsFactImpl standardsFact = new StandardsFactImpl();
		return standardsFact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ArticleNumberFact createArticleNumberFact() {
		ArticleNumberFactImpl articleNumberFact = new ArticleNumberFactImpl();
		return articleNumberFact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IncludedItemFact createIncludedItemFact() {
		IncludedItemFactImpl includedItemFact = new IncludedItemFactImpl();
		return includedItemFact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReserveFact createReserveFact() {
		ReserveFactImpl reserveFact = new ReserveFactImpl();
		return reserveFact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OcvCurveFact createOcvCurveFact() {
		OcvCurveFactImpl ocvCurveFact = new OcvCurveFactImpl();
		return ocvCurveFact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OcvPoint createOcvPoint() {
		OcvPointImpl ocvPoint = new OcvPointImpl();
		return ocvPoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProductFamily createProductFamily() {
		ProductFamilyImpl productFamily = new ProductFamilyImpl();
		return productFamily;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProductVariant createProductVariant() {
		ProductVariantImpl productVariant = new ProductVariantImpl();
		return productVariant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BmsModel createBmsModel() {
		BmsModelImpl bmsModel = new BmsModelImpl();
		return bmsModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LithiumBatteryModel createLithiumBatteryModel() {
		LithiumBatteryModelImpl lithiumBatteryModel = new LithiumBatteryModelImpl();
		return lithiumBatteryModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeviceType createDeviceType() {
		DeviceTypeImpl deviceType = new DeviceTypeImpl();
		return deviceType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AccessoryCableType createAccessoryCableType() {
		AccessoryCableTypeImpl accessoryCableType = new AccessoryCableTypeImpl();
		return accessoryCableType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FuseType createFuseType() {
		FuseTypeImpl fuseType = new FuseTypeImpl();
		return fuseType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CableWire createCableWire() {
		CableWireImpl cableWire = new CableWireImpl();
		return cableWire;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TerminalDefinition createTerminalDefinition() {
		TerminalDefinitionImpl terminalDefinition = new TerminalDefinitionImpl();
		return terminalDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PowerPortSpec createPowerPortSpec() {
		PowerPortSpecImpl powerPortSpec = new PowerPortSpecImpl();
		return powerPortSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OutputBehaviour createOutputBehaviour() {
		OutputBehaviourImpl outputBehaviour = new OutputBehaviourImpl();
		return outputBehaviour;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RemoteInputBehaviour createRemoteInputBehaviour() {
		RemoteInputBehaviourImpl remoteInputBehaviour = new RemoteInputBehaviourImpl();
		return remoteInputBehaviour;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RemoteUseMode createRemoteUseMode() {
		RemoteUseModeImpl remoteUseMode = new RemoteUseModeImpl();
		return remoteUseMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RemoteControlRoute createRemoteControlRoute() {
		RemoteControlRouteImpl remoteControlRoute = new RemoteControlRouteImpl();
		return remoteControlRoute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CableWireConnection createCableWireConnection() {
		CableWireConnectionImpl cableWireConnection = new CableWireConnectionImpl();
		return cableWireConnection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NumberSettingDefinition createNumberSettingDefinition() {
		NumberSettingDefinitionImpl numberSettingDefinition = new NumberSettingDefinitionImpl();
		return numberSettingDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChoiceSettingDefinition createChoiceSettingDefinition() {
		ChoiceSettingDefinitionImpl choiceSettingDefinition = new ChoiceSettingDefinitionImpl();
		return choiceSettingDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BooleanSettingDefinition createBooleanSettingDefinition() {
		BooleanSettingDefinitionImpl booleanSettingDefinition = new BooleanSettingDefinitionImpl();
		return booleanSettingDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SettingOption createSettingOption() {
		SettingOptionImpl settingOption = new SettingOptionImpl();
		return settingOption;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FuseTableEntry createFuseTableEntry() {
		FuseTableEntryImpl fuseTableEntry = new FuseTableEntryImpl();
		return fuseTableEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LedIndicator createLedIndicator() {
		LedIndicatorImpl ledIndicator = new LedIndicatorImpl();
		return ledIndicator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LedState createLedState() {
		LedStateImpl ledState = new LedStateImpl();
		return ledState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StatusCode createStatusCode() {
		StatusCodeImpl statusCode = new StatusCodeImpl();
		return statusCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CellChemistry createCellChemistry() {
		CellChemistryImpl cellChemistry = new CellChemistryImpl();
		return cellChemistry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparisonTable createComparisonTable() {
		ComparisonTableImpl comparisonTable = new ComparisonTableImpl();
		return comparisonTable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparisonColumn createComparisonColumn() {
		ComparisonColumnImpl comparisonColumn = new ComparisonColumnImpl();
		return comparisonColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparisonRow createComparisonRow() {
		ComparisonRowImpl comparisonRow = new ComparisonRowImpl();
		return comparisonRow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WiringReference createWiringReference() {
		WiringReferenceImpl wiringReference = new WiringReferenceImpl();
		return wiringReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AmpacityFact createAmpacityFact() {
		AmpacityFactImpl ampacityFact = new AmpacityFactImpl();
		return ampacityFact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VoltageDropLimitFact createVoltageDropLimitFact() {
		VoltageDropLimitFactImpl voltageDropLimitFact = new VoltageDropLimitFactImpl();
		return voltageDropLimitFact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SystemVoltageGuideFact createSystemVoltageGuideFact() {
		SystemVoltageGuideFactImpl systemVoltageGuideFact = new SystemVoltageGuideFactImpl();
		return systemVoltageGuideFact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Unit createUnitFromString(EDataType eDataType, String initialValue) {
		Unit result = Unit.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUnitToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Relation createRelationFromString(EDataType eDataType, String initialValue) {
		Relation result = Relation.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRelationToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SourceConfidence createSourceConfidenceFromString(EDataType eDataType, String initialValue) {
		SourceConfidence result = SourceConfidence.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSourceConfidenceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DocumentKind createDocumentKindFromString(EDataType eDataType, String initialValue) {
		DocumentKind result = DocumentKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDocumentKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RulingPrinciple createRulingPrincipleFromString(EDataType eDataType, String initialValue) {
		RulingPrinciple result = RulingPrinciple.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRulingPrincipleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProductCategory createProductCategoryFromString(EDataType eDataType, String initialValue) {
		ProductCategory result = ProductCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProductCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DeviceRole createDeviceRoleFromString(EDataType eDataType, String initialValue) {
		DeviceRole result = DeviceRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDeviceRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TerminalKind createTerminalKindFromString(EDataType eDataType, String initialValue) {
		TerminalKind result = TerminalKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTerminalKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TerminalDirection createTerminalDirectionFromString(EDataType eDataType, String initialValue) {
		TerminalDirection result = TerminalDirection.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTerminalDirectionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DiagramSide createDiagramSideFromString(EDataType eDataType, String initialValue) {
		DiagramSide result = DiagramSide.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDiagramSideToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OutputState createOutputStateFromString(EDataType eDataType, String initialValue) {
		OutputState result = OutputState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOutputStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OutputTrigger createOutputTriggerFromString(EDataType eDataType, String initialValue) {
		OutputTrigger result = OutputTrigger.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOutputTriggerToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OutputSwitchingKind createOutputSwitchingKindFromString(EDataType eDataType, String initialValue) {
		OutputSwitchingKind result = OutputSwitchingKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOutputSwitchingKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RemoteActivation createRemoteActivationFromString(EDataType eDataType, String initialValue) {
		RemoteActivation result = RemoteActivation.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRemoteActivationToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RemoteCondition createRemoteConditionFromString(EDataType eDataType, String initialValue) {
		RemoteCondition result = RemoteCondition.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRemoteConditionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AlternatorPortMode createAlternatorPortModeFromString(EDataType eDataType, String initialValue) {
		AlternatorPortMode result = AlternatorPortMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAlternatorPortModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CommunicationProtocol createCommunicationProtocolFromString(EDataType eDataType, String initialValue) {
		CommunicationProtocol result = CommunicationProtocol.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCommunicationProtocolToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DimensionAxes createDimensionAxesFromString(EDataType eDataType, String initialValue) {
		DimensionAxes result = DimensionAxes.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDimensionAxesToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LifecycleStatus createLifecycleStatusFromString(EDataType eDataType, String initialValue) {
		LifecycleStatus result = LifecycleStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLifecycleStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StandardKind createStandardKindFromString(EDataType eDataType, String initialValue) {
		StandardKind result = StandardKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStandardKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ConnectorType createConnectorTypeFromString(EDataType eDataType, String initialValue) {
		ConnectorType result = ConnectorType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertConnectorTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PowerState createPowerStateFromString(EDataType eDataType, String initialValue) {
		PowerState result = PowerState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPowerStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CurrentDirection createCurrentDirectionFromString(EDataType eDataType, String initialValue) {
		CurrentDirection result = CurrentDirection.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCurrentDirectionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FuseKind createFuseKindFromString(EDataType eDataType, String initialValue) {
		FuseKind result = FuseKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFuseKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LedColour createLedColourFromString(EDataType eDataType, String initialValue) {
		LedColour result = LedColour.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLedColourToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LedPattern createLedPatternFromString(EDataType eDataType, String initialValue) {
		LedPattern result = LedPattern.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLedPatternToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LedFunction createLedFunctionFromString(EDataType eDataType, String initialValue) {
		LedFunction result = LedFunction.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLedFunctionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CodeSeverity createCodeSeverityFromString(EDataType eDataType, String initialValue) {
		CodeSeverity result = CodeSeverity.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCodeSeverityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SettingRole createSettingRoleFromString(EDataType eDataType, String initialValue) {
		SettingRole result = SettingRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSettingRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OptionRole createOptionRoleFromString(EDataType eDataType, String initialValue) {
		OptionRole result = OptionRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOptionRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ConfigurationChannel createConfigurationChannelFromString(EDataType eDataType, String initialValue) {
		ConfigurationChannel result = ConfigurationChannel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertConfigurationChannelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ControlMethod createControlMethodFromString(EDataType eDataType, String initialValue) {
		ControlMethod result = ControlMethod.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertControlMethodToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CableFunction createCableFunctionFromString(EDataType eDataType, String initialValue) {
		CableFunction result = CableFunction.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCableFunctionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WireColour createWireColourFromString(EDataType eDataType, String initialValue) {
		WireColour result = WireColour.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertWireColourToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CellStyle createCellStyleFromString(EDataType eDataType, String initialValue) {
		CellStyle result = CellStyle.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCellStyleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CatalogPackage getCatalogPackage() {
		return (CatalogPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static CatalogPackage getPackage() {
		return CatalogPackage.eINSTANCE;
	}

} //CatalogFactoryImpl
