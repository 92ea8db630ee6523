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
 * A representation of the literals of the enumeration '<em><b>Output Trigger</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What makes a signal output leave its normal state.
 * <!-- end-model-doc -->
 * @see io.cellwright.model.catalog.CatalogPackage#getOutputTrigger()
 * @model
 * @generated
 */
public enum OutputTrigger implements Enumerator {
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
	 * The '<em><b>CELL UNDERVOLTAGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Imminent cell undervoltage (Load disconnect).
	 * <!-- end-model-doc -->
	 * @see #CELL_UNDERVOLTAGE_VALUE
	 * @generated
	 * @ordered
	 */
	CELL_UNDERVOLTAGE(1, "CELL_UNDERVOLTAGE", "CELL_UNDERVOLTAGE"),

	/**
	 * The '<em><b>CELL OVERVOLTAGE OR TEMPERATURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Imminent cell overvoltage or over/under temperature (Charge disconnect).
	 * <!-- end-model-doc -->
	 * @see #CELL_OVERVOLTAGE_OR_TEMPERATURE_VALUE
	 * @generated
	 * @ordered
	 */
	CELL_OVERVOLTAGE_OR_TEMPERATURE(2, "CELL_OVERVOLTAGE_OR_TEMPERATURE", "CELL_OVERVOLTAGE_OR_TEMPERATURE"),

	/**
	 * The '<em><b>PRE ALARM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Low cell voltage before the load is disconnected (Pre-alarm).
	 * <!-- end-model-doc -->
	 * @see #PRE_ALARM_VALUE
	 * @generated
	 * @ordered
	 */
	PRE_ALARM(3, "PRE_ALARM", "PRE_ALARM"),

	/**
	 * The '<em><b>PROGRAMMABLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Set by configuration (programmable relay).
	 * <!-- end-model-doc -->
	 * @see #PROGRAMMABLE_VALUE
	 * @generated
	 * @ordered
	 */
	PROGRAMMABLE(4, "PROGRAMMABLE", "PROGRAMMABLE"),

	/**
	 * The '<em><b>FOLLOWS INPUT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Output follows the cable's input (non-inverting interface cable).
	 * <!-- end-model-doc -->
	 * @see #FOLLOWS_INPUT_VALUE
	 * @generated
	 * @ordered
	 */
	FOLLOWS_INPUT(5, "FOLLOWS_INPUT", "FOLLOWS_INPUT"),

	/**
	 * The '<em><b>INVERTS INPUT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Output is the inverse of the cable's input (inverting interface cable).
	 * <!-- end-model-doc -->
	 * @see #INVERTS_INPUT_VALUE
	 * @generated
	 * @ordered
	 */
	INVERTS_INPUT(6, "INVERTS_INPUT", "INVERTS_INPUT"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(7, "OTHER", "OTHER");

	/**
	 * The '<em><b>UNSPECIFIED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNSPECIFIED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNSPECIFIED_VALUE = 0;

	/**
	 * The '<em><b>CELL UNDERVOLTAGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Imminent cell undervoltage (Load disconnect).
	 * <!-- end-model-doc -->
	 * @see #CELL_UNDERVOLTAGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CELL_UNDERVOLTAGE_VALUE = 1;

	/**
	 * The '<em><b>CELL OVERVOLTAGE OR TEMPERATURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Imminent cell overvoltage or over/under temperature (Charge disconnect).
	 * <!-- end-model-doc -->
	 * @see #CELL_OVERVOLTAGE_OR_TEMPERATURE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CELL_OVERVOLTAGE_OR_TEMPERATURE_VALUE = 2;

	/**
	 * The '<em><b>PRE ALARM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Low cell voltage before the load is disconnected (Pre-alarm).
	 * <!-- end-model-doc -->
	 * @see #PRE_ALARM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRE_ALARM_VALUE = 3;

	/**
	 * The '<em><b>PROGRAMMABLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Set by configuration (programmable relay).
	 * <!-- end-model-doc -->
	 * @see #PROGRAMMABLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROGRAMMABLE_VALUE = 4;

	/**
	 * The '<em><b>FOLLOWS INPUT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Output follows the cable's input (non-inverting interface cable).
	 * <!-- end-model-doc -->
	 * @see #FOLLOWS_INPUT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FOLLOWS_INPUT_VALUE = 5;

	/**
	 * The '<em><b>INVERTS INPUT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Output is the inverse of the cable's input (inverting interface cable).
	 * <!-- end-model-doc -->
	 * @see #INVERTS_INPUT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INVERTS_INPUT_VALUE = 6;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 7;

	/**
	 * An array of all the '<em><b>Output Trigger</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final OutputTrigger[] VALUES_ARRAY =
		new OutputTrigger[] {
			UNSPECIFIED,
			CELL_UNDERVOLTAGE,
			CELL_OVERVOLTAGE_OR_TEMPERATURE,
			PRE_ALARM,
			PROGRAMMABLE,
			FOLLOWS_INPUT,
			INVERTS_INPUT,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Output Trigger</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<OutputTrigger> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Output Trigger</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OutputTrigger get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OutputTrigger result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Output Trigger</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OutputTrigger getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OutputTrigger result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Output Trigger</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OutputTrigger get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case CELL_UNDERVOLTAGE_VALUE: return CELL_UNDERVOLTAGE;
			case CELL_OVERVOLTAGE_OR_TEMPERATURE_VALUE: return CELL_OVERVOLTAGE_OR_TEMPERATURE;
			case PRE_ALARM_VALUE: return PRE_ALARM;
			case PROGRAMMABLE_VALUE: return PROGRAMMABLE;
			case FOLLOWS_INPUT_VALUE: return FOLLOWS_INPUT;
			case INVERTS_INPUT_VALUE: return INVERTS_INPUT;
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
	private OutputTrigger(int value, String name, String literal) {
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
	
} //OutputTrigger
