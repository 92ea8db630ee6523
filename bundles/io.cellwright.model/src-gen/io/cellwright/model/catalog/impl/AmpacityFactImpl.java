/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog.impl;

import io.cellwright.model.catalog.AmpacityFact;
import io.cellwright.model.catalog.CatalogPackage;
import io.cellwright.model.catalog.Quantity;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Ampacity Fact</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.impl.AmpacityFactImpl#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.AmpacityFactImpl#getCrossSection <em>Cross Section</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.AmpacityFactImpl#getCurrent <em>Current</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AmpacityFactImpl extends FactImpl implements AmpacityFact {
	/**
	 * The default value of the '{@link #getConditions() <em>Conditions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditions()
	 * @generated
	 * @ordered
	 */
	protected static final String CONDITIONS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConditions() <em>Conditions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditions()
	 * @generated
	 * @ordered
	 */
	protected String conditions = CONDITIONS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCrossSection() <em>Cross Section</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCrossSection()
	 * @generated
	 * @ordered
	 */
	protected Quantity crossSection;

	/**
	 * The cached value of the '{@link #getCurrent() <em>Current</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrent()
	 * @generated
	 * @ordered
	 */
	protected Quantity current;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AmpacityFactImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.AMPACITY_FACT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getConditions() {
		return conditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConditions(String newConditions) {
		String oldConditions = conditions;
		conditions = newConditions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.AMPACITY_FACT__CONDITIONS, oldConditions, conditions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Quantity getCrossSection() {
		return crossSection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCrossSection(Quantity newCrossSection, NotificationChain msgs) {
		Quantity oldCrossSection = crossSection;
		crossSection = newCrossSection;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.AMPACITY_FACT__CROSS_SECTION, oldCrossSection, newCrossSection);
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
	public void setCrossSection(Quantity newCrossSection) {
		if (newCrossSection != crossSection) {
			NotificationChain msgs = null;
			if (crossSection != null)
				msgs = ((InternalEObject)crossSection).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.AMPACITY_FACT__CROSS_SECTION, null, msgs);
			if (newCrossSection != null)
				msgs = ((InternalEObject)newCrossSection).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.AMPACITY_FACT__CROSS_SECTION, null, msgs);
			msgs = basicSetCrossSection(newCrossSection, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.AMPACITY_FACT__CROSS_SECTION, newCrossSection, newCrossSection));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Quantity getCurrent() {
		return current;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCurrent(Quantity newCurrent, NotificationChain msgs) {
		Quantity oldCurrent = current;
		current = newCurrent;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.AMPACITY_FACT__CURRENT, oldCurrent, newCurrent);
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
	public void setCurrent(Quantity newCurrent) {
		if (newCurrent != current) {
			NotificationChain msgs = null;
			if (current != null)
				msgs = ((InternalEObject)current).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.AMPACITY_FACT__CURRENT, null, msgs);
			if (newCurrent != null)
				msgs = ((InternalEObject)newCurrent).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.AMPACITY_FACT__CURRENT, null, msgs);
			msgs = basicSetCurrent(newCurrent, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.AMPACITY_FACT__CURRENT, newCurrent, newCurrent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CatalogPackage.AMPACITY_FACT__CROSS_SECTION:
				return basicSetCrossSection(null, msgs);
			case CatalogPackage.AMPACITY_FACT__CURRENT:
				return basicSetCurrent(null, msgs);
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
			case CatalogPackage.AMPACITY_FACT__CONDITIONS:
				return getConditions();
			case CatalogPackage.AMPACITY_FACT__CROSS_SECTION:
				return getCrossSection();
			case CatalogPackage.AMPACITY_FACT__CURRENT:
				return getCurrent();
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
			case CatalogPackage.AMPACITY_FACT__CONDITIONS:
				setConditions((String)newValue);
				return;
			case CatalogPackage.AMPACITY_FACT__CROSS_SECTION:
				setCrossSection((Quantity)newValue);
				return;
			case CatalogPackage.AMPACITY_FACT__CURRENT:
				setCurrent((Quantity)newValue);
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
			case CatalogPackage.AMPACITY_FACT__CONDITIONS:
				setConditions(CONDITIONS_EDEFAULT);
				return;
			case CatalogPackage.AMPACITY_FACT__CROSS_SECTION:
				setCrossSection((Quantity)null);
				return;
			case CatalogPackage.AMPACITY_FACT__CURRENT:
				setCurrent((Quantity)null);
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
			case CatalogPackage.AMPACITY_FACT__CONDITIONS:
				return CONDITIONS_EDEFAULT == null ? conditions != null : !CONDITIONS_EDEFAULT.equals(conditions);
			case CatalogPackage.AMPACITY_FACT__CROSS_SECTION:
				return crossSection != null;
			case CatalogPackage.AMPACITY_FACT__CURRENT:
				return current != null;
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
		result.append(" (conditions: ");
		result.append(conditions);
		result.append(')');
		return result.toString();
	}

} //AmpacityFactImpl
