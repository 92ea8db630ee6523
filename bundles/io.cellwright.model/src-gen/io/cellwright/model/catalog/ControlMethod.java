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
 * A representation of the literals of the enumeration '<em><b>Control Method</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How a BMS output drives a device's remote on/off input (001 Appendix A).
 * <!-- end-model-doc -->
 * @see io.cellwright.model.catalog.CatalogPackage#getControlMethod()
 * @model
 * @generated
 */
public enum ControlMethod implements Enumerator {
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
	 * The '<em><b>DIRECT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * BMS output wired directly to the device terminal.
	 * <!-- end-model-doc -->
	 * @see #DIRECT_VALUE
	 * @generated
	 * @ordered
	 */
	DIRECT(1, "DIRECT", "DIRECT"),

	/**
	 * The '<em><b>INTERFACE CABLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Through an interface cable (inverting, non-inverting, VE.Direct...).
	 * <!-- end-model-doc -->
	 * @see #INTERFACE_CABLE_VALUE
	 * @generated
	 * @ordered
	 */
	INTERFACE_CABLE(2, "INTERFACE_CABLE", "INTERFACE_CABLE"),

	/**
	 * The '<em><b>INTERMEDIATE DEVICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Through another device, for example a Cyrix-Li-Charge.
	 * <!-- end-model-doc -->
	 * @see #INTERMEDIATE_DEVICE_VALUE
	 * @generated
	 * @ordered
	 */
	INTERMEDIATE_DEVICE(3, "INTERMEDIATE_DEVICE", "INTERMEDIATE_DEVICE"),

	/**
	 * The '<em><b>POWER PORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not by signal: the device is connected to a BMS power port (System+ or the primary side) that the BMS switches itself.
	 * <!-- end-model-doc -->
	 * @see #POWER_PORT_VALUE
	 * @generated
	 * @ordered
	 */
	POWER_PORT(4, "POWER_PORT", "POWER_PORT"),

	/**
	 * The '<em><b>SEE DOCUMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The source refers to another document.
	 * <!-- end-model-doc -->
	 * @see #SEE_DOCUMENT_VALUE
	 * @generated
	 * @ordered
	 */
	SEE_DOCUMENT(5, "SEE_DOCUMENT", "SEE_DOCUMENT");

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
	 * The '<em><b>DIRECT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * BMS output wired directly to the device terminal.
	 * <!-- end-model-doc -->
	 * @see #DIRECT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DIRECT_VALUE = 1;

	/**
	 * The '<em><b>INTERFACE CABLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Through an interface cable (inverting, non-inverting, VE.Direct...).
	 * <!-- end-model-doc -->
	 * @see #INTERFACE_CABLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTERFACE_CABLE_VALUE = 2;

	/**
	 * The '<em><b>INTERMEDIATE DEVICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Through another device, for example a Cyrix-Li-Charge.
	 * <!-- end-model-doc -->
	 * @see #INTERMEDIATE_DEVICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTERMEDIATE_DEVICE_VALUE = 3;

	/**
	 * The '<em><b>POWER PORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not by signal: the device is connected to a BMS power port (System+ or the primary side) that the BMS switches itself.
	 * <!-- end-model-doc -->
	 * @see #POWER_PORT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POWER_PORT_VALUE = 4;

	/**
	 * The '<em><b>SEE DOCUMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The source refers to another document.
	 * <!-- end-model-doc -->
	 * @see #SEE_DOCUMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SEE_DOCUMENT_VALUE = 5;

	/**
	 * An array of all the '<em><b>Control Method</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ControlMethod[] VALUES_ARRAY =
		new ControlMethod[] {
			UNSPECIFIED,
			DIRECT,
			INTERFACE_CABLE,
			INTERMEDIATE_DEVICE,
			POWER_PORT,
			SEE_DOCUMENT,
		};

	/**
	 * A public read-only list of all the '<em><b>Control Method</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ControlMethod> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Control Method</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ControlMethod get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ControlMethod result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Control Method</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ControlMethod getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ControlMethod result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Control Method</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ControlMethod get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case DIRECT_VALUE: return DIRECT;
			case INTERFACE_CABLE_VALUE: return INTERFACE_CABLE;
			case INTERMEDIATE_DEVICE_VALUE: return INTERMEDIATE_DEVICE;
			case POWER_PORT_VALUE: return POWER_PORT;
			case SEE_DOCUMENT_VALUE: return SEE_DOCUMENT;
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
	private ControlMethod(int value, String name, String literal) {
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
	
} //ControlMethod
