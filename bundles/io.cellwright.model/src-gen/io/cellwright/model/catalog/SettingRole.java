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
 * A representation of the literals of the enumeration '<em><b>Setting Role</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Meaning of a device setting, so that validation and simulation find it by role rather than by a key string. Third-party definitions use CUSTOM or the role that matches.
 * <!-- end-model-doc -->
 * @see io.cellwright.model.catalog.CatalogPackage#getSettingRole()
 * @model
 * @generated
 */
public enum SettingRole implements Enumerator {
	/**
	 * The '<em><b>CUSTOM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOM_VALUE
	 * @generated
	 * @ordered
	 */
	CUSTOM(0, "CUSTOM", "CUSTOM"),

	/**
	 * The '<em><b>FUSE TYPE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rating of the installed alternator fuse (001 §3.5.1 item 1).
	 * <!-- end-model-doc -->
	 * @see #FUSE_TYPE_VALUE
	 * @generated
	 * @ordered
	 */
	FUSE_TYPE(1, "FUSE_TYPE", "FUSE_TYPE"),

	/**
	 * The '<em><b>PRE ALARM USAGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Battery pre-alarm usage (001 §3.5.1 item 2).
	 * <!-- end-model-doc -->
	 * @see #PRE_ALARM_USAGE_VALUE
	 * @generated
	 * @ordered
	 */
	PRE_ALARM_USAGE(2, "PRE_ALARM_USAGE", "PRE_ALARM_USAGE"),

	/**
	 * The '<em><b>PRE ALARM SIGNAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Pre-alarm continuous or intermittent (001 §3.5.1 item 3).
	 * <!-- end-model-doc -->
	 * @see #PRE_ALARM_SIGNAL_VALUE
	 * @generated
	 * @ordered
	 */
	PRE_ALARM_SIGNAL(3, "PRE_ALARM_SIGNAL", "PRE_ALARM_SIGNAL"),

	/**
	 * The '<em><b>BATTERY CHARGE LIMIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Battery charge limit (001 §3.5.1 item 4).
	 * <!-- end-model-doc -->
	 * @see #BATTERY_CHARGE_LIMIT_VALUE
	 * @generated
	 * @ordered
	 */
	BATTERY_CHARGE_LIMIT(4, "BATTERY_CHARGE_LIMIT", "BATTERY_CHARGE_LIMIT"),

	/**
	 * The '<em><b>REMOTE ON OFF FUNCTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the remote on/off terminals control (001 §3.5.1 item 5).
	 * <!-- end-model-doc -->
	 * @see #REMOTE_ON_OFF_FUNCTION_VALUE
	 * @generated
	 * @ordered
	 */
	REMOTE_ON_OFF_FUNCTION(5, "REMOTE_ON_OFF_FUNCTION", "REMOTE_ON_OFF_FUNCTION"),

	/**
	 * The '<em><b>LOAD DISCONNECT CELL VOLTAGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cell voltage that trips Load disconnect (set in the battery).
	 * <!-- end-model-doc -->
	 * @see #LOAD_DISCONNECT_CELL_VOLTAGE_VALUE
	 * @generated
	 * @ordered
	 */
	LOAD_DISCONNECT_CELL_VOLTAGE(6, "LOAD_DISCONNECT_CELL_VOLTAGE", "LOAD_DISCONNECT_CELL_VOLTAGE"),

	/**
	 * The '<em><b>PRE ALARM CELL VOLTAGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cell voltage that trips the pre-alarm (set in the battery).
	 * <!-- end-model-doc -->
	 * @see #PRE_ALARM_CELL_VOLTAGE_VALUE
	 * @generated
	 * @ordered
	 */
	PRE_ALARM_CELL_VOLTAGE(7, "PRE_ALARM_CELL_VOLTAGE", "PRE_ALARM_CELL_VOLTAGE"),

	/**
	 * The '<em><b>LOAD CURRENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Current drawn by a generic load (design parameter).
	 * <!-- end-model-doc -->
	 * @see #LOAD_CURRENT_VALUE
	 * @generated
	 * @ordered
	 */
	LOAD_CURRENT(8, "LOAD_CURRENT", "LOAD_CURRENT"),

	/**
	 * The '<em><b>CHARGE CURRENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Current delivered by a generic charger (design parameter).
	 * <!-- end-model-doc -->
	 * @see #CHARGE_CURRENT_VALUE
	 * @generated
	 * @ordered
	 */
	CHARGE_CURRENT(9, "CHARGE_CURRENT", "CHARGE_CURRENT"),

	/**
	 * The '<em><b>CHARGE VOLTAGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Charge voltage of a charger.
	 * <!-- end-model-doc -->
	 * @see #CHARGE_VOLTAGE_VALUE
	 * @generated
	 * @ordered
	 */
	CHARGE_VOLTAGE(10, "CHARGE_VOLTAGE", "CHARGE_VOLTAGE"),

	/**
	 * The '<em><b>SOFT SWITCH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * On/off soft switch in the app.
	 * <!-- end-model-doc -->
	 * @see #SOFT_SWITCH_VALUE
	 * @generated
	 * @ordered
	 */
	SOFT_SWITCH(11, "SOFT_SWITCH", "SOFT_SWITCH"),

	/**
	 * The '<em><b>CONTINUOUS POWER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Continuous power a device draws from the battery (design parameter, W): an inverter's load.
	 * <!-- end-model-doc -->
	 * @see #CONTINUOUS_POWER_VALUE
	 * @generated
	 * @ordered
	 */
	CONTINUOUS_POWER(12, "CONTINUOUS_POWER", "CONTINUOUS_POWER"),

	/**
	 * The '<em><b>PEAK POWER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Peak power a device draws for a short time (design parameter, W): motor starts, surge.
	 * <!-- end-model-doc -->
	 * @see #PEAK_POWER_VALUE
	 * @generated
	 * @ordered
	 */
	PEAK_POWER(13, "PEAK_POWER", "PEAK_POWER"),

	/**
	 * The '<em><b>PEAK CURRENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Peak current a DC load draws for a short time (design parameter, A).
	 * <!-- end-model-doc -->
	 * @see #PEAK_CURRENT_VALUE
	 * @generated
	 * @ordered
	 */
	PEAK_CURRENT(14, "PEAK_CURRENT", "PEAK_CURRENT");

	/**
	 * The '<em><b>CUSTOM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CUSTOM_VALUE = 0;

	/**
	 * The '<em><b>FUSE TYPE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rating of the installed alternator fuse (001 §3.5.1 item 1).
	 * <!-- end-model-doc -->
	 * @see #FUSE_TYPE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FUSE_TYPE_VALUE = 1;

	/**
	 * The '<em><b>PRE ALARM USAGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Battery pre-alarm usage (001 §3.5.1 item 2).
	 * <!-- end-model-doc -->
	 * @see #PRE_ALARM_USAGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRE_ALARM_USAGE_VALUE = 2;

	/**
	 * The '<em><b>PRE ALARM SIGNAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Pre-alarm continuous or intermittent (001 §3.5.1 item 3).
	 * <!-- end-model-doc -->
	 * @see #PRE_ALARM_SIGNAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRE_ALARM_SIGNAL_VALUE = 3;

	/**
	 * The '<em><b>BATTERY CHARGE LIMIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Battery charge limit (001 §3.5.1 item 4).
	 * <!-- end-model-doc -->
	 * @see #BATTERY_CHARGE_LIMIT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BATTERY_CHARGE_LIMIT_VALUE = 4;

	/**
	 * The '<em><b>REMOTE ON OFF FUNCTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the remote on/off terminals control (001 §3.5.1 item 5).
	 * <!-- end-model-doc -->
	 * @see #REMOTE_ON_OFF_FUNCTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REMOTE_ON_OFF_FUNCTION_VALUE = 5;

	/**
	 * The '<em><b>LOAD DISCONNECT CELL VOLTAGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cell voltage that trips Load disconnect (set in the battery).
	 * <!-- end-model-doc -->
	 * @see #LOAD_DISCONNECT_CELL_VOLTAGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LOAD_DISCONNECT_CELL_VOLTAGE_VALUE = 6;

	/**
	 * The '<em><b>PRE ALARM CELL VOLTAGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cell voltage that trips the pre-alarm (set in the battery).
	 * <!-- end-model-doc -->
	 * @see #PRE_ALARM_CELL_VOLTAGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRE_ALARM_CELL_VOLTAGE_VALUE = 7;

	/**
	 * The '<em><b>LOAD CURRENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Current drawn by a generic load (design parameter).
	 * <!-- end-model-doc -->
	 * @see #LOAD_CURRENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LOAD_CURRENT_VALUE = 8;

	/**
	 * The '<em><b>CHARGE CURRENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Current delivered by a generic charger (design parameter).
	 * <!-- end-model-doc -->
	 * @see #CHARGE_CURRENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CHARGE_CURRENT_VALUE = 9;

	/**
	 * The '<em><b>CHARGE VOLTAGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Charge voltage of a charger.
	 * <!-- end-model-doc -->
	 * @see #CHARGE_VOLTAGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CHARGE_VOLTAGE_VALUE = 10;

	/**
	 * The '<em><b>SOFT SWITCH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * On/off soft switch in the app.
	 * <!-- end-model-doc -->
	 * @see #SOFT_SWITCH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SOFT_SWITCH_VALUE = 11;

	/**
	 * The '<em><b>CONTINUOUS POWER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Continuous power a device draws from the battery (design parameter, W): an inverter's load.
	 * <!-- end-model-doc -->
	 * @see #CONTINUOUS_POWER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONTINUOUS_POWER_VALUE = 12;

	/**
	 * The '<em><b>PEAK POWER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Peak power a device draws for a short time (design parameter, W): motor starts, surge.
	 * <!-- end-model-doc -->
	 * @see #PEAK_POWER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PEAK_POWER_VALUE = 13;

	/**
	 * The '<em><b>PEAK CURRENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Peak current a DC load draws for a short time (design parameter, A).
	 * <!-- end-model-doc -->
	 * @see #PEAK_CURRENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PEAK_CURRENT_VALUE = 14;

	/**
	 * An array of all the '<em><b>Setting Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SettingRole[] VALUES_ARRAY =
		new SettingRole[] {
			CUSTOM,
			FUSE_TYPE,
			PRE_ALARM_USAGE,
			PRE_ALARM_SIGNAL,
			BATTERY_CHARGE_LIMIT,
			REMOTE_ON_OFF_FUNCTION,
			LOAD_DISCONNECT_CELL_VOLTAGE,
			PRE_ALARM_CELL_VOLTAGE,
			LOAD_CURRENT,
			CHARGE_CURRENT,
			CHARGE_VOLTAGE,
			SOFT_SWITCH,
			CONTINUOUS_POWER,
			PEAK_POWER,
			PEAK_CURRENT,
		};

	/**
	 * A public read-only list of all the '<em><b>Setting Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SettingRole> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Setting Role</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SettingRole get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SettingRole result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Setting Role</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SettingRole getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SettingRole result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Setting Role</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SettingRole get(int value) {
		switch (value) {
			case CUSTOM_VALUE: return CUSTOM;
			case FUSE_TYPE_VALUE: return FUSE_TYPE;
			case PRE_ALARM_USAGE_VALUE: return PRE_ALARM_USAGE;
			case PRE_ALARM_SIGNAL_VALUE: return PRE_ALARM_SIGNAL;
			case BATTERY_CHARGE_LIMIT_VALUE: return BATTERY_CHARGE_LIMIT;
			case REMOTE_ON_OFF_FUNCTION_VALUE: return REMOTE_ON_OFF_FUNCTION;
			case LOAD_DISCONNECT_CELL_VOLTAGE_VALUE: return LOAD_DISCONNECT_CELL_VOLTAGE;
			case PRE_ALARM_CELL_VOLTAGE_VALUE: return PRE_ALARM_CELL_VOLTAGE;
			case LOAD_CURRENT_VALUE: return LOAD_CURRENT;
			case CHARGE_CURRENT_VALUE: return CHARGE_CURRENT;
			case CHARGE_VOLTAGE_VALUE: return CHARGE_VOLTAGE;
			case SOFT_SWITCH_VALUE: return SOFT_SWITCH;
			case CONTINUOUS_POWER_VALUE: return CONTINUOUS_POWER;
			case PEAK_POWER_VALUE: return PEAK_POWER;
			case PEAK_CURRENT_VALUE: return PEAK_CURRENT;
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
	private SettingRole(int value, String name, String literal) {
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
	
} //SettingRole
