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
 * A representation of the literals of the enumeration '<em><b>Cable Function</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Function of an accessory cable.
 * <!-- end-model-doc -->
 * @see io.cellwright.model.catalog.CatalogPackage#getCableFunction()
 * @model
 * @generated
 */
public enum CableFunction implements Enumerator {
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
	 * The '<em><b>BMS CABLE EXTENSION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BMS_CABLE_EXTENSION_VALUE
	 * @generated
	 * @ordered
	 */
	BMS_CABLE_EXTENSION(1, "BMS_CABLE_EXTENSION", "BMS_CABLE_EXTENSION"),

	/**
	 * The '<em><b>NON INVERTING REMOTE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NON_INVERTING_REMOTE_VALUE
	 * @generated
	 * @ordered
	 */
	NON_INVERTING_REMOTE(2, "NON_INVERTING_REMOTE", "NON_INVERTING_REMOTE"),

	/**
	 * The '<em><b>INVERTING REMOTE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVERTING_REMOTE_VALUE
	 * @generated
	 * @ordered
	 */
	INVERTING_REMOTE(3, "INVERTING_REMOTE", "INVERTING_REMOTE"),

	/**
	 * The '<em><b>VE DIRECT NON INVERTING REMOTE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VE_DIRECT_NON_INVERTING_REMOTE_VALUE
	 * @generated
	 * @ordered
	 */
	VE_DIRECT_NON_INVERTING_REMOTE(4, "VE_DIRECT_NON_INVERTING_REMOTE", "VE_DIRECT_NON_INVERTING_REMOTE"),

	/**
	 * The '<em><b>SKYLLA IREMOTE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SKYLLA_IREMOTE_VALUE
	 * @generated
	 * @ordered
	 */
	SKYLLA_IREMOTE(5, "SKYLLA_I_REMOTE", "SKYLLA_I_REMOTE"),

	/**
	 * The '<em><b>BMS TO MULTIPLUS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BMS_TO_MULTIPLUS_VALUE
	 * @generated
	 * @ordered
	 */
	BMS_TO_MULTIPLUS(6, "BMS_TO_MULTIPLUS", "BMS_TO_MULTIPLUS");

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
	 * The '<em><b>BMS CABLE EXTENSION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BMS_CABLE_EXTENSION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BMS_CABLE_EXTENSION_VALUE = 1;

	/**
	 * The '<em><b>NON INVERTING REMOTE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NON_INVERTING_REMOTE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NON_INVERTING_REMOTE_VALUE = 2;

	/**
	 * The '<em><b>INVERTING REMOTE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVERTING_REMOTE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INVERTING_REMOTE_VALUE = 3;

	/**
	 * The '<em><b>VE DIRECT NON INVERTING REMOTE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VE_DIRECT_NON_INVERTING_REMOTE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VE_DIRECT_NON_INVERTING_REMOTE_VALUE = 4;

	/**
	 * The '<em><b>SKYLLA IREMOTE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SKYLLA_IREMOTE
	 * @model name="SKYLLA_I_REMOTE"
	 * @generated
	 * @ordered
	 */
	public static final int SKYLLA_IREMOTE_VALUE = 5;

	/**
	 * The '<em><b>BMS TO MULTIPLUS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BMS_TO_MULTIPLUS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BMS_TO_MULTIPLUS_VALUE = 6;

	/**
	 * An array of all the '<em><b>Cable Function</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CableFunction[] VALUES_ARRAY =
		new CableFunction[] {
			OTHER,
			BMS_CABLE_EXTENSION,
			NON_INVERTING_REMOTE,
			INVERTING_REMOTE,
			VE_DIRECT_NON_INVERTING_REMOTE,
			SKYLLA_IREMOTE,
			BMS_TO_MULTIPLUS,
		};

	/**
	 * A public read-only list of all the '<em><b>Cable Function</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CableFunction> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Cable Function</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CableFunction get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CableFunction result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Cable Function</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CableFunction getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CableFunction result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Cable Function</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CableFunction get(int value) {
		switch (value) {
			case OTHER_VALUE: return OTHER;
			case BMS_CABLE_EXTENSION_VALUE: return BMS_CABLE_EXTENSION;
			case NON_INVERTING_REMOTE_VALUE: return NON_INVERTING_REMOTE;
			case INVERTING_REMOTE_VALUE: return INVERTING_REMOTE;
			case VE_DIRECT_NON_INVERTING_REMOTE_VALUE: return VE_DIRECT_NON_INVERTING_REMOTE;
			case SKYLLA_IREMOTE_VALUE: return SKYLLA_IREMOTE;
			case BMS_TO_MULTIPLUS_VALUE: return BMS_TO_MULTIPLUS;
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
	private CableFunction(int value, String name, String literal) {
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
	
} //CableFunction
