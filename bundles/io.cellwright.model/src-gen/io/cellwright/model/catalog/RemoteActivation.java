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
 * A representation of the literals of the enumeration '<em><b>Remote Activation</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Polarity of a remote on/off input: what turns the device ON.
 * <!-- end-model-doc -->
 * @see io.cellwright.model.catalog.CatalogPackage#getRemoteActivation()
 * @model
 * @generated
 */
public enum RemoteActivation implements Enumerator {
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
	 * The '<em><b>PULLED HIGH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ON when the input is pulled high (to battery plus); OFF when free floating.
	 * <!-- end-model-doc -->
	 * @see #PULLED_HIGH_VALUE
	 * @generated
	 * @ordered
	 */
	PULLED_HIGH(1, "PULLED_HIGH", "PULLED_HIGH"),

	/**
	 * The '<em><b>PULLED LOW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ON when the input is pulled low (to battery minus); OFF when free floating.
	 * <!-- end-model-doc -->
	 * @see #PULLED_LOW_VALUE
	 * @generated
	 * @ordered
	 */
	PULLED_LOW(2, "PULLED_LOW", "PULLED_LOW"),

	/**
	 * The '<em><b>BRIDGED TO PARTNER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ON when the input is connected to its partner terminal (switch or wire loop between L and H).
	 * <!-- end-model-doc -->
	 * @see #BRIDGED_TO_PARTNER_VALUE
	 * @generated
	 * @ordered
	 */
	BRIDGED_TO_PARTNER(3, "BRIDGED_TO_PARTNER", "BRIDGED_TO_PARTNER");

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
	 * The '<em><b>PULLED HIGH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ON when the input is pulled high (to battery plus); OFF when free floating.
	 * <!-- end-model-doc -->
	 * @see #PULLED_HIGH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PULLED_HIGH_VALUE = 1;

	/**
	 * The '<em><b>PULLED LOW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ON when the input is pulled low (to battery minus); OFF when free floating.
	 * <!-- end-model-doc -->
	 * @see #PULLED_LOW
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PULLED_LOW_VALUE = 2;

	/**
	 * The '<em><b>BRIDGED TO PARTNER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ON when the input is connected to its partner terminal (switch or wire loop between L and H).
	 * <!-- end-model-doc -->
	 * @see #BRIDGED_TO_PARTNER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BRIDGED_TO_PARTNER_VALUE = 3;

	/**
	 * An array of all the '<em><b>Remote Activation</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RemoteActivation[] VALUES_ARRAY =
		new RemoteActivation[] {
			UNSPECIFIED,
			PULLED_HIGH,
			PULLED_LOW,
			BRIDGED_TO_PARTNER,
		};

	/**
	 * A public read-only list of all the '<em><b>Remote Activation</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RemoteActivation> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Remote Activation</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RemoteActivation get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RemoteActivation result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Remote Activation</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RemoteActivation getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RemoteActivation result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Remote Activation</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RemoteActivation get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case PULLED_HIGH_VALUE: return PULLED_HIGH;
			case PULLED_LOW_VALUE: return PULLED_LOW;
			case BRIDGED_TO_PARTNER_VALUE: return BRIDGED_TO_PARTNER;
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
	private RemoteActivation(int value, String name, String literal) {
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
	
} //RemoteActivation
