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
 * A representation of the literals of the enumeration '<em><b>Product Category</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Broad category of a product type (used for grouping, palette and icons).
 * <!-- end-model-doc -->
 * @see io.cellwright.model.catalog.CatalogPackage#getProductCategory()
 * @model
 * @generated
 */
public enum ProductCategory implements Enumerator {
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
	 * The '<em><b>BMS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BMS_VALUE
	 * @generated
	 * @ordered
	 */
	BMS(1, "BMS", "BMS"),

	/**
	 * The '<em><b>LITHIUM BATTERY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LITHIUM_BATTERY_VALUE
	 * @generated
	 * @ordered
	 */
	LITHIUM_BATTERY(2, "LITHIUM_BATTERY", "LITHIUM_BATTERY"),

	/**
	 * The '<em><b>STARTER BATTERY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STARTER_BATTERY_VALUE
	 * @generated
	 * @ordered
	 */
	STARTER_BATTERY(3, "STARTER_BATTERY", "STARTER_BATTERY"),

	/**
	 * The '<em><b>INVERTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVERTER_VALUE
	 * @generated
	 * @ordered
	 */
	INVERTER(4, "INVERTER", "INVERTER"),

	/**
	 * The '<em><b>INVERTER CHARGER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVERTER_CHARGER_VALUE
	 * @generated
	 * @ordered
	 */
	INVERTER_CHARGER(5, "INVERTER_CHARGER", "INVERTER_CHARGER"),

	/**
	 * The '<em><b>BATTERY CHARGER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BATTERY_CHARGER_VALUE
	 * @generated
	 * @ordered
	 */
	BATTERY_CHARGER(6, "BATTERY_CHARGER", "BATTERY_CHARGER"),

	/**
	 * The '<em><b>SOLAR CHARGER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOLAR_CHARGER_VALUE
	 * @generated
	 * @ordered
	 */
	SOLAR_CHARGER(7, "SOLAR_CHARGER", "SOLAR_CHARGER"),

	/**
	 * The '<em><b>DC DC CONVERTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DC_DC_CONVERTER_VALUE
	 * @generated
	 * @ordered
	 */
	DC_DC_CONVERTER(8, "DC_DC_CONVERTER", "DC_DC_CONVERTER"),

	/**
	 * The '<em><b>BATTERY PROTECT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BATTERY_PROTECT_VALUE
	 * @generated
	 * @ordered
	 */
	BATTERY_PROTECT(9, "BATTERY_PROTECT", "BATTERY_PROTECT"),

	/**
	 * The '<em><b>BATTERY COMBINER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BATTERY_COMBINER_VALUE
	 * @generated
	 * @ordered
	 */
	BATTERY_COMBINER(10, "BATTERY_COMBINER", "BATTERY_COMBINER"),

	/**
	 * The '<em><b>BATTERY MONITOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BATTERY_MONITOR_VALUE
	 * @generated
	 * @ordered
	 */
	BATTERY_MONITOR(11, "BATTERY_MONITOR", "BATTERY_MONITOR"),

	/**
	 * The '<em><b>GX DEVICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GX_DEVICE_VALUE
	 * @generated
	 * @ordered
	 */
	GX_DEVICE(12, "GX_DEVICE", "GX_DEVICE"),

	/**
	 * The '<em><b>ALTERNATOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALTERNATOR_VALUE
	 * @generated
	 * @ordered
	 */
	ALTERNATOR(13, "ALTERNATOR", "ALTERNATOR"),

	/**
	 * The '<em><b>DC LOAD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DC_LOAD_VALUE
	 * @generated
	 * @ordered
	 */
	DC_LOAD(14, "DC_LOAD", "DC_LOAD"),

	/**
	 * The '<em><b>DC DISTRIBUTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DC_DISTRIBUTION_VALUE
	 * @generated
	 * @ordered
	 */
	DC_DISTRIBUTION(15, "DC_DISTRIBUTION", "DC_DISTRIBUTION"),

	/**
	 * The '<em><b>FUSE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FUSE_VALUE
	 * @generated
	 * @ordered
	 */
	FUSE(16, "FUSE", "FUSE"),

	/**
	 * The '<em><b>FUSE HOLDER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FUSE_HOLDER_VALUE
	 * @generated
	 * @ordered
	 */
	FUSE_HOLDER(17, "FUSE_HOLDER", "FUSE_HOLDER"),

	/**
	 * The '<em><b>SWITCH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SWITCH_VALUE
	 * @generated
	 * @ordered
	 */
	SWITCH(18, "SWITCH", "SWITCH"),

	/**
	 * The '<em><b>CABLE ACCESSORY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CABLE_ACCESSORY_VALUE
	 * @generated
	 * @ordered
	 */
	CABLE_ACCESSORY(19, "CABLE_ACCESSORY", "CABLE_ACCESSORY");

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
	 * The '<em><b>BMS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BMS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BMS_VALUE = 1;

	/**
	 * The '<em><b>LITHIUM BATTERY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LITHIUM_BATTERY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LITHIUM_BATTERY_VALUE = 2;

	/**
	 * The '<em><b>STARTER BATTERY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STARTER_BATTERY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STARTER_BATTERY_VALUE = 3;

	/**
	 * The '<em><b>INVERTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVERTER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INVERTER_VALUE = 4;

	/**
	 * The '<em><b>INVERTER CHARGER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVERTER_CHARGER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INVERTER_CHARGER_VALUE = 5;

	/**
	 * The '<em><b>BATTERY CHARGER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BATTERY_CHARGER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BATTERY_CHARGER_VALUE = 6;

	/**
	 * The '<em><b>SOLAR CHARGER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOLAR_CHARGER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SOLAR_CHARGER_VALUE = 7;

	/**
	 * The '<em><b>DC DC CONVERTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DC_DC_CONVERTER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DC_DC_CONVERTER_VALUE = 8;

	/**
	 * The '<em><b>BATTERY PROTECT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BATTERY_PROTECT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BATTERY_PROTECT_VALUE = 9;

	/**
	 * The '<em><b>BATTERY COMBINER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BATTERY_COMBINER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BATTERY_COMBINER_VALUE = 10;

	/**
	 * The '<em><b>BATTERY MONITOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BATTERY_MONITOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BATTERY_MONITOR_VALUE = 11;

	/**
	 * The '<em><b>GX DEVICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GX_DEVICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GX_DEVICE_VALUE = 12;

	/**
	 * The '<em><b>ALTERNATOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALTERNATOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ALTERNATOR_VALUE = 13;

	/**
	 * The '<em><b>DC LOAD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DC_LOAD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DC_LOAD_VALUE = 14;

	/**
	 * The '<em><b>DC DISTRIBUTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DC_DISTRIBUTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DC_DISTRIBUTION_VALUE = 15;

	/**
	 * The '<em><b>FUSE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FUSE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FUSE_VALUE = 16;

	/**
	 * The '<em><b>FUSE HOLDER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FUSE_HOLDER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FUSE_HOLDER_VALUE = 17;

	/**
	 * The '<em><b>SWITCH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SWITCH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SWITCH_VALUE = 18;

	/**
	 * The '<em><b>CABLE ACCESSORY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CABLE_ACCESSORY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CABLE_ACCESSORY_VALUE = 19;

	/**
	 * An array of all the '<em><b>Product Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ProductCategory[] VALUES_ARRAY =
		new ProductCategory[] {
			OTHER,
			BMS,
			LITHIUM_BATTERY,
			STARTER_BATTERY,
			INVERTER,
			INVERTER_CHARGER,
			BATTERY_CHARGER,
			SOLAR_CHARGER,
			DC_DC_CONVERTER,
			BATTERY_PROTECT,
			BATTERY_COMBINER,
			BATTERY_MONITOR,
			GX_DEVICE,
			ALTERNATOR,
			DC_LOAD,
			DC_DISTRIBUTION,
			FUSE,
			FUSE_HOLDER,
			SWITCH,
			CABLE_ACCESSORY,
		};

	/**
	 * A public read-only list of all the '<em><b>Product Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ProductCategory> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Product Category</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProductCategory get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ProductCategory result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Product Category</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProductCategory getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ProductCategory result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Product Category</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProductCategory get(int value) {
		switch (value) {
			case OTHER_VALUE: return OTHER;
			case BMS_VALUE: return BMS;
			case LITHIUM_BATTERY_VALUE: return LITHIUM_BATTERY;
			case STARTER_BATTERY_VALUE: return STARTER_BATTERY;
			case INVERTER_VALUE: return INVERTER;
			case INVERTER_CHARGER_VALUE: return INVERTER_CHARGER;
			case BATTERY_CHARGER_VALUE: return BATTERY_CHARGER;
			case SOLAR_CHARGER_VALUE: return SOLAR_CHARGER;
			case DC_DC_CONVERTER_VALUE: return DC_DC_CONVERTER;
			case BATTERY_PROTECT_VALUE: return BATTERY_PROTECT;
			case BATTERY_COMBINER_VALUE: return BATTERY_COMBINER;
			case BATTERY_MONITOR_VALUE: return BATTERY_MONITOR;
			case GX_DEVICE_VALUE: return GX_DEVICE;
			case ALTERNATOR_VALUE: return ALTERNATOR;
			case DC_LOAD_VALUE: return DC_LOAD;
			case DC_DISTRIBUTION_VALUE: return DC_DISTRIBUTION;
			case FUSE_VALUE: return FUSE;
			case FUSE_HOLDER_VALUE: return FUSE_HOLDER;
			case SWITCH_VALUE: return SWITCH;
			case CABLE_ACCESSORY_VALUE: return CABLE_ACCESSORY;
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
	private ProductCategory(int value, String name, String literal) {
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
	
} //ProductCategory
