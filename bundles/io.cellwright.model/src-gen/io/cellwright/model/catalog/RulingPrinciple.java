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
 * A representation of the literals of the enumeration '<em><b>Ruling Principle</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Why a value rules over the values it disagrees with. The notes in docs/model-notes.md list the order in which these principles are applied.
 * <!-- end-model-doc -->
 * @see io.cellwright.model.catalog.CatalogPackage#getRulingPrinciple()
 * @model
 * @generated
 */
public enum RulingPrinciple implements Enumerator {
	/**
	 * The '<em><b>PRODUCT SPECIFIC SOURCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A document about this product beats an overview of many products.
	 * <!-- end-model-doc -->
	 * @see #PRODUCT_SPECIFIC_SOURCE_VALUE
	 * @generated
	 * @ordered
	 */
	PRODUCT_SPECIFIC_SOURCE(0, "PRODUCT_SPECIFIC_SOURCE", "PRODUCT_SPECIFIC_SOURCE"),

	/**
	 * The '<em><b>NEWER EDITION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A newer edition of a document beats the edition it supersedes.
	 * <!-- end-model-doc -->
	 * @see #NEWER_EDITION_VALUE
	 * @generated
	 * @ordered
	 */
	NEWER_EDITION(1, "NEWER_EDITION", "NEWER_EDITION"),

	/**
	 * The '<em><b>TABLE OVER PROSE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A specification or comparison table beats a summary sentence.
	 * <!-- end-model-doc -->
	 * @see #TABLE_OVER_PROSE_VALUE
	 * @generated
	 * @ordered
	 */
	TABLE_OVER_PROSE(2, "TABLE_OVER_PROSE", "TABLE_OVER_PROSE"),

	/**
	 * The '<em><b>SPECIFICATION OVER EXAMPLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A specification value beats a number used in a worked example.
	 * <!-- end-model-doc -->
	 * @see #SPECIFICATION_OVER_EXAMPLE_VALUE
	 * @generated
	 * @ordered
	 */
	SPECIFICATION_OVER_EXAMPLE(3, "SPECIFICATION_OVER_EXAMPLE", "SPECIFICATION_OVER_EXAMPLE"),

	/**
	 * The '<em><b>CORROBORATED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * More independent documents state this value.
	 * <!-- end-model-doc -->
	 * @see #CORROBORATED_VALUE
	 * @generated
	 * @ordered
	 */
	CORROBORATED(4, "CORROBORATED", "CORROBORATED"),

	/**
	 * The '<em><b>CONSERVATIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Of equally good sources, the value that keeps a design safe is used.
	 * <!-- end-model-doc -->
	 * @see #CONSERVATIVE_VALUE
	 * @generated
	 * @ordered
	 */
	CONSERVATIVE(5, "CONSERVATIVE", "CONSERVATIVE"),

	/**
	 * The '<em><b>ENGINEERING JUDGEMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Decided by the Cellwright authors; the rationale says why.
	 * <!-- end-model-doc -->
	 * @see #ENGINEERING_JUDGEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	ENGINEERING_JUDGEMENT(6, "ENGINEERING_JUDGEMENT", "ENGINEERING_JUDGEMENT");

	/**
	 * The '<em><b>PRODUCT SPECIFIC SOURCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A document about this product beats an overview of many products.
	 * <!-- end-model-doc -->
	 * @see #PRODUCT_SPECIFIC_SOURCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRODUCT_SPECIFIC_SOURCE_VALUE = 0;

	/**
	 * The '<em><b>NEWER EDITION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A newer edition of a document beats the edition it supersedes.
	 * <!-- end-model-doc -->
	 * @see #NEWER_EDITION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NEWER_EDITION_VALUE = 1;

	/**
	 * The '<em><b>TABLE OVER PROSE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A specification or comparison table beats a summary sentence.
	 * <!-- end-model-doc -->
	 * @see #TABLE_OVER_PROSE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TABLE_OVER_PROSE_VALUE = 2;

	/**
	 * The '<em><b>SPECIFICATION OVER EXAMPLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A specification value beats a number used in a worked example.
	 * <!-- end-model-doc -->
	 * @see #SPECIFICATION_OVER_EXAMPLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SPECIFICATION_OVER_EXAMPLE_VALUE = 3;

	/**
	 * The '<em><b>CORROBORATED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * More independent documents state this value.
	 * <!-- end-model-doc -->
	 * @see #CORROBORATED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CORROBORATED_VALUE = 4;

	/**
	 * The '<em><b>CONSERVATIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Of equally good sources, the value that keeps a design safe is used.
	 * <!-- end-model-doc -->
	 * @see #CONSERVATIVE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONSERVATIVE_VALUE = 5;

	/**
	 * The '<em><b>ENGINEERING JUDGEMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Decided by the Cellwright authors; the rationale says why.
	 * <!-- end-model-doc -->
	 * @see #ENGINEERING_JUDGEMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ENGINEERING_JUDGEMENT_VALUE = 6;

	/**
	 * An array of all the '<em><b>Ruling Principle</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RulingPrinciple[] VALUES_ARRAY =
		new RulingPrinciple[] {
			PRODUCT_SPECIFIC_SOURCE,
			NEWER_EDITION,
			TABLE_OVER_PROSE,
			SPECIFICATION_OVER_EXAMPLE,
			CORROBORATED,
			CONSERVATIVE,
			ENGINEERING_JUDGEMENT,
		};

	/**
	 * A public read-only list of all the '<em><b>Ruling Principle</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RulingPrinciple> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Ruling Principle</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RulingPrinciple get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RulingPrinciple result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Ruling Principle</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RulingPrinciple getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RulingPrinciple result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Ruling Principle</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RulingPrinciple get(int value) {
		switch (value) {
			case PRODUCT_SPECIFIC_SOURCE_VALUE: return PRODUCT_SPECIFIC_SOURCE;
			case NEWER_EDITION_VALUE: return NEWER_EDITION;
			case TABLE_OVER_PROSE_VALUE: return TABLE_OVER_PROSE;
			case SPECIFICATION_OVER_EXAMPLE_VALUE: return SPECIFICATION_OVER_EXAMPLE;
			case CORROBORATED_VALUE: return CORROBORATED;
			case CONSERVATIVE_VALUE: return CONSERVATIVE;
			case ENGINEERING_JUDGEMENT_VALUE: return ENGINEERING_JUDGEMENT;
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
	private RulingPrinciple(int value, String name, String literal) {
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
	
} //RulingPrinciple
