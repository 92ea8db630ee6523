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
 * A representation of the literals of the enumeration '<em><b>Alternator Port Mode</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How a BMS handles an alternator (002 comparison table, row 'Alternator port').
 * <!-- end-model-doc -->
 * @see io.cellwright.model.catalog.CatalogPackage#getAlternatorPortMode()
 * @model
 * @generated
 */
public enum AlternatorPortMode implements Enumerator {
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
	 * No alternator port.
	 * <!-- end-model-doc -->
	 * @see #NONE_VALUE
	 * @generated
	 * @ordered
	 */
	NONE(1, "NONE", "NONE"),

	/**
	 * The '<em><b>CURRENT LIMITED INPUT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Dedicated, current-limited, one-way alternator input.
	 * <!-- end-model-doc -->
	 * @see #CURRENT_LIMITED_INPUT_VALUE
	 * @generated
	 * @ordered
	 */
	CURRENT_LIMITED_INPUT(2, "CURRENT_LIMITED_INPUT", "CURRENT_LIMITED_INPUT"),

	/**
	 * The '<em><b>ATC MODE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Alternator ATC mode (Lynx Smart BMS).
	 * <!-- end-model-doc -->
	 * @see #ATC_MODE_VALUE
	 * @generated
	 * @ordered
	 */
	ATC_MODE(3, "ATC_MODE", "ATC_MODE");

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
	 * No alternator port.
	 * <!-- end-model-doc -->
	 * @see #NONE
	 * @model annotation="http://cellwright.io/model/label label='No'"
	 * @generated
	 * @ordered
	 */
	public static final int NONE_VALUE = 1;

	/**
	 * The '<em><b>CURRENT LIMITED INPUT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Dedicated, current-limited, one-way alternator input.
	 * <!-- end-model-doc -->
	 * @see #CURRENT_LIMITED_INPUT
	 * @model annotation="http://cellwright.io/model/label label='Current-limited input'"
	 * @generated
	 * @ordered
	 */
	public static final int CURRENT_LIMITED_INPUT_VALUE = 2;

	/**
	 * The '<em><b>ATC MODE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Alternator ATC mode (Lynx Smart BMS).
	 * <!-- end-model-doc -->
	 * @see #ATC_MODE
	 * @model annotation="http://cellwright.io/model/label label='Alternator ATC mode'"
	 * @generated
	 * @ordered
	 */
	public static final int ATC_MODE_VALUE = 3;

	/**
	 * An array of all the '<em><b>Alternator Port Mode</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AlternatorPortMode[] VALUES_ARRAY =
		new AlternatorPortMode[] {
			UNSPECIFIED,
			NONE,
			CURRENT_LIMITED_INPUT,
			ATC_MODE,
		};

	/**
	 * A public read-only list of all the '<em><b>Alternator Port Mode</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AlternatorPortMode> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Alternator Port Mode</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AlternatorPortMode get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AlternatorPortMode result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Alternator Port Mode</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AlternatorPortMode getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AlternatorPortMode result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Alternator Port Mode</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AlternatorPortMode get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case NONE_VALUE: return NONE;
			case CURRENT_LIMITED_INPUT_VALUE: return CURRENT_LIMITED_INPUT;
			case ATC_MODE_VALUE: return ATC_MODE;
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
	private AlternatorPortMode(int value, String name, String literal) {
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
	
} //AlternatorPortMode
