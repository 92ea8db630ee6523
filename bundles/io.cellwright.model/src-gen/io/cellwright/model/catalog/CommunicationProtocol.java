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
 * A representation of the literals of the enumeration '<em><b>Communication Protocol</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Data communication protocols.
 * <!-- end-model-doc -->
 * @see io.cellwright.model.catalog.CatalogPackage#getCommunicationProtocol()
 * @model
 * @generated
 */
public enum CommunicationProtocol implements Enumerator {
	/**
	 * The '<em><b>VE BUS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VE_BUS_VALUE
	 * @generated
	 * @ordered
	 */
	VE_BUS(0, "VE_BUS", "VE_BUS"),

	/**
	 * The '<em><b>VE CAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VE_CAN_VALUE
	 * @generated
	 * @ordered
	 */
	VE_CAN(1, "VE_CAN", "VE_CAN"),

	/**
	 * The '<em><b>NMEA 2000</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NMEA_2000_VALUE
	 * @generated
	 * @ordered
	 */
	NMEA_2000(2, "NMEA_2000", "NMEA_2000"),

	/**
	 * The '<em><b>VE DIRECT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VE_DIRECT_VALUE
	 * @generated
	 * @ordered
	 */
	VE_DIRECT(3, "VE_DIRECT", "VE_DIRECT"),

	/**
	 * The '<em><b>BLUETOOTH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BLUETOOTH_VALUE
	 * @generated
	 * @ordered
	 */
	BLUETOOTH(4, "BLUETOOTH", "BLUETOOTH");

	/**
	 * The '<em><b>VE BUS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VE_BUS
	 * @model annotation="http://cellwright.io/model/label label='VE.Bus'"
	 * @generated
	 * @ordered
	 */
	public static final int VE_BUS_VALUE = 0;

	/**
	 * The '<em><b>VE CAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VE_CAN
	 * @model annotation="http://cellwright.io/model/label label='VE.Can'"
	 * @generated
	 * @ordered
	 */
	public static final int VE_CAN_VALUE = 1;

	/**
	 * The '<em><b>NMEA 2000</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NMEA_2000
	 * @model annotation="http://cellwright.io/model/label label='NMEA 2000'"
	 * @generated
	 * @ordered
	 */
	public static final int NMEA_2000_VALUE = 2;

	/**
	 * The '<em><b>VE DIRECT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VE_DIRECT
	 * @model annotation="http://cellwright.io/model/label label='VE.Direct'"
	 * @generated
	 * @ordered
	 */
	public static final int VE_DIRECT_VALUE = 3;

	/**
	 * The '<em><b>BLUETOOTH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BLUETOOTH
	 * @model annotation="http://cellwright.io/model/label label='Bluetooth'"
	 * @generated
	 * @ordered
	 */
	public static final int BLUETOOTH_VALUE = 4;

	/**
	 * An array of all the '<em><b>Communication Protocol</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CommunicationProtocol[] VALUES_ARRAY =
		new CommunicationProtocol[] {
			VE_BUS,
			VE_CAN,
			NMEA_2000,
			VE_DIRECT,
			BLUETOOTH,
		};

	/**
	 * A public read-only list of all the '<em><b>Communication Protocol</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CommunicationProtocol> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Communication Protocol</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CommunicationProtocol get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CommunicationProtocol result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Communication Protocol</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CommunicationProtocol getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CommunicationProtocol result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Communication Protocol</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CommunicationProtocol get(int value) {
		switch (value) {
			case VE_BUS_VALUE: return VE_BUS;
			case VE_CAN_VALUE: return VE_CAN;
			case NMEA_2000_VALUE: return NMEA_2000;
			case VE_DIRECT_VALUE: return VE_DIRECT;
			case BLUETOOTH_VALUE: return BLUETOOTH;
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
	private CommunicationProtocol(int value, String name, String literal) {
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
	
} //CommunicationProtocol
