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
 * A representation of the literals of the enumeration '<em><b>Unit</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Unit of a quantity. The literal is the ASCII form written in files; the annotation 'http://cellwright.io/model/unit' gives the display symbol, the physical dimension and the factor to the dimension's base unit (voltage V, current A, power W, apparentPower VA, energy Wh, charge Ah, mass kg, length m, area mm2, temperature degC, time s, torque Nm, resistance ohm, resistivity ohm.m, conductivity m/(ohm.mm2), temperatureCoefficient 1/K, frequency Hz, dimensionless 1). Code converts with these factors instead of keeping its own table.
 * <!-- end-model-doc -->
 * @see io.cellwright.model.catalog.CatalogPackage#getUnit()
 * @model
 * @generated
 */
public enum Unit implements Enumerator {
	/**
	 * The '<em><b>ONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Dimensionless number (counts, factors such as 1.25).
	 * <!-- end-model-doc -->
	 * @see #ONE_VALUE
	 * @generated
	 * @ordered
	 */
	ONE(0, "ONE", "1"),

	/**
	 * The '<em><b>PERCENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERCENT_VALUE
	 * @generated
	 * @ordered
	 */
	PERCENT(1, "PERCENT", "%"),

	/**
	 * The '<em><b>VOLT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VOLT_VALUE
	 * @generated
	 * @ordered
	 */
	VOLT(2, "VOLT", "V"),

	/**
	 * The '<em><b>MILLIVOLT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MILLIVOLT_VALUE
	 * @generated
	 * @ordered
	 */
	MILLIVOLT(3, "MILLIVOLT", "mV"),

	/**
	 * The '<em><b>AMPERE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AMPERE_VALUE
	 * @generated
	 * @ordered
	 */
	AMPERE(4, "AMPERE", "A"),

	/**
	 * The '<em><b>MILLIAMPERE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MILLIAMPERE_VALUE
	 * @generated
	 * @ordered
	 */
	MILLIAMPERE(5, "MILLIAMPERE", "mA"),

	/**
	 * The '<em><b>WATT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WATT_VALUE
	 * @generated
	 * @ordered
	 */
	WATT(6, "WATT", "W"),

	/**
	 * The '<em><b>MILLIWATT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MILLIWATT_VALUE
	 * @generated
	 * @ordered
	 */
	MILLIWATT(7, "MILLIWATT", "mW"),

	/**
	 * The '<em><b>KILOWATT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KILOWATT_VALUE
	 * @generated
	 * @ordered
	 */
	KILOWATT(8, "KILOWATT", "kW"),

	/**
	 * The '<em><b>VOLT AMPERE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VOLT_AMPERE_VALUE
	 * @generated
	 * @ordered
	 */
	VOLT_AMPERE(9, "VOLT_AMPERE", "VA"),

	/**
	 * The '<em><b>KILOVOLT AMPERE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KILOVOLT_AMPERE_VALUE
	 * @generated
	 * @ordered
	 */
	KILOVOLT_AMPERE(10, "KILOVOLT_AMPERE", "kVA"),

	/**
	 * The '<em><b>WATT HOUR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WATT_HOUR_VALUE
	 * @generated
	 * @ordered
	 */
	WATT_HOUR(11, "WATT_HOUR", "Wh"),

	/**
	 * The '<em><b>KILOWATT HOUR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KILOWATT_HOUR_VALUE
	 * @generated
	 * @ordered
	 */
	KILOWATT_HOUR(12, "KILOWATT_HOUR", "kWh"),

	/**
	 * The '<em><b>AMPERE HOUR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AMPERE_HOUR_VALUE
	 * @generated
	 * @ordered
	 */
	AMPERE_HOUR(13, "AMPERE_HOUR", "Ah"),

	/**
	 * The '<em><b>KILOGRAM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KILOGRAM_VALUE
	 * @generated
	 * @ordered
	 */
	KILOGRAM(14, "KILOGRAM", "kg"),

	/**
	 * The '<em><b>GRAM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRAM_VALUE
	 * @generated
	 * @ordered
	 */
	GRAM(15, "GRAM", "g"),

	/**
	 * The '<em><b>MILLIMETRE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MILLIMETRE_VALUE
	 * @generated
	 * @ordered
	 */
	MILLIMETRE(16, "MILLIMETRE", "mm"),

	/**
	 * The '<em><b>CENTIMETRE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CENTIMETRE_VALUE
	 * @generated
	 * @ordered
	 */
	CENTIMETRE(17, "CENTIMETRE", "cm"),

	/**
	 * The '<em><b>METRE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #METRE_VALUE
	 * @generated
	 * @ordered
	 */
	METRE(18, "METRE", "m"),

	/**
	 * The '<em><b>SQUARE MILLIMETRE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SQUARE_MILLIMETRE_VALUE
	 * @generated
	 * @ordered
	 */
	SQUARE_MILLIMETRE(19, "SQUARE_MILLIMETRE", "mm2"),

	/**
	 * The '<em><b>DEGREE CELSIUS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEGREE_CELSIUS_VALUE
	 * @generated
	 * @ordered
	 */
	DEGREE_CELSIUS(20, "DEGREE_CELSIUS", "degC"),

	/**
	 * The '<em><b>SECOND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECOND_VALUE
	 * @generated
	 * @ordered
	 */
	SECOND(21, "SECOND", "s"),

	/**
	 * The '<em><b>MINUTE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MINUTE_VALUE
	 * @generated
	 * @ordered
	 */
	MINUTE(22, "MINUTE", "min"),

	/**
	 * The '<em><b>HOUR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOUR_VALUE
	 * @generated
	 * @ordered
	 */
	HOUR(23, "HOUR", "h"),

	/**
	 * The '<em><b>DAY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DAY_VALUE
	 * @generated
	 * @ordered
	 */
	DAY(24, "DAY", "d"),

	/**
	 * The '<em><b>NEWTON METRE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEWTON_METRE_VALUE
	 * @generated
	 * @ordered
	 */
	NEWTON_METRE(25, "NEWTON_METRE", "Nm"),

	/**
	 * The '<em><b>OHM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OHM_VALUE
	 * @generated
	 * @ordered
	 */
	OHM(26, "OHM", "ohm"),

	/**
	 * The '<em><b>MILLIOHM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MILLIOHM_VALUE
	 * @generated
	 * @ordered
	 */
	MILLIOHM(27, "MILLIOHM", "mohm"),

	/**
	 * The '<em><b>OHM METRE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OHM_METRE_VALUE
	 * @generated
	 * @ordered
	 */
	OHM_METRE(28, "OHM_METRE", "ohm.m"),

	/**
	 * The '<em><b>OHM SQUARE MILLIMETRE PER METRE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OHM_SQUARE_MILLIMETRE_PER_METRE_VALUE
	 * @generated
	 * @ordered
	 */
	OHM_SQUARE_MILLIMETRE_PER_METRE(29, "OHM_SQUARE_MILLIMETRE_PER_METRE", "ohm.mm2/m"),

	/**
	 * The '<em><b>METRE PER OHM SQUARE MILLIMETRE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #METRE_PER_OHM_SQUARE_MILLIMETRE_VALUE
	 * @generated
	 * @ordered
	 */
	METRE_PER_OHM_SQUARE_MILLIMETRE(30, "METRE_PER_OHM_SQUARE_MILLIMETRE", "m/(ohm.mm2)"),

	/**
	 * The '<em><b>PERCENT PER KELVIN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERCENT_PER_KELVIN_VALUE
	 * @generated
	 * @ordered
	 */
	PERCENT_PER_KELVIN(31, "PERCENT_PER_KELVIN", "%/K"),

	/**
	 * The '<em><b>HERTZ</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HERTZ_VALUE
	 * @generated
	 * @ordered
	 */
	HERTZ(32, "HERTZ", "Hz");

	/**
	 * The '<em><b>ONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Dimensionless number (counts, factors such as 1.25).
	 * <!-- end-model-doc -->
	 * @see #ONE
	 * @model literal="1"
	 *        annotation="http://cellwright.io/model/unit symbol='' dimension='dimensionless' factor='1'"
	 * @generated
	 * @ordered
	 */
	public static final int ONE_VALUE = 0;

	/**
	 * The '<em><b>PERCENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERCENT
	 * @model literal="%"
	 *        annotation="http://cellwright.io/model/unit symbol='%' dimension='dimensionless' factor='0.01'"
	 * @generated
	 * @ordered
	 */
	public static final int PERCENT_VALUE = 1;

	/**
	 * The '<em><b>VOLT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VOLT
	 * @model literal="V"
	 *        annotation="http://cellwright.io/model/unit symbol='V' dimension='voltage' factor='1'"
	 * @generated
	 * @ordered
	 */
	public static final int VOLT_VALUE = 2;

	/**
	 * The '<em><b>MILLIVOLT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MILLIVOLT
	 * @model literal="mV"
	 *        annotation="http://cellwright.io/model/unit symbol='mV' dimension='voltage' factor='0.001'"
	 * @generated
	 * @ordered
	 */
	public static final int MILLIVOLT_VALUE = 3;

	/**
	 * The '<em><b>AMPERE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AMPERE
	 * @model literal="A"
	 *        annotation="http://cellwright.io/model/unit symbol='A' dimension='current' factor='1'"
	 * @generated
	 * @ordered
	 */
	public static final int AMPERE_VALUE = 4;

	/**
	 * The '<em><b>MILLIAMPERE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MILLIAMPERE
	 * @model literal="mA"
	 *        annotation="http://cellwright.io/model/unit symbol='mA' dimension='current' factor='0.001'"
	 * @generated
	 * @ordered
	 */
	public static final int MILLIAMPERE_VALUE = 5;

	/**
	 * The '<em><b>WATT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WATT
	 * @model literal="W"
	 *        annotation="http://cellwright.io/model/unit symbol='W' dimension='power' factor='1'"
	 * @generated
	 * @ordered
	 */
	public static final int WATT_VALUE = 6;

	/**
	 * The '<em><b>MILLIWATT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MILLIWATT
	 * @model literal="mW"
	 *        annotation="http://cellwright.io/model/unit symbol='mW' dimension='power' factor='0.001'"
	 * @generated
	 * @ordered
	 */
	public static final int MILLIWATT_VALUE = 7;

	/**
	 * The '<em><b>KILOWATT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KILOWATT
	 * @model literal="kW"
	 *        annotation="http://cellwright.io/model/unit symbol='kW' dimension='power' factor='1000'"
	 * @generated
	 * @ordered
	 */
	public static final int KILOWATT_VALUE = 8;

	/**
	 * The '<em><b>VOLT AMPERE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VOLT_AMPERE
	 * @model literal="VA"
	 *        annotation="http://cellwright.io/model/unit symbol='VA' dimension='apparentPower' factor='1'"
	 * @generated
	 * @ordered
	 */
	public static final int VOLT_AMPERE_VALUE = 9;

	/**
	 * The '<em><b>KILOVOLT AMPERE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KILOVOLT_AMPERE
	 * @model literal="kVA"
	 *        annotation="http://cellwright.io/model/unit symbol='kVA' dimension='apparentPower' factor='1000'"
	 * @generated
	 * @ordered
	 */
	public static final int KILOVOLT_AMPERE_VALUE = 10;

	/**
	 * The '<em><b>WATT HOUR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WATT_HOUR
	 * @model literal="Wh"
	 *        annotation="http://cellwright.io/model/unit symbol='Wh' dimension='energy' factor='1'"
	 * @generated
	 * @ordered
	 */
	public static final int WATT_HOUR_VALUE = 11;

	/**
	 * The '<em><b>KILOWATT HOUR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KILOWATT_HOUR
	 * @model literal="kWh"
	 *        annotation="http://cellwright.io/model/unit symbol='kWh' dimension='energy' factor='1000'"
	 * @generated
	 * @ordered
	 */
	public static final int KILOWATT_HOUR_VALUE = 12;

	/**
	 * The '<em><b>AMPERE HOUR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AMPERE_HOUR
	 * @model literal="Ah"
	 *        annotation="http://cellwright.io/model/unit symbol='Ah' dimension='charge' factor='1'"
	 * @generated
	 * @ordered
	 */
	public static final int AMPERE_HOUR_VALUE = 13;

	/**
	 * The '<em><b>KILOGRAM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KILOGRAM
	 * @model literal="kg"
	 *        annotation="http://cellwright.io/model/unit symbol='kg' dimension='mass' factor='1'"
	 * @generated
	 * @ordered
	 */
	public static final int KILOGRAM_VALUE = 14;

	/**
	 * The '<em><b>GRAM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRAM
	 * @model literal="g"
	 *        annotation="http://cellwright.io/model/unit symbol='g' dimension='mass' factor='0.001'"
	 * @generated
	 * @ordered
	 */
	public static final int GRAM_VALUE = 15;

	/**
	 * The '<em><b>MILLIMETRE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MILLIMETRE
	 * @model literal="mm"
	 *        annotation="http://cellwright.io/model/unit symbol='mm' dimension='length' factor='0.001'"
	 * @generated
	 * @ordered
	 */
	public static final int MILLIMETRE_VALUE = 16;

	/**
	 * The '<em><b>CENTIMETRE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CENTIMETRE
	 * @model literal="cm"
	 *        annotation="http://cellwright.io/model/unit symbol='cm' dimension='length' factor='0.01'"
	 * @generated
	 * @ordered
	 */
	public static final int CENTIMETRE_VALUE = 17;

	/**
	 * The '<em><b>METRE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #METRE
	 * @model literal="m"
	 *        annotation="http://cellwright.io/model/unit symbol='m' dimension='length' factor='1'"
	 * @generated
	 * @ordered
	 */
	public static final int METRE_VALUE = 18;

	/**
	 * The '<em><b>SQUARE MILLIMETRE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SQUARE_MILLIMETRE
	 * @model literal="mm2"
	 *        annotation="http://cellwright.io/model/unit symbol='mm\262' dimension='area' factor='1'"
	 * @generated
	 * @ordered
	 */
	public static final int SQUARE_MILLIMETRE_VALUE = 19;

	/**
	 * The '<em><b>DEGREE CELSIUS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEGREE_CELSIUS
	 * @model literal="degC"
	 *        annotation="http://cellwright.io/model/unit symbol='\260C' dimension='temperature' factor='1'"
	 * @generated
	 * @ordered
	 */
	public static final int DEGREE_CELSIUS_VALUE = 20;

	/**
	 * The '<em><b>SECOND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECOND
	 * @model literal="s"
	 *        annotation="http://cellwright.io/model/unit symbol='s' dimension='time' factor='1'"
	 * @generated
	 * @ordered
	 */
	public static final int SECOND_VALUE = 21;

	/**
	 * The '<em><b>MINUTE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MINUTE
	 * @model literal="min"
	 *        annotation="http://cellwright.io/model/unit symbol='min' dimension='time' factor='60'"
	 * @generated
	 * @ordered
	 */
	public static final int MINUTE_VALUE = 22;

	/**
	 * The '<em><b>HOUR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOUR
	 * @model literal="h"
	 *        annotation="http://cellwright.io/model/unit symbol='h' dimension='time' factor='3600'"
	 * @generated
	 * @ordered
	 */
	public static final int HOUR_VALUE = 23;

	/**
	 * The '<em><b>DAY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DAY
	 * @model literal="d"
	 *        annotation="http://cellwright.io/model/unit symbol='d' dimension='time' factor='86400'"
	 * @generated
	 * @ordered
	 */
	public static final int DAY_VALUE = 24;

	/**
	 * The '<em><b>NEWTON METRE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEWTON_METRE
	 * @model literal="Nm"
	 *        annotation="http://cellwright.io/model/unit symbol='Nm' dimension='torque' factor='1'"
	 * @generated
	 * @ordered
	 */
	public static final int NEWTON_METRE_VALUE = 25;

	/**
	 * The '<em><b>OHM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OHM
	 * @model literal="ohm"
	 *        annotation="http://cellwright.io/model/unit symbol='\u03a9' dimension='resistance' factor='1'"
	 * @generated
	 * @ordered
	 */
	public static final int OHM_VALUE = 26;

	/**
	 * The '<em><b>MILLIOHM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MILLIOHM
	 * @model literal="mohm"
	 *        annotation="http://cellwright.io/model/unit symbol='m\u03a9' dimension='resistance' factor='0.001'"
	 * @generated
	 * @ordered
	 */
	public static final int MILLIOHM_VALUE = 27;

	/**
	 * The '<em><b>OHM METRE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OHM_METRE
	 * @model literal="ohm.m"
	 *        annotation="http://cellwright.io/model/unit symbol='\u03a9\267m' dimension='resistivity' factor='1'"
	 * @generated
	 * @ordered
	 */
	public static final int OHM_METRE_VALUE = 28;

	/**
	 * The '<em><b>OHM SQUARE MILLIMETRE PER METRE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OHM_SQUARE_MILLIMETRE_PER_METRE
	 * @model literal="ohm.mm2/m"
	 *        annotation="http://cellwright.io/model/unit symbol='\u03a9\267mm\262/m' dimension='resistivity' factor='0.000001'"
	 * @generated
	 * @ordered
	 */
	public static final int OHM_SQUARE_MILLIMETRE_PER_METRE_VALUE = 29;

	/**
	 * The '<em><b>METRE PER OHM SQUARE MILLIMETRE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #METRE_PER_OHM_SQUARE_MILLIMETRE
	 * @model literal="m/(ohm.mm2)"
	 *        annotation="http://cellwright.io/model/unit symbol='m/(\u03a9\267mm\262)' dimension='conductivity' factor='1'"
	 * @generated
	 * @ordered
	 */
	public static final int METRE_PER_OHM_SQUARE_MILLIMETRE_VALUE = 30;

	/**
	 * The '<em><b>PERCENT PER KELVIN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERCENT_PER_KELVIN
	 * @model literal="%/K"
	 *        annotation="http://cellwright.io/model/unit symbol='%/\260C' dimension='temperatureCoefficient' factor='0.01'"
	 * @generated
	 * @ordered
	 */
	public static final int PERCENT_PER_KELVIN_VALUE = 31;

	/**
	 * The '<em><b>HERTZ</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HERTZ
	 * @model literal="Hz"
	 *        annotation="http://cellwright.io/model/unit symbol='Hz' dimension='frequency' factor='1'"
	 * @generated
	 * @ordered
	 */
	public static final int HERTZ_VALUE = 32;

	/**
	 * An array of all the '<em><b>Unit</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Unit[] VALUES_ARRAY =
		new Unit[] {
			ONE,
			PERCENT,
			VOLT,
			MILLIVOLT,
			AMPERE,
			MILLIAMPERE,
			WATT,
			MILLIWATT,
			KILOWATT,
			VOLT_AMPERE,
			KILOVOLT_AMPERE,
			WATT_HOUR,
			KILOWATT_HOUR,
			AMPERE_HOUR,
			KILOGRAM,
			GRAM,
			MILLIMETRE,
			CENTIMETRE,
			METRE,
			SQUARE_MILLIMETRE,
			DEGREE_CELSIUS,
			SECOND,
			MINUTE,
			HOUR,
			DAY,
			NEWTON_METRE,
			OHM,
			MILLIOHM,
			OHM_METRE,
			OHM_SQUARE_MILLIMETRE_PER_METRE,
			METRE_PER_OHM_SQUARE_MILLIMETRE,
			PERCENT_PER_KELVIN,
			HERTZ,
		};

	/**
	 * A public read-only list of all the '<em><b>Unit</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Unit> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Unit</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Unit get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Unit result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Unit</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Unit getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Unit result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Unit</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Unit get(int value) {
		switch (value) {
			case ONE_VALUE: return ONE;
			case PERCENT_VALUE: return PERCENT;
			case VOLT_VALUE: return VOLT;
			case MILLIVOLT_VALUE: return MILLIVOLT;
			case AMPERE_VALUE: return AMPERE;
			case MILLIAMPERE_VALUE: return MILLIAMPERE;
			case WATT_VALUE: return WATT;
			case MILLIWATT_VALUE: return MILLIWATT;
			case KILOWATT_VALUE: return KILOWATT;
			case VOLT_AMPERE_VALUE: return VOLT_AMPERE;
			case KILOVOLT_AMPERE_VALUE: return KILOVOLT_AMPERE;
			case WATT_HOUR_VALUE: return WATT_HOUR;
			case KILOWATT_HOUR_VALUE: return KILOWATT_HOUR;
			case AMPERE_HOUR_VALUE: return AMPERE_HOUR;
			case KILOGRAM_VALUE: return KILOGRAM;
			case GRAM_VALUE: return GRAM;
			case MILLIMETRE_VALUE: return MILLIMETRE;
			case CENTIMETRE_VALUE: return CENTIMETRE;
			case METRE_VALUE: return METRE;
			case SQUARE_MILLIMETRE_VALUE: return SQUARE_MILLIMETRE;
			case DEGREE_CELSIUS_VALUE: return DEGREE_CELSIUS;
			case SECOND_VALUE: return SECOND;
			case MINUTE_VALUE: return MINUTE;
			case HOUR_VALUE: return HOUR;
			case DAY_VALUE: return DAY;
			case NEWTON_METRE_VALUE: return NEWTON_METRE;
			case OHM_VALUE: return OHM;
			case MILLIOHM_VALUE: return MILLIOHM;
			case OHM_METRE_VALUE: return OHM_METRE;
			case OHM_SQUARE_MILLIMETRE_PER_METRE_VALUE: return OHM_SQUARE_MILLIMETRE_PER_METRE;
			case METRE_PER_OHM_SQUARE_MILLIMETRE_VALUE: return METRE_PER_OHM_SQUARE_MILLIMETRE;
			case PERCENT_PER_KELVIN_VALUE: return PERCENT_PER_KELVIN;
			case HERTZ_VALUE: return HERTZ;
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
	private Unit(int value, String name, String literal) {
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
	
} //Unit
