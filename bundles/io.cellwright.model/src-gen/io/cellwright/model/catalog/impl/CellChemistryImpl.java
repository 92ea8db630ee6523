/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog.impl;

import io.cellwright.model.catalog.CatalogPackage;
import io.cellwright.model.catalog.CellChemistry;
import io.cellwright.model.catalog.OcvCurveFact;
import io.cellwright.model.catalog.QuantityFact;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cell Chemistry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.impl.CellChemistryImpl#getId <em>Id</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.CellChemistryImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.CellChemistryImpl#getNominalCellVoltage <em>Nominal Cell Voltage</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.CellChemistryImpl#getOcvCurve <em>Ocv Curve</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CellChemistryImpl extends SourcedImpl implements CellChemistry {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNominalCellVoltage() <em>Nominal Cell Voltage</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNominalCellVoltage()
	 * @generated
	 * @ordered
	 */
	protected QuantityFact nominalCellVoltage;

	/**
	 * The cached value of the '{@link #getOcvCurve() <em>Ocv Curve</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOcvCurve()
	 * @generated
	 * @ordered
	 */
	protected OcvCurveFact ocvCurve;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CellChemistryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.CELL_CHEMISTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.CELL_CHEMISTRY__ID, oldId, id));
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
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.CELL_CHEMISTRY__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantityFact getNominalCellVoltage() {
		return nominalCellVoltage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNominalCellVoltage(QuantityFact newNominalCellVoltage, NotificationChain msgs) {
		QuantityFact oldNominalCellVoltage = nominalCellVoltage;
		nominalCellVoltage = newNominalCellVoltage;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.CELL_CHEMISTRY__NOMINAL_CELL_VOLTAGE, oldNominalCellVoltage, newNominalCellVoltage);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNominalCellVoltage(QuantityFact newNominalCellVoltage) {
		if (newNominalCellVoltage != nominalCellVoltage) {
			NotificationChain msgs = null;
			if (nominalCellVoltage != null)
				msgs = ((InternalEObject)nominalCellVoltage).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.CELL_CHEMISTRY__NOMINAL_CELL_VOLTAGE, null, msgs);
			if (newNominalCellVoltage != null)
				msgs = ((InternalEObject)newNominalCellVoltage).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.CELL_CHEMISTRY__NOMINAL_CELL_VOLTAGE, null, msgs);
			msgs = basicSetNominalCellVoltage(newNominalCellVoltage, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.CELL_CHEMISTRY__NOMINAL_CELL_VOLTAGE, newNominalCellVoltage, newNominalCellVoltage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OcvCurveFact getOcvCurve() {
		return ocvCurve;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOcvCurve(OcvCurveFact newOcvCurve, NotificationChain msgs) {
		OcvCurveFact oldOcvCurve = ocvCurve;
		ocvCurve = newOcvCurve;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.CELL_CHEMISTRY__OCV_CURVE, oldOcvCurve, newOcvCurve);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOcvCurve(OcvCurveFact newOcvCurve) {
		if (newOcvCurve != ocvCurve) {
			NotificationChain msgs = null;
			if (ocvCurve != null)
				msgs = ((InternalEObject)ocvCurve).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.CELL_CHEMISTRY__OCV_CURVE, null, msgs);
			if (newOcvCurve != null)
				msgs = ((InternalEObject)newOcvCurve).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.CELL_CHEMISTRY__OCV_CURVE, null, msgs);
			msgs = basicSetOcvCurve(newOcvCurve, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.CELL_CHEMISTRY__OCV_CURVE, newOcvCurve, newOcvCurve));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CatalogPackage.CELL_CHEMISTRY__NOMINAL_CELL_VOLTAGE:
				return basicSetNominalCellVoltage(null, msgs);
			case CatalogPackage.CELL_CHEMISTRY__OCV_CURVE:
				return basicSetOcvCurve(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CatalogPackage.CELL_CHEMISTRY__ID:
				return getId();
			case CatalogPackage.CELL_CHEMISTRY__NAME:
				return getName();
			case CatalogPackage.CELL_CHEMISTRY__NOMINAL_CELL_VOLTAGE:
				return getNominalCellVoltage();
			case CatalogPackage.CELL_CHEMISTRY__OCV_CURVE:
				return getOcvCurve();
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
			case CatalogPackage.CELL_CHEMISTRY__ID:
				setId((String)newValue);
				return;
			case CatalogPackage.CELL_CHEMISTRY__NAME:
				setName((String)newValue);
				return;
			case CatalogPackage.CELL_CHEMISTRY__NOMINAL_CELL_VOLTAGE:
				setNominalCellVoltage((QuantityFact)newValue);
				return;
			case CatalogPackage.CELL_CHEMISTRY__OCV_CURVE:
				setOcvCurve((OcvCurveFact)newValue);
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
			case CatalogPackage.CELL_CHEMISTRY__ID:
				setId(ID_EDEFAULT);
				return;
			case CatalogPackage.CELL_CHEMISTRY__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CatalogPackage.CELL_CHEMISTRY__NOMINAL_CELL_VOLTAGE:
				setNominalCellVoltage((QuantityFact)null);
				return;
			case CatalogPackage.CELL_CHEMISTRY__OCV_CURVE:
				setOcvCurve((OcvCurveFact)null);
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
			case CatalogPackage.CELL_CHEMISTRY__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case CatalogPackage.CELL_CHEMISTRY__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CatalogPackage.CELL_CHEMISTRY__NOMINAL_CELL_VOLTAGE:
				return nominalCellVoltage != null;
			case CatalogPackage.CELL_CHEMISTRY__OCV_CURVE:
				return ocvCurve != null;
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
		result.append(" (id: ");
		result.append(id);
		result.append(", name: ");
		result.append(name);
		result.append(')');
		return result.toString();
	}

} //CellChemistryImpl
