/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog.util;

import io.cellwright.model.catalog.*;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see io.cellwright.model.catalog.CatalogPackage
 * @generated
 */
public class CatalogSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static CatalogPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CatalogSwitch() {
		if (modelPackage == null) {
			modelPackage = CatalogPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case CatalogPackage.CATALOG: {
				Catalog catalog = (Catalog)theEObject;
				T result = caseCatalog(catalog);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.SOURCE_DOCUMENT: {
				SourceDocument sourceDocument = (SourceDocument)theEObject;
				T result = caseSourceDocument(sourceDocument);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.SOURCE_REF: {
				SourceRef sourceRef = (SourceRef)theEObject;
				T result = caseSourceRef(sourceRef);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.SOURCED: {
				Sourced sourced = (Sourced)theEObject;
				T result = caseSourced(sourced);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.RULING: {
				Ruling ruling = (Ruling)theEObject;
				T result = caseRuling(ruling);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.FACT: {
				Fact fact = (Fact)theEObject;
				T result = caseFact(fact);
				if (result == null) result = caseSourced(fact);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.QUANTITY_VALUE: {
				QuantityValue quantityValue = (QuantityValue)theEObject;
				T result = caseQuantityValue(quantityValue);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.QUANTITY: {
				Quantity quantity = (Quantity)theEObject;
				T result = caseQuantity(quantity);
				if (result == null) result = caseQuantityValue(quantity);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.QUANTITY_FACT: {
				QuantityFact quantityFact = (QuantityFact)theEObject;
				T result = caseQuantityFact(quantityFact);
				if (result == null) result = caseFact(quantityFact);
				if (result == null) result = caseQuantityValue(quantityFact);
				if (result == null) result = caseSourced(quantityFact);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.RANGE_FACT: {
				RangeFact rangeFact = (RangeFact)theEObject;
				T result = caseRangeFact(rangeFact);
				if (result == null) result = caseFact(rangeFact);
				if (result == null) result = caseSourced(rangeFact);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.BOOLEAN_FACT: {
				BooleanFact booleanFact = (BooleanFact)theEObject;
				T result = caseBooleanFact(booleanFact);
				if (result == null) result = caseFact(booleanFact);
				if (result == null) result = caseSourced(booleanFact);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.INTEGER_FACT: {
				IntegerFact integerFact = (IntegerFact)theEObject;
				T result = caseIntegerFact(integerFact);
				if (result == null) result = caseFact(integerFact);
				if (result == null) result = caseSourced(integerFact);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.TEXT_FACT: {
				TextFact textFact = (TextFact)theEObject;
				T result = caseTextFact(textFact);
				if (result == null) result = caseFact(textFact);
				if (result == null) result = caseSourced(textFact);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.QUANTITY_SET_FACT: {
				QuantitySetFact quantitySetFact = (QuantitySetFact)theEObject;
				T result = caseQuantitySetFact(quantitySetFact);
				if (result == null) result = caseFact(quantitySetFact);
				if (result == null) result = caseSourced(quantitySetFact);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.CAPABILITY_FACT: {
				CapabilityFact capabilityFact = (CapabilityFact)theEObject;
				T result = caseCapabilityFact(capabilityFact);
				if (result == null) result = caseFact(capabilityFact);
				if (result == null) result = caseSourced(capabilityFact);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.ALTERNATOR_PORT_FACT: {
				AlternatorPortFact alternatorPortFact = (AlternatorPortFact)theEObject;
				T result = caseAlternatorPortFact(alternatorPortFact);
				if (result == null) result = caseFact(alternatorPortFact);
				if (result == null) result = caseSourced(alternatorPortFact);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.DATA_COMMUNICATION_FACT: {
				DataCommunicationFact dataCommunicationFact = (DataCommunicationFact)theEObject;
				T result = caseDataCommunicationFact(dataCommunicationFact);
				if (result == null) result = caseFact(dataCommunicationFact);
				if (result == null) result = caseSourced(dataCommunicationFact);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.SWITCHED_OUTPUT_FACT: {
				SwitchedOutputFact switchedOutputFact = (SwitchedOutputFact)theEObject;
				T result = caseSwitchedOutputFact(switchedOutputFact);
				if (result == null) result = caseFact(switchedOutputFact);
				if (result == null) result = caseSourced(switchedOutputFact);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.DIMENSIONS_FACT: {
				DimensionsFact dimensionsFact = (DimensionsFact)theEObject;
				T result = caseDimensionsFact(dimensionsFact);
				if (result == null) result = caseFact(dimensionsFact);
				if (result == null) result = caseSourced(dimensionsFact);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.IP_RATING_FACT: {
				IpRatingFact ipRatingFact = (IpRatingFact)theEObject;
				T result = caseIpRatingFact(ipRatingFact);
				if (result == null) result = caseFact(ipRatingFact);
				if (result == null) result = caseSourced(ipRatingFact);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.LIFECYCLE_FACT: {
				LifecycleFact lifecycleFact = (LifecycleFact)theEObject;
				T result = caseLifecycleFact(lifecycleFact);
				if (result == null) result = caseFact(lifecycleFact);
				if (result == null) result = caseSourced(lifecycleFact);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.DOCUMENT_LINK_FACT: {
				DocumentLinkFact documentLinkFact = (DocumentLinkFact)theEObject;
				T result = caseDocumentLinkFact(documentLinkFact);
				if (result == null) result = caseFact(documentLinkFact);
				if (result == null) result = caseSourced(documentLinkFact);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.OUTPUT_STATE_FACT: {
				OutputStateFact outputStateFact = (OutputStateFact)theEObject;
				T result = caseOutputStateFact(outputStateFact);
				if (result == null) result = caseFact(outputStateFact);
				if (result == null) result = caseSourced(outputStateFact);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.CONNECTOR_FACT: {
				ConnectorFact connectorFact = (ConnectorFact)theEObject;
				T result = caseConnectorFact(connectorFact);
				if (result == null) result = caseFact(connectorFact);
				if (result == null) result = caseSourced(connectorFact);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.CONSUMPTION_FACT: {
				ConsumptionFact consumptionFact = (ConsumptionFact)theEObject;
				T result = caseConsumptionFact(consumptionFact);
				if (result == null) result = caseQuantityFact(consumptionFact);
				if (result == null) result = caseFact(consumptionFact);
				if (result == null) result = caseQuantityValue(consumptionFact);
				if (result == null) result = caseSourced(consumptionFact);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.CAPACITY_FACT: {
				CapacityFact capacityFact = (CapacityFact)theEObject;
				T result = caseCapacityFact(capacityFact);
				if (result == null) result = caseQuantityFact(capacityFact);
				if (result == null) result = caseFact(capacityFact);
				if (result == null) result = caseQuantityValue(capacityFact);
				if (result == null) result = caseSourced(capacityFact);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.CYCLE_LIFE_FACT: {
				CycleLifeFact cycleLifeFact = (CycleLifeFact)theEObject;
				T result = caseCycleLifeFact(cycleLifeFact);
				if (result == null) result = caseFact(cycleLifeFact);
				if (result == null) result = caseSourced(cycleLifeFact);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.STANDARDS_FACT: {
				StandardsFact standardsFact = (StandardsFact)theEObject;
				T result = caseStandardsFact(standardsFact);
				if (result == null) result = caseFact(standardsFact);
				if (result == null) result = caseSourced(standardsFact);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.ARTICLE_NUMBER_FACT: {
				ArticleNumberFact articleNumberFact = (ArticleNumberFact)theEObject;
				T result = caseArticleNumberFact(articleNumberFact);
				if (result == null) result = caseFact(articleNumberFact);
				if (result == null) result = caseSourced(articleNumberFact);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.INCLUDED_ITEM_FACT: {
				IncludedItemFact includedItemFact = (IncludedItemFact)theEObject;
				T result = caseIncludedItemFact(includedItemFact);
				if (result == null) result = caseFact(includedItemFact);
				if (result == null) result = caseSourced(includedItemFact);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.RESERVE_FACT: {
				ReserveFact reserveFact = (ReserveFact)theEObject;
				T result = caseReserveFact(reserveFact);
				if (result == null) result = caseQuantityFact(reserveFact);
				if (result == null) result = caseFact(reserveFact);
				if (result == null) result = caseQuantityValue(reserveFact);
				if (result == null) result = caseSourced(reserveFact);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.OCV_CURVE_FACT: {
				OcvCurveFact ocvCurveFact = (OcvCurveFact)theEObject;
				T result = caseOcvCurveFact(ocvCurveFact);
				if (result == null) result = caseFact(ocvCurveFact);
				if (result == null) result = caseSourced(ocvCurveFact);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.OCV_POINT: {
				OcvPoint ocvPoint = (OcvPoint)theEObject;
				T result = caseOcvPoint(ocvPoint);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.PRODUCT_FAMILY: {
				ProductFamily productFamily = (ProductFamily)theEObject;
				T result = caseProductFamily(productFamily);
				if (result == null) result = caseSourced(productFamily);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.PRODUCT_TYPE: {
				ProductType productType = (ProductType)theEObject;
				T result = caseProductType(productType);
				if (result == null) result = caseSourced(productType);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.PRODUCT_VARIANT: {
				ProductVariant productVariant = (ProductVariant)theEObject;
				T result = caseProductVariant(productVariant);
				if (result == null) result = caseSourced(productVariant);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.BMS_MODEL: {
				BmsModel bmsModel = (BmsModel)theEObject;
				T result = caseBmsModel(bmsModel);
				if (result == null) result = caseProductType(bmsModel);
				if (result == null) result = caseSourced(bmsModel);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.LITHIUM_BATTERY_MODEL: {
				LithiumBatteryModel lithiumBatteryModel = (LithiumBatteryModel)theEObject;
				T result = caseLithiumBatteryModel(lithiumBatteryModel);
				if (result == null) result = caseProductType(lithiumBatteryModel);
				if (result == null) result = caseSourced(lithiumBatteryModel);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.DEVICE_TYPE: {
				DeviceType deviceType = (DeviceType)theEObject;
				T result = caseDeviceType(deviceType);
				if (result == null) result = caseProductType(deviceType);
				if (result == null) result = caseSourced(deviceType);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.ACCESSORY_CABLE_TYPE: {
				AccessoryCableType accessoryCableType = (AccessoryCableType)theEObject;
				T result = caseAccessoryCableType(accessoryCableType);
				if (result == null) result = caseProductType(accessoryCableType);
				if (result == null) result = caseSourced(accessoryCableType);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.FUSE_TYPE: {
				FuseType fuseType = (FuseType)theEObject;
				T result = caseFuseType(fuseType);
				if (result == null) result = caseProductType(fuseType);
				if (result == null) result = caseSourced(fuseType);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.CABLE_WIRE: {
				CableWire cableWire = (CableWire)theEObject;
				T result = caseCableWire(cableWire);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.TERMINAL_DEFINITION: {
				TerminalDefinition terminalDefinition = (TerminalDefinition)theEObject;
				T result = caseTerminalDefinition(terminalDefinition);
				if (result == null) result = caseSourced(terminalDefinition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.POWER_PORT_SPEC: {
				PowerPortSpec powerPortSpec = (PowerPortSpec)theEObject;
				T result = casePowerPortSpec(powerPortSpec);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.OUTPUT_BEHAVIOUR: {
				OutputBehaviour outputBehaviour = (OutputBehaviour)theEObject;
				T result = caseOutputBehaviour(outputBehaviour);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.REMOTE_INPUT_BEHAVIOUR: {
				RemoteInputBehaviour remoteInputBehaviour = (RemoteInputBehaviour)theEObject;
				T result = caseRemoteInputBehaviour(remoteInputBehaviour);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.REMOTE_USE_MODE: {
				RemoteUseMode remoteUseMode = (RemoteUseMode)theEObject;
				T result = caseRemoteUseMode(remoteUseMode);
				if (result == null) result = caseFact(remoteUseMode);
				if (result == null) result = caseSourced(remoteUseMode);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.REMOTE_CONTROL_ROUTE: {
				RemoteControlRoute remoteControlRoute = (RemoteControlRoute)theEObject;
				T result = caseRemoteControlRoute(remoteControlRoute);
				if (result == null) result = caseSourced(remoteControlRoute);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.CABLE_WIRE_CONNECTION: {
				CableWireConnection cableWireConnection = (CableWireConnection)theEObject;
				T result = caseCableWireConnection(cableWireConnection);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.SETTING_DEFINITION: {
				SettingDefinition settingDefinition = (SettingDefinition)theEObject;
				T result = caseSettingDefinition(settingDefinition);
				if (result == null) result = caseSourced(settingDefinition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.NUMBER_SETTING_DEFINITION: {
				NumberSettingDefinition numberSettingDefinition = (NumberSettingDefinition)theEObject;
				T result = caseNumberSettingDefinition(numberSettingDefinition);
				if (result == null) result = caseSettingDefinition(numberSettingDefinition);
				if (result == null) result = caseSourced(numberSettingDefinition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.CHOICE_SETTING_DEFINITION: {
				ChoiceSettingDefinition choiceSettingDefinition = (ChoiceSettingDefinition)theEObject;
				T result = caseChoiceSettingDefinition(choiceSettingDefinition);
				if (result == null) result = caseSettingDefinition(choiceSettingDefinition);
				if (result == null) result = caseSourced(choiceSettingDefinition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.BOOLEAN_SETTING_DEFINITION: {
				BooleanSettingDefinition booleanSettingDefinition = (BooleanSettingDefinition)theEObject;
				T result = caseBooleanSettingDefinition(booleanSettingDefinition);
				if (result == null) result = caseSettingDefinition(booleanSettingDefinition);
				if (result == null) result = caseSourced(booleanSettingDefinition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.SETTING_OPTION: {
				SettingOption settingOption = (SettingOption)theEObject;
				T result = caseSettingOption(settingOption);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.FUSE_TABLE_ENTRY: {
				FuseTableEntry fuseTableEntry = (FuseTableEntry)theEObject;
				T result = caseFuseTableEntry(fuseTableEntry);
				if (result == null) result = caseFact(fuseTableEntry);
				if (result == null) result = caseSourced(fuseTableEntry);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.LED_INDICATOR: {
				LedIndicator ledIndicator = (LedIndicator)theEObject;
				T result = caseLedIndicator(ledIndicator);
				if (result == null) result = caseFact(ledIndicator);
				if (result == null) result = caseSourced(ledIndicator);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.LED_STATE: {
				LedState ledState = (LedState)theEObject;
				T result = caseLedState(ledState);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.STATUS_CODE: {
				StatusCode statusCode = (StatusCode)theEObject;
				T result = caseStatusCode(statusCode);
				if (result == null) result = caseFact(statusCode);
				if (result == null) result = caseSourced(statusCode);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.CELL_CHEMISTRY: {
				CellChemistry cellChemistry = (CellChemistry)theEObject;
				T result = caseCellChemistry(cellChemistry);
				if (result == null) result = caseSourced(cellChemistry);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.COMPARISON_TABLE: {
				ComparisonTable comparisonTable = (ComparisonTable)theEObject;
				T result = caseComparisonTable(comparisonTable);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.COMPARISON_COLUMN: {
				ComparisonColumn comparisonColumn = (ComparisonColumn)theEObject;
				T result = caseComparisonColumn(comparisonColumn);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.COMPARISON_ROW: {
				ComparisonRow comparisonRow = (ComparisonRow)theEObject;
				T result = caseComparisonRow(comparisonRow);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.WIRING_REFERENCE: {
				WiringReference wiringReference = (WiringReference)theEObject;
				T result = caseWiringReference(wiringReference);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.AMPACITY_FACT: {
				AmpacityFact ampacityFact = (AmpacityFact)theEObject;
				T result = caseAmpacityFact(ampacityFact);
				if (result == null) result = caseFact(ampacityFact);
				if (result == null) result = caseSourced(ampacityFact);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.VOLTAGE_DROP_LIMIT_FACT: {
				VoltageDropLimitFact voltageDropLimitFact = (VoltageDropLimitFact)theEObject;
				T result = caseVoltageDropLimitFact(voltageDropLimitFact);
				if (result == null) result = caseQuantityFact(voltageDropLimitFact);
				if (result == null) result = caseFact(voltageDropLimitFact);
				if (result == null) result = caseQuantityValue(voltageDropLimitFact);
				if (result == null) result = caseSourced(voltageDropLimitFact);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.SYSTEM_VOLTAGE_GUIDE_FACT: {
				SystemVoltageGuideFact systemVoltageGuideFact = (SystemVoltageGuideFact)theEObject;
				T result = caseSystemVoltageGuideFact(systemVoltageGuideFact);
				if (result == null) result = caseFact(systemVoltageGuideFact);
				if (result == null) result = caseSourced(systemVoltageGuideFact);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Catalog</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Catalog</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCatalog(Catalog object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Source Document</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Source Document</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSourceDocument(SourceDocument object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Source Ref</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Source Ref</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSourceRef(SourceRef object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Sourced</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Sourced</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSourced(Sourced object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Ruling</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Ruling</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRuling(Ruling object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Fact</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Fact</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFact(Fact object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Quantity Value</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Quantity Value</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseQuantityValue(QuantityValue object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Quantity</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Quantity</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseQuantity(Quantity object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Quantity Fact</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Quantity Fact</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseQuantityFact(QuantityFact object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Range Fact</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Range Fact</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRangeFact(RangeFact object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Boolean Fact</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Boolean Fact</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBooleanFact(BooleanFact object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Integer Fact</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Integer Fact</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIntegerFact(IntegerFact object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Text Fact</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Text Fact</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTextFact(TextFact object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Quantity Set Fact</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Quantity Set Fact</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseQuantitySetFact(QuantitySetFact object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Capability Fact</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Capability Fact</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCapabilityFact(CapabilityFact object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Alternator Port Fact</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Alternator Port Fact</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAlternatorPortFact(AlternatorPortFact object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Data Communication Fact</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Data Communication Fact</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDataCommunicationFact(DataCommunicationFact object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Switched Output Fact</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Switched Output Fact</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSwitchedOutputFact(SwitchedOutputFact object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Dimensions Fact</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Dimensions Fact</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDimensionsFact(DimensionsFact object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Ip Rating Fact</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Ip Rating Fact</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIpRatingFact(IpRatingFact object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Lifecycle Fact</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Lifecycle Fact</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLifecycleFact(LifecycleFact object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Document Link Fact</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Document Link Fact</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDocumentLinkFact(DocumentLinkFact object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Output State Fact</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Output State Fact</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOutputStateFact(OutputStateFact object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Connector Fact</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Connector Fact</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConnectorFact(ConnectorFact object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Consumption Fact</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Consumption Fact</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConsumptionFact(ConsumptionFact object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Capacity Fact</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Capacity Fact</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCapacityFact(CapacityFact object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Cycle Life Fact</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Cycle Life Fact</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCycleLifeFact(CycleLifeFact object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Standards Fact</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Standards Fact</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStandardsFact(StandardsFact object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Article Number Fact</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Article Number Fact</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseArticleNumberFact(ArticleNumberFact object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Included Item Fact</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Included Item Fact</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIncludedItemFact(IncludedItemFact object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Reserve Fact</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Reserve Fact</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseReserveFact(ReserveFact object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Ocv Curve Fact</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Ocv Curve Fact</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOcvCurveFact(OcvCurveFact object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Ocv Point</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Ocv Point</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOcvPoint(OcvPoint object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Product Family</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Product Family</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProductFamily(ProductFamily object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Product Type</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Product Type</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProductType(ProductType object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Product Variant</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Product Variant</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProductVariant(ProductVariant object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Bms Model</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Bms Model</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBmsModel(BmsModel object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Lithium Battery Model</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Lithium Battery Model</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLithiumBatteryModel(LithiumBatteryModel object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Device Type</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Device Type</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDeviceType(DeviceType object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Accessory Cable Type</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Accessory Cable Type</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAccessoryCableType(AccessoryCableType object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Fuse Type</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Fuse Type</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFuseType(FuseType object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Cable Wire</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Cable Wire</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCableWire(CableWire object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Terminal Definition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Terminal Definition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTerminalDefinition(TerminalDefinition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Power Port Spec</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Power Port Spec</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePowerPortSpec(PowerPortSpec object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Output Behaviour</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Output Behaviour</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOutputBehaviour(OutputBehaviour object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Remote Input Behaviour</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Remote Input Behaviour</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRemoteInputBehaviour(RemoteInputBehaviour object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Remote Use Mode</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Remote Use Mode</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRemoteUseMode(RemoteUseMode object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Remote Control Route</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Remote Control Route</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRemoteControlRoute(RemoteControlRoute object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Cable Wire Connection</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Cable Wire Connection</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCableWireConnection(CableWireConnection object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Setting Definition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Setting Definition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSettingDefinition(SettingDefinition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Number Setting Definition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Number Setting Definition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNumberSettingDefinition(NumberSettingDefinition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Choice Setting Definition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Choice Setting Definition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseChoiceSettingDefinition(ChoiceSettingDefinition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Boolean Setting Definition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Boolean Setting Definition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBooleanSettingDefinition(BooleanSettingDefinition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Setting Option</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Setting Option</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSettingOption(SettingOption object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Fuse Table Entry</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Fuse Table Entry</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFuseTableEntry(FuseTableEntry object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Led Indicator</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Led Indicator</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLedIndicator(LedIndicator object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Led State</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Led State</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLedState(LedState object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Status Code</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Status Code</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStatusCode(StatusCode object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Cell Chemistry</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Cell Chemistry</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCellChemistry(CellChemistry object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Comparison Table</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Comparison Table</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseComparisonTable(ComparisonTable object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Comparison Column</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Comparison Column</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseComparisonColumn(ComparisonColumn object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Comparison Row</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Comparison Row</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseComparisonRow(ComparisonRow object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Wiring Reference</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Wiring Reference</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseWiringReference(WiringReference object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Ampacity Fact</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Ampacity Fact</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAmpacityFact(AmpacityFact object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Voltage Drop Limit Fact</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Voltage Drop Limit Fact</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseVoltageDropLimitFact(VoltageDropLimitFact object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>System Voltage Guide Fact</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>System Voltage Guide Fact</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSystemVoltageGuideFact(SystemVoltageGuideFact object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //CatalogSwitch
