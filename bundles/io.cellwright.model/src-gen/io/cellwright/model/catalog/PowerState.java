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
 * A representation of the literals of the enumeration '<em><b>Power State</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Operating state a consumption figure applies to.
 * <!-- end-model-doc -->
 * @see io.cellwright.model.catalog.CatalogPackage#getPowerState()
 * @model
 * @generated
 */
public enum PowerState implements Enumerator {
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
	 * The '<em><b>ON</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ON_VALUE
	 * @generated
	 * @ordered
	 */
	ON(1, "ON", "ON"),

	/**
	 * The '<em><b>REMOTE OFF BMS ACTIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Remote off, BMS functionality still active.
	 * <!-- end-model-doc -->
	 * @see #REMOTE_OFF_BMS_ACTIVE_VALUE
	 * @generated
	 * @ordered
	 */
	REMOTE_OFF_BMS_ACTIVE(2, "REMOTE_OFF_BMS_ACTIVE", "REMOTE_OFF_BMS_ACTIVE"),

	/**
	 * The '<em><b>REMOTE OFF BMS DISABLED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Remote off, BMS functionality disabled ('Switch everything off').
	 * <!-- end-model-doc -->
	 * @see #REMOTE_OFF_BMS_DISABLED_VALUE
	 * @generated
	 * @ordered
	 */
	REMOTE_OFF_BMS_DISABLED(3, "REMOTE_OFF_BMS_DISABLED", "REMOTE_OFF_BMS_DISABLED"),

	/**
	 * The '<em><b>STANDBY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STANDBY_VALUE
	 * @generated
	 * @ordered
	 */
	STANDBY(4, "STANDBY", "STANDBY"),

	/**
	 * The '<em><b>OFF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OFF_VALUE
	 * @generated
	 * @ordered
	 */
	OFF(5, "OFF", "OFF");

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
	 * The '<em><b>ON</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ON
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ON_VALUE = 1;

	/**
	 * The '<em><b>REMOTE OFF BMS ACTIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Remote off, BMS functionality still active.
	 * <!-- end-model-doc -->
	 * @see #REMOTE_OFF_BMS_ACTIVE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REMOTE_OFF_BMS_ACTIVE_VALUE = 2;

	/**
	 * The '<em><b>REMOTE OFF BMS DISABLED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Remote off, BMS functionality disabled ('Switch everything off').
	 * <!-- end-model-doc -->
	 * @see #REMOTE_OFF_BMS_DISABLED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REMOTE_OFF_BMS_DISABLED_VALUE = 3;

	/**
	 * The '<em><b>STANDBY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STANDBY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STANDBY_VALUE = 4;

	/**
	 * The '<em><b>OFF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OFF
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OFF_VALUE = 5;

	/**
	 * An array of all the '<em><b>Power State</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PowerState[] VALUES_ARRAY =
		new PowerState[] {
			UNSPECIFIED,
			ON,
			REMOTE_OFF_BMS_ACTIVE,
			REMOTE_OFF_BMS_DISABLED,
			STANDBY,
			OFF,
		};

	/**
	 * A public read-only list of all the '<em><b>Power State</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PowerState> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Power State</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PowerState get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PowerState result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Power State</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PowerState getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PowerState result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Power State</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PowerState get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case ON_VALUE: return ON;
			case REMOTE_OFF_BMS_ACTIVE_VALUE: return REMOTE_OFF_BMS_ACTIVE;
			case REMOTE_OFF_BMS_DISABLED_VALUE: return REMOTE_OFF_BMS_DISABLED;
			case STANDBY_VALUE: return STANDBY;
			case OFF_VALUE: return OFF;
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
	private PowerState(int value, String name, String literal) {
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
	
} //PowerState
