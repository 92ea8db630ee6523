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
 * A representation of the literals of the enumeration '<em><b>Connector Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Physical connector of a terminal.
 * <!-- end-model-doc -->
 * @see io.cellwright.model.catalog.CatalogPackage#getConnectorType()
 * @model
 * @generated
 */
public enum ConnectorType implements Enumerator {
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
	 * The '<em><b>STUD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STUD_VALUE
	 * @generated
	 * @ordered
	 */
	STUD(1, "STUD", "STUD"),

	/**
	 * The '<em><b>FASTON</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FASTON_VALUE
	 * @generated
	 * @ordered
	 */
	FASTON(2, "FASTON", "FASTON"),

	/**
	 * The '<em><b>SCREW TERMINAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCREW_TERMINAL_VALUE
	 * @generated
	 * @ordered
	 */
	SCREW_TERMINAL(3, "SCREW_TERMINAL", "SCREW_TERMINAL"),

	/**
	 * The '<em><b>PLUG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLUG_VALUE
	 * @generated
	 * @ordered
	 */
	PLUG(4, "PLUG", "PLUG"),

	/**
	 * The '<em><b>CIRCULAR M8</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CIRCULAR_M8_VALUE
	 * @generated
	 * @ordered
	 */
	CIRCULAR_M8(5, "CIRCULAR_M8", "CIRCULAR_M8"),

	/**
	 * The '<em><b>RJ45</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RJ45_VALUE
	 * @generated
	 * @ordered
	 */
	RJ45(6, "RJ45", "RJ45"),

	/**
	 * The '<em><b>VE DIRECT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VE_DIRECT_VALUE
	 * @generated
	 * @ordered
	 */
	VE_DIRECT(7, "VE_DIRECT", "VE_DIRECT"),

	/**
	 * The '<em><b>MC4</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MC4_VALUE
	 * @generated
	 * @ordered
	 */
	MC4(8, "MC4", "MC4"),

	/**
	 * The '<em><b>WIRE LEAD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WIRE_LEAD_VALUE
	 * @generated
	 * @ordered
	 */
	WIRE_LEAD(9, "WIRE_LEAD", "WIRE_LEAD"),

	/**
	 * The '<em><b>RING TERMINAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RING_TERMINAL_VALUE
	 * @generated
	 * @ordered
	 */
	RING_TERMINAL(10, "RING_TERMINAL", "RING_TERMINAL");

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
	 * The '<em><b>STUD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STUD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STUD_VALUE = 1;

	/**
	 * The '<em><b>FASTON</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FASTON
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FASTON_VALUE = 2;

	/**
	 * The '<em><b>SCREW TERMINAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCREW_TERMINAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SCREW_TERMINAL_VALUE = 3;

	/**
	 * The '<em><b>PLUG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLUG
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PLUG_VALUE = 4;

	/**
	 * The '<em><b>CIRCULAR M8</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CIRCULAR_M8
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CIRCULAR_M8_VALUE = 5;

	/**
	 * The '<em><b>RJ45</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RJ45
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RJ45_VALUE = 6;

	/**
	 * The '<em><b>VE DIRECT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VE_DIRECT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VE_DIRECT_VALUE = 7;

	/**
	 * The '<em><b>MC4</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MC4
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MC4_VALUE = 8;

	/**
	 * The '<em><b>WIRE LEAD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WIRE_LEAD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WIRE_LEAD_VALUE = 9;

	/**
	 * The '<em><b>RING TERMINAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RING_TERMINAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RING_TERMINAL_VALUE = 10;

	/**
	 * An array of all the '<em><b>Connector Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ConnectorType[] VALUES_ARRAY =
		new ConnectorType[] {
			OTHER,
			STUD,
			FASTON,
			SCREW_TERMINAL,
			PLUG,
			CIRCULAR_M8,
			RJ45,
			VE_DIRECT,
			MC4,
			WIRE_LEAD,
			RING_TERMINAL,
		};

	/**
	 * A public read-only list of all the '<em><b>Connector Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ConnectorType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Connector Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConnectorType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ConnectorType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Connector Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConnectorType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ConnectorType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Connector Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConnectorType get(int value) {
		switch (value) {
			case OTHER_VALUE: return OTHER;
			case STUD_VALUE: return STUD;
			case FASTON_VALUE: return FASTON;
			case SCREW_TERMINAL_VALUE: return SCREW_TERMINAL;
			case PLUG_VALUE: return PLUG;
			case CIRCULAR_M8_VALUE: return CIRCULAR_M8;
			case RJ45_VALUE: return RJ45;
			case VE_DIRECT_VALUE: return VE_DIRECT;
			case MC4_VALUE: return MC4;
			case WIRE_LEAD_VALUE: return WIRE_LEAD;
			case RING_TERMINAL_VALUE: return RING_TERMINAL;
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
	private ConnectorType(int value, String name, String literal) {
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
	
} //ConnectorType
