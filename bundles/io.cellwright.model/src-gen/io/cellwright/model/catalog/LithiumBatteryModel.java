/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Lithium Battery Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A lithium battery (Lithium Battery Smart 12.8 V / 25.6 V). Cell thresholds that are adjustable in the battery are SettingDefinitions (roles LOAD_DISCONNECT_CELL_VOLTAGE, PRE_ALARM_CELL_VOLTAGE).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.LithiumBatteryModel#getNominalVoltage <em>Nominal Voltage</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.LithiumBatteryModel#getCellsInSeries <em>Cells In Series</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.LithiumBatteryModel#getCapacities <em>Capacities</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.LithiumBatteryModel#getEnergy <em>Energy</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.LithiumBatteryModel#getMaxContinuousDischargeCurrent <em>Max Continuous Discharge Current</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.LithiumBatteryModel#getRecommendedDischargeCurrent <em>Recommended Discharge Current</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.LithiumBatteryModel#getMaxChargeCurrent <em>Max Charge Current</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.LithiumBatteryModel#getRecommendedChargeCurrent <em>Recommended Charge Current</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.LithiumBatteryModel#getChargeVoltage <em>Charge Voltage</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.LithiumBatteryModel#getFloatVoltage <em>Float Voltage</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.LithiumBatteryModel#getEndOfDischargeVoltage <em>End Of Discharge Voltage</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.LithiumBatteryModel#getDischargeTemperature <em>Discharge Temperature</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.LithiumBatteryModel#getChargeTemperature <em>Charge Temperature</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.LithiumBatteryModel#getRoundTripEfficiency <em>Round Trip Efficiency</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.LithiumBatteryModel#getCycleLife <em>Cycle Life</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.LithiumBatteryModel#getMaxInSeries <em>Max In Series</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.LithiumBatteryModel#getMaxPerSystem <em>Max Per System</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.LithiumBatteryModel#getPreAlarmSupport <em>Pre Alarm Support</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.LithiumBatteryModel#getInternalResistance <em>Internal Resistance</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.LithiumBatteryModel#getChargeDisconnectCellVoltage <em>Charge Disconnect Cell Voltage</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.LithiumBatteryModel#getChargeDisconnectHighTemperature <em>Charge Disconnect High Temperature</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.LithiumBatteryModel#getChargeDisconnectLowTemperature <em>Charge Disconnect Low Temperature</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.LithiumBatteryModel#getReserveAfterDisconnect <em>Reserve After Disconnect</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.LithiumBatteryModel#getChemistry <em>Chemistry</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getLithiumBatteryModel()
 * @model
 * @generated
 */
public interface LithiumBatteryModel extends ProductType {
	/**
	 * Returns the value of the '<em><b>Nominal Voltage</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Nominal voltage.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nominal Voltage</em>' containment reference.
	 * @see #setNominalVoltage(QuantityFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getLithiumBatteryModel_NominalVoltage()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='voltage'"
	 * @generated
	 */
	QuantityFact getNominalVoltage();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.LithiumBatteryModel#getNominalVoltage <em>Nominal Voltage</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nominal Voltage</em>' containment reference.
	 * @see #getNominalVoltage()
	 * @generated
	 */
	void setNominalVoltage(QuantityFact value);

	/**
	 * Returns the value of the '<em><b>Cells In Series</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cells in series (4 for 12.8 V, 8 for 25.6 V).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cells In Series</em>' containment reference.
	 * @see #setCellsInSeries(IntegerFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getLithiumBatteryModel_CellsInSeries()
	 * @model containment="true"
	 * @generated
	 */
	IntegerFact getCellsInSeries();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.LithiumBatteryModel#getCellsInSeries <em>Cells In Series</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cells In Series</em>' containment reference.
	 * @see #getCellsInSeries()
	 * @generated
	 */
	void setCellsInSeries(IntegerFact value);

	/**
	 * Returns the value of the '<em><b>Capacities</b></em>' containment reference list.
	 * The list contents are of type {@link io.cellwright.model.catalog.CapacityFact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Capacity at 25, 0 and -20 °C.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Capacities</em>' containment reference list.
	 * @see io.cellwright.model.catalog.CatalogPackage#getLithiumBatteryModel_Capacities()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='charge'"
	 * @generated
	 */
	EList<CapacityFact> getCapacities();

	/**
	 * Returns the value of the '<em><b>Energy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Nominal energy.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Energy</em>' containment reference.
	 * @see #setEnergy(QuantityFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getLithiumBatteryModel_Energy()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='energy'"
	 * @generated
	 */
	QuantityFact getEnergy();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.LithiumBatteryModel#getEnergy <em>Energy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Energy</em>' containment reference.
	 * @see #getEnergy()
	 * @generated
	 */
	void setEnergy(QuantityFact value);

	/**
	 * Returns the value of the '<em><b>Max Continuous Discharge Current</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Maximum continuous discharge current.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Continuous Discharge Current</em>' containment reference.
	 * @see #setMaxContinuousDischargeCurrent(QuantityFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getLithiumBatteryModel_MaxContinuousDischargeCurrent()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='current'"
	 * @generated
	 */
	QuantityFact getMaxContinuousDischargeCurrent();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.LithiumBatteryModel#getMaxContinuousDischargeCurrent <em>Max Continuous Discharge Current</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Continuous Discharge Current</em>' containment reference.
	 * @see #getMaxContinuousDischargeCurrent()
	 * @generated
	 */
	void setMaxContinuousDischargeCurrent(QuantityFact value);

	/**
	 * Returns the value of the '<em><b>Recommended Discharge Current</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Recommended discharge current.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recommended Discharge Current</em>' containment reference.
	 * @see #setRecommendedDischargeCurrent(QuantityFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getLithiumBatteryModel_RecommendedDischargeCurrent()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='current'"
	 * @generated
	 */
	QuantityFact getRecommendedDischargeCurrent();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.LithiumBatteryModel#getRecommendedDischargeCurrent <em>Recommended Discharge Current</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recommended Discharge Current</em>' containment reference.
	 * @see #getRecommendedDischargeCurrent()
	 * @generated
	 */
	void setRecommendedDischargeCurrent(QuantityFact value);

	/**
	 * Returns the value of the '<em><b>Max Charge Current</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Maximum charge current.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Charge Current</em>' containment reference.
	 * @see #setMaxChargeCurrent(QuantityFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getLithiumBatteryModel_MaxChargeCurrent()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='current'"
	 * @generated
	 */
	QuantityFact getMaxChargeCurrent();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.LithiumBatteryModel#getMaxChargeCurrent <em>Max Charge Current</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Charge Current</em>' containment reference.
	 * @see #getMaxChargeCurrent()
	 * @generated
	 */
	void setMaxChargeCurrent(QuantityFact value);

	/**
	 * Returns the value of the '<em><b>Recommended Charge Current</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Recommended charge current.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recommended Charge Current</em>' containment reference.
	 * @see #setRecommendedChargeCurrent(QuantityFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getLithiumBatteryModel_RecommendedChargeCurrent()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='current'"
	 * @generated
	 */
	QuantityFact getRecommendedChargeCurrent();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.LithiumBatteryModel#getRecommendedChargeCurrent <em>Recommended Charge Current</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recommended Charge Current</em>' containment reference.
	 * @see #getRecommendedChargeCurrent()
	 * @generated
	 */
	void setRecommendedChargeCurrent(QuantityFact value);

	/**
	 * Returns the value of the '<em><b>Charge Voltage</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Charge voltage range; nominal = recommended.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Charge Voltage</em>' containment reference.
	 * @see #setChargeVoltage(RangeFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getLithiumBatteryModel_ChargeVoltage()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='voltage'"
	 * @generated
	 */
	RangeFact getChargeVoltage();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.LithiumBatteryModel#getChargeVoltage <em>Charge Voltage</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Charge Voltage</em>' containment reference.
	 * @see #getChargeVoltage()
	 * @generated
	 */
	void setChargeVoltage(RangeFact value);

	/**
	 * Returns the value of the '<em><b>Float Voltage</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Float voltage.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Float Voltage</em>' containment reference.
	 * @see #setFloatVoltage(QuantityFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getLithiumBatteryModel_FloatVoltage()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='voltage'"
	 * @generated
	 */
	QuantityFact getFloatVoltage();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.LithiumBatteryModel#getFloatVoltage <em>Float Voltage</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Float Voltage</em>' containment reference.
	 * @see #getFloatVoltage()
	 * @generated
	 */
	void setFloatVoltage(QuantityFact value);

	/**
	 * Returns the value of the '<em><b>End Of Discharge Voltage</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * End of discharge voltage.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End Of Discharge Voltage</em>' containment reference.
	 * @see #setEndOfDischargeVoltage(QuantityFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getLithiumBatteryModel_EndOfDischargeVoltage()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='voltage'"
	 * @generated
	 */
	QuantityFact getEndOfDischargeVoltage();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.LithiumBatteryModel#getEndOfDischargeVoltage <em>End Of Discharge Voltage</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Of Discharge Voltage</em>' containment reference.
	 * @see #getEndOfDischargeVoltage()
	 * @generated
	 */
	void setEndOfDischargeVoltage(QuantityFact value);

	/**
	 * Returns the value of the '<em><b>Discharge Temperature</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Discharge temperature range.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Discharge Temperature</em>' containment reference.
	 * @see #setDischargeTemperature(RangeFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getLithiumBatteryModel_DischargeTemperature()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='temperature'"
	 * @generated
	 */
	RangeFact getDischargeTemperature();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.LithiumBatteryModel#getDischargeTemperature <em>Discharge Temperature</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Discharge Temperature</em>' containment reference.
	 * @see #getDischargeTemperature()
	 * @generated
	 */
	void setDischargeTemperature(RangeFact value);

	/**
	 * Returns the value of the '<em><b>Charge Temperature</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Charge temperature range.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Charge Temperature</em>' containment reference.
	 * @see #setChargeTemperature(RangeFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getLithiumBatteryModel_ChargeTemperature()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='temperature'"
	 * @generated
	 */
	RangeFact getChargeTemperature();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.LithiumBatteryModel#getChargeTemperature <em>Charge Temperature</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Charge Temperature</em>' containment reference.
	 * @see #getChargeTemperature()
	 * @generated
	 */
	void setChargeTemperature(RangeFact value);

	/**
	 * Returns the value of the '<em><b>Round Trip Efficiency</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Round-trip efficiency.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Round Trip Efficiency</em>' containment reference.
	 * @see #setRoundTripEfficiency(QuantityFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getLithiumBatteryModel_RoundTripEfficiency()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='dimensionless'"
	 * @generated
	 */
	QuantityFact getRoundTripEfficiency();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.LithiumBatteryModel#getRoundTripEfficiency <em>Round Trip Efficiency</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Round Trip Efficiency</em>' containment reference.
	 * @see #getRoundTripEfficiency()
	 * @generated
	 */
	void setRoundTripEfficiency(QuantityFact value);

	/**
	 * Returns the value of the '<em><b>Cycle Life</b></em>' containment reference list.
	 * The list contents are of type {@link io.cellwright.model.catalog.CycleLifeFact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cycle life per depth of discharge.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cycle Life</em>' containment reference list.
	 * @see io.cellwright.model.catalog.CatalogPackage#getLithiumBatteryModel_CycleLife()
	 * @model containment="true"
	 * @generated
	 */
	EList<CycleLifeFact> getCycleLife();

	/**
	 * Returns the value of the '<em><b>Max In Series</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Maximum batteries in series.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max In Series</em>' containment reference.
	 * @see #setMaxInSeries(IntegerFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getLithiumBatteryModel_MaxInSeries()
	 * @model containment="true"
	 * @generated
	 */
	IntegerFact getMaxInSeries();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.LithiumBatteryModel#getMaxInSeries <em>Max In Series</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max In Series</em>' containment reference.
	 * @see #getMaxInSeries()
	 * @generated
	 */
	void setMaxInSeries(IntegerFact value);

	/**
	 * Returns the value of the '<em><b>Max Per System</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Maximum batteries per system.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Per System</em>' containment reference.
	 * @see #setMaxPerSystem(IntegerFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getLithiumBatteryModel_MaxPerSystem()
	 * @model containment="true"
	 * @generated
	 */
	IntegerFact getMaxPerSystem();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.LithiumBatteryModel#getMaxPerSystem <em>Max Per System</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Per System</em>' containment reference.
	 * @see #getMaxPerSystem()
	 * @generated
	 */
	void setMaxPerSystem(IntegerFact value);

	/**
	 * Returns the value of the '<em><b>Pre Alarm Support</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Battery supports the BMS pre-alarm (001 §3.5.1 item 2).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pre Alarm Support</em>' containment reference.
	 * @see #setPreAlarmSupport(BooleanFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getLithiumBatteryModel_PreAlarmSupport()
	 * @model containment="true"
	 * @generated
	 */
	BooleanFact getPreAlarmSupport();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.LithiumBatteryModel#getPreAlarmSupport <em>Pre Alarm Support</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pre Alarm Support</em>' containment reference.
	 * @see #getPreAlarmSupport()
	 * @generated
	 */
	void setPreAlarmSupport(BooleanFact value);

	/**
	 * Returns the value of the '<em><b>Internal Resistance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Internal resistance (unsourced estimate, per battery).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Internal Resistance</em>' containment reference.
	 * @see #setInternalResistance(QuantityFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getLithiumBatteryModel_InternalResistance()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='resistance'"
	 * @generated
	 */
	QuantityFact getInternalResistance();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.LithiumBatteryModel#getInternalResistance <em>Internal Resistance</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Internal Resistance</em>' containment reference.
	 * @see #getInternalResistance()
	 * @generated
	 */
	void setInternalResistance(QuantityFact value);

	/**
	 * Returns the value of the '<em><b>Charge Disconnect Cell Voltage</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cell voltage above which charging is disconnected (not published; unsourced estimate, keep configurable).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Charge Disconnect Cell Voltage</em>' containment reference.
	 * @see #setChargeDisconnectCellVoltage(QuantityFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getLithiumBatteryModel_ChargeDisconnectCellVoltage()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='voltage'"
	 * @generated
	 */
	QuantityFact getChargeDisconnectCellVoltage();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.LithiumBatteryModel#getChargeDisconnectCellVoltage <em>Charge Disconnect Cell Voltage</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Charge Disconnect Cell Voltage</em>' containment reference.
	 * @see #getChargeDisconnectCellVoltage()
	 * @generated
	 */
	void setChargeDisconnectCellVoltage(QuantityFact value);

	/**
	 * Returns the value of the '<em><b>Charge Disconnect High Temperature</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cell temperature above which charging is disconnected.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Charge Disconnect High Temperature</em>' containment reference.
	 * @see #setChargeDisconnectHighTemperature(QuantityFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getLithiumBatteryModel_ChargeDisconnectHighTemperature()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='temperature'"
	 * @generated
	 */
	QuantityFact getChargeDisconnectHighTemperature();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.LithiumBatteryModel#getChargeDisconnectHighTemperature <em>Charge Disconnect High Temperature</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Charge Disconnect High Temperature</em>' containment reference.
	 * @see #getChargeDisconnectHighTemperature()
	 * @generated
	 */
	void setChargeDisconnectHighTemperature(QuantityFact value);

	/**
	 * Returns the value of the '<em><b>Charge Disconnect Low Temperature</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cell temperature below which charging is disconnected.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Charge Disconnect Low Temperature</em>' containment reference.
	 * @see #setChargeDisconnectLowTemperature(QuantityFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getLithiumBatteryModel_ChargeDisconnectLowTemperature()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='temperature'"
	 * @generated
	 */
	QuantityFact getChargeDisconnectLowTemperature();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.LithiumBatteryModel#getChargeDisconnectLowTemperature <em>Charge Disconnect Low Temperature</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Charge Disconnect Low Temperature</em>' containment reference.
	 * @see #getChargeDisconnectLowTemperature()
	 * @generated
	 */
	void setChargeDisconnectLowTemperature(QuantityFact value);

	/**
	 * Returns the value of the '<em><b>Reserve After Disconnect</b></em>' containment reference list.
	 * The list contents are of type {@link io.cellwright.model.catalog.ReserveFact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Capacity left after a low-voltage disconnect.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reserve After Disconnect</em>' containment reference list.
	 * @see io.cellwright.model.catalog.CatalogPackage#getLithiumBatteryModel_ReserveAfterDisconnect()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='dimensionless'"
	 * @generated
	 */
	EList<ReserveFact> getReserveAfterDisconnect();

	/**
	 * Returns the value of the '<em><b>Chemistry</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cell chemistry (OCV curve).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Chemistry</em>' reference.
	 * @see #setChemistry(CellChemistry)
	 * @see io.cellwright.model.catalog.CatalogPackage#getLithiumBatteryModel_Chemistry()
	 * @model
	 * @generated
	 */
	CellChemistry getChemistry();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.LithiumBatteryModel#getChemistry <em>Chemistry</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Chemistry</em>' reference.
	 * @see #getChemistry()
	 * @generated
	 */
	void setChemistry(CellChemistry value);

} // LithiumBatteryModel
