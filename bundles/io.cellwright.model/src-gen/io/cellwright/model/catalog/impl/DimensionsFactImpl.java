/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog.impl;

import io.cellwright.model.catalog.CatalogPackage;
import io.cellwright.model.catalog.DimensionAxes;
import io.cellwright.model.catalog.DimensionsFact;
import io.cellwright.model.catalog.Unit;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Dimensions Fact</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.impl.DimensionsFactImpl#getSizes <em>Sizes</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.DimensionsFactImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.DimensionsFactImpl#getAxes <em>Axes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DimensionsFactImpl extends FactImpl implements DimensionsFact {
	/**
	 * The cached value of the '{@link #getSizes() <em>Sizes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSizes()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> sizes;

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
	 * The default value of the '{@link #getAxes() <em>Axes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAxes()
	 * @generated
	 * @ordered
	 */
	protected static final DimensionAxes AXES_EDEFAULT = DimensionAxes.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getAxes() <em>Axes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAxes()
	 * @generated
	 * @ordered
	 */
	protected DimensionAxes axes = AXES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DimensionsFactImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.DIMENSIONS_FACT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getSizes() {
		if (sizes == null) {
			sizes = new EDataTypeEList<Double>(Double.class, this, CatalogPackage.DIMENSIONS_FACT__SIZES);
		}
		return sizes;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.DIMENSIONS_FACT__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DimensionAxes getAxes() {
		return axes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAxes(DimensionAxes newAxes) {
		DimensionAxes oldAxes = axes;
		axes = newAxes == null ? AXES_EDEFAULT : newAxes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.DIMENSIONS_FACT__AXES, oldAxes, axes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CatalogPackage.DIMENSIONS_FACT__SIZES:
				return getSizes();
			case CatalogPackage.DIMENSIONS_FACT__UNIT:
				return getUnit();
			case CatalogPackage.DIMENSIONS_FACT__AXES:
				return getAxes();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CatalogPackage.DIMENSIONS_FACT__SIZES:
				getSizes().clear();
				getSizes().addAll((Collection<? extends Double>)newValue);
				return;
			case CatalogPackage.DIMENSIONS_FACT__UNIT:
				setUnit((Unit)newValue);
				return;
			case CatalogPackage.DIMENSIONS_FACT__AXES:
				setAxes((DimensionAxes)newValue);
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
			case CatalogPackage.DIMENSIONS_FACT__SIZES:
				getSizes().clear();
				return;
			case CatalogPackage.DIMENSIONS_FACT__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case CatalogPackage.DIMENSIONS_FACT__AXES:
				setAxes(AXES_EDEFAULT);
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
			case CatalogPackage.DIMENSIONS_FACT__SIZES:
				return sizes != null && !sizes.isEmpty();
			case CatalogPackage.DIMENSIONS_FACT__UNIT:
				return unit != UNIT_EDEFAULT;
			case CatalogPackage.DIMENSIONS_FACT__AXES:
				return axes != AXES_EDEFAULT;
		}
		return super.eIsSet(featureID);
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
		result.append(" (sizes: ");
		result.append(sizes);
		result.append(", unit: ");
		result.append(unit);
		result.append(", axes: ");
		result.append(axes);
		result.append(')');
		return result.toString();
	}

} //DimensionsFactImpl
