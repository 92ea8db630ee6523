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
 * A representation of the literals of the enumeration '<em><b>Fuse Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Fuse family.
 * <!-- end-model-doc -->
 * @see io.cellwright.model.catalog.CatalogPackage#getFuseKind()
 * @model
 * @generated
 */
public enum FuseKind implements Enumerator {
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
	 * The '<em><b>MEGA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEGA_VALUE
	 * @generated
	 * @ordered
	 */
	MEGA(1, "MEGA", "MEGA"),

	/**
	 * The '<em><b>MIDI</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIDI_VALUE
	 * @generated
	 * @ordered
	 */
	MIDI(2, "MIDI", "MIDI"),

	/**
	 * The '<em><b>ANL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANL_VALUE
	 * @generated
	 * @ordered
	 */
	ANL(3, "ANL", "ANL"),

	/**
	 * The '<em><b>ATO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ATO_VALUE
	 * @generated
	 * @ordered
	 */
	ATO(4, "ATO", "ATO"),

	/**
	 * The '<em><b>MRBF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MRBF_VALUE
	 * @generated
	 * @ordered
	 */
	MRBF(5, "MRBF", "MRBF"),

	/**
	 * The '<em><b>CLASS T</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLASS_T_VALUE
	 * @generated
	 * @ordered
	 */
	CLASS_T(6, "CLASS_T", "CLASS_T"),

	/**
	 * The '<em><b>MINI</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MINI_VALUE
	 * @generated
	 * @ordered
	 */
	MINI(7, "MINI", "MINI"),

	/**
	 * The '<em><b>GLASS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GLASS_VALUE
	 * @generated
	 * @ordered
	 */
	GLASS(8, "GLASS", "GLASS");

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
	 * The '<em><b>MEGA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEGA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MEGA_VALUE = 1;

	/**
	 * The '<em><b>MIDI</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIDI
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MIDI_VALUE = 2;

	/**
	 * The '<em><b>ANL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ANL_VALUE = 3;

	/**
	 * The '<em><b>ATO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ATO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ATO_VALUE = 4;

	/**
	 * The '<em><b>MRBF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MRBF
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MRBF_VALUE = 5;

	/**
	 * The '<em><b>CLASS T</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLASS_T
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CLASS_T_VALUE = 6;

	/**
	 * The '<em><b>MINI</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MINI
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MINI_VALUE = 7;

	/**
	 * The '<em><b>GLASS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GLASS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GLASS_VALUE = 8;

	/**
	 * An array of all the '<em><b>Fuse Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final FuseKind[] VALUES_ARRAY =
		new FuseKind[] {
			OTHER,
			MEGA,
			MIDI,
			ANL,
			ATO,
			MRBF,
			CLASS_T,
			MINI,
			GLASS,
		};

	/**
	 * A public read-only list of all the '<em><b>Fuse Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<FuseKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Fuse Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FuseKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FuseKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Fuse Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FuseKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FuseKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Fuse Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FuseKind get(int value) {
		switch (value) {
			case OTHER_VALUE: return OTHER;
			case MEGA_VALUE: return MEGA;
			case MIDI_VALUE: return MIDI;
			case ANL_VALUE: return ANL;
			case ATO_VALUE: return ATO;
			case MRBF_VALUE: return MRBF;
			case CLASS_T_VALUE: return CLASS_T;
			case MINI_VALUE: return MINI;
			case GLASS_VALUE: return GLASS;
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
	private FuseKind(int value, String name, String literal) {
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
	
} //FuseKind
