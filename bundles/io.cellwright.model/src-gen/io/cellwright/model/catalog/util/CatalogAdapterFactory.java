/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog.util;

import io.cellwright.model.catalog.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see io.cellwright.model.catalog.CatalogPackage
 * @generated
 */
public class CatalogAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static CatalogPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CatalogAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = CatalogPackage.eINSTANCE;
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
	protected CatalogSwitch<Adapter> modelSwitch =
		new CatalogSwitch<Adapter>() {
			@Override
			public Adapter caseCatalog(Catalog object) {
				return createCatalogAdapter();
			}
			@Override
			public Adapter caseSourceDocument(SourceDocument object) {
				return createSourceDocumentAdapter();
			}
			@Override
			public Adapter caseSourceRef(SourceRef object) {
				return createSourceRefAdapter();
			}
			@Override
			public Adapter caseSourced(Sourced object) {
				return createSourcedAdapter();
			}
			@Override
			public Adapter caseRuling(Ruling object) {
				return createRulingAdapter();
			}
			@Override
			public Adapter caseFact(Fact object) {
				return createFactAdapter();
			}
			@Override
			public Adapter caseQuantityValue(QuantityValue object) {
				return createQuantityValueAdapter();
			}
			@Override
			public Adapter caseQuantity(Quantity object) {
				return createQuantityAdapter();
			}
			@Override
			public Adapter caseQuantityFact(QuantityFact object) {
				return createQuantityFactAdapter();
			}
			@Override
			public Adapter caseRangeFact(RangeFact object) {
				return createRangeFactAdapter();
			}
			@Override
			public Adapter caseBooleanFact(BooleanFact object) {
				return createBooleanFactAdapter();
			}
			@Override
			public Adapter caseIntegerFact(IntegerFact object) {
				return createIntegerFactAdapter();
			}
			@Override
			public Adapter caseTextFact(TextFact object) {
				return createTextFactAdapter();
			}
			@Override
			public Adapter caseQuantitySetFact(QuantitySetFact object) {
				return createQuantitySetFactAdapter();
			}
			@Override
			public Adapter caseCapabilityFact(CapabilityFact object) {
				return createCapabilityFactAdapter();
			}
			@Override
			public Adapter caseAlternatorPortFact(AlternatorPortFact object) {
				return createAlternatorPortFactAdapter();
			}
			@Override
			public Adapter caseDataCommunicationFact(DataCommunicationFact object) {
				return createDataCommunicationFactAdapter();
			}
			@Override
			public Adapter caseSwitchedOutputFact(SwitchedOutputFact object) {
				return createSwitchedOutputFactAdapter();
			}
			@Override
			public Adapter caseDimensionsFact(DimensionsFact object) {
				return createDimensionsFactAdapter();
			}
			@Override
			public Adapter caseIpRatingFact(IpRatingFact object) {
				return createIpRatingFactAdapter();
			}
			@Override
			public Adapter caseLifecycleFact(LifecycleFact object) {
				return createLifecycleFactAdapter();
			}
			@Override
			public Adapter caseDocumentLinkFact(DocumentLinkFact object) {
				return createDocumentLinkFactAdapter();
			}
			@Override
			public Adapter caseOutputStateFact(OutputStateFact object) {
				return createOutputStateFactAdapter();
			}
			@Override
			public Adapter caseConnectorFact(ConnectorFact object) {
				return createConnectorFactAdapter();
			}
			@Override
			public Adapter caseConsumptionFact(ConsumptionFact object) {
				return createConsumptionFactAdapter();
			}
			@Override
			public Adapter caseCapacityFact(CapacityFact object) {
				return createCapacityFactAdapter();
			}
			@Override
			public Adapter caseCycleLifeFact(CycleLifeFact object) {
				return createCycleLifeFactAdapter();
			}
			@Override
			public Adapter caseStandardsFact(StandardsFact object) {
				return createStandardsFactAdapter();
			}
			@Override
			public Adapter caseArticleNumberFact(ArticleNumberFact object) {
				return createArticleNumberFactAdapter();
			}
			@Override
			public Adapter caseIncludedItemFact(IncludedItemFact object) {
				return createIncludedItemFactAdapter();
			}
			@Override
			public Adapter caseReserveFact(ReserveFact object) {
				return createReserveFactAdapter();
			}
			@Override
			public Adapter caseOcvCurveFact(OcvCurveFact object) {
				return createOcvCurveFactAdapter();
			}
			@Override
			public Adapter caseOcvPoint(OcvPoint object) {
				return createOcvPointAdapter();
			}
			@Override
			public Adapter caseProductFamily(ProductFamily object) {
				return createProductFamilyAdapter();
			}
			@Override
			public Adapter caseProductType(ProductType object) {
				return createProductTypeAdapter();
			}
			@Override
			public Adapter caseProductVariant(ProductVariant object) {
				return createProductVariantAdapter();
			}
			@Override
			public Adapter caseBmsModel(BmsModel object) {
				return createBmsModelAdapter();
			}
			@Override
			public Adapter caseLithiumBatteryModel(LithiumBatteryModel object) {
				return createLithiumBatteryModelAdapter();
			}
			@Override
			public Adapter caseDeviceType(DeviceType object) {
				return createDeviceTypeAdapter();
			}
			@Override
			public Adapter caseAccessoryCableType(AccessoryCableType object) {
				return createAccessoryCableTypeAdapter();
			}
			@Override
			public Adapter caseFuseType(FuseType object) {
				return createFuseTypeAdapter();
			}
			@Override
			public Adapter caseCableWire(CableWire object) {
				return createCableWireAdapter();
			}
			@Override
			public Adapter caseTerminalDefinition(TerminalDefinition object) {
				return createTerminalDefinitionAdapter();
			}
			@Override
			public Adapter casePowerPortSpec(PowerPortSpec object) {
				return createPowerPortSpecAdapter();
			}
			@Override
			public Adapter caseOutputBehaviour(OutputBehaviour object) {
				return createOutputBehaviourAdapter();
			}
			@Override
			public Adapter caseRemoteInputBehaviour(RemoteInputBehaviour object) {
				return createRemoteInputBehaviourAdapter();
			}
			@Override
			public Adapter caseRemoteUseMode(RemoteUseMode object) {
				return createRemoteUseModeAdapter();
			}
			@Override
			public Adapter caseRemoteControlRoute(RemoteControlRoute object) {
				return createRemoteControlRouteAdapter();
			}
			@Override
			public Adapter caseCableWireConnection(CableWireConnection object) {
				return createCableWireConnectionAdapter();
			}
			@Override
			public Adapter caseSettingDefinition(SettingDefinition object) {
				return createSettingDefinitionAdapter();
			}
			@Override
			public Adapter caseNumberSettingDefinition(NumberSettingDefinition object) {
				return createNumberSettingDefinitionAdapter();
			}
			@Override
			public Adapter caseChoiceSettingDefinition(ChoiceSettingDefinition object) {
				return createChoiceSettingDefinitionAdapter();
			}
			@Override
			public Adapter caseBooleanSettingDefinition(BooleanSettingDefinition object) {
				return createBooleanSettingDefinitionAdapter();
			}
			@Override
			public Adapter caseSettingOption(SettingOption object) {
				return createSettingOptionAdapter();
			}
			@Override
			public Adapter caseFuseTableEntry(FuseTableEntry object) {
				return createFuseTableEntryAdapter();
			}
			@Override
			public Adapter caseLedIndicator(LedIndicator object) {
				return createLedIndicatorAdapter();
			}
			@Override
			public Adapter caseLedState(LedState object) {
				return createLedStateAdapter();
			}
			@Override
			public Adapter caseStatusCode(StatusCode object) {
				return createStatusCodeAdapter();
			}
			@Override
			public Adapter caseCellChemistry(CellChemistry object) {
				return createCellChemistryAdapter();
			}
			@Override
			public Adapter caseComparisonTable(ComparisonTable object) {
				return createComparisonTableAdapter();
			}
			@Override
			public Adapter caseComparisonColumn(ComparisonColumn object) {
				return createComparisonColumnAdapter();
			}
			@Override
			public Adapter caseComparisonRow(ComparisonRow object) {
				return createComparisonRowAdapter();
			}
			@Override
			public Adapter caseWiringReference(WiringReference object) {
				return createWiringReferenceAdapter();
			}
			@Override
			public Adapter caseAmpacityFact(AmpacityFact object) {
				return createAmpacityFactAdapter();
			}
			@Override
			public Adapter caseVoltageDropLimitFact(VoltageDropLimitFact object) {
				return createVoltageDropLimitFactAdapter();
			}
			@Override
			public Adapter caseSystemVoltageGuideFact(SystemVoltageGuideFact object) {
				return createSystemVoltageGuideFactAdapter();
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
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.Catalog <em>Catalog</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.Catalog
	 * @generated
	 */
	public Adapter createCatalogAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.SourceDocument <em>Source Document</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.SourceDocument
	 * @generated
	 */
	public Adapter createSourceDocumentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.SourceRef <em>Source Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.SourceRef
	 * @generated
	 */
	public Adapter createSourceRefAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.Sourced <em>Sourced</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.Sourced
	 * @generated
	 */
	public Adapter createSourcedAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.Ruling <em>Ruling</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.Ruling
	 * @generated
	 */
	public Adapter createRulingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.Fact <em>Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.Fact
	 * @generated
	 */
	public Adapter createFactAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.QuantityValue <em>Quantity Value</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.QuantityValue
	 * @generated
	 */
	public Adapter createQuantityValueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.Quantity <em>Quantity</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.Quantity
	 * @generated
	 */
	public Adapter createQuantityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.QuantityFact <em>Quantity Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.QuantityFact
	 * @generated
	 */
	public Adapter createQuantityFactAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.RangeFact <em>Range Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.RangeFact
	 * @generated
	 */
	public Adapter createRangeFactAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.BooleanFact <em>Boolean Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.BooleanFact
	 * @generated
	 */
	public Adapter createBooleanFactAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.IntegerFact <em>Integer Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.IntegerFact
	 * @generated
	 */
	public Adapter createIntegerFactAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.TextFact <em>Text Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.TextFact
	 * @generated
	 */
	public Adapter createTextFactAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.QuantitySetFact <em>Quantity Set Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.QuantitySetFact
	 * @generated
	 */
	public Adapter createQuantitySetFactAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.CapabilityFact <em>Capability Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.CapabilityFact
	 * @generated
	 */
	public Adapter createCapabilityFactAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.AlternatorPortFact <em>Alternator Port Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.AlternatorPortFact
	 * @generated
	 */
	public Adapter createAlternatorPortFactAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.DataCommunicationFact <em>Data Communication Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.DataCommunicationFact
	 * @generated
	 */
	public Adapter createDataCommunicationFactAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.SwitchedOutputFact <em>Switched Output Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.SwitchedOutputFact
	 * @generated
	 */
	public Adapter createSwitchedOutputFactAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.DimensionsFact <em>Dimensions Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.DimensionsFact
	 * @generated
	 */
	public Adapter createDimensionsFactAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.IpRatingFact <em>Ip Rating Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.IpRatingFact
	 * @generated
	 */
	public Adapter createIpRatingFactAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.LifecycleFact <em>Lifecycle Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.LifecycleFact
	 * @generated
	 */
	public Adapter createLifecycleFactAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.DocumentLinkFact <em>Document Link Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.DocumentLinkFact
	 * @generated
	 */
	public Adapter createDocumentLinkFactAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.OutputStateFact <em>Output State Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.OutputStateFact
	 * @generated
	 */
	public Adapter createOutputStateFactAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.ConnectorFact <em>Connector Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.ConnectorFact
	 * @generated
	 */
	public Adapter createConnectorFactAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.ConsumptionFact <em>Consumption Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.ConsumptionFact
	 * @generated
	 */
	public Adapter createConsumptionFactAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.CapacityFact <em>Capacity Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.CapacityFact
	 * @generated
	 */
	public Adapter createCapacityFactAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.CycleLifeFact <em>Cycle Life Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.CycleLifeFact
	 * @generated
	 */
	public Adapter createCycleLifeFactAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.StandardsFact <em>Standards Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.StandardsFact
	 * @generated
	 */
	public Adapter createStandardsFactAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.ArticleNumberFact <em>Article Number Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.ArticleNumberFact
	 * @generated
	 */
	public Adapter createArticleNumberFactAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.IncludedItemFact <em>Included Item Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.IncludedItemFact
	 * @generated
	 */
	public Adapter createIncludedItemFactAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.ReserveFact <em>Reserve Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.ReserveFact
	 * @generated
	 */
	public Adapter createReserveFactAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.OcvCurveFact <em>Ocv Curve Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.OcvCurveFact
	 * @generated
	 */
	public Adapter createOcvCurveFactAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.OcvPoint <em>Ocv Point</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.OcvPoint
	 * @generated
	 */
	public Adapter createOcvPointAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.ProductFamily <em>Product Family</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.ProductFamily
	 * @generated
	 */
	public Adapter createProductFamilyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.ProductType <em>Product Type</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.ProductType
	 * @generated
	 */
	public Adapter createProductTypeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.ProductVariant <em>Product Variant</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.ProductVariant
	 * @generated
	 */
	public Adapter createProductVariantAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.BmsModel <em>Bms Model</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.BmsModel
	 * @generated
	 */
	public Adapter createBmsModelAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.LithiumBatteryModel <em>Lithium Battery Model</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.LithiumBatteryModel
	 * @generated
	 */
	public Adapter createLithiumBatteryModelAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.DeviceType <em>Device Type</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.DeviceType
	 * @generated
	 */
	public Adapter createDeviceTypeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.AccessoryCableType <em>Accessory Cable Type</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.AccessoryCableType
	 * @generated
	 */
	public Adapter createAccessoryCableTypeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.FuseType <em>Fuse Type</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.FuseType
	 * @generated
	 */
	public Adapter createFuseTypeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.CableWire <em>Cable Wire</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.CableWire
	 * @generated
	 */
	public Adapter createCableWireAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.TerminalDefinition <em>Terminal Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.TerminalDefinition
	 * @generated
	 */
	public Adapter createTerminalDefinitionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.PowerPortSpec <em>Power Port Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.PowerPortSpec
	 * @generated
	 */
	public Adapter createPowerPortSpecAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.OutputBehaviour <em>Output Behaviour</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.OutputBehaviour
	 * @generated
	 */
	public Adapter createOutputBehaviourAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.RemoteInputBehaviour <em>Remote Input Behaviour</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.RemoteInputBehaviour
	 * @generated
	 */
	public Adapter createRemoteInputBehaviourAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.RemoteUseMode <em>Remote Use Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.RemoteUseMode
	 * @generated
	 */
	public Adapter createRemoteUseModeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.RemoteControlRoute <em>Remote Control Route</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.RemoteControlRoute
	 * @generated
	 */
	public Adapter createRemoteControlRouteAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.CableWireConnection <em>Cable Wire Connection</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.CableWireConnection
	 * @generated
	 */
	public Adapter createCableWireConnectionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.SettingDefinition <em>Setting Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.SettingDefinition
	 * @generated
	 */
	public Adapter createSettingDefinitionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.NumberSettingDefinition <em>Number Setting Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.NumberSettingDefinition
	 * @generated
	 */
	public Adapter createNumberSettingDefinitionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.ChoiceSettingDefinition <em>Choice Setting Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.ChoiceSettingDefinition
	 * @generated
	 */
	public Adapter createChoiceSettingDefinitionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.BooleanSettingDefinition <em>Boolean Setting Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.BooleanSettingDefinition
	 * @generated
	 */
	public Adapter createBooleanSettingDefinitionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.SettingOption <em>Setting Option</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.SettingOption
	 * @generated
	 */
	public Adapter createSettingOptionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.FuseTableEntry <em>Fuse Table Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.FuseTableEntry
	 * @generated
	 */
	public Adapter createFuseTableEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.LedIndicator <em>Led Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.LedIndicator
	 * @generated
	 */
	public Adapter createLedIndicatorAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.LedState <em>Led State</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.LedState
	 * @generated
	 */
	public Adapter createLedStateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.StatusCode <em>Status Code</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.StatusCode
	 * @generated
	 */
	public Adapter createStatusCodeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.CellChemistry <em>Cell Chemistry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.CellChemistry
	 * @generated
	 */
	public Adapter createCellChemistryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.ComparisonTable <em>Comparison Table</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.ComparisonTable
	 * @generated
	 */
	public Adapter createComparisonTableAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.ComparisonColumn <em>Comparison Column</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.ComparisonColumn
	 * @generated
	 */
	public Adapter createComparisonColumnAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.ComparisonRow <em>Comparison Row</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.ComparisonRow
	 * @generated
	 */
	public Adapter createComparisonRowAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.WiringReference <em>Wiring Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.WiringReference
	 * @generated
	 */
	public Adapter createWiringReferenceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.AmpacityFact <em>Ampacity Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.AmpacityFact
	 * @generated
	 */
	public Adapter createAmpacityFactAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.VoltageDropLimitFact <em>Voltage Drop Limit Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.VoltageDropLimitFact
	 * @generated
	 */
	public Adapter createVoltageDropLimitFactAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cellwright.model.catalog.SystemVoltageGuideFact <em>System Voltage Guide Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cellwright.model.catalog.SystemVoltageGuideFact
	 * @generated
	 */
	public Adapter createSystemVoltageGuideFactAdapter() {
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

} //CatalogAdapterFactory
