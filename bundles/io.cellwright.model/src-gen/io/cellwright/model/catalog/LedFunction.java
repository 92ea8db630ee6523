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
 * A representation of the literals of the enumeration '<em><b>Led Function</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What an LED shows (lets the simulation light it).
 * <!-- end-model-doc -->
 * @see io.cellwright.model.catalog.CatalogPackage#getLedFunction()
 * @model
 * @generated
 */
public enum LedFunction implements Enumerator {
	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(0, "OTHER", "OTHER"),

	/**
	 * The '<em><b>ALTERNATOR CHARGING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALTERNATOR_CHARGING_VALUE
	 * @generated
	 * @ordered
	 */
	ALTERNATOR_CHARGING(1, "ALTERNATOR_CHARGING", "ALTERNATOR_CHARGING"),

	/**
	 * The '<em><b>OVER TEMPERATURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OVER_TEMPERATURE_VALUE
	 * @generated
	 * @ordered
	 */
	OVER_TEMPERATURE(2, "OVER_TEMPERATURE", "OVER_TEMPERATURE"),

	/**
	 * The '<em><b>BMS ACTIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BMS_ACTIVE_VALUE
	 * @generated
	 * @ordered
	 */
	BMS_ACTIVE(3, "BMS_ACTIVE", "BMS_ACTIVE"),

	/**
	 * The '<em><b>BLUETOOTH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BLUETOOTH_VALUE
	 * @generated
	 * @ordered
	 */
	BLUETOOTH(4, "BLUETOOTH", "BLUETOOTH"),

	/**
	 * The '<em><b>CHARGE DISCONNECT ENABLED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHARGE_DISCONNECT_ENABLED_VALUE
	 * @generated
	 * @ordered
	 */
	CHARGE_DISCONNECT_ENABLED(5, "CHARGE_DISCONNECT_ENABLED", "CHARGE_DISCONNECT_ENABLED"),

	/**
	 * The '<em><b>LOAD DISCONNECT ENABLED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOAD_DISCONNECT_ENABLED_VALUE
	 * @generated
	 * @ordered
	 */
	LOAD_DISCONNECT_ENABLED(6, "LOAD_DISCONNECT_ENABLED", "LOAD_DISCONNECT_ENABLED"),

	/**
	 * The '<em><b>SYSTEM CHARGING ENABLED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYSTEM_CHARGING_ENABLED_VALUE
	 * @generated
	 * @ordered
	 */
	SYSTEM_CHARGING_ENABLED(7, "SYSTEM_CHARGING_ENABLED", "SYSTEM_CHARGING_ENABLED");

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 0;

	/**
	 * The '<em><b>ALTERNATOR CHARGING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALTERNATOR_CHARGING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ALTERNATOR_CHARGING_VALUE = 1;

	/**
	 * The '<em><b>OVER TEMPERATURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OVER_TEMPERATURE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OVER_TEMPERATURE_VALUE = 2;

	/**
	 * The '<em><b>BMS ACTIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BMS_ACTIVE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BMS_ACTIVE_VALUE = 3;

	/**
	 * The '<em><b>BLUETOOTH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BLUETOOTH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BLUETOOTH_VALUE = 4;

	/**
	 * The '<em><b>CHARGE DISCONNECT ENABLED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHARGE_DISCONNECT_ENABLED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CHARGE_DISCONNECT_ENABLED_VALUE = 5;

	/**
	 * The '<em><b>LOAD DISCONNECT ENABLED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOAD_DISCONNECT_ENABLED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LOAD_DISCONNECT_ENABLED_VALUE = 6;

	/**
	 * The '<em><b>SYSTEM CHARGING ENABLED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYSTEM_CHARGING_ENABLED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SYSTEM_CHARGING_ENABLED_VALUE = 7;

	/**
	 * An array of all the '<em><b>Led Function</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final LedFunction[] VALUES_ARRAY =
		new LedFunction[] {
			OTHER,
			ALTERNATOR_CHARGING,
			OVER_TEMPERATURE,
			BMS_ACTIVE,
			BLUETOOTH,
			CHARGE_DISCONNECT_ENABLED,
			LOAD_DISCONNECT_ENABLED,
			SYSTEM_CHARGING_ENABLED,
		};

	/**
	 * A public read-only list of all the '<em><b>Led Function</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<LedFunction> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Led Function</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LedFunction get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LedFunction result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Led Function</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LedFunction getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LedFunction result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Led Function</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LedFunction get(int value) {
		switch (value) {
			case OTHER_VALUE: return OTHER;
			case ALTERNATOR_CHARGING_VALUE: return ALTERNATOR_CHARGING;
			case OVER_TEMPERATURE_VALUE: return OVER_TEMPERATURE;
			case BMS_ACTIVE_VALUE: return BMS_ACTIVE;
			case BLUETOOTH_VALUE: return BLUETOOTH;
			case CHARGE_DISCONNECT_ENABLED_VALUE: return CHARGE_DISCONNECT_ENABLED;
			case LOAD_DISCONNECT_ENABLED_VALUE: return LOAD_DISCONNECT_ENABLED;
			case SYSTEM_CHARGING_ENABLED_VALUE: return SYSTEM_CHARGING_ENABLED;
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
	private LedFunction(int value, String name, String literal) {
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
	
} //LedFunction
