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
 * A representation of the literals of the enumeration '<em><b>Cell Style</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How the compare command prints a comparison cell when the fact has no displayText.
 * <!-- end-model-doc -->
 * @see io.cellwright.model.catalog.CatalogPackage#getCellStyle()
 * @model
 * @generated
 */
public enum CellStyle implements Enumerator {
	/**
	 * The '<em><b>DEFAULT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The fact's own formatting (number with unit, Yes/No, list...).
	 * <!-- end-model-doc -->
	 * @see #DEFAULT_VALUE
	 * @generated
	 * @ordered
	 */
	DEFAULT(0, "DEFAULT", "DEFAULT"),

	/**
	 * The '<em><b>NUMBER ONLY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number without unit (the unit is in the row header, e.g. 'Weight (kg)').
	 * <!-- end-model-doc -->
	 * @see #NUMBER_ONLY_VALUE
	 * @generated
	 * @ordered
	 */
	NUMBER_ONLY(1, "NUMBER_ONLY", "NUMBER_ONLY"),

	/**
	 * The '<em><b>YES WITH RATING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 'Yes, 1 A' for a supported capability with rating, 'No' otherwise.
	 * <!-- end-model-doc -->
	 * @see #YES_WITH_RATING_VALUE
	 * @generated
	 * @ordered
	 */
	YES_WITH_RATING(2, "YES_WITH_RATING", "YES_WITH_RATING");

	/**
	 * The '<em><b>DEFAULT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The fact's own formatting (number with unit, Yes/No, list...).
	 * <!-- end-model-doc -->
	 * @see #DEFAULT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DEFAULT_VALUE = 0;

	/**
	 * The '<em><b>NUMBER ONLY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number without unit (the unit is in the row header, e.g. 'Weight (kg)').
	 * <!-- end-model-doc -->
	 * @see #NUMBER_ONLY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NUMBER_ONLY_VALUE = 1;

	/**
	 * The '<em><b>YES WITH RATING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 'Yes, 1 A' for a supported capability with rating, 'No' otherwise.
	 * <!-- end-model-doc -->
	 * @see #YES_WITH_RATING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int YES_WITH_RATING_VALUE = 2;

	/**
	 * An array of all the '<em><b>Cell Style</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CellStyle[] VALUES_ARRAY =
		new CellStyle[] {
			DEFAULT,
			NUMBER_ONLY,
			YES_WITH_RATING,
		};

	/**
	 * A public read-only list of all the '<em><b>Cell Style</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CellStyle> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Cell Style</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CellStyle get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CellStyle result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Cell Style</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CellStyle getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CellStyle result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Cell Style</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CellStyle get(int value) {
		switch (value) {
			case DEFAULT_VALUE: return DEFAULT;
			case NUMBER_ONLY_VALUE: return NUMBER_ONLY;
			case YES_WITH_RATING_VALUE: return YES_WITH_RATING;
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
	private CellStyle(int value, String name, String literal) {
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
	
} //CellStyle
