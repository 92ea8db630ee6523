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
 * A representation of the literals of the enumeration '<em><b>Output Switching Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Summary of a disconnect or pre-alarm terminal as the BMS comparison table of 002 describes it.
 * <!-- end-model-doc -->
 * @see io.cellwright.model.catalog.CatalogPackage#getOutputSwitchingKind()
 * @model
 * @generated
 */
public enum OutputSwitchingKind implements Enumerator {
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
	 * The '<em><b>NONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The model has no such terminal.
	 * <!-- end-model-doc -->
	 * @see #NONE_VALUE
	 * @generated
	 * @ordered
	 */
	NONE(1, "NONE", "NONE"),

	/**
	 * The '<em><b>PRESENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The model has such a terminal; its kind is not stated.
	 * <!-- end-model-doc -->
	 * @see #PRESENT_VALUE
	 * @generated
	 * @ordered
	 */
	PRESENT(2, "PRESENT", "PRESENT"),

	/**
	 * The '<em><b>HIGH FREE FLOATING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Normally high, free floating when tripped.
	 * <!-- end-model-doc -->
	 * @see #HIGH_FREE_FLOATING_VALUE
	 * @generated
	 * @ordered
	 */
	HIGH_FREE_FLOATING(3, "HIGH_FREE_FLOATING", "HIGH_FREE_FLOATING"),

	/**
	 * The '<em><b>FREE FLOATING HIGH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Normally free floating, high when tripped.
	 * <!-- end-model-doc -->
	 * @see #FREE_FLOATING_HIGH_VALUE
	 * @generated
	 * @ordered
	 */
	FREE_FLOATING_HIGH(4, "FREE_FLOATING_HIGH", "FREE_FLOATING_HIGH"),

	/**
	 * The '<em><b>RELAY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Relay contact.
	 * <!-- end-model-doc -->
	 * @see #RELAY_VALUE
	 * @generated
	 * @ordered
	 */
	RELAY(5, "RELAY", "RELAY"),

	/**
	 * The '<em><b>PROGRAMMABLE RELAY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Programmable relay contact.
	 * <!-- end-model-doc -->
	 * @see #PROGRAMMABLE_RELAY_VALUE
	 * @generated
	 * @ordered
	 */
	PROGRAMMABLE_RELAY(6, "PROGRAMMABLE_RELAY", "PROGRAMMABLE_RELAY");

	/**
	 * The '<em><b>UNSPECIFIED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNSPECIFIED
	 * @model annotation="http://cellwright.io/model/label label=''"
	 * @generated
	 * @ordered
	 */
	public static final int UNSPECIFIED_VALUE = 0;

	/**
	 * The '<em><b>NONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The model has no such terminal.
	 * <!-- end-model-doc -->
	 * @see #NONE
	 * @model annotation="http://cellwright.io/model/label label='No'"
	 * @generated
	 * @ordered
	 */
	public static final int NONE_VALUE = 1;

	/**
	 * The '<em><b>PRESENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The model has such a terminal; its kind is not stated.
	 * <!-- end-model-doc -->
	 * @see #PRESENT
	 * @model annotation="http://cellwright.io/model/label label='Yes'"
	 * @generated
	 * @ordered
	 */
	public static final int PRESENT_VALUE = 2;

	/**
	 * The '<em><b>HIGH FREE FLOATING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Normally high, free floating when tripped.
	 * <!-- end-model-doc -->
	 * @see #HIGH_FREE_FLOATING
	 * @model annotation="http://cellwright.io/model/label label='High/free floating'"
	 * @generated
	 * @ordered
	 */
	public static final int HIGH_FREE_FLOATING_VALUE = 3;

	/**
	 * The '<em><b>FREE FLOATING HIGH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Normally free floating, high when tripped.
	 * <!-- end-model-doc -->
	 * @see #FREE_FLOATING_HIGH
	 * @model annotation="http://cellwright.io/model/label label='Free floating/high'"
	 * @generated
	 * @ordered
	 */
	public static final int FREE_FLOATING_HIGH_VALUE = 4;

	/**
	 * The '<em><b>RELAY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Relay contact.
	 * <!-- end-model-doc -->
	 * @see #RELAY
	 * @model annotation="http://cellwright.io/model/label label='Relay'"
	 * @generated
	 * @ordered
	 */
	public static final int RELAY_VALUE = 5;

	/**
	 * The '<em><b>PROGRAMMABLE RELAY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Programmable relay contact.
	 * <!-- end-model-doc -->
	 * @see #PROGRAMMABLE_RELAY
	 * @model annotation="http://cellwright.io/model/label label='Programmable relay'"
	 * @generated
	 * @ordered
	 */
	public static final int PROGRAMMABLE_RELAY_VALUE = 6;

	/**
	 * An array of all the '<em><b>Output Switching Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final OutputSwitchingKind[] VALUES_ARRAY =
		new OutputSwitchingKind[] {
			UNSPECIFIED,
			NONE,
			PRESENT,
			HIGH_FREE_FLOATING,
			FREE_FLOATING_HIGH,
			RELAY,
			PROGRAMMABLE_RELAY,
		};

	/**
	 * A public read-only list of all the '<em><b>Output Switching Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<OutputSwitchingKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Output Switching Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OutputSwitchingKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OutputSwitchingKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Output Switching Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OutputSwitchingKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OutputSwitchingKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Output Switching Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OutputSwitchingKind get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case NONE_VALUE: return NONE;
			case PRESENT_VALUE: return PRESENT;
			case HIGH_FREE_FLOATING_VALUE: return HIGH_FREE_FLOATING;
			case FREE_FLOATING_HIGH_VALUE: return FREE_FLOATING_HIGH;
			case RELAY_VALUE: return RELAY;
			case PROGRAMMABLE_RELAY_VALUE: return PROGRAMMABLE_RELAY;
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
	private OutputSwitchingKind(int value, String name, String literal) {
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
	
} //OutputSwitchingKind
