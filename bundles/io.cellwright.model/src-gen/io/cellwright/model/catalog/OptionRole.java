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
 * A representation of the literals of the enumeration '<em><b>Option Role</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Meaning of a choice option (see SettingRole).
 * <!-- end-model-doc -->
 * @see io.cellwright.model.catalog.CatalogPackage#getOptionRole()
 * @model
 * @generated
 */
public enum OptionRole implements Enumerator {
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
	 * The '<em><b>USE PRE ALARM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #USE_PRE_ALARM_VALUE
	 * @generated
	 * @ordered
	 */
	USE_PRE_ALARM(1, "USE_PRE_ALARM", "USE_PRE_ALARM"),

	/**
	 * The '<em><b>PRE ALARM NOT AVAILABLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRE_ALARM_NOT_AVAILABLE_VALUE
	 * @generated
	 * @ordered
	 */
	PRE_ALARM_NOT_AVAILABLE(2, "PRE_ALARM_NOT_AVAILABLE", "PRE_ALARM_NOT_AVAILABLE"),

	/**
	 * The '<em><b>CONTINUOUS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTINUOUS_VALUE
	 * @generated
	 * @ordered
	 */
	CONTINUOUS(3, "CONTINUOUS", "CONTINUOUS"),

	/**
	 * The '<em><b>INTERMITTENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERMITTENT_VALUE
	 * @generated
	 * @ordered
	 */
	INTERMITTENT(4, "INTERMITTENT", "INTERMITTENT"),

	/**
	 * The '<em><b>DISABLE ALTERNATOR AND SYSTEM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISABLE_ALTERNATOR_AND_SYSTEM_VALUE
	 * @generated
	 * @ordered
	 */
	DISABLE_ALTERNATOR_AND_SYSTEM(5, "DISABLE_ALTERNATOR_AND_SYSTEM", "DISABLE_ALTERNATOR_AND_SYSTEM"),

	/**
	 * The '<em><b>DISABLE ALTERNATOR ONLY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISABLE_ALTERNATOR_ONLY_VALUE
	 * @generated
	 * @ordered
	 */
	DISABLE_ALTERNATOR_ONLY(6, "DISABLE_ALTERNATOR_ONLY", "DISABLE_ALTERNATOR_ONLY"),

	/**
	 * The '<em><b>SWITCH EVERYTHING OFF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SWITCH_EVERYTHING_OFF_VALUE
	 * @generated
	 * @ordered
	 */
	SWITCH_EVERYTHING_OFF(7, "SWITCH_EVERYTHING_OFF", "SWITCH_EVERYTHING_OFF");

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
	 * The '<em><b>USE PRE ALARM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #USE_PRE_ALARM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int USE_PRE_ALARM_VALUE = 1;

	/**
	 * The '<em><b>PRE ALARM NOT AVAILABLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRE_ALARM_NOT_AVAILABLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRE_ALARM_NOT_AVAILABLE_VALUE = 2;

	/**
	 * The '<em><b>CONTINUOUS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTINUOUS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONTINUOUS_VALUE = 3;

	/**
	 * The '<em><b>INTERMITTENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERMITTENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTERMITTENT_VALUE = 4;

	/**
	 * The '<em><b>DISABLE ALTERNATOR AND SYSTEM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISABLE_ALTERNATOR_AND_SYSTEM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DISABLE_ALTERNATOR_AND_SYSTEM_VALUE = 5;

	/**
	 * The '<em><b>DISABLE ALTERNATOR ONLY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISABLE_ALTERNATOR_ONLY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DISABLE_ALTERNATOR_ONLY_VALUE = 6;

	/**
	 * The '<em><b>SWITCH EVERYTHING OFF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SWITCH_EVERYTHING_OFF
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SWITCH_EVERYTHING_OFF_VALUE = 7;

	/**
	 * An array of all the '<em><b>Option Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final OptionRole[] VALUES_ARRAY =
		new OptionRole[] {
			CUSTOM,
			USE_PRE_ALARM,
			PRE_ALARM_NOT_AVAILABLE,
			CONTINUOUS,
			INTERMITTENT,
			DISABLE_ALTERNATOR_AND_SYSTEM,
			DISABLE_ALTERNATOR_ONLY,
			SWITCH_EVERYTHING_OFF,
		};

	/**
	 * A public read-only list of all the '<em><b>Option Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<OptionRole> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Option Role</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OptionRole get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OptionRole result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Option Role</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OptionRole getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OptionRole result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Option Role</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OptionRole get(int value) {
		switch (value) {
			case CUSTOM_VALUE: return CUSTOM;
			case USE_PRE_ALARM_VALUE: return USE_PRE_ALARM;
			case PRE_ALARM_NOT_AVAILABLE_VALUE: return PRE_ALARM_NOT_AVAILABLE;
			case CONTINUOUS_VALUE: return CONTINUOUS;
			case INTERMITTENT_VALUE: return INTERMITTENT;
			case DISABLE_ALTERNATOR_AND_SYSTEM_VALUE: return DISABLE_ALTERNATOR_AND_SYSTEM;
			case DISABLE_ALTERNATOR_ONLY_VALUE: return DISABLE_ALTERNATOR_ONLY;
			case SWITCH_EVERYTHING_OFF_VALUE: return SWITCH_EVERYTHING_OFF;
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
	private OptionRole(int value, String name, String literal) {
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
	
} //OptionRole
