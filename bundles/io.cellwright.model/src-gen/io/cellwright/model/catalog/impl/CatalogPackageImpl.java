/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog.impl;

import io.cellwright.model.catalog.AccessoryCableType;
import io.cellwright.model.catalog.AlternatorPortFact;
import io.cellwright.model.catalog.AlternatorPortMode;
import io.cellwright.model.catalog.AmpacityFact;
import io.cellwright.model.catalog.ArticleNumberFact;
import io.cellwright.model.catalog.BmsModel;
import io.cellwright.model.catalog.BooleanFact;
import io.cellwright.model.catalog.BooleanSettingDefinition;
import io.cellwright.model.catalog.CableFunction;
import io.cellwright.model.catalog.CableWire;
import io.cellwright.model.catalog.CableWireConnection;
import io.cellwright.model.catalog.CapabilityFact;
import io.cellwright.model.catalog.CapacityFact;
import io.cellwright.model.catalog.Catalog;
import io.cellwright.model.catalog.CatalogFactory;
import io.cellwright.model.catalog.CatalogPackage;
import io.cellwright.model.catalog.CellChemistry;
import io.cellwright.model.catalog.CellStyle;
import io.cellwright.model.catalog.ChoiceSettingDefinition;
import io.cellwright.model.catalog.CodeSeverity;
import io.cellwright.model.catalog.CommunicationProtocol;
import io.cellwright.model.catalog.ComparisonColumn;
import io.cellwright.model.catalog.ComparisonRow;
import io.cellwright.model.catalog.ComparisonTable;
import io.cellwright.model.catalog.ConfigurationChannel;
import io.cellwright.model.catalog.ConnectorFact;
import io.cellwright.model.catalog.ConnectorType;
import io.cellwright.model.catalog.ConsumptionFact;
import io.cellwright.model.catalog.ControlMethod;
import io.cellwright.model.catalog.CurrentDirection;
import io.cellwright.model.catalog.CycleLifeFact;
import io.cellwright.model.catalog.DataCommunicationFact;
import io.cellwright.model.catalog.DeviceRole;
import io.cellwright.model.catalog.DeviceType;
import io.cellwright.model.catalog.DiagramSide;
import io.cellwright.model.catalog.DimensionAxes;
import io.cellwright.model.catalog.DimensionsFact;
import io.cellwright.model.catalog.DocumentKind;
import io.cellwright.model.catalog.DocumentLinkFact;
import io.cellwright.model.catalog.Fact;
import io.cellwright.model.catalog.FuseKind;
import io.cellwright.model.catalog.FuseTableEntry;
import io.cellwright.model.catalog.FuseType;
import io.cellwright.model.catalog.IncludedItemFact;
import io.cellwright.model.catalog.IntegerFact;
import io.cellwright.model.catalog.IpRatingFact;
import io.cellwright.model.catalog.LedColour;
import io.cellwright.model.catalog.LedFunction;
import io.cellwright.model.catalog.LedIndicator;
import io.cellwright.model.catalog.LedPattern;
import io.cellwright.model.catalog.LedState;
import io.cellwright.model.catalog.LifecycleFact;
import io.cellwright.model.catalog.LifecycleStatus;
import io.cellwright.model.catalog.LithiumBatteryModel;
import io.cellwright.model.catalog.NumberSettingDefinition;
import io.cellwright.model.catalog.OcvCurveFact;
import io.cellwright.model.catalog.OcvPoint;
import io.cellwright.model.catalog.OptionRole;
import io.cellwright.model.catalog.OutputBehaviour;
import io.cellwright.model.catalog.OutputState;
import io.cellwright.model.catalog.OutputStateFact;
import io.cellwright.model.catalog.OutputSwitchingKind;
import io.cellwright.model.catalog.OutputTrigger;
import io.cellwright.model.catalog.PowerPortSpec;
import io.cellwright.model.catalog.PowerState;
import io.cellwright.model.catalog.ProductCategory;
import io.cellwright.model.catalog.ProductFamily;
import io.cellwright.model.catalog.ProductType;
import io.cellwright.model.catalog.ProductVariant;
import io.cellwright.model.catalog.Quantity;
import io.cellwright.model.catalog.QuantityFact;
import io.cellwright.model.catalog.QuantitySetFact;
import io.cellwright.model.catalog.QuantityValue;
import io.cellwright.model.catalog.RangeFact;
import io.cellwright.model.catalog.Relation;
import io.cellwright.model.catalog.RemoteActivation;
import io.cellwright.model.catalog.RemoteCondition;
import io.cellwright.model.catalog.RemoteControlRoute;
import io.cellwright.model.catalog.RemoteInputBehaviour;
import io.cellwright.model.catalog.RemoteUseMode;
import io.cellwright.model.catalog.ReserveFact;
import io.cellwright.model.catalog.Ruling;
import io.cellwright.model.catalog.RulingPrinciple;
import io.cellwright.model.catalog.SettingDefinition;
import io.cellwright.model.catalog.SettingOption;
import io.cellwright.model.catalog.SettingRole;
import io.cellwright.model.catalog.SourceConfidence;
import io.cellwright.model.catalog.SourceDocument;
import io.cellwright.model.catalog.SourceRef;
import io.cellwright.model.catalog.Sourced;
import io.cellwright.model.catalog.StandardKind;
import io.cellwright.model.catalog.StandardsFact;
import io.cellwright.model.catalog.StatusCode;
import io.cellwright.model.catalog.SwitchedOutputFact;
import io.cellwright.model.catalog.SystemVoltageGuideFact;
import io.cellwright.model.catalog.TerminalDefinition;
import io.cellwright.model.catalog.TerminalDirection;
import io.cellwright.model.catalog.TerminalKind;
import io.cellwright.model.catalog.TextFact;
import io.cellwright.model.catalog.Unit;
import io.cellwright.model.catalog.VoltageDropLimitFact;
import io.cellwright.model.catalog.WireColour;
import io.cellwright.model.catalog.WiringReference;

import io.cellwright.model.design.DesignPackage;

import io.cellwright.model.design.impl.DesignPackageImpl;

import io.cellwright.model.notation.NotationPackage;

import io.cellwright.model.notation.impl.NotationPackageImpl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CatalogPackageImpl extends EPackageImpl implements CatalogPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass catalogEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sourceDocumentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sourceRefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sourcedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass rulingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass factEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass quantityValueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass quantityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass quantityFactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass rangeFactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass booleanFactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass integerFactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass textFactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass quantitySetFactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass capabilityFactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass alternatorPortFactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dataCommunicationFactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass switchedOutputFactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dimensionsFactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ipRatingFactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass lifecycleFactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass documentLinkFactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass outputStateFactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass connectorFactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass consumptionFactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass capacityFactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cycleLifeFactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass standardsFactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass articleNumberFactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass includedItemFactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reserveFactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ocvCurveFactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ocvPointEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass productFamilyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass productTypeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass productVariantEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass bmsModelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass lithiumBatteryModelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass deviceTypeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass accessoryCableTypeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass fuseTypeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cableWireEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass terminalDefinitionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass powerPortSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass outputBehaviourEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass remoteInputBehaviourEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass remoteUseModeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass remoteControlRouteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cableWireConnectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass settingDefinitionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass numberSettingDefinitionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass choiceSettingDefinitionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass booleanSettingDefinitionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass settingOptionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass fuseTableEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ledIndicatorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ledStateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass statusCodeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cellChemistryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass comparisonTableEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass comparisonColumnEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass comparisonRowEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass wiringReferenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ampacityFactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass voltageDropLimitFactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass systemVoltageGuideFactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum unitEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum relationEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sourceConfidenceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum documentKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum rulingPrincipleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum productCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum deviceRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum terminalKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum terminalDirectionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum diagramSideEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum outputStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum outputTriggerEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum outputSwitchingKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum remoteActivationEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum remoteConditionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum alternatorPortModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum communicationProtocolEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum dimensionAxesEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum lifecycleStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum standardKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum connectorTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum powerStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum currentDirectionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum fuseKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum ledColourEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum ledPatternEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum ledFunctionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum codeSeverityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum settingRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum optionRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum configurationChannelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum controlMethodEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum cableFunctionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum wireColourEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum cellStyleEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see io.cellwright.model.catalog.CatalogPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private CatalogPackageImpl() {
		super(eNS_URI, CatalogFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link CatalogPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static CatalogPackage init() {
		if (isInited) return (CatalogPackage)EPackage.Registry.INSTANCE.getEPackage(CatalogPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredCatalogPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		CatalogPackageImpl theCatalogPackage = registeredCatalogPackage instanceof CatalogPackageImpl ? (CatalogPackageImpl)registeredCatalogPackage : new CatalogPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		EcorePackage.eINSTANCE.eClass();

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(DesignPackage.eNS_URI);
		DesignPackageImpl theDesignPackage = (DesignPackageImpl)(registeredPackage instanceof DesignPackageImpl ? registeredPackage : DesignPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(NotationPackage.eNS_URI);
		NotationPackageImpl theNotationPackage = (NotationPackageImpl)(registeredPackage instanceof NotationPackageImpl ? registeredPackage : NotationPackage.eINSTANCE);

		// Create package meta-data objects
		theCatalogPackage.createPackageContents();
		theDesignPackage.createPackageContents();
		theNotationPackage.createPackageContents();

		// Initialize created meta-data
		theCatalogPackage.initializePackageContents();
		theDesignPackage.initializePackageContents();
		theNotationPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theCatalogPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(CatalogPackage.eNS_URI, theCatalogPackage);
		return theCatalogPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCatalog() {
		return catalogEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCatalog_Id() {
		return (EAttribute)catalogEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCatalog_Name() {
		return (EAttribute)catalogEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCatalog_Provider() {
		return (EAttribute)catalogEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCatalog_Version() {
		return (EAttribute)catalogEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCatalog_FormatVersion() {
		return (EAttribute)catalogEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCatalog_Requires() {
		return (EAttribute)catalogEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCatalog_Documents() {
		return (EReference)catalogEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCatalog_Families() {
		return (EReference)catalogEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCatalog_ProductTypes() {
		return (EReference)catalogEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCatalog_Chemistries() {
		return (EReference)catalogEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCatalog_ComparisonTables() {
		return (EReference)catalogEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCatalog_WiringReferences() {
		return (EReference)catalogEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSourceDocument() {
		return sourceDocumentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSourceDocument_Id() {
		return (EAttribute)sourceDocumentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSourceDocument_FileName() {
		return (EAttribute)sourceDocumentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSourceDocument_Title() {
		return (EAttribute)sourceDocumentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSourceDocument_Kind() {
		return (EAttribute)sourceDocumentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSourceDocument_Revision() {
		return (EAttribute)sourceDocumentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSourceDocument_Date() {
		return (EAttribute)sourceDocumentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSourceDocument_Language() {
		return (EAttribute)sourceDocumentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSourceDocument_Uri() {
		return (EAttribute)sourceDocumentEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSourceDocument_Supersedes() {
		return (EReference)sourceDocumentEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSourceRef() {
		return sourceRefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSourceRef_Document() {
		return (EReference)sourceRefEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSourceRef_Section() {
		return (EAttribute)sourceRefEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSourceRef_Table() {
		return (EAttribute)sourceRefEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSourceRef_Row() {
		return (EAttribute)sourceRefEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSourceRef_Column() {
		return (EAttribute)sourceRefEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSourceRef_Quote() {
		return (EAttribute)sourceRefEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSourceRef_Confidence() {
		return (EAttribute)sourceRefEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSourceRef_Comment() {
		return (EAttribute)sourceRefEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSourced() {
		return sourcedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSourced_Sources() {
		return (EReference)sourcedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSourced_Comment() {
		return (EAttribute)sourcedEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRuling() {
		return rulingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRuling_Rationale() {
		return (EAttribute)rulingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRuling_Principles() {
		return (EAttribute)rulingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRuling_DecidedBy() {
		return (EAttribute)rulingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFact() {
		return factEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFact_DisplayText() {
		return (EAttribute)factEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFact_Footnote() {
		return (EAttribute)factEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFact_Alternatives() {
		return (EReference)factEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFact_Ruling() {
		return (EReference)factEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getFact__IsDisputed() {
		return factEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getFact__IsOverruled() {
		return factEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getQuantityValue() {
		return quantityValueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuantityValue_Value() {
		return (EAttribute)quantityValueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuantityValue_Unit() {
		return (EAttribute)quantityValueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuantityValue_Relation() {
		return (EAttribute)quantityValueEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuantityValue_Decimals() {
		return (EAttribute)quantityValueEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getQuantityValue__ValueInBaseUnit() {
		return quantityValueEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getQuantity() {
		return quantityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getQuantityFact() {
		return quantityFactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRangeFact() {
		return rangeFactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRangeFact_Minimum() {
		return (EReference)rangeFactEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRangeFact_Maximum() {
		return (EReference)rangeFactEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRangeFact_Nominal() {
		return (EReference)rangeFactEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBooleanFact() {
		return booleanFactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBooleanFact_Value() {
		return (EAttribute)booleanFactEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIntegerFact() {
		return integerFactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntegerFact_Value() {
		return (EAttribute)integerFactEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntegerFact_Relation() {
		return (EAttribute)integerFactEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTextFact() {
		return textFactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTextFact_Text() {
		return (EAttribute)textFactEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTextFact_Language() {
		return (EAttribute)textFactEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getQuantitySetFact() {
		return quantitySetFactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuantitySetFact_Values() {
		return (EAttribute)quantitySetFactEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuantitySetFact_Unit() {
		return (EAttribute)quantitySetFactEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCapabilityFact() {
		return capabilityFactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCapabilityFact_Supported() {
		return (EAttribute)capabilityFactEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCapabilityFact_Rating() {
		return (EReference)capabilityFactEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAlternatorPortFact() {
		return alternatorPortFactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAlternatorPortFact_Mode() {
		return (EAttribute)alternatorPortFactEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAlternatorPortFact_MaxChargeCurrent() {
		return (EReference)alternatorPortFactEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAlternatorPortFact_WithFuse() {
		return (EReference)alternatorPortFactEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDataCommunicationFact() {
		return dataCommunicationFactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataCommunicationFact_Protocols() {
		return (EAttribute)dataCommunicationFactEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataCommunicationFact_WithGxDevice() {
		return (EAttribute)dataCommunicationFactEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataCommunicationFact_WithInverterCharger() {
		return (EAttribute)dataCommunicationFactEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSwitchedOutputFact() {
		return switchedOutputFactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSwitchedOutputFact_Kind() {
		return (EAttribute)switchedOutputFactEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSwitchedOutputFact_MaxCurrent() {
		return (EReference)switchedOutputFactEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDimensionsFact() {
		return dimensionsFactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDimensionsFact_Sizes() {
		return (EAttribute)dimensionsFactEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDimensionsFact_Unit() {
		return (EAttribute)dimensionsFactEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDimensionsFact_Axes() {
		return (EAttribute)dimensionsFactEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIpRatingFact() {
		return ipRatingFactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIpRatingFact_Solids() {
		return (EAttribute)ipRatingFactEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIpRatingFact_Liquids() {
		return (EAttribute)ipRatingFactEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIpRatingFact_Scope() {
		return (EAttribute)ipRatingFactEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLifecycleFact() {
		return lifecycleFactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifecycleFact_Status() {
		return (EAttribute)lifecycleFactEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLifecycleFact_Successor() {
		return (EReference)lifecycleFactEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLifecycleFact_PartOf() {
		return (EReference)lifecycleFactEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDocumentLinkFact() {
		return documentLinkFactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocumentLinkFact_Title() {
		return (EAttribute)documentLinkFactEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocumentLinkFact_Uri() {
		return (EAttribute)documentLinkFactEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOutputStateFact() {
		return outputStateFactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutputStateFact_State() {
		return (EAttribute)outputStateFactEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConnectorFact() {
		return connectorFactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnectorFact_Connector() {
		return (EAttribute)connectorFactEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnectorFact_Poles() {
		return (EAttribute)connectorFactEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConnectorFact_Size() {
		return (EReference)connectorFactEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConnectorFact_MountingTorque() {
		return (EReference)connectorFactEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConsumptionFact() {
		return consumptionFactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsumptionFact_State() {
		return (EAttribute)consumptionFactEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsumptionFact_Excludes() {
		return (EAttribute)consumptionFactEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCapacityFact() {
		return capacityFactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCapacityFact_Temperature() {
		return (EReference)capacityFactEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCycleLifeFact() {
		return cycleLifeFactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCycleLifeFact_Cycles() {
		return (EAttribute)cycleLifeFactEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCycleLifeFact_DepthOfDischarge() {
		return (EReference)cycleLifeFactEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStandardsFact() {
		return standardsFactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandardsFact_Kind() {
		return (EAttribute)standardsFactEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandardsFact_Standards() {
		return (EAttribute)standardsFactEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getArticleNumberFact() {
		return articleNumberFactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArticleNumberFact_Number() {
		return (EAttribute)articleNumberFactEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIncludedItemFact() {
		return includedItemFactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIncludedItemFact_Quantity() {
		return (EAttribute)includedItemFactEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIncludedItemFact_Description() {
		return (EAttribute)includedItemFactEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIncludedItemFact_Product() {
		return (EReference)includedItemFactEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReserveFact() {
		return reserveFactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReserveFact_CellVoltage() {
		return (EReference)reserveFactEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOcvCurveFact() {
		return ocvCurveFactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOcvCurveFact_Conditions() {
		return (EAttribute)ocvCurveFactEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOcvCurveFact_Points() {
		return (EReference)ocvCurveFactEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOcvPoint() {
		return ocvPointEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOcvPoint_StateOfCharge() {
		return (EAttribute)ocvPointEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOcvPoint_Voltage() {
		return (EAttribute)ocvPointEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProductFamily() {
		return productFamilyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProductFamily_Id() {
		return (EAttribute)productFamilyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProductFamily_Name() {
		return (EAttribute)productFamilyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProductFamily_Description() {
		return (EAttribute)productFamilyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProductType() {
		return productTypeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProductType_Id() {
		return (EAttribute)productTypeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProductType_Name() {
		return (EAttribute)productTypeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProductType_Manufacturer() {
		return (EAttribute)productTypeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProductType_Category() {
		return (EAttribute)productTypeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProductType_ProductIds() {
		return (EAttribute)productTypeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProductType_Family() {
		return (EReference)productTypeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProductType_Aliases() {
		return (EReference)productTypeEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProductType_ArticleNumbers() {
		return (EReference)productTypeEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProductType_Variants() {
		return (EReference)productTypeEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProductType_Terminals() {
		return (EReference)productTypeEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProductType_Settings() {
		return (EReference)productTypeEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProductType_RemoteUseModes() {
		return (EReference)productTypeEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProductType_RemoteControlRoutes() {
		return (EReference)productTypeEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProductType_Consumption() {
		return (EReference)productTypeEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProductType_Weight() {
		return (EReference)productTypeEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProductType_Dimensions() {
		return (EReference)productTypeEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProductType_Protection() {
		return (EReference)productTypeEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProductType_OperatingTemperature() {
		return (EReference)productTypeEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProductType_HumidityMaximum() {
		return (EReference)productTypeEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProductType_HumidityAverage() {
		return (EReference)productTypeEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProductType_Standards() {
		return (EReference)productTypeEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProductType_IncludedItems() {
		return (EReference)productTypeEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProductType_Leds() {
		return (EReference)productTypeEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProductType_StatusCodes() {
		return (EReference)productTypeEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProductType_Lifecycle() {
		return (EReference)productTypeEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProductType_Datasheet() {
		return (EReference)productTypeEClass.getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProductType_Recommendations() {
		return (EReference)productTypeEClass.getEStructuralFeatures().get(26);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProductType_Notes() {
		return (EReference)productTypeEClass.getEStructuralFeatures().get(27);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getProductType__FindTerminal__String() {
		return productTypeEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getProductType__FindSetting__SettingRole() {
		return productTypeEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProductVariant() {
		return productVariantEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProductVariant_Id() {
		return (EAttribute)productVariantEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProductVariant_Name() {
		return (EAttribute)productVariantEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProductVariant_ProductIds() {
		return (EAttribute)productVariantEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProductVariant_ArticleNumbers() {
		return (EReference)productVariantEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProductVariant_NominalVoltage() {
		return (EReference)productVariantEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProductVariant_RatedPower() {
		return (EReference)productVariantEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProductVariant_RatedCurrent() {
		return (EReference)productVariantEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProductVariant_Length() {
		return (EReference)productVariantEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBmsModel() {
		return bmsModelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBmsModel_SystemVoltages() {
		return (EReference)bmsModelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBmsModel_SystemConnection() {
		return (EReference)bmsModelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBmsModel_AlternatorPort() {
		return (EReference)bmsModelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBmsModel_BatteryMonitor() {
		return (EReference)bmsModelEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBmsModel_Bluetooth() {
		return (EReference)bmsModelEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBmsModel_DataCommunication() {
		return (EReference)bmsModelEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBmsModel_DvccControl() {
		return (EReference)bmsModelEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBmsModel_DischargeTerminal() {
		return (EReference)bmsModelEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBmsModel_ChargeTerminal() {
		return (EReference)bmsModelEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBmsModel_PreAlarmTerminal() {
		return (EReference)bmsModelEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBmsModel_RemoteOnOffTerminal() {
		return (EReference)bmsModelEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBmsModel_AuxiliaryOutput() {
		return (EReference)bmsModelEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBmsModel_AuxiliaryInput() {
		return (EReference)bmsModelEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBmsModel_FirmwareUpdate() {
		return (EReference)bmsModelEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBmsModel_MaxBatteries() {
		return (EReference)bmsModelEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBmsModel_MaxLynxDistributors() {
		return (EReference)bmsModelEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBmsModel_SoftSwitch() {
		return (EReference)bmsModelEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBmsModel_InstantReadout() {
		return (EReference)bmsModelEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBmsModel_IgnitionProof() {
		return (EReference)bmsModelEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBmsModel_AlternatorFuseTable() {
		return (EReference)bmsModelEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBmsModel_GndFuse() {
		return (EReference)bmsModelEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBmsModel_GndFuseFactor() {
		return (EReference)bmsModelEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBmsModel_ChargeLimitHysteresis() {
		return (EReference)bmsModelEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBmsModel_ChargeLimitResumeDelay() {
		return (EReference)bmsModelEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLithiumBatteryModel() {
		return lithiumBatteryModelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLithiumBatteryModel_NominalVoltage() {
		return (EReference)lithiumBatteryModelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLithiumBatteryModel_CellsInSeries() {
		return (EReference)lithiumBatteryModelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLithiumBatteryModel_Capacities() {
		return (EReference)lithiumBatteryModelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLithiumBatteryModel_Energy() {
		return (EReference)lithiumBatteryModelEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLithiumBatteryModel_MaxContinuousDischargeCurrent() {
		return (EReference)lithiumBatteryModelEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLithiumBatteryModel_RecommendedDischargeCurrent() {
		return (EReference)lithiumBatteryModelEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLithiumBatteryModel_MaxChargeCurrent() {
		return (EReference)lithiumBatteryModelEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLithiumBatteryModel_RecommendedChargeCurrent() {
		return (EReference)lithiumBatteryModelEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLithiumBatteryModel_ChargeVoltage() {
		return (EReference)lithiumBatteryModelEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLithiumBatteryModel_FloatVoltage() {
		return (EReference)lithiumBatteryModelEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLithiumBatteryModel_EndOfDischargeVoltage() {
		return (EReference)lithiumBatteryModelEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLithiumBatteryModel_DischargeTemperature() {
		return (EReference)lithiumBatteryModelEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLithiumBatteryModel_ChargeTemperature() {
		return (EReference)lithiumBatteryModelEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLithiumBatteryModel_RoundTripEfficiency() {
		return (EReference)lithiumBatteryModelEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLithiumBatteryModel_CycleLife() {
		return (EReference)lithiumBatteryModelEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLithiumBatteryModel_MaxInSeries() {
		return (EReference)lithiumBatteryModelEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLithiumBatteryModel_MaxPerSystem() {
		return (EReference)lithiumBatteryModelEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLithiumBatteryModel_PreAlarmSupport() {
		return (EReference)lithiumBatteryModelEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLithiumBatteryModel_InternalResistance() {
		return (EReference)lithiumBatteryModelEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLithiumBatteryModel_ChargeDisconnectCellVoltage() {
		return (EReference)lithiumBatteryModelEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLithiumBatteryModel_ChargeDisconnectHighTemperature() {
		return (EReference)lithiumBatteryModelEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLithiumBatteryModel_ChargeDisconnectLowTemperature() {
		return (EReference)lithiumBatteryModelEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLithiumBatteryModel_ReserveAfterDisconnect() {
		return (EReference)lithiumBatteryModelEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLithiumBatteryModel_Chemistry() {
		return (EReference)lithiumBatteryModelEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDeviceType() {
		return deviceTypeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeviceType_Roles() {
		return (EAttribute)deviceTypeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDeviceType_NominalVoltages() {
		return (EReference)deviceTypeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDeviceType_RatedPower() {
		return (EReference)deviceTypeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDeviceType_RatedCurrent() {
		return (EReference)deviceTypeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAccessoryCableType() {
		return accessoryCableTypeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccessoryCableType_Function() {
		return (EAttribute)accessoryCableTypeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccessoryCableType_PiecesPerPack() {
		return (EAttribute)accessoryCableTypeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccessoryCableType_Inverting() {
		return (EReference)accessoryCableTypeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccessoryCableType_Length() {
		return (EReference)accessoryCableTypeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccessoryCableType_Wires() {
		return (EReference)accessoryCableTypeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFuseType() {
		return fuseTypeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFuseType_FuseKind() {
		return (EAttribute)fuseTypeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFuseType_Ratings() {
		return (EReference)fuseTypeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFuseType_MaxVoltage() {
		return (EReference)fuseTypeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCableWire() {
		return cableWireEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCableWire_Id() {
		return (EAttribute)cableWireEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCableWire_Colour() {
		return (EAttribute)cableWireEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCableWire_Description() {
		return (EAttribute)cableWireEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTerminalDefinition() {
		return terminalDefinitionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerminalDefinition_Id() {
		return (EAttribute)terminalDefinitionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerminalDefinition_Label() {
		return (EAttribute)terminalDefinitionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerminalDefinition_Kind() {
		return (EAttribute)terminalDefinitionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerminalDefinition_Direction() {
		return (EAttribute)terminalDefinitionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerminalDefinition_ConnectorGroup() {
		return (EAttribute)terminalDefinitionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerminalDefinition_Side() {
		return (EAttribute)terminalDefinitionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerminalDefinition_Order() {
		return (EAttribute)terminalDefinitionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTerminalDefinition_Connector() {
		return (EReference)terminalDefinitionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTerminalDefinition_Power() {
		return (EReference)terminalDefinitionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTerminalDefinition_Output() {
		return (EReference)terminalDefinitionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTerminalDefinition_RemoteInput() {
		return (EReference)terminalDefinitionEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTerminalDefinition_ProductType() {
		return (EReference)terminalDefinitionEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPowerPortSpec() {
		return powerPortSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPowerPortSpec_Direction() {
		return (EAttribute)powerPortSpecEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPowerPortSpec_ContinuousCurrent() {
		return (EReference)powerPortSpecEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPowerPortSpec_PeakCurrent() {
		return (EReference)powerPortSpecEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPowerPortSpec_EnableVoltage() {
		return (EReference)powerPortSpecEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPowerPortSpec_ReverseCurrentBlocked() {
		return (EReference)powerPortSpecEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPowerPortSpec_CurrentLimitOfFuseRating() {
		return (EReference)powerPortSpecEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOutputBehaviour() {
		return outputBehaviourEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutputBehaviour_Trigger() {
		return (EAttribute)outputBehaviourEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOutputBehaviour_NormalState() {
		return (EReference)outputBehaviourEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOutputBehaviour_ActiveState() {
		return (EReference)outputBehaviourEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOutputBehaviour_HighLevelBelowBattery() {
		return (EReference)outputBehaviourEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOutputBehaviour_SourceCurrentLimit() {
		return (EReference)outputBehaviourEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOutputBehaviour_SinkCurrent() {
		return (EReference)outputBehaviourEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOutputBehaviour_ContactRating() {
		return (EReference)outputBehaviourEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOutputBehaviour_ShortCircuitProtected() {
		return (EReference)outputBehaviourEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOutputBehaviour_InductiveLoadAllowed() {
		return (EReference)outputBehaviourEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOutputBehaviour_LeadTime() {
		return (EReference)outputBehaviourEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRemoteInputBehaviour() {
		return remoteInputBehaviourEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRemoteInputBehaviour_Activation() {
		return (EAttribute)remoteInputBehaviourEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRemoteInputBehaviour_Threshold() {
		return (EReference)remoteInputBehaviourEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRemoteInputBehaviour_Partner() {
		return (EReference)remoteInputBehaviourEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRemoteUseMode() {
		return remoteUseModeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRemoteUseMode_Label() {
		return (EAttribute)remoteUseModeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRemoteUseMode_Condition() {
		return (EAttribute)remoteUseModeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRemoteUseMode_On() {
		return (EAttribute)remoteUseModeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRemoteUseMode_Threshold() {
		return (EReference)remoteUseModeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRemoteControlRoute() {
		return remoteControlRouteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRemoteControlRoute_Method() {
		return (EAttribute)remoteControlRouteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRemoteControlRoute_BmsOutputs() {
		return (EAttribute)remoteControlRouteEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRemoteControlRoute_TargetDescription() {
		return (EAttribute)remoteControlRouteEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRemoteControlRoute_CableCount() {
		return (EAttribute)remoteControlRouteEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRemoteControlRoute_RequiresAllOutputsHigh() {
		return (EAttribute)remoteControlRouteEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRemoteControlRoute_Condition() {
		return (EAttribute)remoteControlRouteEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRemoteControlRoute_SeeDocument() {
		return (EAttribute)remoteControlRouteEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRemoteControlRoute_TargetTerminals() {
		return (EReference)remoteControlRouteEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRemoteControlRoute_Cable() {
		return (EReference)remoteControlRouteEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRemoteControlRoute_WireConnections() {
		return (EReference)remoteControlRouteEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRemoteControlRoute_IntermediateDevice() {
		return (EReference)remoteControlRouteEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRemoteControlRoute_PowerPort() {
		return (EAttribute)remoteControlRouteEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRemoteControlRoute_Variants() {
		return (EReference)remoteControlRouteEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRemoteControlRoute_BmsModels() {
		return (EReference)remoteControlRouteEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCableWireConnection() {
		return cableWireConnectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCableWireConnection_Wire() {
		return (EReference)cableWireConnectionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCableWireConnection_TargetTerminal() {
		return (EReference)cableWireConnectionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCableWireConnection_TargetDescription() {
		return (EAttribute)cableWireConnectionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSettingDefinition() {
		return settingDefinitionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSettingDefinition_Key() {
		return (EAttribute)settingDefinitionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSettingDefinition_Label() {
		return (EAttribute)settingDefinitionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSettingDefinition_Description() {
		return (EAttribute)settingDefinitionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSettingDefinition_Role() {
		return (EAttribute)settingDefinitionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSettingDefinition_Channel() {
		return (EAttribute)settingDefinitionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNumberSettingDefinition() {
		return numberSettingDefinitionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNumberSettingDefinition_Unit() {
		return (EAttribute)numberSettingDefinitionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNumberSettingDefinition_Step() {
		return (EAttribute)numberSettingDefinitionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNumberSettingDefinition_Range() {
		return (EReference)numberSettingDefinitionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNumberSettingDefinition_DefaultValue() {
		return (EReference)numberSettingDefinitionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChoiceSettingDefinition() {
		return choiceSettingDefinitionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getChoiceSettingDefinition_Options() {
		return (EReference)choiceSettingDefinitionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getChoiceSettingDefinition_DefaultOption() {
		return (EReference)choiceSettingDefinitionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBooleanSettingDefinition() {
		return booleanSettingDefinitionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBooleanSettingDefinition_DefaultValue() {
		return (EReference)booleanSettingDefinitionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSettingOption() {
		return settingOptionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSettingOption_Key() {
		return (EAttribute)settingOptionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSettingOption_Label() {
		return (EAttribute)settingOptionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSettingOption_Description() {
		return (EAttribute)settingOptionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSettingOption_Role() {
		return (EAttribute)settingOptionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSettingOption_Fuse() {
		return (EReference)settingOptionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFuseTableEntry() {
		return fuseTableEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFuseTableEntry_Id() {
		return (EAttribute)fuseTableEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFuseTableEntry_FuseCount() {
		return (EAttribute)fuseTableEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFuseTableEntry_FuseKind() {
		return (EAttribute)fuseTableEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFuseTableEntry_FuseRating() {
		return (EReference)fuseTableEntryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFuseTableEntry_MaxChargeCurrent() {
		return (EReference)fuseTableEntryEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLedIndicator() {
		return ledIndicatorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLedIndicator_Position() {
		return (EAttribute)ledIndicatorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLedIndicator_Colour() {
		return (EAttribute)ledIndicatorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLedIndicator_Function() {
		return (EAttribute)ledIndicatorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLedIndicator_States() {
		return (EReference)ledIndicatorEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLedState() {
		return ledStateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLedState_Pattern() {
		return (EAttribute)ledStateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLedState_Meaning() {
		return (EAttribute)ledStateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStatusCode() {
		return statusCodeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatusCode_Code() {
		return (EAttribute)statusCodeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatusCode_Severity() {
		return (EAttribute)statusCodeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatusCode_Title() {
		return (EAttribute)statusCodeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatusCode_Description() {
		return (EAttribute)statusCodeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatusCode_RemedySteps() {
		return (EAttribute)statusCodeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatusCode_UserCorrectable() {
		return (EAttribute)statusCodeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatusCode_RemovedInFirmware() {
		return (EAttribute)statusCodeEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCellChemistry() {
		return cellChemistryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCellChemistry_Id() {
		return (EAttribute)cellChemistryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCellChemistry_Name() {
		return (EAttribute)cellChemistryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCellChemistry_NominalCellVoltage() {
		return (EReference)cellChemistryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCellChemistry_OcvCurve() {
		return (EReference)cellChemistryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getComparisonTable() {
		return comparisonTableEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComparisonTable_Id() {
		return (EAttribute)comparisonTableEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComparisonTable_Title() {
		return (EAttribute)comparisonTableEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComparisonTable_CornerHeader() {
		return (EAttribute)comparisonTableEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComparisonTable_Source() {
		return (EReference)comparisonTableEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComparisonTable_Columns() {
		return (EReference)comparisonTableEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComparisonTable_Rows() {
		return (EReference)comparisonTableEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getComparisonColumn() {
		return comparisonColumnEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComparisonColumn_Header() {
		return (EAttribute)comparisonColumnEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComparisonColumn_Product() {
		return (EReference)comparisonColumnEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getComparisonRow() {
		return comparisonRowEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComparisonRow_Header() {
		return (EAttribute)comparisonRowEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComparisonRow_Style() {
		return (EAttribute)comparisonRowEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComparisonRow_Path() {
		return (EReference)comparisonRowEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWiringReference() {
		return wiringReferenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWiringReference_Id() {
		return (EAttribute)wiringReferenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWiringReference_Name() {
		return (EAttribute)wiringReferenceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWiringReference_ConductorResistivity() {
		return (EReference)wiringReferenceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWiringReference_ConductorConductivity() {
		return (EReference)wiringReferenceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWiringReference_ResistanceTemperatureCoefficient() {
		return (EReference)wiringReferenceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWiringReference_Ampacity() {
		return (EReference)wiringReferenceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWiringReference_BundlingDerating() {
		return (EReference)wiringReferenceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWiringReference_VoltageDropLimits() {
		return (EReference)wiringReferenceEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWiringReference_FuseMinimumOfDeviceCurrent() {
		return (EReference)wiringReferenceEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWiringReference_SystemVoltageGuides() {
		return (EReference)wiringReferenceEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAmpacityFact() {
		return ampacityFactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAmpacityFact_Conditions() {
		return (EAttribute)ampacityFactEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAmpacityFact_CrossSection() {
		return (EReference)ampacityFactEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAmpacityFact_Current() {
		return (EReference)ampacityFactEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVoltageDropLimitFact() {
		return voltageDropLimitFactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVoltageDropLimitFact_Context() {
		return (EAttribute)voltageDropLimitFactEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVoltageDropLimitFact_SystemVoltage() {
		return (EReference)voltageDropLimitFactEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSystemVoltageGuideFact() {
		return systemVoltageGuideFactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSystemVoltageGuideFact_SystemVoltage() {
		return (EReference)systemVoltageGuideFactEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSystemVoltageGuideFact_MaxInverterPower() {
		return (EReference)systemVoltageGuideFactEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getUnit() {
		return unitEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRelation() {
		return relationEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSourceConfidence() {
		return sourceConfidenceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDocumentKind() {
		return documentKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRulingPrinciple() {
		return rulingPrincipleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProductCategory() {
		return productCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDeviceRole() {
		return deviceRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTerminalKind() {
		return terminalKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTerminalDirection() {
		return terminalDirectionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDiagramSide() {
		return diagramSideEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOutputState() {
		return outputStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOutputTrigger() {
		return outputTriggerEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOutputSwitchingKind() {
		return outputSwitchingKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRemoteActivation() {
		return remoteActivationEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRemoteCondition() {
		return remoteConditionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAlternatorPortMode() {
		return alternatorPortModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCommunicationProtocol() {
		return communicationProtocolEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDimensionAxes() {
		return dimensionAxesEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLifecycleStatus() {
		return lifecycleStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStandardKind() {
		return standardKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getConnectorType() {
		return connectorTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPowerState() {
		return powerStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCurrentDirection() {
		return currentDirectionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFuseKind() {
		return fuseKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLedColour() {
		return ledColourEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLedPattern() {
		return ledPatternEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLedFunction() {
		return ledFunctionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCodeSeverity() {
		return codeSeverityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSettingRole() {
		return settingRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOptionRole() {
		return optionRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getConfigurationChannel() {
		return configurationChannelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getControlMethod() {
		return controlMethodEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCableFunction() {
		return cableFunctionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getWireColour() {
		return wireColourEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCellStyle() {
		return cellStyleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CatalogFactory getCatalogFactory() {
		return (CatalogFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		catalogEClass = createEClass(CATALOG);
		createEAttribute(catalogEClass, CATALOG__ID);
		createEAttribute(catalogEClass, CATALOG__NAME);
		createEAttribute(catalogEClass, CATALOG__PROVIDER);
		createEAttribute(catalogEClass, CATALOG__VERSION);
		createEAttribute(catalogEClass, CATALOG__FORMAT_VERSION);
		createEAttribute(catalogEClass, CATALOG__REQUIRES);
		createEReference(catalogEClass, CATALOG__DOCUMENTS);
		createEReference(catalogEClass, CATALOG__FAMILIES);
		createEReference(catalogEClass, CATALOG__PRODUCT_TYPES);
		createEReference(catalogEClass, CATALOG__CHEMISTRIES);
		createEReference(catalogEClass, CATALOG__COMPARISON_TABLES);
		createEReference(catalogEClass, CATALOG__WIRING_REFERENCES);

		sourceDocumentEClass = createEClass(SOURCE_DOCUMENT);
		createEAttribute(sourceDocumentEClass, SOURCE_DOCUMENT__ID);
		createEAttribute(sourceDocumentEClass, SOURCE_DOCUMENT__FILE_NAME);
		createEAttribute(sourceDocumentEClass, SOURCE_DOCUMENT__TITLE);
		createEAttribute(sourceDocumentEClass, SOURCE_DOCUMENT__KIND);
		createEAttribute(sourceDocumentEClass, SOURCE_DOCUMENT__REVISION);
		createEAttribute(sourceDocumentEClass, SOURCE_DOCUMENT__DATE);
		createEAttribute(sourceDocumentEClass, SOURCE_DOCUMENT__LANGUAGE);
		createEAttribute(sourceDocumentEClass, SOURCE_DOCUMENT__URI);
		createEReference(sourceDocumentEClass, SOURCE_DOCUMENT__SUPERSEDES);

		sourceRefEClass = createEClass(SOURCE_REF);
		createEReference(sourceRefEClass, SOURCE_REF__DOCUMENT);
		createEAttribute(sourceRefEClass, SOURCE_REF__SECTION);
		createEAttribute(sourceRefEClass, SOURCE_REF__TABLE);
		createEAttribute(sourceRefEClass, SOURCE_REF__ROW);
		createEAttribute(sourceRefEClass, SOURCE_REF__COLUMN);
		createEAttribute(sourceRefEClass, SOURCE_REF__QUOTE);
		createEAttribute(sourceRefEClass, SOURCE_REF__CONFIDENCE);
		createEAttribute(sourceRefEClass, SOURCE_REF__COMMENT);

		sourcedEClass = createEClass(SOURCED);
		createEReference(sourcedEClass, SOURCED__SOURCES);
		createEAttribute(sourcedEClass, SOURCED__COMMENT);

		rulingEClass = createEClass(RULING);
		createEAttribute(rulingEClass, RULING__RATIONALE);
		createEAttribute(rulingEClass, RULING__PRINCIPLES);
		createEAttribute(rulingEClass, RULING__DECIDED_BY);

		factEClass = createEClass(FACT);
		createEAttribute(factEClass, FACT__DISPLAY_TEXT);
		createEAttribute(factEClass, FACT__FOOTNOTE);
		createEReference(factEClass, FACT__ALTERNATIVES);
		createEReference(factEClass, FACT__RULING);
		createEOperation(factEClass, FACT___IS_DISPUTED);
		createEOperation(factEClass, FACT___IS_OVERRULED);

		quantityValueEClass = createEClass(QUANTITY_VALUE);
		createEAttribute(quantityValueEClass, QUANTITY_VALUE__VALUE);
		createEAttribute(quantityValueEClass, QUANTITY_VALUE__UNIT);
		createEAttribute(quantityValueEClass, QUANTITY_VALUE__RELATION);
		createEAttribute(quantityValueEClass, QUANTITY_VALUE__DECIMALS);
		createEOperation(quantityValueEClass, QUANTITY_VALUE___VALUE_IN_BASE_UNIT);

		quantityEClass = createEClass(QUANTITY);

		quantityFactEClass = createEClass(QUANTITY_FACT);

		rangeFactEClass = createEClass(RANGE_FACT);
		createEReference(rangeFactEClass, RANGE_FACT__MINIMUM);
		createEReference(rangeFactEClass, RANGE_FACT__MAXIMUM);
		createEReference(rangeFactEClass, RANGE_FACT__NOMINAL);

		booleanFactEClass = createEClass(BOOLEAN_FACT);
		createEAttribute(booleanFactEClass, BOOLEAN_FACT__VALUE);

		integerFactEClass = createEClass(INTEGER_FACT);
		createEAttribute(integerFactEClass, INTEGER_FACT__VALUE);
		createEAttribute(integerFactEClass, INTEGER_FACT__RELATION);

		textFactEClass = createEClass(TEXT_FACT);
		createEAttribute(textFactEClass, TEXT_FACT__TEXT);
		createEAttribute(textFactEClass, TEXT_FACT__LANGUAGE);

		quantitySetFactEClass = createEClass(QUANTITY_SET_FACT);
		createEAttribute(quantitySetFactEClass, QUANTITY_SET_FACT__VALUES);
		createEAttribute(quantitySetFactEClass, QUANTITY_SET_FACT__UNIT);

		capabilityFactEClass = createEClass(CAPABILITY_FACT);
		createEAttribute(capabilityFactEClass, CAPABILITY_FACT__SUPPORTED);
		createEReference(capabilityFactEClass, CAPABILITY_FACT__RATING);

		alternatorPortFactEClass = createEClass(ALTERNATOR_PORT_FACT);
		createEAttribute(alternatorPortFactEClass, ALTERNATOR_PORT_FACT__MODE);
		createEReference(alternatorPortFactEClass, ALTERNATOR_PORT_FACT__MAX_CHARGE_CURRENT);
		createEReference(alternatorPortFactEClass, ALTERNATOR_PORT_FACT__WITH_FUSE);

		dataCommunicationFactEClass = createEClass(DATA_COMMUNICATION_FACT);
		createEAttribute(dataCommunicationFactEClass, DATA_COMMUNICATION_FACT__PROTOCOLS);
		createEAttribute(dataCommunicationFactEClass, DATA_COMMUNICATION_FACT__WITH_GX_DEVICE);
		createEAttribute(dataCommunicationFactEClass, DATA_COMMUNICATION_FACT__WITH_INVERTER_CHARGER);

		switchedOutputFactEClass = createEClass(SWITCHED_OUTPUT_FACT);
		createEAttribute(switchedOutputFactEClass, SWITCHED_OUTPUT_FACT__KIND);
		createEReference(switchedOutputFactEClass, SWITCHED_OUTPUT_FACT__MAX_CURRENT);

		dimensionsFactEClass = createEClass(DIMENSIONS_FACT);
		createEAttribute(dimensionsFactEClass, DIMENSIONS_FACT__SIZES);
		createEAttribute(dimensionsFactEClass, DIMENSIONS_FACT__UNIT);
		createEAttribute(dimensionsFactEClass, DIMENSIONS_FACT__AXES);

		ipRatingFactEClass = createEClass(IP_RATING_FACT);
		createEAttribute(ipRatingFactEClass, IP_RATING_FACT__SOLIDS);
		createEAttribute(ipRatingFactEClass, IP_RATING_FACT__LIQUIDS);
		createEAttribute(ipRatingFactEClass, IP_RATING_FACT__SCOPE);

		lifecycleFactEClass = createEClass(LIFECYCLE_FACT);
		createEAttribute(lifecycleFactEClass, LIFECYCLE_FACT__STATUS);
		createEReference(lifecycleFactEClass, LIFECYCLE_FACT__SUCCESSOR);
		createEReference(lifecycleFactEClass, LIFECYCLE_FACT__PART_OF);

		documentLinkFactEClass = createEClass(DOCUMENT_LINK_FACT);
		createEAttribute(documentLinkFactEClass, DOCUMENT_LINK_FACT__TITLE);
		createEAttribute(documentLinkFactEClass, DOCUMENT_LINK_FACT__URI);

		outputStateFactEClass = createEClass(OUTPUT_STATE_FACT);
		createEAttribute(outputStateFactEClass, OUTPUT_STATE_FACT__STATE);

		connectorFactEClass = createEClass(CONNECTOR_FACT);
		createEAttribute(connectorFactEClass, CONNECTOR_FACT__CONNECTOR);
		createEAttribute(connectorFactEClass, CONNECTOR_FACT__POLES);
		createEReference(connectorFactEClass, CONNECTOR_FACT__SIZE);
		createEReference(connectorFactEClass, CONNECTOR_FACT__MOUNTING_TORQUE);

		consumptionFactEClass = createEClass(CONSUMPTION_FACT);
		createEAttribute(consumptionFactEClass, CONSUMPTION_FACT__STATE);
		createEAttribute(consumptionFactEClass, CONSUMPTION_FACT__EXCLUDES);

		capacityFactEClass = createEClass(CAPACITY_FACT);
		createEReference(capacityFactEClass, CAPACITY_FACT__TEMPERATURE);

		cycleLifeFactEClass = createEClass(CYCLE_LIFE_FACT);
		createEAttribute(cycleLifeFactEClass, CYCLE_LIFE_FACT__CYCLES);
		createEReference(cycleLifeFactEClass, CYCLE_LIFE_FACT__DEPTH_OF_DISCHARGE);

		standardsFactEClass = createEClass(STANDARDS_FACT);
		createEAttribute(standardsFactEClass, STANDARDS_FACT__KIND);
		createEAttribute(standardsFactEClass, STANDARDS_FACT__STANDARDS);

		articleNumberFactEClass = createEClass(ARTICLE_NUMBER_FACT);
		createEAttribute(articleNumberFactEClass, ARTICLE_NUMBER_FACT__NUMBER);

		includedItemFactEClass = createEClass(INCLUDED_ITEM_FACT);
		createEAttribute(includedItemFactEClass, INCLUDED_ITEM_FACT__QUANTITY);
		createEAttribute(includedItemFactEClass, INCLUDED_ITEM_FACT__DESCRIPTION);
		createEReference(includedItemFactEClass, INCLUDED_ITEM_FACT__PRODUCT);

		reserveFactEClass = createEClass(RESERVE_FACT);
		createEReference(reserveFactEClass, RESERVE_FACT__CELL_VOLTAGE);

		ocvCurveFactEClass = createEClass(OCV_CURVE_FACT);
		createEAttribute(ocvCurveFactEClass, OCV_CURVE_FACT__CONDITIONS);
		createEReference(ocvCurveFactEClass, OCV_CURVE_FACT__POINTS);

		ocvPointEClass = createEClass(OCV_POINT);
		createEAttribute(ocvPointEClass, OCV_POINT__STATE_OF_CHARGE);
		createEAttribute(ocvPointEClass, OCV_POINT__VOLTAGE);

		productFamilyEClass = createEClass(PRODUCT_FAMILY);
		createEAttribute(productFamilyEClass, PRODUCT_FAMILY__ID);
		createEAttribute(productFamilyEClass, PRODUCT_FAMILY__NAME);
		createEAttribute(productFamilyEClass, PRODUCT_FAMILY__DESCRIPTION);

		productTypeEClass = createEClass(PRODUCT_TYPE);
		createEAttribute(productTypeEClass, PRODUCT_TYPE__ID);
		createEAttribute(productTypeEClass, PRODUCT_TYPE__NAME);
		createEAttribute(productTypeEClass, PRODUCT_TYPE__MANUFACTURER);
		createEAttribute(productTypeEClass, PRODUCT_TYPE__CATEGORY);
		createEAttribute(productTypeEClass, PRODUCT_TYPE__PRODUCT_IDS);
		createEReference(productTypeEClass, PRODUCT_TYPE__FAMILY);
		createEReference(productTypeEClass, PRODUCT_TYPE__ALIASES);
		createEReference(productTypeEClass, PRODUCT_TYPE__ARTICLE_NUMBERS);
		createEReference(productTypeEClass, PRODUCT_TYPE__VARIANTS);
		createEReference(productTypeEClass, PRODUCT_TYPE__TERMINALS);
		createEReference(productTypeEClass, PRODUCT_TYPE__SETTINGS);
		createEReference(productTypeEClass, PRODUCT_TYPE__REMOTE_USE_MODES);
		createEReference(productTypeEClass, PRODUCT_TYPE__REMOTE_CONTROL_ROUTES);
		createEReference(productTypeEClass, PRODUCT_TYPE__CONSUMPTION);
		createEReference(productTypeEClass, PRODUCT_TYPE__WEIGHT);
		createEReference(productTypeEClass, PRODUCT_TYPE__DIMENSIONS);
		createEReference(productTypeEClass, PRODUCT_TYPE__PROTECTION);
		createEReference(productTypeEClass, PRODUCT_TYPE__OPERATING_TEMPERATURE);
		createEReference(productTypeEClass, PRODUCT_TYPE__HUMIDITY_MAXIMUM);
		createEReference(productTypeEClass, PRODUCT_TYPE__HUMIDITY_AVERAGE);
		createEReference(productTypeEClass, PRODUCT_TYPE__STANDARDS);
		createEReference(productTypeEClass, PRODUCT_TYPE__INCLUDED_ITEMS);
		createEReference(productTypeEClass, PRODUCT_TYPE__LEDS);
		createEReference(productTypeEClass, PRODUCT_TYPE__STATUS_CODES);
		createEReference(productTypeEClass, PRODUCT_TYPE__LIFECYCLE);
		createEReference(productTypeEClass, PRODUCT_TYPE__DATASHEET);
		createEReference(productTypeEClass, PRODUCT_TYPE__RECOMMENDATIONS);
		createEReference(productTypeEClass, PRODUCT_TYPE__NOTES);
		createEOperation(productTypeEClass, PRODUCT_TYPE___FIND_TERMINAL__STRING);
		createEOperation(productTypeEClass, PRODUCT_TYPE___FIND_SETTING__SETTINGROLE);

		productVariantEClass = createEClass(PRODUCT_VARIANT);
		createEAttribute(productVariantEClass, PRODUCT_VARIANT__ID);
		createEAttribute(productVariantEClass, PRODUCT_VARIANT__NAME);
		createEAttribute(productVariantEClass, PRODUCT_VARIANT__PRODUCT_IDS);
		createEReference(productVariantEClass, PRODUCT_VARIANT__ARTICLE_NUMBERS);
		createEReference(productVariantEClass, PRODUCT_VARIANT__NOMINAL_VOLTAGE);
		createEReference(productVariantEClass, PRODUCT_VARIANT__RATED_POWER);
		createEReference(productVariantEClass, PRODUCT_VARIANT__RATED_CURRENT);
		createEReference(productVariantEClass, PRODUCT_VARIANT__LENGTH);

		bmsModelEClass = createEClass(BMS_MODEL);
		createEReference(bmsModelEClass, BMS_MODEL__SYSTEM_VOLTAGES);
		createEReference(bmsModelEClass, BMS_MODEL__SYSTEM_CONNECTION);
		createEReference(bmsModelEClass, BMS_MODEL__ALTERNATOR_PORT);
		createEReference(bmsModelEClass, BMS_MODEL__BATTERY_MONITOR);
		createEReference(bmsModelEClass, BMS_MODEL__BLUETOOTH);
		createEReference(bmsModelEClass, BMS_MODEL__DATA_COMMUNICATION);
		createEReference(bmsModelEClass, BMS_MODEL__DVCC_CONTROL);
		createEReference(bmsModelEClass, BMS_MODEL__DISCHARGE_TERMINAL);
		createEReference(bmsModelEClass, BMS_MODEL__CHARGE_TERMINAL);
		createEReference(bmsModelEClass, BMS_MODEL__PRE_ALARM_TERMINAL);
		createEReference(bmsModelEClass, BMS_MODEL__REMOTE_ON_OFF_TERMINAL);
		createEReference(bmsModelEClass, BMS_MODEL__AUXILIARY_OUTPUT);
		createEReference(bmsModelEClass, BMS_MODEL__AUXILIARY_INPUT);
		createEReference(bmsModelEClass, BMS_MODEL__FIRMWARE_UPDATE);
		createEReference(bmsModelEClass, BMS_MODEL__MAX_BATTERIES);
		createEReference(bmsModelEClass, BMS_MODEL__MAX_LYNX_DISTRIBUTORS);
		createEReference(bmsModelEClass, BMS_MODEL__SOFT_SWITCH);
		createEReference(bmsModelEClass, BMS_MODEL__INSTANT_READOUT);
		createEReference(bmsModelEClass, BMS_MODEL__IGNITION_PROOF);
		createEReference(bmsModelEClass, BMS_MODEL__ALTERNATOR_FUSE_TABLE);
		createEReference(bmsModelEClass, BMS_MODEL__GND_FUSE);
		createEReference(bmsModelEClass, BMS_MODEL__GND_FUSE_FACTOR);
		createEReference(bmsModelEClass, BMS_MODEL__CHARGE_LIMIT_HYSTERESIS);
		createEReference(bmsModelEClass, BMS_MODEL__CHARGE_LIMIT_RESUME_DELAY);

		lithiumBatteryModelEClass = createEClass(LITHIUM_BATTERY_MODEL);
		createEReference(lithiumBatteryModelEClass, LITHIUM_BATTERY_MODEL__NOMINAL_VOLTAGE);
		createEReference(lithiumBatteryModelEClass, LITHIUM_BATTERY_MODEL__CELLS_IN_SERIES);
		createEReference(lithiumBatteryModelEClass, LITHIUM_BATTERY_MODEL__CAPACITIES);
		createEReference(lithiumBatteryModelEClass, LITHIUM_BATTERY_MODEL__ENERGY);
		createEReference(lithiumBatteryModelEClass, LITHIUM_BATTERY_MODEL__MAX_CONTINUOUS_DISCHARGE_CURRENT);
		createEReference(lithiumBatteryModelEClass, LITHIUM_BATTERY_MODEL__RECOMMENDED_DISCHARGE_CURRENT);
		createEReference(lithiumBatteryModelEClass, LITHIUM_BATTERY_MODEL__MAX_CHARGE_CURRENT);
		createEReference(lithiumBatteryModelEClass, LITHIUM_BATTERY_MODEL__RECOMMENDED_CHARGE_CURRENT);
		createEReference(lithiumBatteryModelEClass, LITHIUM_BATTERY_MODEL__CHARGE_VOLTAGE);
		createEReference(lithiumBatteryModelEClass, LITHIUM_BATTERY_MODEL__FLOAT_VOLTAGE);
		createEReference(lithiumBatteryModelEClass, LITHIUM_BATTERY_MODEL__END_OF_DISCHARGE_VOLTAGE);
		createEReference(lithiumBatteryModelEClass, LITHIUM_BATTERY_MODEL__DISCHARGE_TEMPERATURE);
		createEReference(lithiumBatteryModelEClass, LITHIUM_BATTERY_MODEL__CHARGE_TEMPERATURE);
		createEReference(lithiumBatteryModelEClass, LITHIUM_BATTERY_MODEL__ROUND_TRIP_EFFICIENCY);
		createEReference(lithiumBatteryModelEClass, LITHIUM_BATTERY_MODEL__CYCLE_LIFE);
		createEReference(lithiumBatteryModelEClass, LITHIUM_BATTERY_MODEL__MAX_IN_SERIES);
		createEReference(lithiumBatteryModelEClass, LITHIUM_BATTERY_MODEL__MAX_PER_SYSTEM);
		createEReference(lithiumBatteryModelEClass, LITHIUM_BATTERY_MODEL__PRE_ALARM_SUPPORT);
		createEReference(lithiumBatteryModelEClass, LITHIUM_BATTERY_MODEL__INTERNAL_RESISTANCE);
		createEReference(lithiumBatteryModelEClass, LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_CELL_VOLTAGE);
		createEReference(lithiumBatteryModelEClass, LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_HIGH_TEMPERATURE);
		createEReference(lithiumBatteryModelEClass, LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_LOW_TEMPERATURE);
		createEReference(lithiumBatteryModelEClass, LITHIUM_BATTERY_MODEL__RESERVE_AFTER_DISCONNECT);
		createEReference(lithiumBatteryModelEClass, LITHIUM_BATTERY_MODEL__CHEMISTRY);

		deviceTypeEClass = createEClass(DEVICE_TYPE);
		createEAttribute(deviceTypeEClass, DEVICE_TYPE__ROLES);
		createEReference(deviceTypeEClass, DEVICE_TYPE__NOMINAL_VOLTAGES);
		createEReference(deviceTypeEClass, DEVICE_TYPE__RATED_POWER);
		createEReference(deviceTypeEClass, DEVICE_TYPE__RATED_CURRENT);

		accessoryCableTypeEClass = createEClass(ACCESSORY_CABLE_TYPE);
		createEAttribute(accessoryCableTypeEClass, ACCESSORY_CABLE_TYPE__FUNCTION);
		createEAttribute(accessoryCableTypeEClass, ACCESSORY_CABLE_TYPE__PIECES_PER_PACK);
		createEReference(accessoryCableTypeEClass, ACCESSORY_CABLE_TYPE__INVERTING);
		createEReference(accessoryCableTypeEClass, ACCESSORY_CABLE_TYPE__LENGTH);
		createEReference(accessoryCableTypeEClass, ACCESSORY_CABLE_TYPE__WIRES);

		fuseTypeEClass = createEClass(FUSE_TYPE);
		createEAttribute(fuseTypeEClass, FUSE_TYPE__FUSE_KIND);
		createEReference(fuseTypeEClass, FUSE_TYPE__RATINGS);
		createEReference(fuseTypeEClass, FUSE_TYPE__MAX_VOLTAGE);

		cableWireEClass = createEClass(CABLE_WIRE);
		createEAttribute(cableWireEClass, CABLE_WIRE__ID);
		createEAttribute(cableWireEClass, CABLE_WIRE__COLOUR);
		createEAttribute(cableWireEClass, CABLE_WIRE__DESCRIPTION);

		terminalDefinitionEClass = createEClass(TERMINAL_DEFINITION);
		createEAttribute(terminalDefinitionEClass, TERMINAL_DEFINITION__ID);
		createEAttribute(terminalDefinitionEClass, TERMINAL_DEFINITION__LABEL);
		createEAttribute(terminalDefinitionEClass, TERMINAL_DEFINITION__KIND);
		createEAttribute(terminalDefinitionEClass, TERMINAL_DEFINITION__DIRECTION);
		createEAttribute(terminalDefinitionEClass, TERMINAL_DEFINITION__CONNECTOR_GROUP);
		createEAttribute(terminalDefinitionEClass, TERMINAL_DEFINITION__SIDE);
		createEAttribute(terminalDefinitionEClass, TERMINAL_DEFINITION__ORDER);
		createEReference(terminalDefinitionEClass, TERMINAL_DEFINITION__CONNECTOR);
		createEReference(terminalDefinitionEClass, TERMINAL_DEFINITION__POWER);
		createEReference(terminalDefinitionEClass, TERMINAL_DEFINITION__OUTPUT);
		createEReference(terminalDefinitionEClass, TERMINAL_DEFINITION__REMOTE_INPUT);
		createEReference(terminalDefinitionEClass, TERMINAL_DEFINITION__PRODUCT_TYPE);

		powerPortSpecEClass = createEClass(POWER_PORT_SPEC);
		createEAttribute(powerPortSpecEClass, POWER_PORT_SPEC__DIRECTION);
		createEReference(powerPortSpecEClass, POWER_PORT_SPEC__CONTINUOUS_CURRENT);
		createEReference(powerPortSpecEClass, POWER_PORT_SPEC__PEAK_CURRENT);
		createEReference(powerPortSpecEClass, POWER_PORT_SPEC__ENABLE_VOLTAGE);
		createEReference(powerPortSpecEClass, POWER_PORT_SPEC__REVERSE_CURRENT_BLOCKED);
		createEReference(powerPortSpecEClass, POWER_PORT_SPEC__CURRENT_LIMIT_OF_FUSE_RATING);

		outputBehaviourEClass = createEClass(OUTPUT_BEHAVIOUR);
		createEAttribute(outputBehaviourEClass, OUTPUT_BEHAVIOUR__TRIGGER);
		createEReference(outputBehaviourEClass, OUTPUT_BEHAVIOUR__NORMAL_STATE);
		createEReference(outputBehaviourEClass, OUTPUT_BEHAVIOUR__ACTIVE_STATE);
		createEReference(outputBehaviourEClass, OUTPUT_BEHAVIOUR__HIGH_LEVEL_BELOW_BATTERY);
		createEReference(outputBehaviourEClass, OUTPUT_BEHAVIOUR__SOURCE_CURRENT_LIMIT);
		createEReference(outputBehaviourEClass, OUTPUT_BEHAVIOUR__SINK_CURRENT);
		createEReference(outputBehaviourEClass, OUTPUT_BEHAVIOUR__CONTACT_RATING);
		createEReference(outputBehaviourEClass, OUTPUT_BEHAVIOUR__SHORT_CIRCUIT_PROTECTED);
		createEReference(outputBehaviourEClass, OUTPUT_BEHAVIOUR__INDUCTIVE_LOAD_ALLOWED);
		createEReference(outputBehaviourEClass, OUTPUT_BEHAVIOUR__LEAD_TIME);

		remoteInputBehaviourEClass = createEClass(REMOTE_INPUT_BEHAVIOUR);
		createEAttribute(remoteInputBehaviourEClass, REMOTE_INPUT_BEHAVIOUR__ACTIVATION);
		createEReference(remoteInputBehaviourEClass, REMOTE_INPUT_BEHAVIOUR__THRESHOLD);
		createEReference(remoteInputBehaviourEClass, REMOTE_INPUT_BEHAVIOUR__PARTNER);

		remoteUseModeEClass = createEClass(REMOTE_USE_MODE);
		createEAttribute(remoteUseModeEClass, REMOTE_USE_MODE__LABEL);
		createEAttribute(remoteUseModeEClass, REMOTE_USE_MODE__CONDITION);
		createEAttribute(remoteUseModeEClass, REMOTE_USE_MODE__ON);
		createEReference(remoteUseModeEClass, REMOTE_USE_MODE__THRESHOLD);

		remoteControlRouteEClass = createEClass(REMOTE_CONTROL_ROUTE);
		createEAttribute(remoteControlRouteEClass, REMOTE_CONTROL_ROUTE__METHOD);
		createEAttribute(remoteControlRouteEClass, REMOTE_CONTROL_ROUTE__BMS_OUTPUTS);
		createEAttribute(remoteControlRouteEClass, REMOTE_CONTROL_ROUTE__TARGET_DESCRIPTION);
		createEAttribute(remoteControlRouteEClass, REMOTE_CONTROL_ROUTE__CABLE_COUNT);
		createEAttribute(remoteControlRouteEClass, REMOTE_CONTROL_ROUTE__REQUIRES_ALL_OUTPUTS_HIGH);
		createEAttribute(remoteControlRouteEClass, REMOTE_CONTROL_ROUTE__CONDITION);
		createEAttribute(remoteControlRouteEClass, REMOTE_CONTROL_ROUTE__SEE_DOCUMENT);
		createEReference(remoteControlRouteEClass, REMOTE_CONTROL_ROUTE__TARGET_TERMINALS);
		createEReference(remoteControlRouteEClass, REMOTE_CONTROL_ROUTE__CABLE);
		createEReference(remoteControlRouteEClass, REMOTE_CONTROL_ROUTE__WIRE_CONNECTIONS);
		createEReference(remoteControlRouteEClass, REMOTE_CONTROL_ROUTE__INTERMEDIATE_DEVICE);
		createEAttribute(remoteControlRouteEClass, REMOTE_CONTROL_ROUTE__POWER_PORT);
		createEReference(remoteControlRouteEClass, REMOTE_CONTROL_ROUTE__VARIANTS);
		createEReference(remoteControlRouteEClass, REMOTE_CONTROL_ROUTE__BMS_MODELS);

		cableWireConnectionEClass = createEClass(CABLE_WIRE_CONNECTION);
		createEReference(cableWireConnectionEClass, CABLE_WIRE_CONNECTION__WIRE);
		createEReference(cableWireConnectionEClass, CABLE_WIRE_CONNECTION__TARGET_TERMINAL);
		createEAttribute(cableWireConnectionEClass, CABLE_WIRE_CONNECTION__TARGET_DESCRIPTION);

		settingDefinitionEClass = createEClass(SETTING_DEFINITION);
		createEAttribute(settingDefinitionEClass, SETTING_DEFINITION__KEY);
		createEAttribute(settingDefinitionEClass, SETTING_DEFINITION__LABEL);
		createEAttribute(settingDefinitionEClass, SETTING_DEFINITION__DESCRIPTION);
		createEAttribute(settingDefinitionEClass, SETTING_DEFINITION__ROLE);
		createEAttribute(settingDefinitionEClass, SETTING_DEFINITION__CHANNEL);

		numberSettingDefinitionEClass = createEClass(NUMBER_SETTING_DEFINITION);
		createEAttribute(numberSettingDefinitionEClass, NUMBER_SETTING_DEFINITION__UNIT);
		createEAttribute(numberSettingDefinitionEClass, NUMBER_SETTING_DEFINITION__STEP);
		createEReference(numberSettingDefinitionEClass, NUMBER_SETTING_DEFINITION__RANGE);
		createEReference(numberSettingDefinitionEClass, NUMBER_SETTING_DEFINITION__DEFAULT_VALUE);

		choiceSettingDefinitionEClass = createEClass(CHOICE_SETTING_DEFINITION);
		createEReference(choiceSettingDefinitionEClass, CHOICE_SETTING_DEFINITION__OPTIONS);
		createEReference(choiceSettingDefinitionEClass, CHOICE_SETTING_DEFINITION__DEFAULT_OPTION);

		booleanSettingDefinitionEClass = createEClass(BOOLEAN_SETTING_DEFINITION);
		createEReference(booleanSettingDefinitionEClass, BOOLEAN_SETTING_DEFINITION__DEFAULT_VALUE);

		settingOptionEClass = createEClass(SETTING_OPTION);
		createEAttribute(settingOptionEClass, SETTING_OPTION__KEY);
		createEAttribute(settingOptionEClass, SETTING_OPTION__LABEL);
		createEAttribute(settingOptionEClass, SETTING_OPTION__DESCRIPTION);
		createEAttribute(settingOptionEClass, SETTING_OPTION__ROLE);
		createEReference(settingOptionEClass, SETTING_OPTION__FUSE);

		fuseTableEntryEClass = createEClass(FUSE_TABLE_ENTRY);
		createEAttribute(fuseTableEntryEClass, FUSE_TABLE_ENTRY__ID);
		createEAttribute(fuseTableEntryEClass, FUSE_TABLE_ENTRY__FUSE_COUNT);
		createEAttribute(fuseTableEntryEClass, FUSE_TABLE_ENTRY__FUSE_KIND);
		createEReference(fuseTableEntryEClass, FUSE_TABLE_ENTRY__FUSE_RATING);
		createEReference(fuseTableEntryEClass, FUSE_TABLE_ENTRY__MAX_CHARGE_CURRENT);

		ledIndicatorEClass = createEClass(LED_INDICATOR);
		createEAttribute(ledIndicatorEClass, LED_INDICATOR__POSITION);
		createEAttribute(ledIndicatorEClass, LED_INDICATOR__COLOUR);
		createEAttribute(ledIndicatorEClass, LED_INDICATOR__FUNCTION);
		createEReference(ledIndicatorEClass, LED_INDICATOR__STATES);

		ledStateEClass = createEClass(LED_STATE);
		createEAttribute(ledStateEClass, LED_STATE__PATTERN);
		createEAttribute(ledStateEClass, LED_STATE__MEANING);

		statusCodeEClass = createEClass(STATUS_CODE);
		createEAttribute(statusCodeEClass, STATUS_CODE__CODE);
		createEAttribute(statusCodeEClass, STATUS_CODE__SEVERITY);
		createEAttribute(statusCodeEClass, STATUS_CODE__TITLE);
		createEAttribute(statusCodeEClass, STATUS_CODE__DESCRIPTION);
		createEAttribute(statusCodeEClass, STATUS_CODE__REMEDY_STEPS);
		createEAttribute(statusCodeEClass, STATUS_CODE__USER_CORRECTABLE);
		createEAttribute(statusCodeEClass, STATUS_CODE__REMOVED_IN_FIRMWARE);

		cellChemistryEClass = createEClass(CELL_CHEMISTRY);
		createEAttribute(cellChemistryEClass, CELL_CHEMISTRY__ID);
		createEAttribute(cellChemistryEClass, CELL_CHEMISTRY__NAME);
		createEReference(cellChemistryEClass, CELL_CHEMISTRY__NOMINAL_CELL_VOLTAGE);
		createEReference(cellChemistryEClass, CELL_CHEMISTRY__OCV_CURVE);

		comparisonTableEClass = createEClass(COMPARISON_TABLE);
		createEAttribute(comparisonTableEClass, COMPARISON_TABLE__ID);
		createEAttribute(comparisonTableEClass, COMPARISON_TABLE__TITLE);
		createEAttribute(comparisonTableEClass, COMPARISON_TABLE__CORNER_HEADER);
		createEReference(comparisonTableEClass, COMPARISON_TABLE__SOURCE);
		createEReference(comparisonTableEClass, COMPARISON_TABLE__COLUMNS);
		createEReference(comparisonTableEClass, COMPARISON_TABLE__ROWS);

		comparisonColumnEClass = createEClass(COMPARISON_COLUMN);
		createEAttribute(comparisonColumnEClass, COMPARISON_COLUMN__HEADER);
		createEReference(comparisonColumnEClass, COMPARISON_COLUMN__PRODUCT);

		comparisonRowEClass = createEClass(COMPARISON_ROW);
		createEAttribute(comparisonRowEClass, COMPARISON_ROW__HEADER);
		createEAttribute(comparisonRowEClass, COMPARISON_ROW__STYLE);
		createEReference(comparisonRowEClass, COMPARISON_ROW__PATH);

		wiringReferenceEClass = createEClass(WIRING_REFERENCE);
		createEAttribute(wiringReferenceEClass, WIRING_REFERENCE__ID);
		createEAttribute(wiringReferenceEClass, WIRING_REFERENCE__NAME);
		createEReference(wiringReferenceEClass, WIRING_REFERENCE__CONDUCTOR_RESISTIVITY);
		createEReference(wiringReferenceEClass, WIRING_REFERENCE__CONDUCTOR_CONDUCTIVITY);
		createEReference(wiringReferenceEClass, WIRING_REFERENCE__RESISTANCE_TEMPERATURE_COEFFICIENT);
		createEReference(wiringReferenceEClass, WIRING_REFERENCE__AMPACITY);
		createEReference(wiringReferenceEClass, WIRING_REFERENCE__BUNDLING_DERATING);
		createEReference(wiringReferenceEClass, WIRING_REFERENCE__VOLTAGE_DROP_LIMITS);
		createEReference(wiringReferenceEClass, WIRING_REFERENCE__FUSE_MINIMUM_OF_DEVICE_CURRENT);
		createEReference(wiringReferenceEClass, WIRING_REFERENCE__SYSTEM_VOLTAGE_GUIDES);

		ampacityFactEClass = createEClass(AMPACITY_FACT);
		createEAttribute(ampacityFactEClass, AMPACITY_FACT__CONDITIONS);
		createEReference(ampacityFactEClass, AMPACITY_FACT__CROSS_SECTION);
		createEReference(ampacityFactEClass, AMPACITY_FACT__CURRENT);

		voltageDropLimitFactEClass = createEClass(VOLTAGE_DROP_LIMIT_FACT);
		createEAttribute(voltageDropLimitFactEClass, VOLTAGE_DROP_LIMIT_FACT__CONTEXT);
		createEReference(voltageDropLimitFactEClass, VOLTAGE_DROP_LIMIT_FACT__SYSTEM_VOLTAGE);

		systemVoltageGuideFactEClass = createEClass(SYSTEM_VOLTAGE_GUIDE_FACT);
		createEReference(systemVoltageGuideFactEClass, SYSTEM_VOLTAGE_GUIDE_FACT__SYSTEM_VOLTAGE);
		createEReference(systemVoltageGuideFactEClass, SYSTEM_VOLTAGE_GUIDE_FACT__MAX_INVERTER_POWER);

		// Create enums
		unitEEnum = createEEnum(UNIT);
		relationEEnum = createEEnum(RELATION);
		sourceConfidenceEEnum = createEEnum(SOURCE_CONFIDENCE);
		documentKindEEnum = createEEnum(DOCUMENT_KIND);
		rulingPrincipleEEnum = createEEnum(RULING_PRINCIPLE);
		productCategoryEEnum = createEEnum(PRODUCT_CATEGORY);
		deviceRoleEEnum = createEEnum(DEVICE_ROLE);
		terminalKindEEnum = createEEnum(TERMINAL_KIND);
		terminalDirectionEEnum = createEEnum(TERMINAL_DIRECTION);
		diagramSideEEnum = createEEnum(DIAGRAM_SIDE);
		outputStateEEnum = createEEnum(OUTPUT_STATE);
		outputTriggerEEnum = createEEnum(OUTPUT_TRIGGER);
		outputSwitchingKindEEnum = createEEnum(OUTPUT_SWITCHING_KIND);
		remoteActivationEEnum = createEEnum(REMOTE_ACTIVATION);
		remoteConditionEEnum = createEEnum(REMOTE_CONDITION);
		alternatorPortModeEEnum = createEEnum(ALTERNATOR_PORT_MODE);
		communicationProtocolEEnum = createEEnum(COMMUNICATION_PROTOCOL);
		dimensionAxesEEnum = createEEnum(DIMENSION_AXES);
		lifecycleStatusEEnum = createEEnum(LIFECYCLE_STATUS);
		standardKindEEnum = createEEnum(STANDARD_KIND);
		connectorTypeEEnum = createEEnum(CONNECTOR_TYPE);
		powerStateEEnum = createEEnum(POWER_STATE);
		currentDirectionEEnum = createEEnum(CURRENT_DIRECTION);
		fuseKindEEnum = createEEnum(FUSE_KIND);
		ledColourEEnum = createEEnum(LED_COLOUR);
		ledPatternEEnum = createEEnum(LED_PATTERN);
		ledFunctionEEnum = createEEnum(LED_FUNCTION);
		codeSeverityEEnum = createEEnum(CODE_SEVERITY);
		settingRoleEEnum = createEEnum(SETTING_ROLE);
		optionRoleEEnum = createEEnum(OPTION_ROLE);
		configurationChannelEEnum = createEEnum(CONFIGURATION_CHANNEL);
		controlMethodEEnum = createEEnum(CONTROL_METHOD);
		cableFunctionEEnum = createEEnum(CABLE_FUNCTION);
		wireColourEEnum = createEEnum(WIRE_COLOUR);
		cellStyleEEnum = createEEnum(CELL_STYLE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		factEClass.getESuperTypes().add(this.getSourced());
		quantityEClass.getESuperTypes().add(this.getQuantityValue());
		quantityFactEClass.getESuperTypes().add(this.getFact());
		quantityFactEClass.getESuperTypes().add(this.getQuantityValue());
		rangeFactEClass.getESuperTypes().add(this.getFact());
		booleanFactEClass.getESuperTypes().add(this.getFact());
		integerFactEClass.getESuperTypes().add(this.getFact());
		textFactEClass.getESuperTypes().add(this.getFact());
		quantitySetFactEClass.getESuperTypes().add(this.getFact());
		capabilityFactEClass.getESuperTypes().add(this.getFact());
		alternatorPortFactEClass.getESuperTypes().add(this.getFact());
		dataCommunicationFactEClass.getESuperTypes().add(this.getFact());
		switchedOutputFactEClass.getESuperTypes().add(this.getFact());
		dimensionsFactEClass.getESuperTypes().add(this.getFact());
		ipRatingFactEClass.getESuperTypes().add(this.getFact());
		lifecycleFactEClass.getESuperTypes().add(this.getFact());
		documentLinkFactEClass.getESuperTypes().add(this.getFact());
		outputStateFactEClass.getESuperTypes().add(this.getFact());
		connectorFactEClass.getESuperTypes().add(this.getFact());
		consumptionFactEClass.getESuperTypes().add(this.getQuantityFact());
		capacityFactEClass.getESuperTypes().add(this.getQuantityFact());
		cycleLifeFactEClass.getESuperTypes().add(this.getFact());
		standardsFactEClass.getESuperTypes().add(this.getFact());
		articleNumberFactEClass.getESuperTypes().add(this.getFact());
		includedItemFactEClass.getESuperTypes().add(this.getFact());
		reserveFactEClass.getESuperTypes().add(this.getQuantityFact());
		ocvCurveFactEClass.getESuperTypes().add(this.getFact());
		productFamilyEClass.getESuperTypes().add(this.getSourced());
		productTypeEClass.getESuperTypes().add(this.getSourced());
		productVariantEClass.getESuperTypes().add(this.getSourced());
		bmsModelEClass.getESuperTypes().add(this.getProductType());
		lithiumBatteryModelEClass.getESuperTypes().add(this.getProductType());
		deviceTypeEClass.getESuperTypes().add(this.getProductType());
		accessoryCableTypeEClass.getESuperTypes().add(this.getProductType());
		fuseTypeEClass.getESuperTypes().add(this.getProductType());
		terminalDefinitionEClass.getESuperTypes().add(this.getSourced());
		remoteUseModeEClass.getESuperTypes().add(this.getFact());
		remoteControlRouteEClass.getESuperTypes().add(this.getSourced());
		settingDefinitionEClass.getESuperTypes().add(this.getSourced());
		numberSettingDefinitionEClass.getESuperTypes().add(this.getSettingDefinition());
		choiceSettingDefinitionEClass.getESuperTypes().add(this.getSettingDefinition());
		booleanSettingDefinitionEClass.getESuperTypes().add(this.getSettingDefinition());
		fuseTableEntryEClass.getESuperTypes().add(this.getFact());
		ledIndicatorEClass.getESuperTypes().add(this.getFact());
		statusCodeEClass.getESuperTypes().add(this.getFact());
		cellChemistryEClass.getESuperTypes().add(this.getSourced());
		ampacityFactEClass.getESuperTypes().add(this.getFact());
		voltageDropLimitFactEClass.getESuperTypes().add(this.getQuantityFact());
		systemVoltageGuideFactEClass.getESuperTypes().add(this.getFact());

		// Initialize classes, features, and operations; add parameters
		initEClass(catalogEClass, Catalog.class, "Catalog", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCatalog_Id(), ecorePackage.getEString(), "id", null, 1, 1, Catalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCatalog_Name(), ecorePackage.getEString(), "name", null, 0, 1, Catalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCatalog_Provider(), ecorePackage.getEString(), "provider", null, 0, 1, Catalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCatalog_Version(), ecorePackage.getEString(), "version", null, 0, 1, Catalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCatalog_FormatVersion(), ecorePackage.getEString(), "formatVersion", null, 1, 1, Catalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCatalog_Requires(), ecorePackage.getEString(), "requires", null, 0, -1, Catalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCatalog_Documents(), this.getSourceDocument(), null, "documents", null, 0, -1, Catalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCatalog_Families(), this.getProductFamily(), null, "families", null, 0, -1, Catalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCatalog_ProductTypes(), this.getProductType(), null, "productTypes", null, 0, -1, Catalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		getCatalog_ProductTypes().getEKeys().add(this.getProductType_Id());
		initEReference(getCatalog_Chemistries(), this.getCellChemistry(), null, "chemistries", null, 0, -1, Catalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCatalog_ComparisonTables(), this.getComparisonTable(), null, "comparisonTables", null, 0, -1, Catalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCatalog_WiringReferences(), this.getWiringReference(), null, "wiringReferences", null, 0, -1, Catalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sourceDocumentEClass, SourceDocument.class, "SourceDocument", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSourceDocument_Id(), ecorePackage.getEString(), "id", null, 1, 1, SourceDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSourceDocument_FileName(), ecorePackage.getEString(), "fileName", null, 0, 1, SourceDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSourceDocument_Title(), ecorePackage.getEString(), "title", null, 0, 1, SourceDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSourceDocument_Kind(), this.getDocumentKind(), "kind", null, 0, 1, SourceDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSourceDocument_Revision(), ecorePackage.getEString(), "revision", null, 0, 1, SourceDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSourceDocument_Date(), ecorePackage.getEString(), "date", null, 0, 1, SourceDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSourceDocument_Language(), ecorePackage.getEString(), "language", null, 0, 1, SourceDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSourceDocument_Uri(), ecorePackage.getEString(), "uri", null, 0, 1, SourceDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSourceDocument_Supersedes(), this.getSourceDocument(), null, "supersedes", null, 0, -1, SourceDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sourceRefEClass, SourceRef.class, "SourceRef", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSourceRef_Document(), this.getSourceDocument(), null, "document", null, 1, 1, SourceRef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSourceRef_Section(), ecorePackage.getEString(), "section", null, 0, 1, SourceRef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSourceRef_Table(), ecorePackage.getEString(), "table", null, 0, 1, SourceRef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSourceRef_Row(), ecorePackage.getEString(), "row", null, 0, 1, SourceRef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSourceRef_Column(), ecorePackage.getEString(), "column", null, 0, 1, SourceRef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSourceRef_Quote(), ecorePackage.getEString(), "quote", null, 0, 1, SourceRef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSourceRef_Confidence(), this.getSourceConfidence(), "confidence", null, 0, 1, SourceRef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSourceRef_Comment(), ecorePackage.getEString(), "comment", null, 0, 1, SourceRef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sourcedEClass, Sourced.class, "Sourced", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSourced_Sources(), this.getSourceRef(), null, "sources", null, 1, -1, Sourced.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSourced_Comment(), ecorePackage.getEString(), "comment", null, 0, 1, Sourced.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(rulingEClass, Ruling.class, "Ruling", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRuling_Rationale(), ecorePackage.getEString(), "rationale", null, 1, 1, Ruling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRuling_Principles(), this.getRulingPrinciple(), "principles", null, 0, -1, Ruling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRuling_DecidedBy(), ecorePackage.getEString(), "decidedBy", null, 0, 1, Ruling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(factEClass, Fact.class, "Fact", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFact_DisplayText(), ecorePackage.getEString(), "displayText", null, 0, 1, Fact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFact_Footnote(), ecorePackage.getEString(), "footnote", null, 0, 1, Fact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFact_Alternatives(), this.getFact(), null, "alternatives", null, 0, -1, Fact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFact_Ruling(), this.getRuling(), null, "ruling", null, 0, 1, Fact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getFact__IsDisputed(), ecorePackage.getEBoolean(), "isDisputed", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getFact__IsOverruled(), ecorePackage.getEBoolean(), "isOverruled", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(quantityValueEClass, QuantityValue.class, "QuantityValue", IS_ABSTRACT, IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getQuantityValue_Value(), ecorePackage.getEDouble(), "value", null, 0, 1, QuantityValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuantityValue_Unit(), this.getUnit(), "unit", null, 0, 1, QuantityValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuantityValue_Relation(), this.getRelation(), "relation", null, 0, 1, QuantityValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuantityValue_Decimals(), ecorePackage.getEInt(), "decimals", "-1", 0, 1, QuantityValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getQuantityValue__ValueInBaseUnit(), ecorePackage.getEDouble(), "valueInBaseUnit", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(quantityEClass, Quantity.class, "Quantity", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(quantityFactEClass, QuantityFact.class, "QuantityFact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(rangeFactEClass, RangeFact.class, "RangeFact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getRangeFact_Minimum(), this.getQuantity(), null, "minimum", null, 0, 1, RangeFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRangeFact_Maximum(), this.getQuantity(), null, "maximum", null, 0, 1, RangeFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRangeFact_Nominal(), this.getQuantity(), null, "nominal", null, 0, 1, RangeFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(booleanFactEClass, BooleanFact.class, "BooleanFact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBooleanFact_Value(), ecorePackage.getEBoolean(), "value", null, 0, 1, BooleanFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(integerFactEClass, IntegerFact.class, "IntegerFact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIntegerFact_Value(), ecorePackage.getEInt(), "value", null, 0, 1, IntegerFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIntegerFact_Relation(), this.getRelation(), "relation", null, 0, 1, IntegerFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(textFactEClass, TextFact.class, "TextFact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTextFact_Text(), ecorePackage.getEString(), "text", null, 1, 1, TextFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTextFact_Language(), ecorePackage.getEString(), "language", null, 0, 1, TextFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(quantitySetFactEClass, QuantitySetFact.class, "QuantitySetFact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getQuantitySetFact_Values(), ecorePackage.getEDouble(), "values", null, 1, -1, QuantitySetFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuantitySetFact_Unit(), this.getUnit(), "unit", null, 0, 1, QuantitySetFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(capabilityFactEClass, CapabilityFact.class, "CapabilityFact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCapabilityFact_Supported(), ecorePackage.getEBoolean(), "supported", null, 0, 1, CapabilityFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCapabilityFact_Rating(), this.getQuantity(), null, "rating", null, 0, 1, CapabilityFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(alternatorPortFactEClass, AlternatorPortFact.class, "AlternatorPortFact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAlternatorPortFact_Mode(), this.getAlternatorPortMode(), "mode", null, 0, 1, AlternatorPortFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAlternatorPortFact_MaxChargeCurrent(), this.getQuantity(), null, "maxChargeCurrent", null, 0, 1, AlternatorPortFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAlternatorPortFact_WithFuse(), this.getQuantity(), null, "withFuse", null, 0, 1, AlternatorPortFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dataCommunicationFactEClass, DataCommunicationFact.class, "DataCommunicationFact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDataCommunicationFact_Protocols(), this.getCommunicationProtocol(), "protocols", null, 0, -1, DataCommunicationFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataCommunicationFact_WithGxDevice(), ecorePackage.getEBoolean(), "withGxDevice", null, 0, 1, DataCommunicationFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataCommunicationFact_WithInverterCharger(), ecorePackage.getEBoolean(), "withInverterCharger", null, 0, 1, DataCommunicationFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(switchedOutputFactEClass, SwitchedOutputFact.class, "SwitchedOutputFact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSwitchedOutputFact_Kind(), this.getOutputSwitchingKind(), "kind", null, 0, 1, SwitchedOutputFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSwitchedOutputFact_MaxCurrent(), this.getQuantity(), null, "maxCurrent", null, 0, 1, SwitchedOutputFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dimensionsFactEClass, DimensionsFact.class, "DimensionsFact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDimensionsFact_Sizes(), ecorePackage.getEDouble(), "sizes", null, 0, -1, DimensionsFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDimensionsFact_Unit(), this.getUnit(), "unit", null, 0, 1, DimensionsFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDimensionsFact_Axes(), this.getDimensionAxes(), "axes", null, 0, 1, DimensionsFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ipRatingFactEClass, IpRatingFact.class, "IpRatingFact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIpRatingFact_Solids(), ecorePackage.getEInt(), "solids", null, 0, 1, IpRatingFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIpRatingFact_Liquids(), ecorePackage.getEInt(), "liquids", null, 0, 1, IpRatingFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIpRatingFact_Scope(), ecorePackage.getEString(), "scope", null, 0, 1, IpRatingFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(lifecycleFactEClass, LifecycleFact.class, "LifecycleFact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLifecycleFact_Status(), this.getLifecycleStatus(), "status", null, 0, 1, LifecycleFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLifecycleFact_Successor(), this.getProductType(), null, "successor", null, 0, 1, LifecycleFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLifecycleFact_PartOf(), this.getProductFamily(), null, "partOf", null, 0, 1, LifecycleFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(documentLinkFactEClass, DocumentLinkFact.class, "DocumentLinkFact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDocumentLinkFact_Title(), ecorePackage.getEString(), "title", null, 0, 1, DocumentLinkFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDocumentLinkFact_Uri(), ecorePackage.getEString(), "uri", null, 0, 1, DocumentLinkFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(outputStateFactEClass, OutputStateFact.class, "OutputStateFact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOutputStateFact_State(), this.getOutputState(), "state", null, 0, 1, OutputStateFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(connectorFactEClass, ConnectorFact.class, "ConnectorFact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConnectorFact_Connector(), this.getConnectorType(), "connector", null, 0, 1, ConnectorFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConnectorFact_Poles(), ecorePackage.getEInt(), "poles", null, 0, 1, ConnectorFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConnectorFact_Size(), this.getQuantity(), null, "size", null, 0, 1, ConnectorFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConnectorFact_MountingTorque(), this.getQuantity(), null, "mountingTorque", null, 0, 1, ConnectorFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(consumptionFactEClass, ConsumptionFact.class, "ConsumptionFact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConsumptionFact_State(), this.getPowerState(), "state", null, 0, 1, ConsumptionFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsumptionFact_Excludes(), ecorePackage.getEString(), "excludes", null, 0, 1, ConsumptionFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(capacityFactEClass, CapacityFact.class, "CapacityFact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCapacityFact_Temperature(), this.getQuantity(), null, "temperature", null, 0, 1, CapacityFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(cycleLifeFactEClass, CycleLifeFact.class, "CycleLifeFact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCycleLifeFact_Cycles(), ecorePackage.getEInt(), "cycles", null, 0, 1, CycleLifeFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCycleLifeFact_DepthOfDischarge(), this.getQuantity(), null, "depthOfDischarge", null, 0, 1, CycleLifeFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(standardsFactEClass, StandardsFact.class, "StandardsFact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStandardsFact_Kind(), this.getStandardKind(), "kind", null, 0, 1, StandardsFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStandardsFact_Standards(), ecorePackage.getEString(), "standards", null, 1, -1, StandardsFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(articleNumberFactEClass, ArticleNumberFact.class, "ArticleNumberFact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getArticleNumberFact_Number(), ecorePackage.getEString(), "number", null, 1, 1, ArticleNumberFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(includedItemFactEClass, IncludedItemFact.class, "IncludedItemFact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIncludedItemFact_Quantity(), ecorePackage.getEInt(), "quantity", "1", 0, 1, IncludedItemFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIncludedItemFact_Description(), ecorePackage.getEString(), "description", null, 0, 1, IncludedItemFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIncludedItemFact_Product(), this.getProductType(), null, "product", null, 0, 1, IncludedItemFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(reserveFactEClass, ReserveFact.class, "ReserveFact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getReserveFact_CellVoltage(), this.getQuantity(), null, "cellVoltage", null, 0, 1, ReserveFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ocvCurveFactEClass, OcvCurveFact.class, "OcvCurveFact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOcvCurveFact_Conditions(), ecorePackage.getEString(), "conditions", null, 0, 1, OcvCurveFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOcvCurveFact_Points(), this.getOcvPoint(), null, "points", null, 0, -1, OcvCurveFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ocvPointEClass, OcvPoint.class, "OcvPoint", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOcvPoint_StateOfCharge(), ecorePackage.getEDouble(), "stateOfCharge", null, 0, 1, OcvPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOcvPoint_Voltage(), ecorePackage.getEDouble(), "voltage", null, 0, 1, OcvPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(productFamilyEClass, ProductFamily.class, "ProductFamily", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProductFamily_Id(), ecorePackage.getEString(), "id", null, 1, 1, ProductFamily.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProductFamily_Name(), ecorePackage.getEString(), "name", null, 0, 1, ProductFamily.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProductFamily_Description(), ecorePackage.getEString(), "description", null, 0, 1, ProductFamily.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(productTypeEClass, ProductType.class, "ProductType", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProductType_Id(), ecorePackage.getEString(), "id", null, 1, 1, ProductType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProductType_Name(), ecorePackage.getEString(), "name", null, 1, 1, ProductType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProductType_Manufacturer(), ecorePackage.getEString(), "manufacturer", null, 0, 1, ProductType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProductType_Category(), this.getProductCategory(), "category", null, 0, 1, ProductType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProductType_ProductIds(), ecorePackage.getEInt(), "productIds", null, 0, -1, ProductType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProductType_Family(), this.getProductFamily(), null, "family", null, 0, 1, ProductType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProductType_Aliases(), this.getTextFact(), null, "aliases", null, 0, -1, ProductType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProductType_ArticleNumbers(), this.getArticleNumberFact(), null, "articleNumbers", null, 0, -1, ProductType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProductType_Variants(), this.getProductVariant(), null, "variants", null, 0, -1, ProductType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		getProductType_Variants().getEKeys().add(this.getProductVariant_Id());
		initEReference(getProductType_Terminals(), this.getTerminalDefinition(), this.getTerminalDefinition_ProductType(), "terminals", null, 0, -1, ProductType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		getProductType_Terminals().getEKeys().add(this.getTerminalDefinition_Id());
		initEReference(getProductType_Settings(), this.getSettingDefinition(), null, "settings", null, 0, -1, ProductType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		getProductType_Settings().getEKeys().add(this.getSettingDefinition_Key());
		initEReference(getProductType_RemoteUseModes(), this.getRemoteUseMode(), null, "remoteUseModes", null, 0, -1, ProductType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProductType_RemoteControlRoutes(), this.getRemoteControlRoute(), null, "remoteControlRoutes", null, 0, -1, ProductType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProductType_Consumption(), this.getConsumptionFact(), null, "consumption", null, 0, -1, ProductType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProductType_Weight(), this.getQuantityFact(), null, "weight", null, 0, 1, ProductType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProductType_Dimensions(), this.getDimensionsFact(), null, "dimensions", null, 0, 1, ProductType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProductType_Protection(), this.getIpRatingFact(), null, "protection", null, 0, 1, ProductType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProductType_OperatingTemperature(), this.getRangeFact(), null, "operatingTemperature", null, 0, 1, ProductType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProductType_HumidityMaximum(), this.getQuantityFact(), null, "humidityMaximum", null, 0, 1, ProductType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProductType_HumidityAverage(), this.getQuantityFact(), null, "humidityAverage", null, 0, 1, ProductType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProductType_Standards(), this.getStandardsFact(), null, "standards", null, 0, -1, ProductType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProductType_IncludedItems(), this.getIncludedItemFact(), null, "includedItems", null, 0, -1, ProductType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProductType_Leds(), this.getLedIndicator(), null, "leds", null, 0, -1, ProductType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProductType_StatusCodes(), this.getStatusCode(), null, "statusCodes", null, 0, -1, ProductType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProductType_Lifecycle(), this.getLifecycleFact(), null, "lifecycle", null, 0, 1, ProductType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProductType_Datasheet(), this.getDocumentLinkFact(), null, "datasheet", null, 0, 1, ProductType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProductType_Recommendations(), this.getTextFact(), null, "recommendations", null, 0, -1, ProductType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProductType_Notes(), this.getTextFact(), null, "notes", null, 0, -1, ProductType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		EOperation op = initEOperation(getProductType__FindTerminal__String(), this.getTerminalDefinition(), "findTerminal", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEString(), "id", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getProductType__FindSetting__SettingRole(), this.getSettingDefinition(), "findSetting", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, this.getSettingRole(), "role", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(productVariantEClass, ProductVariant.class, "ProductVariant", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProductVariant_Id(), ecorePackage.getEString(), "id", null, 1, 1, ProductVariant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProductVariant_Name(), ecorePackage.getEString(), "name", null, 0, 1, ProductVariant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProductVariant_ProductIds(), ecorePackage.getEInt(), "productIds", null, 0, -1, ProductVariant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProductVariant_ArticleNumbers(), this.getArticleNumberFact(), null, "articleNumbers", null, 0, -1, ProductVariant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProductVariant_NominalVoltage(), this.getQuantityFact(), null, "nominalVoltage", null, 0, 1, ProductVariant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProductVariant_RatedPower(), this.getQuantityFact(), null, "ratedPower", null, 0, 1, ProductVariant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProductVariant_RatedCurrent(), this.getQuantityFact(), null, "ratedCurrent", null, 0, 1, ProductVariant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProductVariant_Length(), this.getQuantityFact(), null, "length", null, 0, 1, ProductVariant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(bmsModelEClass, BmsModel.class, "BmsModel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getBmsModel_SystemVoltages(), this.getQuantitySetFact(), null, "systemVoltages", null, 0, 1, BmsModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBmsModel_SystemConnection(), this.getCapabilityFact(), null, "systemConnection", null, 0, 1, BmsModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBmsModel_AlternatorPort(), this.getAlternatorPortFact(), null, "alternatorPort", null, 0, 1, BmsModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBmsModel_BatteryMonitor(), this.getBooleanFact(), null, "batteryMonitor", null, 0, 1, BmsModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBmsModel_Bluetooth(), this.getBooleanFact(), null, "bluetooth", null, 0, 1, BmsModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBmsModel_DataCommunication(), this.getDataCommunicationFact(), null, "dataCommunication", null, 0, 1, BmsModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBmsModel_DvccControl(), this.getBooleanFact(), null, "dvccControl", null, 0, 1, BmsModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBmsModel_DischargeTerminal(), this.getSwitchedOutputFact(), null, "dischargeTerminal", null, 0, 1, BmsModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBmsModel_ChargeTerminal(), this.getSwitchedOutputFact(), null, "chargeTerminal", null, 0, 1, BmsModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBmsModel_PreAlarmTerminal(), this.getSwitchedOutputFact(), null, "preAlarmTerminal", null, 0, 1, BmsModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBmsModel_RemoteOnOffTerminal(), this.getBooleanFact(), null, "remoteOnOffTerminal", null, 0, 1, BmsModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBmsModel_AuxiliaryOutput(), this.getCapabilityFact(), null, "auxiliaryOutput", null, 0, 1, BmsModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBmsModel_AuxiliaryInput(), this.getCapabilityFact(), null, "auxiliaryInput", null, 0, 1, BmsModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBmsModel_FirmwareUpdate(), this.getBooleanFact(), null, "firmwareUpdate", null, 0, 1, BmsModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBmsModel_MaxBatteries(), this.getIntegerFact(), null, "maxBatteries", null, 0, 1, BmsModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBmsModel_MaxLynxDistributors(), this.getIntegerFact(), null, "maxLynxDistributors", null, 0, 1, BmsModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBmsModel_SoftSwitch(), this.getBooleanFact(), null, "softSwitch", null, 0, 1, BmsModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBmsModel_InstantReadout(), this.getBooleanFact(), null, "instantReadout", null, 0, 1, BmsModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBmsModel_IgnitionProof(), this.getBooleanFact(), null, "ignitionProof", null, 0, 1, BmsModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBmsModel_AlternatorFuseTable(), this.getFuseTableEntry(), null, "alternatorFuseTable", null, 0, -1, BmsModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		getBmsModel_AlternatorFuseTable().getEKeys().add(this.getFuseTableEntry_Id());
		initEReference(getBmsModel_GndFuse(), this.getRangeFact(), null, "gndFuse", null, 0, 1, BmsModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBmsModel_GndFuseFactor(), this.getQuantityFact(), null, "gndFuseFactor", null, 0, 1, BmsModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBmsModel_ChargeLimitHysteresis(), this.getQuantityFact(), null, "chargeLimitHysteresis", null, 0, 1, BmsModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBmsModel_ChargeLimitResumeDelay(), this.getQuantityFact(), null, "chargeLimitResumeDelay", null, 0, 1, BmsModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(lithiumBatteryModelEClass, LithiumBatteryModel.class, "LithiumBatteryModel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getLithiumBatteryModel_NominalVoltage(), this.getQuantityFact(), null, "nominalVoltage", null, 0, 1, LithiumBatteryModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLithiumBatteryModel_CellsInSeries(), this.getIntegerFact(), null, "cellsInSeries", null, 0, 1, LithiumBatteryModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLithiumBatteryModel_Capacities(), this.getCapacityFact(), null, "capacities", null, 0, -1, LithiumBatteryModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLithiumBatteryModel_Energy(), this.getQuantityFact(), null, "energy", null, 0, 1, LithiumBatteryModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLithiumBatteryModel_MaxContinuousDischargeCurrent(), this.getQuantityFact(), null, "maxContinuousDischargeCurrent", null, 0, 1, LithiumBatteryModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLithiumBatteryModel_RecommendedDischargeCurrent(), this.getQuantityFact(), null, "recommendedDischargeCurrent", null, 0, 1, LithiumBatteryModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLithiumBatteryModel_MaxChargeCurrent(), this.getQuantityFact(), null, "maxChargeCurrent", null, 0, 1, LithiumBatteryModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLithiumBatteryModel_RecommendedChargeCurrent(), this.getQuantityFact(), null, "recommendedChargeCurrent", null, 0, 1, LithiumBatteryModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLithiumBatteryModel_ChargeVoltage(), this.getRangeFact(), null, "chargeVoltage", null, 0, 1, LithiumBatteryModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLithiumBatteryModel_FloatVoltage(), this.getQuantityFact(), null, "floatVoltage", null, 0, 1, LithiumBatteryModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLithiumBatteryModel_EndOfDischargeVoltage(), this.getQuantityFact(), null, "endOfDischargeVoltage", null, 0, 1, LithiumBatteryModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLithiumBatteryModel_DischargeTemperature(), this.getRangeFact(), null, "dischargeTemperature", null, 0, 1, LithiumBatteryModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLithiumBatteryModel_ChargeTemperature(), this.getRangeFact(), null, "chargeTemperature", null, 0, 1, LithiumBatteryModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLithiumBatteryModel_RoundTripEfficiency(), this.getQuantityFact(), null, "roundTripEfficiency", null, 0, 1, LithiumBatteryModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLithiumBatteryModel_CycleLife(), this.getCycleLifeFact(), null, "cycleLife", null, 0, -1, LithiumBatteryModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLithiumBatteryModel_MaxInSeries(), this.getIntegerFact(), null, "maxInSeries", null, 0, 1, LithiumBatteryModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLithiumBatteryModel_MaxPerSystem(), this.getIntegerFact(), null, "maxPerSystem", null, 0, 1, LithiumBatteryModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLithiumBatteryModel_PreAlarmSupport(), this.getBooleanFact(), null, "preAlarmSupport", null, 0, 1, LithiumBatteryModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLithiumBatteryModel_InternalResistance(), this.getQuantityFact(), null, "internalResistance", null, 0, 1, LithiumBatteryModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLithiumBatteryModel_ChargeDisconnectCellVoltage(), this.getQuantityFact(), null, "chargeDisconnectCellVoltage", null, 0, 1, LithiumBatteryModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLithiumBatteryModel_ChargeDisconnectHighTemperature(), this.getQuantityFact(), null, "chargeDisconnectHighTemperature", null, 0, 1, LithiumBatteryModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLithiumBatteryModel_ChargeDisconnectLowTemperature(), this.getQuantityFact(), null, "chargeDisconnectLowTemperature", null, 0, 1, LithiumBatteryModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLithiumBatteryModel_ReserveAfterDisconnect(), this.getReserveFact(), null, "reserveAfterDisconnect", null, 0, -1, LithiumBatteryModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLithiumBatteryModel_Chemistry(), this.getCellChemistry(), null, "chemistry", null, 0, 1, LithiumBatteryModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(deviceTypeEClass, DeviceType.class, "DeviceType", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDeviceType_Roles(), this.getDeviceRole(), "roles", null, 0, -1, DeviceType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDeviceType_NominalVoltages(), this.getQuantitySetFact(), null, "nominalVoltages", null, 0, 1, DeviceType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDeviceType_RatedPower(), this.getQuantityFact(), null, "ratedPower", null, 0, 1, DeviceType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDeviceType_RatedCurrent(), this.getQuantityFact(), null, "ratedCurrent", null, 0, 1, DeviceType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(accessoryCableTypeEClass, AccessoryCableType.class, "AccessoryCableType", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAccessoryCableType_Function(), this.getCableFunction(), "function", null, 0, 1, AccessoryCableType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccessoryCableType_PiecesPerPack(), ecorePackage.getEInt(), "piecesPerPack", "1", 0, 1, AccessoryCableType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccessoryCableType_Inverting(), this.getBooleanFact(), null, "inverting", null, 0, 1, AccessoryCableType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccessoryCableType_Length(), this.getQuantityFact(), null, "length", null, 0, 1, AccessoryCableType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccessoryCableType_Wires(), this.getCableWire(), null, "wires", null, 0, -1, AccessoryCableType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		getAccessoryCableType_Wires().getEKeys().add(this.getCableWire_Id());

		initEClass(fuseTypeEClass, FuseType.class, "FuseType", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFuseType_FuseKind(), this.getFuseKind(), "fuseKind", null, 0, 1, FuseType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFuseType_Ratings(), this.getQuantitySetFact(), null, "ratings", null, 0, 1, FuseType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFuseType_MaxVoltage(), this.getQuantityFact(), null, "maxVoltage", null, 0, 1, FuseType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(cableWireEClass, CableWire.class, "CableWire", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCableWire_Id(), ecorePackage.getEString(), "id", null, 1, 1, CableWire.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCableWire_Colour(), this.getWireColour(), "colour", null, 0, 1, CableWire.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCableWire_Description(), ecorePackage.getEString(), "description", null, 0, 1, CableWire.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(terminalDefinitionEClass, TerminalDefinition.class, "TerminalDefinition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTerminalDefinition_Id(), ecorePackage.getEString(), "id", null, 1, 1, TerminalDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTerminalDefinition_Label(), ecorePackage.getEString(), "label", null, 0, 1, TerminalDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTerminalDefinition_Kind(), this.getTerminalKind(), "kind", null, 0, 1, TerminalDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTerminalDefinition_Direction(), this.getTerminalDirection(), "direction", null, 0, 1, TerminalDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTerminalDefinition_ConnectorGroup(), ecorePackage.getEString(), "connectorGroup", null, 0, 1, TerminalDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTerminalDefinition_Side(), this.getDiagramSide(), "side", null, 0, 1, TerminalDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTerminalDefinition_Order(), ecorePackage.getEInt(), "order", null, 0, 1, TerminalDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTerminalDefinition_Connector(), this.getConnectorFact(), null, "connector", null, 0, 1, TerminalDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTerminalDefinition_Power(), this.getPowerPortSpec(), null, "power", null, 0, 1, TerminalDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTerminalDefinition_Output(), this.getOutputBehaviour(), null, "output", null, 0, 1, TerminalDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTerminalDefinition_RemoteInput(), this.getRemoteInputBehaviour(), null, "remoteInput", null, 0, 1, TerminalDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTerminalDefinition_ProductType(), this.getProductType(), this.getProductType_Terminals(), "productType", null, 0, 1, TerminalDefinition.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(powerPortSpecEClass, PowerPortSpec.class, "PowerPortSpec", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPowerPortSpec_Direction(), this.getCurrentDirection(), "direction", null, 0, 1, PowerPortSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPowerPortSpec_ContinuousCurrent(), this.getQuantityFact(), null, "continuousCurrent", null, 0, 1, PowerPortSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPowerPortSpec_PeakCurrent(), this.getQuantityFact(), null, "peakCurrent", null, 0, 1, PowerPortSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPowerPortSpec_EnableVoltage(), this.getQuantityFact(), null, "enableVoltage", null, 0, 1, PowerPortSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPowerPortSpec_ReverseCurrentBlocked(), this.getBooleanFact(), null, "reverseCurrentBlocked", null, 0, 1, PowerPortSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPowerPortSpec_CurrentLimitOfFuseRating(), this.getQuantityFact(), null, "currentLimitOfFuseRating", null, 0, 1, PowerPortSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(outputBehaviourEClass, OutputBehaviour.class, "OutputBehaviour", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOutputBehaviour_Trigger(), this.getOutputTrigger(), "trigger", null, 0, 1, OutputBehaviour.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOutputBehaviour_NormalState(), this.getOutputStateFact(), null, "normalState", null, 0, 1, OutputBehaviour.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOutputBehaviour_ActiveState(), this.getOutputStateFact(), null, "activeState", null, 0, 1, OutputBehaviour.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOutputBehaviour_HighLevelBelowBattery(), this.getQuantityFact(), null, "highLevelBelowBattery", null, 0, 1, OutputBehaviour.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOutputBehaviour_SourceCurrentLimit(), this.getQuantityFact(), null, "sourceCurrentLimit", null, 0, 1, OutputBehaviour.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOutputBehaviour_SinkCurrent(), this.getQuantityFact(), null, "sinkCurrent", null, 0, 1, OutputBehaviour.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOutputBehaviour_ContactRating(), this.getQuantityFact(), null, "contactRating", null, 0, 1, OutputBehaviour.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOutputBehaviour_ShortCircuitProtected(), this.getBooleanFact(), null, "shortCircuitProtected", null, 0, 1, OutputBehaviour.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOutputBehaviour_InductiveLoadAllowed(), this.getBooleanFact(), null, "inductiveLoadAllowed", null, 0, 1, OutputBehaviour.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOutputBehaviour_LeadTime(), this.getQuantityFact(), null, "leadTime", null, 0, 1, OutputBehaviour.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(remoteInputBehaviourEClass, RemoteInputBehaviour.class, "RemoteInputBehaviour", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRemoteInputBehaviour_Activation(), this.getRemoteActivation(), "activation", null, 0, 1, RemoteInputBehaviour.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRemoteInputBehaviour_Threshold(), this.getQuantityFact(), null, "threshold", null, 0, 1, RemoteInputBehaviour.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRemoteInputBehaviour_Partner(), this.getTerminalDefinition(), null, "partner", null, 0, 1, RemoteInputBehaviour.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(remoteUseModeEClass, RemoteUseMode.class, "RemoteUseMode", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRemoteUseMode_Label(), ecorePackage.getEString(), "label", null, 0, 1, RemoteUseMode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRemoteUseMode_Condition(), this.getRemoteCondition(), "condition", null, 0, 1, RemoteUseMode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRemoteUseMode_On(), ecorePackage.getEBoolean(), "on", null, 0, 1, RemoteUseMode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRemoteUseMode_Threshold(), this.getQuantity(), null, "threshold", null, 0, 1, RemoteUseMode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(remoteControlRouteEClass, RemoteControlRoute.class, "RemoteControlRoute", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRemoteControlRoute_Method(), this.getControlMethod(), "method", null, 0, 1, RemoteControlRoute.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRemoteControlRoute_BmsOutputs(), this.getTerminalKind(), "bmsOutputs", null, 0, -1, RemoteControlRoute.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRemoteControlRoute_TargetDescription(), ecorePackage.getEString(), "targetDescription", null, 0, 1, RemoteControlRoute.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRemoteControlRoute_CableCount(), ecorePackage.getEInt(), "cableCount", "1", 0, 1, RemoteControlRoute.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRemoteControlRoute_RequiresAllOutputsHigh(), ecorePackage.getEBoolean(), "requiresAllOutputsHigh", null, 0, 1, RemoteControlRoute.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRemoteControlRoute_Condition(), ecorePackage.getEString(), "condition", null, 0, 1, RemoteControlRoute.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRemoteControlRoute_SeeDocument(), ecorePackage.getEString(), "seeDocument", null, 0, 1, RemoteControlRoute.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRemoteControlRoute_TargetTerminals(), this.getTerminalDefinition(), null, "targetTerminals", null, 0, -1, RemoteControlRoute.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRemoteControlRoute_Cable(), this.getAccessoryCableType(), null, "cable", null, 0, 1, RemoteControlRoute.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRemoteControlRoute_WireConnections(), this.getCableWireConnection(), null, "wireConnections", null, 0, -1, RemoteControlRoute.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRemoteControlRoute_IntermediateDevice(), this.getProductType(), null, "intermediateDevice", null, 0, 1, RemoteControlRoute.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRemoteControlRoute_PowerPort(), this.getTerminalKind(), "powerPort", null, 0, 1, RemoteControlRoute.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRemoteControlRoute_Variants(), this.getProductVariant(), null, "variants", null, 0, -1, RemoteControlRoute.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRemoteControlRoute_BmsModels(), this.getBmsModel(), null, "bmsModels", null, 0, -1, RemoteControlRoute.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(cableWireConnectionEClass, CableWireConnection.class, "CableWireConnection", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCableWireConnection_Wire(), this.getCableWire(), null, "wire", null, 1, 1, CableWireConnection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCableWireConnection_TargetTerminal(), this.getTerminalDefinition(), null, "targetTerminal", null, 0, 1, CableWireConnection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCableWireConnection_TargetDescription(), ecorePackage.getEString(), "targetDescription", null, 0, 1, CableWireConnection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(settingDefinitionEClass, SettingDefinition.class, "SettingDefinition", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSettingDefinition_Key(), ecorePackage.getEString(), "key", null, 1, 1, SettingDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSettingDefinition_Label(), ecorePackage.getEString(), "label", null, 0, 1, SettingDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSettingDefinition_Description(), ecorePackage.getEString(), "description", null, 0, 1, SettingDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSettingDefinition_Role(), this.getSettingRole(), "role", null, 0, 1, SettingDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSettingDefinition_Channel(), this.getConfigurationChannel(), "channel", null, 0, 1, SettingDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(numberSettingDefinitionEClass, NumberSettingDefinition.class, "NumberSettingDefinition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNumberSettingDefinition_Unit(), this.getUnit(), "unit", null, 0, 1, NumberSettingDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNumberSettingDefinition_Step(), ecorePackage.getEDouble(), "step", null, 0, 1, NumberSettingDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNumberSettingDefinition_Range(), this.getRangeFact(), null, "range", null, 0, 1, NumberSettingDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNumberSettingDefinition_DefaultValue(), this.getQuantityFact(), null, "defaultValue", null, 0, 1, NumberSettingDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(choiceSettingDefinitionEClass, ChoiceSettingDefinition.class, "ChoiceSettingDefinition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getChoiceSettingDefinition_Options(), this.getSettingOption(), null, "options", null, 1, -1, ChoiceSettingDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		getChoiceSettingDefinition_Options().getEKeys().add(this.getSettingOption_Key());
		initEReference(getChoiceSettingDefinition_DefaultOption(), this.getSettingOption(), null, "defaultOption", null, 0, 1, ChoiceSettingDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(booleanSettingDefinitionEClass, BooleanSettingDefinition.class, "BooleanSettingDefinition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getBooleanSettingDefinition_DefaultValue(), this.getBooleanFact(), null, "defaultValue", null, 0, 1, BooleanSettingDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(settingOptionEClass, SettingOption.class, "SettingOption", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSettingOption_Key(), ecorePackage.getEString(), "key", null, 1, 1, SettingOption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSettingOption_Label(), ecorePackage.getEString(), "label", null, 0, 1, SettingOption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSettingOption_Description(), ecorePackage.getEString(), "description", null, 0, 1, SettingOption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSettingOption_Role(), this.getOptionRole(), "role", null, 0, 1, SettingOption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSettingOption_Fuse(), this.getFuseTableEntry(), null, "fuse", null, 0, 1, SettingOption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(fuseTableEntryEClass, FuseTableEntry.class, "FuseTableEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFuseTableEntry_Id(), ecorePackage.getEString(), "id", null, 1, 1, FuseTableEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFuseTableEntry_FuseCount(), ecorePackage.getEInt(), "fuseCount", "1", 0, 1, FuseTableEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFuseTableEntry_FuseKind(), this.getFuseKind(), "fuseKind", null, 0, 1, FuseTableEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFuseTableEntry_FuseRating(), this.getQuantity(), null, "fuseRating", null, 1, 1, FuseTableEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFuseTableEntry_MaxChargeCurrent(), this.getQuantity(), null, "maxChargeCurrent", null, 1, 1, FuseTableEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ledIndicatorEClass, LedIndicator.class, "LedIndicator", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLedIndicator_Position(), ecorePackage.getEInt(), "position", null, 0, 1, LedIndicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLedIndicator_Colour(), this.getLedColour(), "colour", null, 0, 1, LedIndicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLedIndicator_Function(), this.getLedFunction(), "function", null, 0, 1, LedIndicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLedIndicator_States(), this.getLedState(), null, "states", null, 0, -1, LedIndicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ledStateEClass, LedState.class, "LedState", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLedState_Pattern(), this.getLedPattern(), "pattern", null, 0, 1, LedState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLedState_Meaning(), ecorePackage.getEString(), "meaning", null, 0, 1, LedState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(statusCodeEClass, StatusCode.class, "StatusCode", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStatusCode_Code(), ecorePackage.getEString(), "code", null, 1, 1, StatusCode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStatusCode_Severity(), this.getCodeSeverity(), "severity", null, 0, 1, StatusCode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStatusCode_Title(), ecorePackage.getEString(), "title", null, 0, 1, StatusCode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStatusCode_Description(), ecorePackage.getEString(), "description", null, 0, 1, StatusCode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStatusCode_RemedySteps(), ecorePackage.getEString(), "remedySteps", null, 0, -1, StatusCode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStatusCode_UserCorrectable(), ecorePackage.getEBoolean(), "userCorrectable", null, 0, 1, StatusCode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStatusCode_RemovedInFirmware(), ecorePackage.getEString(), "removedInFirmware", null, 0, 1, StatusCode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(cellChemistryEClass, CellChemistry.class, "CellChemistry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCellChemistry_Id(), ecorePackage.getEString(), "id", null, 1, 1, CellChemistry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCellChemistry_Name(), ecorePackage.getEString(), "name", null, 0, 1, CellChemistry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCellChemistry_NominalCellVoltage(), this.getQuantityFact(), null, "nominalCellVoltage", null, 0, 1, CellChemistry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCellChemistry_OcvCurve(), this.getOcvCurveFact(), null, "ocvCurve", null, 0, 1, CellChemistry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(comparisonTableEClass, ComparisonTable.class, "ComparisonTable", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getComparisonTable_Id(), ecorePackage.getEString(), "id", null, 1, 1, ComparisonTable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComparisonTable_Title(), ecorePackage.getEString(), "title", null, 0, 1, ComparisonTable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComparisonTable_CornerHeader(), ecorePackage.getEString(), "cornerHeader", null, 0, 1, ComparisonTable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getComparisonTable_Source(), this.getSourceRef(), null, "source", null, 1, 1, ComparisonTable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getComparisonTable_Columns(), this.getComparisonColumn(), null, "columns", null, 0, -1, ComparisonTable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getComparisonTable_Rows(), this.getComparisonRow(), null, "rows", null, 0, -1, ComparisonTable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(comparisonColumnEClass, ComparisonColumn.class, "ComparisonColumn", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getComparisonColumn_Header(), ecorePackage.getEString(), "header", null, 1, 1, ComparisonColumn.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getComparisonColumn_Product(), this.getProductType(), null, "product", null, 1, 1, ComparisonColumn.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(comparisonRowEClass, ComparisonRow.class, "ComparisonRow", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getComparisonRow_Header(), ecorePackage.getEString(), "header", null, 1, 1, ComparisonRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComparisonRow_Style(), this.getCellStyle(), "style", null, 0, 1, ComparisonRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getComparisonRow_Path(), ecorePackage.getEStructuralFeature(), null, "path", null, 1, -1, ComparisonRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(wiringReferenceEClass, WiringReference.class, "WiringReference", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getWiringReference_Id(), ecorePackage.getEString(), "id", null, 1, 1, WiringReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWiringReference_Name(), ecorePackage.getEString(), "name", null, 0, 1, WiringReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWiringReference_ConductorResistivity(), this.getQuantityFact(), null, "conductorResistivity", null, 0, 1, WiringReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWiringReference_ConductorConductivity(), this.getQuantityFact(), null, "conductorConductivity", null, 0, 1, WiringReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWiringReference_ResistanceTemperatureCoefficient(), this.getQuantityFact(), null, "resistanceTemperatureCoefficient", null, 0, 1, WiringReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWiringReference_Ampacity(), this.getAmpacityFact(), null, "ampacity", null, 0, -1, WiringReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWiringReference_BundlingDerating(), this.getRangeFact(), null, "bundlingDerating", null, 0, 1, WiringReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWiringReference_VoltageDropLimits(), this.getVoltageDropLimitFact(), null, "voltageDropLimits", null, 0, -1, WiringReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWiringReference_FuseMinimumOfDeviceCurrent(), this.getQuantityFact(), null, "fuseMinimumOfDeviceCurrent", null, 0, 1, WiringReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWiringReference_SystemVoltageGuides(), this.getSystemVoltageGuideFact(), null, "systemVoltageGuides", null, 0, -1, WiringReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ampacityFactEClass, AmpacityFact.class, "AmpacityFact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAmpacityFact_Conditions(), ecorePackage.getEString(), "conditions", null, 0, 1, AmpacityFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAmpacityFact_CrossSection(), this.getQuantity(), null, "crossSection", null, 1, 1, AmpacityFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAmpacityFact_Current(), this.getQuantity(), null, "current", null, 1, 1, AmpacityFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(voltageDropLimitFactEClass, VoltageDropLimitFact.class, "VoltageDropLimitFact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getVoltageDropLimitFact_Context(), ecorePackage.getEString(), "context", null, 0, 1, VoltageDropLimitFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVoltageDropLimitFact_SystemVoltage(), this.getQuantity(), null, "systemVoltage", null, 0, 1, VoltageDropLimitFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(systemVoltageGuideFactEClass, SystemVoltageGuideFact.class, "SystemVoltageGuideFact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSystemVoltageGuideFact_SystemVoltage(), this.getQuantity(), null, "systemVoltage", null, 1, 1, SystemVoltageGuideFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSystemVoltageGuideFact_MaxInverterPower(), this.getQuantity(), null, "maxInverterPower", null, 0, 1, SystemVoltageGuideFact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(unitEEnum, Unit.class, "Unit");
		addEEnumLiteral(unitEEnum, Unit.ONE);
		addEEnumLiteral(unitEEnum, Unit.PERCENT);
		addEEnumLiteral(unitEEnum, Unit.VOLT);
		addEEnumLiteral(unitEEnum, Unit.MILLIVOLT);
		addEEnumLiteral(unitEEnum, Unit.AMPERE);
		addEEnumLiteral(unitEEnum, Unit.MILLIAMPERE);
		addEEnumLiteral(unitEEnum, Unit.WATT);
		addEEnumLiteral(unitEEnum, Unit.MILLIWATT);
		addEEnumLiteral(unitEEnum, Unit.KILOWATT);
		addEEnumLiteral(unitEEnum, Unit.VOLT_AMPERE);
		addEEnumLiteral(unitEEnum, Unit.KILOVOLT_AMPERE);
		addEEnumLiteral(unitEEnum, Unit.WATT_HOUR);
		addEEnumLiteral(unitEEnum, Unit.KILOWATT_HOUR);
		addEEnumLiteral(unitEEnum, Unit.AMPERE_HOUR);
		addEEnumLiteral(unitEEnum, Unit.KILOGRAM);
		addEEnumLiteral(unitEEnum, Unit.GRAM);
		addEEnumLiteral(unitEEnum, Unit.MILLIMETRE);
		addEEnumLiteral(unitEEnum, Unit.CENTIMETRE);
		addEEnumLiteral(unitEEnum, Unit.METRE);
		addEEnumLiteral(unitEEnum, Unit.SQUARE_MILLIMETRE);
		addEEnumLiteral(unitEEnum, Unit.DEGREE_CELSIUS);
		addEEnumLiteral(unitEEnum, Unit.SECOND);
		addEEnumLiteral(unitEEnum, Unit.MINUTE);
		addEEnumLiteral(unitEEnum, Unit.HOUR);
		addEEnumLiteral(unitEEnum, Unit.DAY);
		addEEnumLiteral(unitEEnum, Unit.NEWTON_METRE);
		addEEnumLiteral(unitEEnum, Unit.OHM);
		addEEnumLiteral(unitEEnum, Unit.MILLIOHM);
		addEEnumLiteral(unitEEnum, Unit.OHM_METRE);
		addEEnumLiteral(unitEEnum, Unit.OHM_SQUARE_MILLIMETRE_PER_METRE);
		addEEnumLiteral(unitEEnum, Unit.METRE_PER_OHM_SQUARE_MILLIMETRE);
		addEEnumLiteral(unitEEnum, Unit.PERCENT_PER_KELVIN);
		addEEnumLiteral(unitEEnum, Unit.HERTZ);

		initEEnum(relationEEnum, Relation.class, "Relation");
		addEEnumLiteral(relationEEnum, Relation.EQUAL);
		addEEnumLiteral(relationEEnum, Relation.APPROXIMATELY);
		addEEnumLiteral(relationEEnum, Relation.LESS_THAN);
		addEEnumLiteral(relationEEnum, Relation.AT_MOST);
		addEEnumLiteral(relationEEnum, Relation.GREATER_THAN);
		addEEnumLiteral(relationEEnum, Relation.AT_LEAST);

		initEEnum(sourceConfidenceEEnum, SourceConfidence.class, "SourceConfidence");
		addEEnumLiteral(sourceConfidenceEEnum, SourceConfidence.STATED);
		addEEnumLiteral(sourceConfidenceEEnum, SourceConfidence.DERIVED);
		addEEnumLiteral(sourceConfidenceEEnum, SourceConfidence.MEDIUM);
		addEEnumLiteral(sourceConfidenceEEnum, SourceConfidence.UNSOURCED_ESTIMATE);

		initEEnum(documentKindEEnum, DocumentKind.class, "DocumentKind");
		addEEnumLiteral(documentKindEEnum, DocumentKind.OTHER);
		addEEnumLiteral(documentKindEEnum, DocumentKind.DATASHEET);
		addEEnumLiteral(documentKindEEnum, DocumentKind.MANUAL);
		addEEnumLiteral(documentKindEEnum, DocumentKind.OVERVIEW);
		addEEnumLiteral(documentKindEEnum, DocumentKind.PRODUCT_PAGE);
		addEEnumLiteral(documentKindEEnum, DocumentKind.TECHNICAL_NOTE);
		addEEnumLiteral(documentKindEEnum, DocumentKind.STANDARD);

		initEEnum(rulingPrincipleEEnum, RulingPrinciple.class, "RulingPrinciple");
		addEEnumLiteral(rulingPrincipleEEnum, RulingPrinciple.PRODUCT_SPECIFIC_SOURCE);
		addEEnumLiteral(rulingPrincipleEEnum, RulingPrinciple.NEWER_EDITION);
		addEEnumLiteral(rulingPrincipleEEnum, RulingPrinciple.TABLE_OVER_PROSE);
		addEEnumLiteral(rulingPrincipleEEnum, RulingPrinciple.SPECIFICATION_OVER_EXAMPLE);
		addEEnumLiteral(rulingPrincipleEEnum, RulingPrinciple.CORROBORATED);
		addEEnumLiteral(rulingPrincipleEEnum, RulingPrinciple.CONSERVATIVE);
		addEEnumLiteral(rulingPrincipleEEnum, RulingPrinciple.ENGINEERING_JUDGEMENT);

		initEEnum(productCategoryEEnum, ProductCategory.class, "ProductCategory");
		addEEnumLiteral(productCategoryEEnum, ProductCategory.OTHER);
		addEEnumLiteral(productCategoryEEnum, ProductCategory.BMS);
		addEEnumLiteral(productCategoryEEnum, ProductCategory.LITHIUM_BATTERY);
		addEEnumLiteral(productCategoryEEnum, ProductCategory.STARTER_BATTERY);
		addEEnumLiteral(productCategoryEEnum, ProductCategory.INVERTER);
		addEEnumLiteral(productCategoryEEnum, ProductCategory.INVERTER_CHARGER);
		addEEnumLiteral(productCategoryEEnum, ProductCategory.BATTERY_CHARGER);
		addEEnumLiteral(productCategoryEEnum, ProductCategory.SOLAR_CHARGER);
		addEEnumLiteral(productCategoryEEnum, ProductCategory.DC_DC_CONVERTER);
		addEEnumLiteral(productCategoryEEnum, ProductCategory.BATTERY_PROTECT);
		addEEnumLiteral(productCategoryEEnum, ProductCategory.BATTERY_COMBINER);
		addEEnumLiteral(productCategoryEEnum, ProductCategory.BATTERY_MONITOR);
		addEEnumLiteral(productCategoryEEnum, ProductCategory.GX_DEVICE);
		addEEnumLiteral(productCategoryEEnum, ProductCategory.ALTERNATOR);
		addEEnumLiteral(productCategoryEEnum, ProductCategory.DC_LOAD);
		addEEnumLiteral(productCategoryEEnum, ProductCategory.DC_DISTRIBUTION);
		addEEnumLiteral(productCategoryEEnum, ProductCategory.FUSE);
		addEEnumLiteral(productCategoryEEnum, ProductCategory.FUSE_HOLDER);
		addEEnumLiteral(productCategoryEEnum, ProductCategory.SWITCH);
		addEEnumLiteral(productCategoryEEnum, ProductCategory.CABLE_ACCESSORY);

		initEEnum(deviceRoleEEnum, DeviceRole.class, "DeviceRole");
		addEEnumLiteral(deviceRoleEEnum, DeviceRole.LOAD);
		addEEnumLiteral(deviceRoleEEnum, DeviceRole.CHARGER);
		addEEnumLiteral(deviceRoleEEnum, DeviceRole.SOURCE);
		addEEnumLiteral(deviceRoleEEnum, DeviceRole.STORAGE);
		addEEnumLiteral(deviceRoleEEnum, DeviceRole.CONVERTER);
		addEEnumLiteral(deviceRoleEEnum, DeviceRole.MONITOR);
		addEEnumLiteral(deviceRoleEEnum, DeviceRole.GATEWAY);
		addEEnumLiteral(deviceRoleEEnum, DeviceRole.SWITCH);
		addEEnumLiteral(deviceRoleEEnum, DeviceRole.COMBINER);
		addEEnumLiteral(deviceRoleEEnum, DeviceRole.PROTECTION);

		initEEnum(terminalKindEEnum, TerminalKind.class, "TerminalKind");
		addEEnumLiteral(terminalKindEEnum, TerminalKind.UNSPECIFIED);
		addEEnumLiteral(terminalKindEEnum, TerminalKind.BATTERY_POSITIVE);
		addEEnumLiteral(terminalKindEEnum, TerminalKind.BATTERY_NEGATIVE);
		addEEnumLiteral(terminalKindEEnum, TerminalKind.DC_POSITIVE);
		addEEnumLiteral(terminalKindEEnum, TerminalKind.DC_NEGATIVE);
		addEEnumLiteral(terminalKindEEnum, TerminalKind.LI_ION_POSITIVE);
		addEEnumLiteral(terminalKindEEnum, TerminalKind.SYSTEM_POSITIVE);
		addEEnumLiteral(terminalKindEEnum, TerminalKind.ALTERNATOR_STARTER_POSITIVE);
		addEEnumLiteral(terminalKindEEnum, TerminalKind.GROUND);
		addEEnumLiteral(terminalKindEEnum, TerminalKind.BMS_CABLE_IN);
		addEEnumLiteral(terminalKindEEnum, TerminalKind.BMS_CABLE_OUT);
		addEEnumLiteral(terminalKindEEnum, TerminalKind.LOAD_DISCONNECT);
		addEEnumLiteral(terminalKindEEnum, TerminalKind.CHARGE_DISCONNECT);
		addEEnumLiteral(terminalKindEEnum, TerminalKind.PRE_ALARM);
		addEEnumLiteral(terminalKindEEnum, TerminalKind.REMOTE_L);
		addEEnumLiteral(terminalKindEEnum, TerminalKind.REMOTE_H);
		addEEnumLiteral(terminalKindEEnum, TerminalKind.REMOTE_ON_OFF_INPUT);
		addEEnumLiteral(terminalKindEEnum, TerminalKind.VE_DIRECT);
		addEEnumLiteral(terminalKindEEnum, TerminalKind.VE_BUS);
		addEEnumLiteral(terminalKindEEnum, TerminalKind.VE_CAN);
		addEEnumLiteral(terminalKindEEnum, TerminalKind.AC_INPUT);
		addEEnumLiteral(terminalKindEEnum, TerminalKind.AC_OUTPUT);
		addEEnumLiteral(terminalKindEEnum, TerminalKind.RELAY_CONTACT);
		addEEnumLiteral(terminalKindEEnum, TerminalKind.AUX_OUTPUT);
		addEEnumLiteral(terminalKindEEnum, TerminalKind.AUX_INPUT);
		addEEnumLiteral(terminalKindEEnum, TerminalKind.PV_POSITIVE);
		addEEnumLiteral(terminalKindEEnum, TerminalKind.PV_NEGATIVE);
		addEEnumLiteral(terminalKindEEnum, TerminalKind.SHUNT_BATTERY_NEGATIVE);
		addEEnumLiteral(terminalKindEEnum, TerminalKind.SHUNT_SYSTEM_NEGATIVE);
		addEEnumLiteral(terminalKindEEnum, TerminalKind.VOLTAGE_SENSE);
		addEEnumLiteral(terminalKindEEnum, TerminalKind.SIGNAL_INPUT);
		addEEnumLiteral(terminalKindEEnum, TerminalKind.SIGNAL_OUTPUT);
		addEEnumLiteral(terminalKindEEnum, TerminalKind.PASS_THROUGH);
		addEEnumLiteral(terminalKindEEnum, TerminalKind.OTHER);

		initEEnum(terminalDirectionEEnum, TerminalDirection.class, "TerminalDirection");
		addEEnumLiteral(terminalDirectionEEnum, TerminalDirection.UNSPECIFIED);
		addEEnumLiteral(terminalDirectionEEnum, TerminalDirection.INPUT);
		addEEnumLiteral(terminalDirectionEEnum, TerminalDirection.OUTPUT);
		addEEnumLiteral(terminalDirectionEEnum, TerminalDirection.BIDIRECTIONAL);
		addEEnumLiteral(terminalDirectionEEnum, TerminalDirection.PASSIVE);

		initEEnum(diagramSideEEnum, DiagramSide.class, "DiagramSide");
		addEEnumLiteral(diagramSideEEnum, DiagramSide.UNSPECIFIED);
		addEEnumLiteral(diagramSideEEnum, DiagramSide.LEFT);
		addEEnumLiteral(diagramSideEEnum, DiagramSide.RIGHT);
		addEEnumLiteral(diagramSideEEnum, DiagramSide.TOP);
		addEEnumLiteral(diagramSideEEnum, DiagramSide.BOTTOM);

		initEEnum(outputStateEEnum, OutputState.class, "OutputState");
		addEEnumLiteral(outputStateEEnum, OutputState.UNSPECIFIED);
		addEEnumLiteral(outputStateEEnum, OutputState.HIGH);
		addEEnumLiteral(outputStateEEnum, OutputState.LOW);
		addEEnumLiteral(outputStateEEnum, OutputState.FREE_FLOATING);
		addEEnumLiteral(outputStateEEnum, OutputState.CONTACT_CLOSED);
		addEEnumLiteral(outputStateEEnum, OutputState.CONTACT_OPEN);

		initEEnum(outputTriggerEEnum, OutputTrigger.class, "OutputTrigger");
		addEEnumLiteral(outputTriggerEEnum, OutputTrigger.UNSPECIFIED);
		addEEnumLiteral(outputTriggerEEnum, OutputTrigger.CELL_UNDERVOLTAGE);
		addEEnumLiteral(outputTriggerEEnum, OutputTrigger.CELL_OVERVOLTAGE_OR_TEMPERATURE);
		addEEnumLiteral(outputTriggerEEnum, OutputTrigger.PRE_ALARM);
		addEEnumLiteral(outputTriggerEEnum, OutputTrigger.PROGRAMMABLE);
		addEEnumLiteral(outputTriggerEEnum, OutputTrigger.FOLLOWS_INPUT);
		addEEnumLiteral(outputTriggerEEnum, OutputTrigger.INVERTS_INPUT);
		addEEnumLiteral(outputTriggerEEnum, OutputTrigger.OTHER);

		initEEnum(outputSwitchingKindEEnum, OutputSwitchingKind.class, "OutputSwitchingKind");
		addEEnumLiteral(outputSwitchingKindEEnum, OutputSwitchingKind.UNSPECIFIED);
		addEEnumLiteral(outputSwitchingKindEEnum, OutputSwitchingKind.NONE);
		addEEnumLiteral(outputSwitchingKindEEnum, OutputSwitchingKind.PRESENT);
		addEEnumLiteral(outputSwitchingKindEEnum, OutputSwitchingKind.HIGH_FREE_FLOATING);
		addEEnumLiteral(outputSwitchingKindEEnum, OutputSwitchingKind.FREE_FLOATING_HIGH);
		addEEnumLiteral(outputSwitchingKindEEnum, OutputSwitchingKind.RELAY);
		addEEnumLiteral(outputSwitchingKindEEnum, OutputSwitchingKind.PROGRAMMABLE_RELAY);

		initEEnum(remoteActivationEEnum, RemoteActivation.class, "RemoteActivation");
		addEEnumLiteral(remoteActivationEEnum, RemoteActivation.UNSPECIFIED);
		addEEnumLiteral(remoteActivationEEnum, RemoteActivation.PULLED_HIGH);
		addEEnumLiteral(remoteActivationEEnum, RemoteActivation.PULLED_LOW);
		addEEnumLiteral(remoteActivationEEnum, RemoteActivation.BRIDGED_TO_PARTNER);

		initEEnum(remoteConditionEEnum, RemoteCondition.class, "RemoteCondition");
		addEEnumLiteral(remoteConditionEEnum, RemoteCondition.UNSPECIFIED);
		addEEnumLiteral(remoteConditionEEnum, RemoteCondition.LAND_HINTERCONNECTED);
		addEEnumLiteral(remoteConditionEEnum, RemoteCondition.LPULLED_TO_MINUS);
		addEEnumLiteral(remoteConditionEEnum, RemoteCondition.HPULLED_HIGH);
		addEEnumLiteral(remoteConditionEEnum, RemoteCondition.ANY_OTHER);

		initEEnum(alternatorPortModeEEnum, AlternatorPortMode.class, "AlternatorPortMode");
		addEEnumLiteral(alternatorPortModeEEnum, AlternatorPortMode.UNSPECIFIED);
		addEEnumLiteral(alternatorPortModeEEnum, AlternatorPortMode.NONE);
		addEEnumLiteral(alternatorPortModeEEnum, AlternatorPortMode.CURRENT_LIMITED_INPUT);
		addEEnumLiteral(alternatorPortModeEEnum, AlternatorPortMode.ATC_MODE);

		initEEnum(communicationProtocolEEnum, CommunicationProtocol.class, "CommunicationProtocol");
		addEEnumLiteral(communicationProtocolEEnum, CommunicationProtocol.VE_BUS);
		addEEnumLiteral(communicationProtocolEEnum, CommunicationProtocol.VE_CAN);
		addEEnumLiteral(communicationProtocolEEnum, CommunicationProtocol.NMEA_2000);
		addEEnumLiteral(communicationProtocolEEnum, CommunicationProtocol.VE_DIRECT);
		addEEnumLiteral(communicationProtocolEEnum, CommunicationProtocol.BLUETOOTH);

		initEEnum(dimensionAxesEEnum, DimensionAxes.class, "DimensionAxes");
		addEEnumLiteral(dimensionAxesEEnum, DimensionAxes.UNSPECIFIED);
		addEEnumLiteral(dimensionAxesEEnum, DimensionAxes.HEIGHT_WIDTH_DEPTH);

		initEEnum(lifecycleStatusEEnum, LifecycleStatus.class, "LifecycleStatus");
		addEEnumLiteral(lifecycleStatusEEnum, LifecycleStatus.CURRENT);
		addEEnumLiteral(lifecycleStatusEEnum, LifecycleStatus.END_OF_LIFE);
		addEEnumLiteral(lifecycleStatusEEnum, LifecycleStatus.REPLACEMENT_ANNOUNCED);

		initEEnum(standardKindEEnum, StandardKind.class, "StandardKind");
		addEEnumLiteral(standardKindEEnum, StandardKind.OTHER);
		addEEnumLiteral(standardKindEEnum, StandardKind.EMISSION);
		addEEnumLiteral(standardKindEEnum, StandardKind.IMMUNITY);
		addEEnumLiteral(standardKindEEnum, StandardKind.AUTOMOTIVE_EMC);
		addEEnumLiteral(standardKindEEnum, StandardKind.SAFETY);

		initEEnum(connectorTypeEEnum, ConnectorType.class, "ConnectorType");
		addEEnumLiteral(connectorTypeEEnum, ConnectorType.OTHER);
		addEEnumLiteral(connectorTypeEEnum, ConnectorType.STUD);
		addEEnumLiteral(connectorTypeEEnum, ConnectorType.FASTON);
		addEEnumLiteral(connectorTypeEEnum, ConnectorType.SCREW_TERMINAL);
		addEEnumLiteral(connectorTypeEEnum, ConnectorType.PLUG);
		addEEnumLiteral(connectorTypeEEnum, ConnectorType.CIRCULAR_M8);
		addEEnumLiteral(connectorTypeEEnum, ConnectorType.RJ45);
		addEEnumLiteral(connectorTypeEEnum, ConnectorType.VE_DIRECT);
		addEEnumLiteral(connectorTypeEEnum, ConnectorType.MC4);
		addEEnumLiteral(connectorTypeEEnum, ConnectorType.WIRE_LEAD);
		addEEnumLiteral(connectorTypeEEnum, ConnectorType.RING_TERMINAL);

		initEEnum(powerStateEEnum, PowerState.class, "PowerState");
		addEEnumLiteral(powerStateEEnum, PowerState.UNSPECIFIED);
		addEEnumLiteral(powerStateEEnum, PowerState.ON);
		addEEnumLiteral(powerStateEEnum, PowerState.REMOTE_OFF_BMS_ACTIVE);
		addEEnumLiteral(powerStateEEnum, PowerState.REMOTE_OFF_BMS_DISABLED);
		addEEnumLiteral(powerStateEEnum, PowerState.STANDBY);
		addEEnumLiteral(powerStateEEnum, PowerState.OFF);

		initEEnum(currentDirectionEEnum, CurrentDirection.class, "CurrentDirection");
		addEEnumLiteral(currentDirectionEEnum, CurrentDirection.UNSPECIFIED);
		addEEnumLiteral(currentDirectionEEnum, CurrentDirection.CHARGE_ONLY);
		addEEnumLiteral(currentDirectionEEnum, CurrentDirection.DISCHARGE_ONLY);
		addEEnumLiteral(currentDirectionEEnum, CurrentDirection.BOTH);

		initEEnum(fuseKindEEnum, FuseKind.class, "FuseKind");
		addEEnumLiteral(fuseKindEEnum, FuseKind.OTHER);
		addEEnumLiteral(fuseKindEEnum, FuseKind.MEGA);
		addEEnumLiteral(fuseKindEEnum, FuseKind.MIDI);
		addEEnumLiteral(fuseKindEEnum, FuseKind.ANL);
		addEEnumLiteral(fuseKindEEnum, FuseKind.ATO);
		addEEnumLiteral(fuseKindEEnum, FuseKind.MRBF);
		addEEnumLiteral(fuseKindEEnum, FuseKind.CLASS_T);
		addEEnumLiteral(fuseKindEEnum, FuseKind.MINI);
		addEEnumLiteral(fuseKindEEnum, FuseKind.GLASS);

		initEEnum(ledColourEEnum, LedColour.class, "LedColour");
		addEEnumLiteral(ledColourEEnum, LedColour.UNSPECIFIED);
		addEEnumLiteral(ledColourEEnum, LedColour.RED);
		addEEnumLiteral(ledColourEEnum, LedColour.GREEN);
		addEEnumLiteral(ledColourEEnum, LedColour.BLUE);
		addEEnumLiteral(ledColourEEnum, LedColour.YELLOW);
		addEEnumLiteral(ledColourEEnum, LedColour.ORANGE);
		addEEnumLiteral(ledColourEEnum, LedColour.WHITE);

		initEEnum(ledPatternEEnum, LedPattern.class, "LedPattern");
		addEEnumLiteral(ledPatternEEnum, LedPattern.UNSPECIFIED);
		addEEnumLiteral(ledPatternEEnum, LedPattern.ON);
		addEEnumLiteral(ledPatternEEnum, LedPattern.BLINKING);
		addEEnumLiteral(ledPatternEEnum, LedPattern.OFF);

		initEEnum(ledFunctionEEnum, LedFunction.class, "LedFunction");
		addEEnumLiteral(ledFunctionEEnum, LedFunction.OTHER);
		addEEnumLiteral(ledFunctionEEnum, LedFunction.ALTERNATOR_CHARGING);
		addEEnumLiteral(ledFunctionEEnum, LedFunction.OVER_TEMPERATURE);
		addEEnumLiteral(ledFunctionEEnum, LedFunction.BMS_ACTIVE);
		addEEnumLiteral(ledFunctionEEnum, LedFunction.BLUETOOTH);
		addEEnumLiteral(ledFunctionEEnum, LedFunction.CHARGE_DISCONNECT_ENABLED);
		addEEnumLiteral(ledFunctionEEnum, LedFunction.LOAD_DISCONNECT_ENABLED);
		addEEnumLiteral(ledFunctionEEnum, LedFunction.SYSTEM_CHARGING_ENABLED);

		initEEnum(codeSeverityEEnum, CodeSeverity.class, "CodeSeverity");
		addEEnumLiteral(codeSeverityEEnum, CodeSeverity.UNSPECIFIED);
		addEEnumLiteral(codeSeverityEEnum, CodeSeverity.ERROR);
		addEEnumLiteral(codeSeverityEEnum, CodeSeverity.ALARM);
		addEEnumLiteral(codeSeverityEEnum, CodeSeverity.WARNING);
		addEEnumLiteral(codeSeverityEEnum, CodeSeverity.INFO);

		initEEnum(settingRoleEEnum, SettingRole.class, "SettingRole");
		addEEnumLiteral(settingRoleEEnum, SettingRole.CUSTOM);
		addEEnumLiteral(settingRoleEEnum, SettingRole.FUSE_TYPE);
		addEEnumLiteral(settingRoleEEnum, SettingRole.PRE_ALARM_USAGE);
		addEEnumLiteral(settingRoleEEnum, SettingRole.PRE_ALARM_SIGNAL);
		addEEnumLiteral(settingRoleEEnum, SettingRole.BATTERY_CHARGE_LIMIT);
		addEEnumLiteral(settingRoleEEnum, SettingRole.REMOTE_ON_OFF_FUNCTION);
		addEEnumLiteral(settingRoleEEnum, SettingRole.LOAD_DISCONNECT_CELL_VOLTAGE);
		addEEnumLiteral(settingRoleEEnum, SettingRole.PRE_ALARM_CELL_VOLTAGE);
		addEEnumLiteral(settingRoleEEnum, SettingRole.LOAD_CURRENT);
		addEEnumLiteral(settingRoleEEnum, SettingRole.CHARGE_CURRENT);
		addEEnumLiteral(settingRoleEEnum, SettingRole.CHARGE_VOLTAGE);
		addEEnumLiteral(settingRoleEEnum, SettingRole.SOFT_SWITCH);
		addEEnumLiteral(settingRoleEEnum, SettingRole.CONTINUOUS_POWER);
		addEEnumLiteral(settingRoleEEnum, SettingRole.PEAK_POWER);
		addEEnumLiteral(settingRoleEEnum, SettingRole.PEAK_CURRENT);

		initEEnum(optionRoleEEnum, OptionRole.class, "OptionRole");
		addEEnumLiteral(optionRoleEEnum, OptionRole.CUSTOM);
		addEEnumLiteral(optionRoleEEnum, OptionRole.USE_PRE_ALARM);
		addEEnumLiteral(optionRoleEEnum, OptionRole.PRE_ALARM_NOT_AVAILABLE);
		addEEnumLiteral(optionRoleEEnum, OptionRole.CONTINUOUS);
		addEEnumLiteral(optionRoleEEnum, OptionRole.INTERMITTENT);
		addEEnumLiteral(optionRoleEEnum, OptionRole.DISABLE_ALTERNATOR_AND_SYSTEM);
		addEEnumLiteral(optionRoleEEnum, OptionRole.DISABLE_ALTERNATOR_ONLY);
		addEEnumLiteral(optionRoleEEnum, OptionRole.SWITCH_EVERYTHING_OFF);

		initEEnum(configurationChannelEEnum, ConfigurationChannel.class, "ConfigurationChannel");
		addEEnumLiteral(configurationChannelEEnum, ConfigurationChannel.UNSPECIFIED);
		addEEnumLiteral(configurationChannelEEnum, ConfigurationChannel.VICTRONCONNECT);
		addEEnumLiteral(configurationChannelEEnum, ConfigurationChannel.BATTERY);
		addEEnumLiteral(configurationChannelEEnum, ConfigurationChannel.GX_DEVICE);
		addEEnumLiteral(configurationChannelEEnum, ConfigurationChannel.HARDWARE);
		addEEnumLiteral(configurationChannelEEnum, ConfigurationChannel.DESIGN_PARAMETER);

		initEEnum(controlMethodEEnum, ControlMethod.class, "ControlMethod");
		addEEnumLiteral(controlMethodEEnum, ControlMethod.UNSPECIFIED);
		addEEnumLiteral(controlMethodEEnum, ControlMethod.DIRECT);
		addEEnumLiteral(controlMethodEEnum, ControlMethod.INTERFACE_CABLE);
		addEEnumLiteral(controlMethodEEnum, ControlMethod.INTERMEDIATE_DEVICE);
		addEEnumLiteral(controlMethodEEnum, ControlMethod.POWER_PORT);
		addEEnumLiteral(controlMethodEEnum, ControlMethod.SEE_DOCUMENT);

		initEEnum(cableFunctionEEnum, CableFunction.class, "CableFunction");
		addEEnumLiteral(cableFunctionEEnum, CableFunction.OTHER);
		addEEnumLiteral(cableFunctionEEnum, CableFunction.BMS_CABLE_EXTENSION);
		addEEnumLiteral(cableFunctionEEnum, CableFunction.NON_INVERTING_REMOTE);
		addEEnumLiteral(cableFunctionEEnum, CableFunction.INVERTING_REMOTE);
		addEEnumLiteral(cableFunctionEEnum, CableFunction.VE_DIRECT_NON_INVERTING_REMOTE);
		addEEnumLiteral(cableFunctionEEnum, CableFunction.SKYLLA_IREMOTE);
		addEEnumLiteral(cableFunctionEEnum, CableFunction.BMS_TO_MULTIPLUS);

		initEEnum(wireColourEEnum, WireColour.class, "WireColour");
		addEEnumLiteral(wireColourEEnum, WireColour.UNSPECIFIED);
		addEEnumLiteral(wireColourEEnum, WireColour.RED);
		addEEnumLiteral(wireColourEEnum, WireColour.BLACK);
		addEEnumLiteral(wireColourEEnum, WireColour.BLUE);
		addEEnumLiteral(wireColourEEnum, WireColour.BROWN);
		addEEnumLiteral(wireColourEEnum, WireColour.GREY);
		addEEnumLiteral(wireColourEEnum, WireColour.WHITE);
		addEEnumLiteral(wireColourEEnum, WireColour.YELLOW);
		addEEnumLiteral(wireColourEEnum, WireColour.GREEN);
		addEEnumLiteral(wireColourEEnum, WireColour.GREEN_YELLOW);
		addEEnumLiteral(wireColourEEnum, WireColour.ORANGE);
		addEEnumLiteral(wireColourEEnum, WireColour.VIOLET);
		addEEnumLiteral(wireColourEEnum, WireColour.OTHER);

		initEEnum(cellStyleEEnum, CellStyle.class, "CellStyle");
		addEEnumLiteral(cellStyleEEnum, CellStyle.DEFAULT);
		addEEnumLiteral(cellStyleEEnum, CellStyle.NUMBER_ONLY);
		addEEnumLiteral(cellStyleEEnum, CellStyle.YES_WITH_RATING);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://cellwright.io/model/unit
		createUnitAnnotations();
		// http://cellwright.io/model/label
		createLabelAnnotations();
		// http://cellwright.io/model/quantity
		createQuantityAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://cellwright.io/model/unit</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createUnitAnnotations() {
		String source = "http://cellwright.io/model/unit";
		addAnnotation
		  (unitEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "symbol", "",
			   "dimension", "dimensionless",
			   "factor", "1"
		   });
		addAnnotation
		  (unitEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "symbol", "%",
			   "dimension", "dimensionless",
			   "factor", "0.01"
		   });
		addAnnotation
		  (unitEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "symbol", "V",
			   "dimension", "voltage",
			   "factor", "1"
		   });
		addAnnotation
		  (unitEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "symbol", "mV",
			   "dimension", "voltage",
			   "factor", "0.001"
		   });
		addAnnotation
		  (unitEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "symbol", "A",
			   "dimension", "current",
			   "factor", "1"
		   });
		addAnnotation
		  (unitEEnum.getELiterals().get(5),
		   source,
		   new String[] {
			   "symbol", "mA",
			   "dimension", "current",
			   "factor", "0.001"
		   });
		addAnnotation
		  (unitEEnum.getELiterals().get(6),
		   source,
		   new String[] {
			   "symbol", "W",
			   "dimension", "power",
			   "factor", "1"
		   });
		addAnnotation
		  (unitEEnum.getELiterals().get(7),
		   source,
		   new String[] {
			   "symbol", "mW",
			   "dimension", "power",
			   "factor", "0.001"
		   });
		addAnnotation
		  (unitEEnum.getELiterals().get(8),
		   source,
		   new String[] {
			   "symbol", "kW",
			   "dimension", "power",
			   "factor", "1000"
		   });
		addAnnotation
		  (unitEEnum.getELiterals().get(9),
		   source,
		   new String[] {
			   "symbol", "VA",
			   "dimension", "apparentPower",
			   "factor", "1"
		   });
		addAnnotation
		  (unitEEnum.getELiterals().get(10),
		   source,
		   new String[] {
			   "symbol", "kVA",
			   "dimension", "apparentPower",
			   "factor", "1000"
		   });
		addAnnotation
		  (unitEEnum.getELiterals().get(11),
		   source,
		   new String[] {
			   "symbol", "Wh",
			   "dimension", "energy",
			   "factor", "1"
		   });
		addAnnotation
		  (unitEEnum.getELiterals().get(12),
		   source,
		   new String[] {
			   "symbol", "kWh",
			   "dimension", "energy",
			   "factor", "1000"
		   });
		addAnnotation
		  (unitEEnum.getELiterals().get(13),
		   source,
		   new String[] {
			   "symbol", "Ah",
			   "dimension", "charge",
			   "factor", "1"
		   });
		addAnnotation
		  (unitEEnum.getELiterals().get(14),
		   source,
		   new String[] {
			   "symbol", "kg",
			   "dimension", "mass",
			   "factor", "1"
		   });
		addAnnotation
		  (unitEEnum.getELiterals().get(15),
		   source,
		   new String[] {
			   "symbol", "g",
			   "dimension", "mass",
			   "factor", "0.001"
		   });
		addAnnotation
		  (unitEEnum.getELiterals().get(16),
		   source,
		   new String[] {
			   "symbol", "mm",
			   "dimension", "length",
			   "factor", "0.001"
		   });
		addAnnotation
		  (unitEEnum.getELiterals().get(17),
		   source,
		   new String[] {
			   "symbol", "cm",
			   "dimension", "length",
			   "factor", "0.01"
		   });
		addAnnotation
		  (unitEEnum.getELiterals().get(18),
		   source,
		   new String[] {
			   "symbol", "m",
			   "dimension", "length",
			   "factor", "1"
		   });
		addAnnotation
		  (unitEEnum.getELiterals().get(19),
		   source,
		   new String[] {
			   "symbol", "mm\u00b2",
			   "dimension", "area",
			   "factor", "1"
		   });
		addAnnotation
		  (unitEEnum.getELiterals().get(20),
		   source,
		   new String[] {
			   "symbol", "\u00b0C",
			   "dimension", "temperature",
			   "factor", "1"
		   });
		addAnnotation
		  (unitEEnum.getELiterals().get(21),
		   source,
		   new String[] {
			   "symbol", "s",
			   "dimension", "time",
			   "factor", "1"
		   });
		addAnnotation
		  (unitEEnum.getELiterals().get(22),
		   source,
		   new String[] {
			   "symbol", "min",
			   "dimension", "time",
			   "factor", "60"
		   });
		addAnnotation
		  (unitEEnum.getELiterals().get(23),
		   source,
		   new String[] {
			   "symbol", "h",
			   "dimension", "time",
			   "factor", "3600"
		   });
		addAnnotation
		  (unitEEnum.getELiterals().get(24),
		   source,
		   new String[] {
			   "symbol", "d",
			   "dimension", "time",
			   "factor", "86400"
		   });
		addAnnotation
		  (unitEEnum.getELiterals().get(25),
		   source,
		   new String[] {
			   "symbol", "Nm",
			   "dimension", "torque",
			   "factor", "1"
		   });
		addAnnotation
		  (unitEEnum.getELiterals().get(26),
		   source,
		   new String[] {
			   "symbol", "\u03a9",
			   "dimension", "resistance",
			   "factor", "1"
		   });
		addAnnotation
		  (unitEEnum.getELiterals().get(27),
		   source,
		   new String[] {
			   "symbol", "m\u03a9",
			   "dimension", "resistance",
			   "factor", "0.001"
		   });
		addAnnotation
		  (unitEEnum.getELiterals().get(28),
		   source,
		   new String[] {
			   "symbol", "\u03a9\u00b7m",
			   "dimension", "resistivity",
			   "factor", "1"
		   });
		addAnnotation
		  (unitEEnum.getELiterals().get(29),
		   source,
		   new String[] {
			   "symbol", "\u03a9\u00b7mm\u00b2/m",
			   "dimension", "resistivity",
			   "factor", "0.000001"
		   });
		addAnnotation
		  (unitEEnum.getELiterals().get(30),
		   source,
		   new String[] {
			   "symbol", "m/(\u03a9\u00b7mm\u00b2)",
			   "dimension", "conductivity",
			   "factor", "1"
		   });
		addAnnotation
		  (unitEEnum.getELiterals().get(31),
		   source,
		   new String[] {
			   "symbol", "%/\u00b0C",
			   "dimension", "temperatureCoefficient",
			   "factor", "0.01"
		   });
		addAnnotation
		  (unitEEnum.getELiterals().get(32),
		   source,
		   new String[] {
			   "symbol", "Hz",
			   "dimension", "frequency",
			   "factor", "1"
		   });
	}

	/**
	 * Initializes the annotations for <b>http://cellwright.io/model/label</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createLabelAnnotations() {
		String source = "http://cellwright.io/model/label";
		addAnnotation
		  (terminalKindEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "label", "?"
		   });
		addAnnotation
		  (terminalKindEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "label", "Battery DC+"
		   });
		addAnnotation
		  (terminalKindEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "label", "Battery DC-"
		   });
		addAnnotation
		  (terminalKindEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "label", "DC+"
		   });
		addAnnotation
		  (terminalKindEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "label", "DC-"
		   });
		addAnnotation
		  (terminalKindEEnum.getELiterals().get(5),
		   source,
		   new String[] {
			   "label", "Li-ion+"
		   });
		addAnnotation
		  (terminalKindEEnum.getELiterals().get(6),
		   source,
		   new String[] {
			   "label", "System+"
		   });
		addAnnotation
		  (terminalKindEEnum.getELiterals().get(7),
		   source,
		   new String[] {
			   "label", "Alternator/Starter Batt+"
		   });
		addAnnotation
		  (terminalKindEEnum.getELiterals().get(8),
		   source,
		   new String[] {
			   "label", "GND"
		   });
		addAnnotation
		  (terminalKindEEnum.getELiterals().get(9),
		   source,
		   new String[] {
			   "label", "BMS cable in"
		   });
		addAnnotation
		  (terminalKindEEnum.getELiterals().get(10),
		   source,
		   new String[] {
			   "label", "BMS cable out"
		   });
		addAnnotation
		  (terminalKindEEnum.getELiterals().get(11),
		   source,
		   new String[] {
			   "label", "Load disconnect"
		   });
		addAnnotation
		  (terminalKindEEnum.getELiterals().get(12),
		   source,
		   new String[] {
			   "label", "Charge disconnect"
		   });
		addAnnotation
		  (terminalKindEEnum.getELiterals().get(13),
		   source,
		   new String[] {
			   "label", "Pre-alarm"
		   });
		addAnnotation
		  (terminalKindEEnum.getELiterals().get(14),
		   source,
		   new String[] {
			   "label", "Remote L"
		   });
		addAnnotation
		  (terminalKindEEnum.getELiterals().get(15),
		   source,
		   new String[] {
			   "label", "Remote H"
		   });
		addAnnotation
		  (terminalKindEEnum.getELiterals().get(16),
		   source,
		   new String[] {
			   "label", "Remote on/off"
		   });
		addAnnotation
		  (terminalKindEEnum.getELiterals().get(17),
		   source,
		   new String[] {
			   "label", "VE.Direct"
		   });
		addAnnotation
		  (terminalKindEEnum.getELiterals().get(18),
		   source,
		   new String[] {
			   "label", "VE.Bus"
		   });
		addAnnotation
		  (terminalKindEEnum.getELiterals().get(19),
		   source,
		   new String[] {
			   "label", "VE.Can"
		   });
		addAnnotation
		  (terminalKindEEnum.getELiterals().get(20),
		   source,
		   new String[] {
			   "label", "AC in"
		   });
		addAnnotation
		  (terminalKindEEnum.getELiterals().get(21),
		   source,
		   new String[] {
			   "label", "AC out"
		   });
		addAnnotation
		  (terminalKindEEnum.getELiterals().get(22),
		   source,
		   new String[] {
			   "label", "Relay"
		   });
		addAnnotation
		  (terminalKindEEnum.getELiterals().get(23),
		   source,
		   new String[] {
			   "label", "Aux out"
		   });
		addAnnotation
		  (terminalKindEEnum.getELiterals().get(24),
		   source,
		   new String[] {
			   "label", "Aux in"
		   });
		addAnnotation
		  (terminalKindEEnum.getELiterals().get(25),
		   source,
		   new String[] {
			   "label", "PV+"
		   });
		addAnnotation
		  (terminalKindEEnum.getELiterals().get(26),
		   source,
		   new String[] {
			   "label", "PV-"
		   });
		addAnnotation
		  (terminalKindEEnum.getELiterals().get(27),
		   source,
		   new String[] {
			   "label", "Shunt battery-"
		   });
		addAnnotation
		  (terminalKindEEnum.getELiterals().get(28),
		   source,
		   new String[] {
			   "label", "Shunt system-"
		   });
		addAnnotation
		  (terminalKindEEnum.getELiterals().get(29),
		   source,
		   new String[] {
			   "label", "Sense+"
		   });
		addAnnotation
		  (terminalKindEEnum.getELiterals().get(30),
		   source,
		   new String[] {
			   "label", "Signal in"
		   });
		addAnnotation
		  (terminalKindEEnum.getELiterals().get(31),
		   source,
		   new String[] {
			   "label", "Signal out"
		   });
		addAnnotation
		  (terminalKindEEnum.getELiterals().get(32),
		   source,
		   new String[] {
			   "label", "Pass-through"
		   });
		addAnnotation
		  (terminalKindEEnum.getELiterals().get(33),
		   source,
		   new String[] {
			   "label", "Other"
		   });
		addAnnotation
		  (outputSwitchingKindEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "label", ""
		   });
		addAnnotation
		  (outputSwitchingKindEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "label", "No"
		   });
		addAnnotation
		  (outputSwitchingKindEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "label", "Yes"
		   });
		addAnnotation
		  (outputSwitchingKindEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "label", "High/free floating"
		   });
		addAnnotation
		  (outputSwitchingKindEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "label", "Free floating/high"
		   });
		addAnnotation
		  (outputSwitchingKindEEnum.getELiterals().get(5),
		   source,
		   new String[] {
			   "label", "Relay"
		   });
		addAnnotation
		  (outputSwitchingKindEEnum.getELiterals().get(6),
		   source,
		   new String[] {
			   "label", "Programmable relay"
		   });
		addAnnotation
		  (alternatorPortModeEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "label", ""
		   });
		addAnnotation
		  (alternatorPortModeEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "label", "No"
		   });
		addAnnotation
		  (alternatorPortModeEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "label", "Current-limited input"
		   });
		addAnnotation
		  (alternatorPortModeEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "label", "Alternator ATC mode"
		   });
		addAnnotation
		  (communicationProtocolEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "label", "VE.Bus"
		   });
		addAnnotation
		  (communicationProtocolEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "label", "VE.Can"
		   });
		addAnnotation
		  (communicationProtocolEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "label", "NMEA 2000"
		   });
		addAnnotation
		  (communicationProtocolEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "label", "VE.Direct"
		   });
		addAnnotation
		  (communicationProtocolEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "label", "Bluetooth"
		   });
	}

	/**
	 * Initializes the annotations for <b>http://cellwright.io/model/quantity</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createQuantityAnnotations() {
		String source = "http://cellwright.io/model/quantity";
		addAnnotation
		  (getProductType_Weight(),
		   source,
		   new String[] {
			   "dimension", "mass"
		   });
		addAnnotation
		  (getProductType_OperatingTemperature(),
		   source,
		   new String[] {
			   "dimension", "temperature"
		   });
		addAnnotation
		  (getProductType_HumidityMaximum(),
		   source,
		   new String[] {
			   "dimension", "dimensionless"
		   });
		addAnnotation
		  (getProductType_HumidityAverage(),
		   source,
		   new String[] {
			   "dimension", "dimensionless"
		   });
		addAnnotation
		  (getProductVariant_NominalVoltage(),
		   source,
		   new String[] {
			   "dimension", "voltage"
		   });
		addAnnotation
		  (getProductVariant_RatedPower(),
		   source,
		   new String[] {
			   "dimension", "power"
		   });
		addAnnotation
		  (getProductVariant_RatedCurrent(),
		   source,
		   new String[] {
			   "dimension", "current"
		   });
		addAnnotation
		  (getProductVariant_Length(),
		   source,
		   new String[] {
			   "dimension", "length"
		   });
		addAnnotation
		  (getBmsModel_SystemVoltages(),
		   source,
		   new String[] {
			   "dimension", "voltage"
		   });
		addAnnotation
		  (getBmsModel_SystemConnection(),
		   source,
		   new String[] {
			   "dimension", "current"
		   });
		addAnnotation
		  (getBmsModel_AuxiliaryOutput(),
		   source,
		   new String[] {
			   "dimension", "current"
		   });
		addAnnotation
		  (getBmsModel_AuxiliaryInput(),
		   source,
		   new String[] {
			   "dimension", "current"
		   });
		addAnnotation
		  (getBmsModel_GndFuse(),
		   source,
		   new String[] {
			   "dimension", "current"
		   });
		addAnnotation
		  (getBmsModel_GndFuseFactor(),
		   source,
		   new String[] {
			   "dimension", "dimensionless"
		   });
		addAnnotation
		  (getBmsModel_ChargeLimitHysteresis(),
		   source,
		   new String[] {
			   "dimension", "voltage"
		   });
		addAnnotation
		  (getBmsModel_ChargeLimitResumeDelay(),
		   source,
		   new String[] {
			   "dimension", "time"
		   });
		addAnnotation
		  (getLithiumBatteryModel_NominalVoltage(),
		   source,
		   new String[] {
			   "dimension", "voltage"
		   });
		addAnnotation
		  (getLithiumBatteryModel_Capacities(),
		   source,
		   new String[] {
			   "dimension", "charge"
		   });
		addAnnotation
		  (getLithiumBatteryModel_Energy(),
		   source,
		   new String[] {
			   "dimension", "energy"
		   });
		addAnnotation
		  (getLithiumBatteryModel_MaxContinuousDischargeCurrent(),
		   source,
		   new String[] {
			   "dimension", "current"
		   });
		addAnnotation
		  (getLithiumBatteryModel_RecommendedDischargeCurrent(),
		   source,
		   new String[] {
			   "dimension", "current"
		   });
		addAnnotation
		  (getLithiumBatteryModel_MaxChargeCurrent(),
		   source,
		   new String[] {
			   "dimension", "current"
		   });
		addAnnotation
		  (getLithiumBatteryModel_RecommendedChargeCurrent(),
		   source,
		   new String[] {
			   "dimension", "current"
		   });
		addAnnotation
		  (getLithiumBatteryModel_ChargeVoltage(),
		   source,
		   new String[] {
			   "dimension", "voltage"
		   });
		addAnnotation
		  (getLithiumBatteryModel_FloatVoltage(),
		   source,
		   new String[] {
			   "dimension", "voltage"
		   });
		addAnnotation
		  (getLithiumBatteryModel_EndOfDischargeVoltage(),
		   source,
		   new String[] {
			   "dimension", "voltage"
		   });
		addAnnotation
		  (getLithiumBatteryModel_DischargeTemperature(),
		   source,
		   new String[] {
			   "dimension", "temperature"
		   });
		addAnnotation
		  (getLithiumBatteryModel_ChargeTemperature(),
		   source,
		   new String[] {
			   "dimension", "temperature"
		   });
		addAnnotation
		  (getLithiumBatteryModel_RoundTripEfficiency(),
		   source,
		   new String[] {
			   "dimension", "dimensionless"
		   });
		addAnnotation
		  (getLithiumBatteryModel_InternalResistance(),
		   source,
		   new String[] {
			   "dimension", "resistance"
		   });
		addAnnotation
		  (getLithiumBatteryModel_ChargeDisconnectCellVoltage(),
		   source,
		   new String[] {
			   "dimension", "voltage"
		   });
		addAnnotation
		  (getLithiumBatteryModel_ChargeDisconnectHighTemperature(),
		   source,
		   new String[] {
			   "dimension", "temperature"
		   });
		addAnnotation
		  (getLithiumBatteryModel_ChargeDisconnectLowTemperature(),
		   source,
		   new String[] {
			   "dimension", "temperature"
		   });
		addAnnotation
		  (getLithiumBatteryModel_ReserveAfterDisconnect(),
		   source,
		   new String[] {
			   "dimension", "dimensionless"
		   });
		addAnnotation
		  (getDeviceType_NominalVoltages(),
		   source,
		   new String[] {
			   "dimension", "voltage"
		   });
		addAnnotation
		  (getDeviceType_RatedPower(),
		   source,
		   new String[] {
			   "dimension", "power"
		   });
		addAnnotation
		  (getDeviceType_RatedCurrent(),
		   source,
		   new String[] {
			   "dimension", "current"
		   });
		addAnnotation
		  (getAccessoryCableType_Length(),
		   source,
		   new String[] {
			   "dimension", "length"
		   });
		addAnnotation
		  (getFuseType_Ratings(),
		   source,
		   new String[] {
			   "dimension", "current"
		   });
		addAnnotation
		  (getFuseType_MaxVoltage(),
		   source,
		   new String[] {
			   "dimension", "voltage"
		   });
		addAnnotation
		  (getPowerPortSpec_ContinuousCurrent(),
		   source,
		   new String[] {
			   "dimension", "current"
		   });
		addAnnotation
		  (getPowerPortSpec_PeakCurrent(),
		   source,
		   new String[] {
			   "dimension", "current"
		   });
		addAnnotation
		  (getPowerPortSpec_EnableVoltage(),
		   source,
		   new String[] {
			   "dimension", "voltage"
		   });
		addAnnotation
		  (getPowerPortSpec_CurrentLimitOfFuseRating(),
		   source,
		   new String[] {
			   "dimension", "dimensionless"
		   });
		addAnnotation
		  (getOutputBehaviour_HighLevelBelowBattery(),
		   source,
		   new String[] {
			   "dimension", "voltage"
		   });
		addAnnotation
		  (getOutputBehaviour_SourceCurrentLimit(),
		   source,
		   new String[] {
			   "dimension", "current"
		   });
		addAnnotation
		  (getOutputBehaviour_SinkCurrent(),
		   source,
		   new String[] {
			   "dimension", "current"
		   });
		addAnnotation
		  (getOutputBehaviour_ContactRating(),
		   source,
		   new String[] {
			   "dimension", "current"
		   });
		addAnnotation
		  (getOutputBehaviour_LeadTime(),
		   source,
		   new String[] {
			   "dimension", "time"
		   });
		addAnnotation
		  (getRemoteInputBehaviour_Threshold(),
		   source,
		   new String[] {
			   "dimension", "voltage"
		   });
		addAnnotation
		  (getCellChemistry_NominalCellVoltage(),
		   source,
		   new String[] {
			   "dimension", "voltage"
		   });
		addAnnotation
		  (getWiringReference_ConductorResistivity(),
		   source,
		   new String[] {
			   "dimension", "resistivity"
		   });
		addAnnotation
		  (getWiringReference_ConductorConductivity(),
		   source,
		   new String[] {
			   "dimension", "conductivity"
		   });
		addAnnotation
		  (getWiringReference_ResistanceTemperatureCoefficient(),
		   source,
		   new String[] {
			   "dimension", "temperatureCoefficient"
		   });
		addAnnotation
		  (getWiringReference_BundlingDerating(),
		   source,
		   new String[] {
			   "dimension", "dimensionless"
		   });
		addAnnotation
		  (getWiringReference_FuseMinimumOfDeviceCurrent(),
		   source,
		   new String[] {
			   "dimension", "dimensionless"
		   });
	}

} //CatalogPackageImpl
