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
 * A representation of the literals of the enumeration '<em><b>Remote Condition</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Condition of a remote on/off use mode (000, 001 §4, 003).
 * <!-- end-model-doc -->
 * @see io.cellwright.model.catalog.CatalogPackage#getRemoteCondition()
 * @model
 * @generated
 */
public enum RemoteCondition implements Enumerator {
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
	 * The '<em><b>LAND HINTERCONNECTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * L and H terminal are interconnected.
	 * <!-- end-model-doc -->
	 * @see #LAND_HINTERCONNECTED_VALUE
	 * @generated
	 * @ordered
	 */
	LAND_HINTERCONNECTED(1, "L_AND_H_INTERCONNECTED", "L_AND_H_INTERCONNECTED"),

	/**
	 * The '<em><b>LPULLED TO MINUS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * L terminal is pulled to battery minus.
	 * <!-- end-model-doc -->
	 * @see #LPULLED_TO_MINUS_VALUE
	 * @generated
	 * @ordered
	 */
	LPULLED_TO_MINUS(2, "L_PULLED_TO_MINUS", "L_PULLED_TO_MINUS"),

	/**
	 * The '<em><b>HPULLED HIGH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * H terminal is high.
	 * <!-- end-model-doc -->
	 * @see #HPULLED_HIGH_VALUE
	 * @generated
	 * @ordered
	 */
	HPULLED_HIGH(3, "H_PULLED_HIGH", "H_PULLED_HIGH"),

	/**
	 * The '<em><b>ANY OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * All other conditions.
	 * <!-- end-model-doc -->
	 * @see #ANY_OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	ANY_OTHER(4, "ANY_OTHER", "ANY_OTHER");

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
	 * The '<em><b>LAND HINTERCONNECTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * L and H terminal are interconnected.
	 * <!-- end-model-doc -->
	 * @see #LAND_HINTERCONNECTED
	 * @model name="L_AND_H_INTERCONNECTED"
	 * @generated
	 * @ordered
	 */
	public static final int LAND_HINTERCONNECTED_VALUE = 1;

	/**
	 * The '<em><b>LPULLED TO MINUS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * L terminal is pulled to battery minus.
	 * <!-- end-model-doc -->
	 * @see #LPULLED_TO_MINUS
	 * @model name="L_PULLED_TO_MINUS"
	 * @generated
	 * @ordered
	 */
	public static final int LPULLED_TO_MINUS_VALUE = 2;

	/**
	 * The '<em><b>HPULLED HIGH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * H terminal is high.
	 * <!-- end-model-doc -->
	 * @see #HPULLED_HIGH
	 * @model name="H_PULLED_HIGH"
	 * @generated
	 * @ordered
	 */
	public static final int HPULLED_HIGH_VALUE = 3;

	/**
	 * The '<em><b>ANY OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * All other conditions.
	 * <!-- end-model-doc -->
	 * @see #ANY_OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ANY_OTHER_VALUE = 4;

	/**
	 * An array of all the '<em><b>Remote Condition</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RemoteCondition[] VALUES_ARRAY =
		new RemoteCondition[] {
			UNSPECIFIED,
			LAND_HINTERCONNECTED,
			LPULLED_TO_MINUS,
			HPULLED_HIGH,
			ANY_OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Remote Condition</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RemoteCondition> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Remote Condition</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RemoteCondition get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RemoteCondition result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Remote Condition</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RemoteCondition getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RemoteCondition result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Remote Condition</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RemoteCondition get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case LAND_HINTERCONNECTED_VALUE: return LAND_HINTERCONNECTED;
			case LPULLED_TO_MINUS_VALUE: return LPULLED_TO_MINUS;
			case HPULLED_HIGH_VALUE: return HPULLED_HIGH;
			case ANY_OTHER_VALUE: return ANY_OTHER;
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
	private RemoteCondition(int value, String name, String literal) {
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
	
} //RemoteCondition
