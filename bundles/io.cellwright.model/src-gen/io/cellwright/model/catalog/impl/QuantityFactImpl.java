/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog.impl;

import io.cellwright.model.catalog.CatalogPackage;
import io.cellwright.model.catalog.QuantityFact;
import io.cellwright.model.catalog.QuantityValue;
import io.cellwright.model.catalog.Relation;
import io.cellwright.model.catalog.Unit;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Quantity Fact</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.impl.QuantityFactImpl#getValue <em>Value</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.QuantityFactImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.QuantityFactImpl#getRelation <em>Relation</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.QuantityFactImpl#getDecimals <em>Decimals</em>}</li>
 * </ul>
 *
 * @generated
 */
public class QuantityFactImpl extends FactImpl implements QuantityFact {
	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final double VALUE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected double value = VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final Unit UNIT_EDEFAULT = Unit.ONE;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected Unit unit = UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRelation() <em>Relation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelation()
	 * @generated
	 * @ordered
	 */
	protected static final Relation RELATION_EDEFAULT = Relation.EQUAL;

	/**
	 * The cached value of the '{@link #getRelation() <em>Relation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelation()
	 * @generated
	 * @ordered
	 */
	protected Relation relation = RELATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecimals() <em>Decimals</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecimals()
	 * @generated
	 * @ordered
	 */
	protected static final int DECIMALS_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getDecimals() <em>Decimals</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecimals()
	 * @generated
	 * @ordered
	 */
	protected int decimals = DECIMALS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected QuantityFactImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.QUANTITY_FACT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(double newValue) {
		double oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.QUANTITY_FACT__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Unit getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(Unit newUnit) {
		Unit oldUnit = unit;
		unit = newUnit == null ? UNIT_EDEFAULT : newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.QUANTITY_FACT__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Relation getRelation() {
		return relation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRelation(Relation newRelation) {
		Relation oldRelation = relation;
		relation = newRelation == null ? RELATION_EDEFAULT : newRelation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.QUANTITY_FACT__RELATION, oldRelation, relation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDecimals() {
		return decimals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecimals(int newDecimals) {
		int oldDecimals = decimals;
		decimals = newDecimals;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.QUANTITY_FACT__DECIMALS, oldDecimals, decimals));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double valueInBaseUnit() {
		return io.cellwright.model.internal.operations.QuantityOperations.valueInBaseUnit(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CatalogPackage.QUANTITY_FACT__VALUE:
				return getValue();
			case CatalogPackage.QUANTITY_FACT__UNIT:
				return getUnit();
			case CatalogPackage.QUANTITY_FACT__RELATION:
				return getRelation();
			case CatalogPackage.QUANTITY_FACT__DECIMALS:
				return getDecimals();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CatalogPackage.QUANTITY_FACT__VALUE:
				setValue((Double)newValue);
				return;
			case CatalogPackage.QUANTITY_FACT__UNIT:
				setUnit((Unit)newValue);
				return;
			case CatalogPackage.QUANTITY_FACT__RELATION:
				setRelation((Relation)newValue);
				return;
			case CatalogPackage.QUANTITY_FACT__DECIMALS:
				setDecimals((Integer)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CatalogPackage.QUANTITY_FACT__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case CatalogPackage.QUANTITY_FACT__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case CatalogPackage.QUANTITY_FACT__RELATION:
				setRelation(RELATION_EDEFAULT);
				return;
			case CatalogPackage.QUANTITY_FACT__DECIMALS:
				setDecimals(DECIMALS_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CatalogPackage.QUANTITY_FACT__VALUE:
				return value != VALUE_EDEFAULT;
			case CatalogPackage.QUANTITY_FACT__UNIT:
				return unit != UNIT_EDEFAULT;
			case CatalogPackage.QUANTITY_FACT__RELATION:
				return relation != RELATION_EDEFAULT;
			case CatalogPackage.QUANTITY_FACT__DECIMALS:
				return decimals != DECIMALS_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eBaseStructuralFeatureID(int derivedFeatureID, Class<?> baseClass) {
		if (baseClass == QuantityValue.class) {
			switch (derivedFeatureID) {
				case CatalogPackage.QUANTITY_FACT__VALUE: return CatalogPackage.QUANTITY_VALUE__VALUE;
				case CatalogPackage.QUANTITY_FACT__UNIT: return CatalogPackage.QUANTITY_VALUE__UNIT;
				case CatalogPackage.QUANTITY_FACT__RELATION: return CatalogPackage.QUANTITY_VALUE__RELATION;
				case CatalogPackage.QUANTITY_FACT__DECIMALS: return CatalogPackage.QUANTITY_VALUE__DECIMALS;
				default: return -1;
			}
		}
		return super.eBaseStructuralFeatureID(derivedFeatureID, baseClass);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eDerivedStructuralFeatureID(int baseFeatureID, Class<?> baseClass) {
		if (baseClass == QuantityValue.class) {
			switch (baseFeatureID) {
				case CatalogPackage.QUANTITY_VALUE__VALUE: return CatalogPackage.QUANTITY_FACT__VALUE;
				case CatalogPackage.QUANTITY_VALUE__UNIT: return CatalogPackage.QUANTITY_FACT__UNIT;
				case CatalogPackage.QUANTITY_VALUE__RELATION: return CatalogPackage.QUANTITY_FACT__RELATION;
				case CatalogPackage.QUANTITY_VALUE__DECIMALS: return CatalogPackage.QUANTITY_FACT__DECIMALS;
				default: return -1;
			}
		}
		return super.eDerivedStructuralFeatureID(baseFeatureID, baseClass);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eDerivedOperationID(int baseOperationID, Class<?> baseClass) {
		if (baseClass == QuantityValue.class) {
			switch (baseOperationID) {
				case CatalogPackage.QUANTITY_VALUE___VALUE_IN_BASE_UNIT: return CatalogPackage.QUANTITY_FACT___VALUE_IN_BASE_UNIT;
				default: return -1;
			}
		}
		return super.eDerivedOperationID(baseOperationID, baseClass);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case CatalogPackage.QUANTITY_FACT___VALUE_IN_BASE_UNIT:
				return valueInBaseUnit();
		}
		return super.eInvoke(operationID, arguments);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (value: ");
		result.append(value);
		result.append(", unit: ");
		result.append(unit);
		result.append(", relation: ");
		result.append(relation);
		result.append(", decimals: ");
		result.append(decimals);
		result.append(')');
		return result.toString();
	}

} //QuantityFactImpl
