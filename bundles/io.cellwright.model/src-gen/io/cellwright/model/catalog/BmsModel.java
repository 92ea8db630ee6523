/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Bms Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A battery management system. The first group of facts are the rows of the 002 comparison table, in its order; the terminals carry the detailed port and output specifications.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.BmsModel#getSystemVoltages <em>System Voltages</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.BmsModel#getSystemConnection <em>System Connection</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.BmsModel#getAlternatorPort <em>Alternator Port</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.BmsModel#getBatteryMonitor <em>Battery Monitor</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.BmsModel#getBluetooth <em>Bluetooth</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.BmsModel#getDataCommunication <em>Data Communication</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.BmsModel#getDvccControl <em>Dvcc Control</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.BmsModel#getDischargeTerminal <em>Discharge Terminal</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.BmsModel#getChargeTerminal <em>Charge Terminal</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.BmsModel#getPreAlarmTerminal <em>Pre Alarm Terminal</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.BmsModel#getRemoteOnOffTerminal <em>Remote On Off Terminal</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.BmsModel#getAuxiliaryOutput <em>Auxiliary Output</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.BmsModel#getAuxiliaryInput <em>Auxiliary Input</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.BmsModel#getFirmwareUpdate <em>Firmware Update</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.BmsModel#getMaxBatteries <em>Max Batteries</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.BmsModel#getMaxLynxDistributors <em>Max Lynx Distributors</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.BmsModel#getSoftSwitch <em>Soft Switch</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.BmsModel#getInstantReadout <em>Instant Readout</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.BmsModel#getIgnitionProof <em>Ignition Proof</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.BmsModel#getAlternatorFuseTable <em>Alternator Fuse Table</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.BmsModel#getGndFuse <em>Gnd Fuse</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.BmsModel#getGndFuseFactor <em>Gnd Fuse Factor</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.BmsModel#getChargeLimitHysteresis <em>Charge Limit Hysteresis</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.BmsModel#getChargeLimitResumeDelay <em>Charge Limit Resume Delay</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getBmsModel()
 * @model
 * @generated
 */
public interface BmsModel extends ProductType {
	/**
	 * Returns the value of the '<em><b>System Voltages</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * System voltages (002 row 'System voltage').
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>System Voltages</em>' containment reference.
	 * @see #setSystemVoltages(QuantitySetFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getBmsModel_SystemVoltages()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='voltage'"
	 * @generated
	 */
	QuantitySetFact getSystemVoltages();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.BmsModel#getSystemVoltages <em>System Voltages</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>System Voltages</em>' containment reference.
	 * @see #getSystemVoltages()
	 * @generated
	 */
	void setSystemVoltages(QuantitySetFact value);

	/**
	 * Returns the value of the '<em><b>System Connection</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * System connection: DC contactor or System+ port current (002 row 'System connection').
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>System Connection</em>' containment reference.
	 * @see #setSystemConnection(CapabilityFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getBmsModel_SystemConnection()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='current'"
	 * @generated
	 */
	CapabilityFact getSystemConnection();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.BmsModel#getSystemConnection <em>System Connection</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>System Connection</em>' containment reference.
	 * @see #getSystemConnection()
	 * @generated
	 */
	void setSystemConnection(CapabilityFact value);

	/**
	 * Returns the value of the '<em><b>Alternator Port</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 002 row 'Alternator port'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Alternator Port</em>' containment reference.
	 * @see #setAlternatorPort(AlternatorPortFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getBmsModel_AlternatorPort()
	 * @model containment="true"
	 * @generated
	 */
	AlternatorPortFact getAlternatorPort();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.BmsModel#getAlternatorPort <em>Alternator Port</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Alternator Port</em>' containment reference.
	 * @see #getAlternatorPort()
	 * @generated
	 */
	void setAlternatorPort(AlternatorPortFact value);

	/**
	 * Returns the value of the '<em><b>Battery Monitor</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 002 row 'Battery monitor'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Battery Monitor</em>' containment reference.
	 * @see #setBatteryMonitor(BooleanFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getBmsModel_BatteryMonitor()
	 * @model containment="true"
	 * @generated
	 */
	BooleanFact getBatteryMonitor();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.BmsModel#getBatteryMonitor <em>Battery Monitor</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Battery Monitor</em>' containment reference.
	 * @see #getBatteryMonitor()
	 * @generated
	 */
	void setBatteryMonitor(BooleanFact value);

	/**
	 * Returns the value of the '<em><b>Bluetooth</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 002 row 'Bluetooth'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bluetooth</em>' containment reference.
	 * @see #setBluetooth(BooleanFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getBmsModel_Bluetooth()
	 * @model containment="true"
	 * @generated
	 */
	BooleanFact getBluetooth();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.BmsModel#getBluetooth <em>Bluetooth</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bluetooth</em>' containment reference.
	 * @see #getBluetooth()
	 * @generated
	 */
	void setBluetooth(BooleanFact value);

	/**
	 * Returns the value of the '<em><b>Data Communication</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 002 row 'Data communication'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Communication</em>' containment reference.
	 * @see #setDataCommunication(DataCommunicationFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getBmsModel_DataCommunication()
	 * @model containment="true"
	 * @generated
	 */
	DataCommunicationFact getDataCommunication();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.BmsModel#getDataCommunication <em>Data Communication</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Communication</em>' containment reference.
	 * @see #getDataCommunication()
	 * @generated
	 */
	void setDataCommunication(DataCommunicationFact value);

	/**
	 * Returns the value of the '<em><b>Dvcc Control</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 002 row 'Control via GX device (DVCC)'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dvcc Control</em>' containment reference.
	 * @see #setDvccControl(BooleanFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getBmsModel_DvccControl()
	 * @model containment="true"
	 * @generated
	 */
	BooleanFact getDvccControl();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.BmsModel#getDvccControl <em>Dvcc Control</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dvcc Control</em>' containment reference.
	 * @see #getDvccControl()
	 * @generated
	 */
	void setDvccControl(BooleanFact value);

	/**
	 * Returns the value of the '<em><b>Discharge Terminal</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 002 row 'Allowed to discharge terminal(s)'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Discharge Terminal</em>' containment reference.
	 * @see #setDischargeTerminal(SwitchedOutputFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getBmsModel_DischargeTerminal()
	 * @model containment="true"
	 * @generated
	 */
	SwitchedOutputFact getDischargeTerminal();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.BmsModel#getDischargeTerminal <em>Discharge Terminal</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Discharge Terminal</em>' containment reference.
	 * @see #getDischargeTerminal()
	 * @generated
	 */
	void setDischargeTerminal(SwitchedOutputFact value);

	/**
	 * Returns the value of the '<em><b>Charge Terminal</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 002 row 'Allowed to charge terminal(s)'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Charge Terminal</em>' containment reference.
	 * @see #setChargeTerminal(SwitchedOutputFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getBmsModel_ChargeTerminal()
	 * @model containment="true"
	 * @generated
	 */
	SwitchedOutputFact getChargeTerminal();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.BmsModel#getChargeTerminal <em>Charge Terminal</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Charge Terminal</em>' containment reference.
	 * @see #getChargeTerminal()
	 * @generated
	 */
	void setChargeTerminal(SwitchedOutputFact value);

	/**
	 * Returns the value of the '<em><b>Pre Alarm Terminal</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 002 row 'Pre-alarm terminal(s)'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pre Alarm Terminal</em>' containment reference.
	 * @see #setPreAlarmTerminal(SwitchedOutputFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getBmsModel_PreAlarmTerminal()
	 * @model containment="true"
	 * @generated
	 */
	SwitchedOutputFact getPreAlarmTerminal();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.BmsModel#getPreAlarmTerminal <em>Pre Alarm Terminal</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pre Alarm Terminal</em>' containment reference.
	 * @see #getPreAlarmTerminal()
	 * @generated
	 */
	void setPreAlarmTerminal(SwitchedOutputFact value);

	/**
	 * Returns the value of the '<em><b>Remote On Off Terminal</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 002 row 'Remote on/off terminal'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Remote On Off Terminal</em>' containment reference.
	 * @see #setRemoteOnOffTerminal(BooleanFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getBmsModel_RemoteOnOffTerminal()
	 * @model containment="true"
	 * @generated
	 */
	BooleanFact getRemoteOnOffTerminal();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.BmsModel#getRemoteOnOffTerminal <em>Remote On Off Terminal</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Remote On Off Terminal</em>' containment reference.
	 * @see #getRemoteOnOffTerminal()
	 * @generated
	 */
	void setRemoteOnOffTerminal(BooleanFact value);

	/**
	 * Returns the value of the '<em><b>Auxiliary Output</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 002 row 'Auxiliary output'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Auxiliary Output</em>' containment reference.
	 * @see #setAuxiliaryOutput(CapabilityFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getBmsModel_AuxiliaryOutput()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='current'"
	 * @generated
	 */
	CapabilityFact getAuxiliaryOutput();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.BmsModel#getAuxiliaryOutput <em>Auxiliary Output</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Auxiliary Output</em>' containment reference.
	 * @see #getAuxiliaryOutput()
	 * @generated
	 */
	void setAuxiliaryOutput(CapabilityFact value);

	/**
	 * Returns the value of the '<em><b>Auxiliary Input</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 002 row 'Auxiliary input'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Auxiliary Input</em>' containment reference.
	 * @see #setAuxiliaryInput(CapabilityFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getBmsModel_AuxiliaryInput()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='current'"
	 * @generated
	 */
	CapabilityFact getAuxiliaryInput();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.BmsModel#getAuxiliaryInput <em>Auxiliary Input</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Auxiliary Input</em>' containment reference.
	 * @see #getAuxiliaryInput()
	 * @generated
	 */
	void setAuxiliaryInput(CapabilityFact value);

	/**
	 * Returns the value of the '<em><b>Firmware Update</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 002 row 'Possible to update firmware'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Firmware Update</em>' containment reference.
	 * @see #setFirmwareUpdate(BooleanFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getBmsModel_FirmwareUpdate()
	 * @model containment="true"
	 * @generated
	 */
	BooleanFact getFirmwareUpdate();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.BmsModel#getFirmwareUpdate <em>Firmware Update</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Firmware Update</em>' containment reference.
	 * @see #getFirmwareUpdate()
	 * @generated
	 */
	void setFirmwareUpdate(BooleanFact value);

	/**
	 * Returns the value of the '<em><b>Max Batteries</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Maximum number of batteries per BMS (disputed: 20 in 000/001/002, 5 in 003 and 004).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Batteries</em>' containment reference.
	 * @see #setMaxBatteries(IntegerFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getBmsModel_MaxBatteries()
	 * @model containment="true"
	 * @generated
	 */
	IntegerFact getMaxBatteries();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.BmsModel#getMaxBatteries <em>Max Batteries</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Batteries</em>' containment reference.
	 * @see #getMaxBatteries()
	 * @generated
	 */
	void setMaxBatteries(IntegerFact value);

	/**
	 * Returns the value of the '<em><b>Max Lynx Distributors</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lynx distributor modules the BMS can monitor (002).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Lynx Distributors</em>' containment reference.
	 * @see #setMaxLynxDistributors(IntegerFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getBmsModel_MaxLynxDistributors()
	 * @model containment="true"
	 * @generated
	 */
	IntegerFact getMaxLynxDistributors();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.BmsModel#getMaxLynxDistributors <em>Max Lynx Distributors</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Lynx Distributors</em>' containment reference.
	 * @see #getMaxLynxDistributors()
	 * @generated
	 */
	void setMaxLynxDistributors(IntegerFact value);

	/**
	 * Returns the value of the '<em><b>Soft Switch</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Can be switched on and off in the VictronConnect app (002).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Soft Switch</em>' containment reference.
	 * @see #setSoftSwitch(BooleanFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getBmsModel_SoftSwitch()
	 * @model containment="true"
	 * @generated
	 */
	BooleanFact getSoftSwitch();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.BmsModel#getSoftSwitch <em>Soft Switch</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Soft Switch</em>' containment reference.
	 * @see #getSoftSwitch()
	 * @generated
	 */
	void setSoftSwitch(BooleanFact value);

	/**
	 * Returns the value of the '<em><b>Instant Readout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Supports Instant Readout (002, 001 §2.1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Instant Readout</em>' containment reference.
	 * @see #setInstantReadout(BooleanFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getBmsModel_InstantReadout()
	 * @model containment="true"
	 * @generated
	 */
	BooleanFact getInstantReadout();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.BmsModel#getInstantReadout <em>Instant Readout</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instant Readout</em>' containment reference.
	 * @see #getInstantReadout()
	 * @generated
	 */
	void setInstantReadout(BooleanFact value);

	/**
	 * Returns the value of the '<em><b>Ignition Proof</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * MOSFET switches, no relays, thus ignition proof (000, 003).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ignition Proof</em>' containment reference.
	 * @see #setIgnitionProof(BooleanFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getBmsModel_IgnitionProof()
	 * @model containment="true"
	 * @generated
	 */
	BooleanFact getIgnitionProof();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.BmsModel#getIgnitionProof <em>Ignition Proof</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ignition Proof</em>' containment reference.
	 * @see #getIgnitionProof()
	 * @generated
	 */
	void setIgnitionProof(BooleanFact value);

	/**
	 * Returns the value of the '<em><b>Alternator Fuse Table</b></em>' containment reference list.
	 * The list contents are of type {@link io.cellwright.model.catalog.FuseTableEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fuse rating and resulting maximum alternator charge current (001 §3.4 table), in table order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Alternator Fuse Table</em>' containment reference list.
	 * @see io.cellwright.model.catalog.CatalogPackage#getBmsModel_AlternatorFuseTable()
	 * @model containment="true" keys="id"
	 * @generated
	 */
	EList<FuseTableEntry> getAlternatorFuseTable();

	/**
	 * Returns the value of the '<em><b>Gnd Fuse</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Required rating range of the GND wire fuse (001 §3.4 step 8: 300 mA - 1.3 A).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gnd Fuse</em>' containment reference.
	 * @see #setGndFuse(RangeFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getBmsModel_GndFuse()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='current'"
	 * @generated
	 */
	RangeFact getGndFuse();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.BmsModel#getGndFuse <em>Gnd Fuse</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gnd Fuse</em>' containment reference.
	 * @see #getGndFuse()
	 * @generated
	 */
	void setGndFuse(RangeFact value);

	/**
	 * Returns the value of the '<em><b>Gnd Fuse Factor</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Factor applied to the expected consumption to size the GND fuse (001 §3.4 step 8: 1.25).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gnd Fuse Factor</em>' containment reference.
	 * @see #setGndFuseFactor(QuantityFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getBmsModel_GndFuseFactor()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='dimensionless'"
	 * @generated
	 */
	QuantityFact getGndFuseFactor();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.BmsModel#getGndFuseFactor <em>Gnd Fuse Factor</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gnd Fuse Factor</em>' containment reference.
	 * @see #getGndFuseFactor()
	 * @generated
	 */
	void setGndFuseFactor(QuantityFact value);

	/**
	 * Returns the value of the '<em><b>Charge Limit Hysteresis</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Charging resumes when the battery is this far below the battery charge limit (001 §2.2, 3.5.1: 0.5 V).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Charge Limit Hysteresis</em>' containment reference.
	 * @see #setChargeLimitHysteresis(QuantityFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getBmsModel_ChargeLimitHysteresis()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='voltage'"
	 * @generated
	 */
	QuantityFact getChargeLimitHysteresis();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.BmsModel#getChargeLimitHysteresis <em>Charge Limit Hysteresis</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Charge Limit Hysteresis</em>' containment reference.
	 * @see #getChargeLimitHysteresis()
	 * @generated
	 */
	void setChargeLimitHysteresis(QuantityFact value);

	/**
	 * Returns the value of the '<em><b>Charge Limit Resume Delay</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ... for this many consecutive seconds (001: 10 s).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Charge Limit Resume Delay</em>' containment reference.
	 * @see #setChargeLimitResumeDelay(QuantityFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getBmsModel_ChargeLimitResumeDelay()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='time'"
	 * @generated
	 */
	QuantityFact getChargeLimitResumeDelay();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.BmsModel#getChargeLimitResumeDelay <em>Charge Limit Resume Delay</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Charge Limit Resume Delay</em>' containment reference.
	 * @see #getChargeLimitResumeDelay()
	 * @generated
	 */
	void setChargeLimitResumeDelay(QuantityFact value);

} // BmsModel
