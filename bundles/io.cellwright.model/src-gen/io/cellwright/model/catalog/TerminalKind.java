/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Terminal Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Typed kind of a terminal (port) of a product. Wiring checks, the simulation and the diagram's port styles key on this kind. The label annotation gives the name printed on the devices.
 * <!-- end-model-doc -->
 * @see io.cellwright.model.catalog.CatalogPackage#getTerminalKind()
 * @model
 * @generated
 */
public enum TerminalKind implements Enumerator {
	/**
	 * The '<em><b>UNSPECIFIED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNSPECIFIED_VALUE
	 * @generated
	 * @ordered
	 */
	UNSPECIFIED(0, "UNSPECIFIED", "UNSPECIFIED"),

	/**
	 * The '<em><b>BATTERY POSITIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Positive pole of a battery.
	 * <!-- end-model-doc -->
	 * @see #BATTERY_POSITIVE_VALUE
	 * @generated
	 * @ordered
	 */
	BATTERY_POSITIVE(1, "BATTERY_POSITIVE", "BATTERY_POSITIVE"),

	/**
	 * The '<em><b>BATTERY NEGATIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Negative pole of a battery.
	 * <!-- end-model-doc -->
	 * @see #BATTERY_NEGATIVE_VALUE
	 * @generated
	 * @ordered
	 */
	BATTERY_NEGATIVE(2, "BATTERY_NEGATIVE", "BATTERY_NEGATIVE"),

	/**
	 * The '<em><b>DC POSITIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DC positive terminal of a device (battery input of an inverter, charger output, BatteryProtect IN/OUT, DC-DC input/output...); see direction.
	 * <!-- end-model-doc -->
	 * @see #DC_POSITIVE_VALUE
	 * @generated
	 * @ordered
	 */
	DC_POSITIVE(3, "DC_POSITIVE", "DC_POSITIVE"),

	/**
	 * The '<em><b>DC NEGATIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DC negative terminal of a device.
	 * <!-- end-model-doc -->
	 * @see #DC_NEGATIVE_VALUE
	 * @generated
	 * @ordered
	 */
	DC_NEGATIVE(4, "DC_NEGATIVE", "DC_NEGATIVE"),

	/**
	 * The '<em><b>LI ION POSITIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * BMS terminal for the lithium battery positive (001 §3.4 step 6).
	 * <!-- end-model-doc -->
	 * @see #LI_ION_POSITIVE_VALUE
	 * @generated
	 * @ordered
	 */
	LI_ION_POSITIVE(5, "LI_ION_POSITIVE", "LI_ION_POSITIVE"),

	/**
	 * The '<em><b>SYSTEM POSITIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * BMS power port for loads and chargers (000, 001 §2.2).
	 * <!-- end-model-doc -->
	 * @see #SYSTEM_POSITIVE_VALUE
	 * @generated
	 * @ordered
	 */
	SYSTEM_POSITIVE(6, "SYSTEM_POSITIVE", "SYSTEM_POSITIVE"),

	/**
	 * The '<em><b>ALTERNATOR STARTER POSITIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * BMS input from the alternator and starter battery (000, 001 §2.2).
	 * <!-- end-model-doc -->
	 * @see #ALTERNATOR_STARTER_POSITIVE_VALUE
	 * @generated
	 * @ordered
	 */
	ALTERNATOR_STARTER_POSITIVE(7, "ALTERNATOR_STARTER_POSITIVE", "ALTERNATOR_STARTER_POSITIVE"),

	/**
	 * The '<em><b>GROUND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ground / battery minus supply of an electronic device (001 §3.4 step 8).
	 * <!-- end-model-doc -->
	 * @see #GROUND_VALUE
	 * @generated
	 * @ordered
	 */
	GROUND(8, "GROUND", "GROUND"),

	/**
	 * The '<em><b>BMS CABLE IN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * M8 circular connector of the battery BMS cable daisy chain, input side (001 §3.2.4).
	 * <!-- end-model-doc -->
	 * @see #BMS_CABLE_IN_VALUE
	 * @generated
	 * @ordered
	 */
	BMS_CABLE_IN(9, "BMS_CABLE_IN", "BMS_CABLE_IN"),

	/**
	 * The '<em><b>BMS CABLE OUT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * M8 circular connector of the BMS cable daisy chain, output side.
	 * <!-- end-model-doc -->
	 * @see #BMS_CABLE_OUT_VALUE
	 * @generated
	 * @ordered
	 */
	BMS_CABLE_OUT(10, "BMS_CABLE_OUT", "BMS_CABLE_OUT"),

	/**
	 * The '<em><b>LOAD DISCONNECT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * BMS output that allows discharge (001 §2.2, 3.2.1).
	 * <!-- end-model-doc -->
	 * @see #LOAD_DISCONNECT_VALUE
	 * @generated
	 * @ordered
	 */
	LOAD_DISCONNECT(11, "LOAD_DISCONNECT", "LOAD_DISCONNECT"),

	/**
	 * The '<em><b>CHARGE DISCONNECT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * BMS output that allows charge (001 §2.2, 3.2.3).
	 * <!-- end-model-doc -->
	 * @see #CHARGE_DISCONNECT_VALUE
	 * @generated
	 * @ordered
	 */
	CHARGE_DISCONNECT(12, "CHARGE_DISCONNECT", "CHARGE_DISCONNECT"),

	/**
	 * The '<em><b>PRE ALARM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * BMS pre-alarm output (001 §2.2).
	 * <!-- end-model-doc -->
	 * @see #PRE_ALARM_VALUE
	 * @generated
	 * @ordered
	 */
	PRE_ALARM(13, "PRE_ALARM", "PRE_ALARM"),

	/**
	 * The '<em><b>REMOTE L</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Remote on/off terminal L (ON when pulled low or bridged to H).
	 * <!-- end-model-doc -->
	 * @see #REMOTE_L_VALUE
	 * @generated
	 * @ordered
	 */
	REMOTE_L(14, "REMOTE_L", "REMOTE_L"),

	/**
	 * The '<em><b>REMOTE H</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Remote on/off terminal H (ON when pulled high or bridged to L).
	 * <!-- end-model-doc -->
	 * @see #REMOTE_H_VALUE
	 * @generated
	 * @ordered
	 */
	REMOTE_H(15, "REMOTE_H", "REMOTE_H"),

	/**
	 * The '<em><b>REMOTE ON OFF INPUT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Single remote on/off (control) input of a device; its RemoteInputBehaviour gives the polarity.
	 * <!-- end-model-doc -->
	 * @see #REMOTE_ON_OFF_INPUT_VALUE
	 * @generated
	 * @ordered
	 */
	REMOTE_ON_OFF_INPUT(16, "REMOTE_ON_OFF_INPUT", "REMOTE_ON_OFF_INPUT"),

	/**
	 * The '<em><b>VE DIRECT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VE_DIRECT_VALUE
	 * @generated
	 * @ordered
	 */
	VE_DIRECT(17, "VE_DIRECT", "VE_DIRECT"),

	/**
	 * The '<em><b>VE BUS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VE_BUS_VALUE
	 * @generated
	 * @ordered
	 */
	VE_BUS(18, "VE_BUS", "VE_BUS"),

	/**
	 * The '<em><b>VE CAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VE_CAN_VALUE
	 * @generated
	 * @ordered
	 */
	VE_CAN(19, "VE_CAN", "VE_CAN"),

	/**
	 * The '<em><b>AC INPUT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AC_INPUT_VALUE
	 * @generated
	 * @ordered
	 */
	AC_INPUT(20, "AC_INPUT", "AC_INPUT"),

	/**
	 * The '<em><b>AC OUTPUT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AC_OUTPUT_VALUE
	 * @generated
	 * @ordered
	 */
	AC_OUTPUT(21, "AC_OUTPUT", "AC_OUTPUT"),

	/**
	 * The '<em><b>RELAY CONTACT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Relay contact (programmable relay of a battery monitor or BMS).
	 * <!-- end-model-doc -->
	 * @see #RELAY_CONTACT_VALUE
	 * @generated
	 * @ordered
	 */
	RELAY_CONTACT(22, "RELAY_CONTACT", "RELAY_CONTACT"),

	/**
	 * The '<em><b>AUX OUTPUT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUX_OUTPUT_VALUE
	 * @generated
	 * @ordered
	 */
	AUX_OUTPUT(23, "AUX_OUTPUT", "AUX_OUTPUT"),

	/**
	 * The '<em><b>AUX INPUT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUX_INPUT_VALUE
	 * @generated
	 * @ordered
	 */
	AUX_INPUT(24, "AUX_INPUT", "AUX_INPUT"),

	/**
	 * The '<em><b>PV POSITIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PV_POSITIVE_VALUE
	 * @generated
	 * @ordered
	 */
	PV_POSITIVE(25, "PV_POSITIVE", "PV_POSITIVE"),

	/**
	 * The '<em><b>PV NEGATIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PV_NEGATIVE_VALUE
	 * @generated
	 * @ordered
	 */
	PV_NEGATIVE(26, "PV_NEGATIVE", "PV_NEGATIVE"),

	/**
	 * The '<em><b>SHUNT BATTERY NEGATIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHUNT_BATTERY_NEGATIVE_VALUE
	 * @generated
	 * @ordered
	 */
	SHUNT_BATTERY_NEGATIVE(27, "SHUNT_BATTERY_NEGATIVE", "SHUNT_BATTERY_NEGATIVE"),

	/**
	 * The '<em><b>SHUNT SYSTEM NEGATIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHUNT_SYSTEM_NEGATIVE_VALUE
	 * @generated
	 * @ordered
	 */
	SHUNT_SYSTEM_NEGATIVE(28, "SHUNT_SYSTEM_NEGATIVE", "SHUNT_SYSTEM_NEGATIVE"),

	/**
	 * The '<em><b>VOLTAGE SENSE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VOLTAGE_SENSE_VALUE
	 * @generated
	 * @ordered
	 */
	VOLTAGE_SENSE(29, "VOLTAGE_SENSE", "VOLTAGE_SENSE"),

	/**
	 * The '<em><b>SIGNAL INPUT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Input end of an interface cable.
	 * <!-- end-model-doc -->
	 * @see #SIGNAL_INPUT_VALUE
	 * @generated
	 * @ordered
	 */
	SIGNAL_INPUT(30, "SIGNAL_INPUT", "SIGNAL_INPUT"),

	/**
	 * The '<em><b>SIGNAL OUTPUT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Output end of an interface cable.
	 * <!-- end-model-doc -->
	 * @see #SIGNAL_OUTPUT_VALUE
	 * @generated
	 * @ordered
	 */
	SIGNAL_OUTPUT(31, "SIGNAL_OUTPUT", "SIGNAL_OUTPUT"),

	/**
	 * The '<em><b>PASS THROUGH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Passive terminal of a fuse, fuse holder, switch or busbar.
	 * <!-- end-model-doc -->
	 * @see #PASS_THROUGH_VALUE
	 * @generated
	 * @ordered
	 */
	PASS_THROUGH(32, "PASS_THROUGH", "PASS_THROUGH"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(33, "OTHER", "OTHER");

	/**
	 * The '<em><b>UNSPECIFIED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNSPECIFIED
	 * @model annotation="http://cellwright.io/model/label label='?'"
	 * @generated
	 * @ordered
	 */
	public static final int UNSPECIFIED_VALUE = 0;

	/**
	 * The '<em><b>BATTERY POSITIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Positive pole of a battery.
	 * <!-- end-model-doc -->
	 * @see #BATTERY_POSITIVE
	 * @model annotation="http://cellwright.io/model/label label='Battery DC+'"
	 * @generated
	 * @ordered
	 */
	public static final int BATTERY_POSITIVE_VALUE = 1;

	/**
	 * The '<em><b>BATTERY NEGATIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Negative pole of a battery.
	 * <!-- end-model-doc -->
	 * @see #BATTERY_NEGATIVE
	 * @model annotation="http://cellwright.io/model/label label='Battery DC-'"
	 * @generated
	 * @ordered
	 */
	public static final int BATTERY_NEGATIVE_VALUE = 2;

	/**
	 * The '<em><b>DC POSITIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DC positive terminal of a device (battery input of an inverter, charger output, BatteryProtect IN/OUT, DC-DC input/output...); see direction.
	 * <!-- end-model-doc -->
	 * @see #DC_POSITIVE
	 * @model annotation="http://cellwright.io/model/label label='DC+'"
	 * @generated
	 * @ordered
	 */
	public static final int DC_POSITIVE_VALUE = 3;

	/**
	 * The '<em><b>DC NEGATIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DC negative terminal of a device.
	 * <!-- end-model-doc -->
	 * @see #DC_NEGATIVE
	 * @model annotation="http://cellwright.io/model/label label='DC-'"
	 * @generated
	 * @ordered
	 */
	public static final int DC_NEGATIVE_VALUE = 4;

	/**
	 * The '<em><b>LI ION POSITIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * BMS terminal for the lithium battery positive (001 §3.4 step 6).
	 * <!-- end-model-doc -->
	 * @see #LI_ION_POSITIVE
	 * @model annotation="http://cellwright.io/model/label label='Li-ion+'"
	 * @generated
	 * @ordered
	 */
	public static final int LI_ION_POSITIVE_VALUE = 5;

	/**
	 * The '<em><b>SYSTEM POSITIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * BMS power port for loads and chargers (000, 001 §2.2).
	 * <!-- end-model-doc -->
	 * @see #SYSTEM_POSITIVE
	 * @model annotation="http://cellwright.io/model/label label='System+'"
	 * @generated
	 * @ordered
	 */
	public static final int SYSTEM_POSITIVE_VALUE = 6;

	/**
	 * The '<em><b>ALTERNATOR STARTER POSITIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * BMS input from the alternator and starter battery (000, 001 §2.2).
	 * <!-- end-model-doc -->
	 * @see #ALTERNATOR_STARTER_POSITIVE
	 * @model annotation="http://cellwright.io/model/label label='Alternator/Starter Batt+'"
	 * @generated
	 * @ordered
	 */
	public static final int ALTERNATOR_STARTER_POSITIVE_VALUE = 7;

	/**
	 * The '<em><b>GROUND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ground / battery minus supply of an electronic device (001 §3.4 step 8).
	 * <!-- end-model-doc -->
	 * @see #GROUND
	 * @model annotation="http://cellwright.io/model/label label='GND'"
	 * @generated
	 * @ordered
	 */
	public static final int GROUND_VALUE = 8;

	/**
	 * The '<em><b>BMS CABLE IN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * M8 circular connector of the battery BMS cable daisy chain, input side (001 §3.2.4).
	 * <!-- end-model-doc -->
	 * @see #BMS_CABLE_IN
	 * @model annotation="http://cellwright.io/model/label label='BMS cable in'"
	 * @generated
	 * @ordered
	 */
	public static final int BMS_CABLE_IN_VALUE = 9;

	/**
	 * The '<em><b>BMS CABLE OUT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * M8 circular connector of the BMS cable daisy chain, output side.
	 * <!-- end-model-doc -->
	 * @see #BMS_CABLE_OUT
	 * @model annotation="http://cellwright.io/model/label label='BMS cable out'"
	 * @generated
	 * @ordered
	 */
	public static final int BMS_CABLE_OUT_VALUE = 10;

	/**
	 * The '<em><b>LOAD DISCONNECT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * BMS output that allows discharge (001 §2.2, 3.2.1).
	 * <!-- end-model-doc -->
	 * @see #LOAD_DISCONNECT
	 * @model annotation="http://cellwright.io/model/label label='Load disconnect'"
	 * @generated
	 * @ordered
	 */
	public static final int LOAD_DISCONNECT_VALUE = 11;

	/**
	 * The '<em><b>CHARGE DISCONNECT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * BMS output that allows charge (001 §2.2, 3.2.3).
	 * <!-- end-model-doc -->
	 * @see #CHARGE_DISCONNECT
	 * @model annotation="http://cellwright.io/model/label label='Charge disconnect'"
	 * @generated
	 * @ordered
	 */
	public static final int CHARGE_DISCONNECT_VALUE = 12;

	/**
	 * The '<em><b>PRE ALARM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * BMS pre-alarm output (001 §2.2).
	 * <!-- end-model-doc -->
	 * @see #PRE_ALARM
	 * @model annotation="http://cellwright.io/model/label label='Pre-alarm'"
	 * @generated
	 * @ordered
	 */
	public static final int PRE_ALARM_VALUE = 13;

	/**
	 * The '<em><b>REMOTE L</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Remote on/off terminal L (ON when pulled low or bridged to H).
	 * <!-- end-model-doc -->
	 * @see #REMOTE_L
	 * @model annotation="http://cellwright.io/model/label label='Remote L'"
	 * @generated
	 * @ordered
	 */
	public static final int REMOTE_L_VALUE = 14;

	/**
	 * The '<em><b>REMOTE H</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Remote on/off terminal H (ON when pulled high or bridged to L).
	 * <!-- end-model-doc -->
	 * @see #REMOTE_H
	 * @model annotation="http://cellwright.io/model/label label='Remote H'"
	 * @generated
	 * @ordered
	 */
	public static final int REMOTE_H_VALUE = 15;

	/**
	 * The '<em><b>REMOTE ON OFF INPUT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Single remote on/off (control) input of a device; its RemoteInputBehaviour gives the polarity.
	 * <!-- end-model-doc -->
	 * @see #REMOTE_ON_OFF_INPUT
	 * @model annotation="http://cellwright.io/model/label label='Remote on/off'"
	 * @generated
	 * @ordered
	 */
	public static final int REMOTE_ON_OFF_INPUT_VALUE = 16;

	/**
	 * The '<em><b>VE DIRECT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VE_DIRECT
	 * @model annotation="http://cellwright.io/model/label label='VE.Direct'"
	 * @generated
	 * @ordered
	 */
	public static final int VE_DIRECT_VALUE = 17;

	/**
	 * The '<em><b>VE BUS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VE_BUS
	 * @model annotation="http://cellwright.io/model/label label='VE.Bus'"
	 * @generated
	 * @ordered
	 */
	public static final int VE_BUS_VALUE = 18;

	/**
	 * The '<em><b>VE CAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VE_CAN
	 * @model annotation="http://cellwright.io/model/label label='VE.Can'"
	 * @generated
	 * @ordered
	 */
	public static final int VE_CAN_VALUE = 19;

	/**
	 * The '<em><b>AC INPUT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AC_INPUT
	 * @model annotation="http://cellwright.io/model/label label='AC in'"
	 * @generated
	 * @ordered
	 */
	public static final int AC_INPUT_VALUE = 20;

	/**
	 * The '<em><b>AC OUTPUT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AC_OUTPUT
	 * @model annotation="http://cellwright.io/model/label label='AC out'"
	 * @generated
	 * @ordered
	 */
	public static final int AC_OUTPUT_VALUE = 21;

	/**
	 * The '<em><b>RELAY CONTACT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Relay contact (programmable relay of a battery monitor or BMS).
	 * <!-- end-model-doc -->
	 * @see #RELAY_CONTACT
	 * @model annotation="http://cellwright.io/model/label label='Relay'"
	 * @generated
	 * @ordered
	 */
	public static final int RELAY_CONTACT_VALUE = 22;

	/**
	 * The '<em><b>AUX OUTPUT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUX_OUTPUT
	 * @model annotation="http://cellwright.io/model/label label='Aux out'"
	 * @generated
	 * @ordered
	 */
	public static final int AUX_OUTPUT_VALUE = 23;

	/**
	 * The '<em><b>AUX INPUT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUX_INPUT
	 * @model annotation="http://cellwright.io/model/label label='Aux in'"
	 * @generated
	 * @ordered
	 */
	public static final int AUX_INPUT_VALUE = 24;

	/**
	 * The '<em><b>PV POSITIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PV_POSITIVE
	 * @model annotation="http://cellwright.io/model/label label='PV+'"
	 * @generated
	 * @ordered
	 */
	public static final int PV_POSITIVE_VALUE = 25;

	/**
	 * The '<em><b>PV NEGATIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PV_NEGATIVE
	 * @model annotation="http://cellwright.io/model/label label='PV-'"
	 * @generated
	 * @ordered
	 */
	public static final int PV_NEGATIVE_VALUE = 26;

	/**
	 * The '<em><b>SHUNT BATTERY NEGATIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHUNT_BATTERY_NEGATIVE
	 * @model annotation="http://cellwright.io/model/label label='Shunt battery-'"
	 * @generated
	 * @ordered
	 */
	public static final int SHUNT_BATTERY_NEGATIVE_VALUE = 27;

	/**
	 * The '<em><b>SHUNT SYSTEM NEGATIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHUNT_SYSTEM_NEGATIVE
	 * @model annotation="http://cellwright.io/model/label label='Shunt system-'"
	 * @generated
	 * @ordered
	 */
	public static final int SHUNT_SYSTEM_NEGATIVE_VALUE = 28;

	/**
	 * The '<em><b>VOLTAGE SENSE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VOLTAGE_SENSE
	 * @model annotation="http://cellwright.io/model/label label='Sense+'"
	 * @generated
	 * @ordered
	 */
	public static final int VOLTAGE_SENSE_VALUE = 29;

	/**
	 * The '<em><b>SIGNAL INPUT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Input end of an interface cable.
	 * <!-- end-model-doc -->
	 * @see #SIGNAL_INPUT
	 * @model annotation="http://cellwright.io/model/label label='Signal in'"
	 * @generated
	 * @ordered
	 */
	public static final int SIGNAL_INPUT_VALUE = 30;

	/**
	 * The '<em><b>SIGNAL OUTPUT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Output end of an interface cable.
	 * <!-- end-model-doc -->
	 * @see #SIGNAL_OUTPUT
	 * @model annotation="http://cellwright.io/model/label label='Signal out'"
	 * @generated
	 * @ordered
	 */
	public static final int SIGNAL_OUTPUT_VALUE = 31;

	/**
	 * The '<em><b>PASS THROUGH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Passive terminal of a fuse, fuse holder, switch or busbar.
	 * <!-- end-model-doc -->
	 * @see #PASS_THROUGH
	 * @model annotation="http://cellwright.io/model/label label='Pass-through'"
	 * @generated
	 * @ordered
	 */
	public static final int PASS_THROUGH_VALUE = 32;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model annotation="http://cellwright.io/model/label label='Other'"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 33;

	/**
	 * An array of all the '<em><b>Terminal Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TerminalKind[] VALUES_ARRAY =
		new TerminalKind[] {
			UNSPECIFIED,
			BATTERY_POSITIVE,
			BATTERY_NEGATIVE,
			DC_POSITIVE,
			DC_NEGATIVE,
			LI_ION_POSITIVE,
			SYSTEM_POSITIVE,
			ALTERNATOR_STARTER_POSITIVE,
			GROUND,
			BMS_CABLE_IN,
			BMS_CABLE_OUT,
			LOAD_DISCONNECT,
			CHARGE_DISCONNECT,
			PRE_ALARM,
			REMOTE_L,
			REMOTE_H,
			REMOTE_ON_OFF_INPUT,
			VE_DIRECT,
			VE_BUS,
			VE_CAN,
			AC_INPUT,
			AC_OUTPUT,
			RELAY_CONTACT,
			AUX_OUTPUT,
			AUX_INPUT,
			PV_POSITIVE,
			PV_NEGATIVE,
			SHUNT_BATTERY_NEGATIVE,
			SHUNT_SYSTEM_NEGATIVE,
			VOLTAGE_SENSE,
			SIGNAL_INPUT,
			SIGNAL_OUTPUT,
			PASS_THROUGH,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Terminal Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TerminalKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Terminal Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TerminalKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TerminalKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Terminal Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TerminalKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TerminalKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Terminal Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TerminalKind get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case BATTERY_POSITIVE_VALUE: return BATTERY_POSITIVE;
			case BATTERY_NEGATIVE_VALUE: return BATTERY_NEGATIVE;
			case DC_POSITIVE_VALUE: return DC_POSITIVE;
			case DC_NEGATIVE_VALUE: return DC_NEGATIVE;
			case LI_ION_POSITIVE_VALUE: return LI_ION_POSITIVE;
			case SYSTEM_POSITIVE_VALUE: return SYSTEM_POSITIVE;
			case ALTERNATOR_STARTER_POSITIVE_VALUE: return ALTERNATOR_STARTER_POSITIVE;
			case GROUND_VALUE: return GROUND;
			case BMS_CABLE_IN_VALUE: return BMS_CABLE_IN;
			case BMS_CABLE_OUT_VALUE: return BMS_CABLE_OUT;
			case LOAD_DISCONNECT_VALUE: return LOAD_DISCONNECT;
			case CHARGE_DISCONNECT_VALUE: return CHARGE_DISCONNECT;
			case PRE_ALARM_VALUE: return PRE_ALARM;
			case REMOTE_L_VALUE: return REMOTE_L;
			case REMOTE_H_VALUE: return REMOTE_H;
			case REMOTE_ON_OFF_INPUT_VALUE: return REMOTE_ON_OFF_INPUT;
			case VE_DIRECT_VALUE: return VE_DIRECT;
			case VE_BUS_VALUE: return VE_BUS;
			case VE_CAN_VALUE: return VE_CAN;
			case AC_INPUT_VALUE: return AC_INPUT;
			case AC_OUTPUT_VALUE: return AC_OUTPUT;
			case RELAY_CONTACT_VALUE: return RELAY_CONTACT;
			case AUX_OUTPUT_VALUE: return AUX_OUTPUT;
			case AUX_INPUT_VALUE: return AUX_INPUT;
			case PV_POSITIVE_VALUE: return PV_POSITIVE;
			case PV_NEGATIVE_VALUE: return PV_NEGATIVE;
			case SHUNT_BATTERY_NEGATIVE_VALUE: return SHUNT_BATTERY_NEGATIVE;
			case SHUNT_SYSTEM_NEGATIVE_VALUE: return SHUNT_SYSTEM_NEGATIVE;
			case VOLTAGE_SENSE_VALUE: return VOLTAGE_SENSE;
			case SIGNAL_INPUT_VALUE: return SIGNAL_INPUT;
			case SIGNAL_OUTPUT_VALUE: return SIGNAL_OUTPUT;
			case PASS_THROUGH_VALUE: return PASS_THROUGH;
			case OTHER_VALUE: return OTHER;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private TerminalKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //TerminalKind
