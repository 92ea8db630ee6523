/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog.impl;

import io.cellwright.model.catalog.CatalogPackage;
import io.cellwright.model.catalog.OutputSwitchingKind;
import io.cellwright.model.catalog.Quantity;
import io.cellwright.model.catalog.SwitchedOutputFact;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Switched Output Fact</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.impl.SwitchedOutputFactImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.SwitchedOutputFactImpl#getMaxCurrent <em>Max Current</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SwitchedOutputFactImpl extends FactImpl implements SwitchedOutputFact {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final OutputSwitchingKind KIND_EDEFAULT = OutputSwitchingKind.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected OutputSwitchingKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMaxCurrent() <em>Max Current</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxCurrent()
	 * @generated
	 * @ordered
	 */
	protected Quantity maxCurrent;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SwitchedOutputFactImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.SWITCHED_OUTPUT_FACT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OutputSwitchingKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(OutputSwitchingKind newKind) {
		OutputSwitchingKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.SWITCHED_OUTPUT_FACT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Quantity getMaxCurrent() {
		return maxCurrent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMaxCurrent(Quantity newMaxCurrent, NotificationChain msgs) {
		Quantity oldMaxCurrent = maxCurrent;
		maxCurrent = newMaxCurrent;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.SWITCHED_OUTPUT_FACT__MAX_CURRENT, oldMaxCurrent, newMaxCurrent);
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
	public void setMaxCurrent(Quantity newMaxCurrent) {
		if (newMaxCurrent != maxCurrent) {
			NotificationChain msgs = null;
			if (maxCurrent != null)
				msgs = ((InternalEObject)maxCurrent).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.SWITCHED_OUTPUT_FACT__MAX_CURRENT, null, msgs);
			if (newMaxCurrent != null)
				msgs = ((InternalEObject)newMaxCurrent).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.SWITCHED_OUTPUT_FACT__MAX_CURRENT, null, msgs);
			msgs = basicSetMaxCurrent(newMaxCurrent, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.SWITCHED_OUTPUT_FACT__MAX_CURRENT, newMaxCurrent, newMaxCurrent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CatalogPackage.SWITCHED_OUTPUT_FACT__MAX_CURRENT:
				return basicSetMaxCurrent(null, msgs);
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
			case CatalogPackage.SWITCHED_OUTPUT_FACT__KIND:
				return getKind();
			case CatalogPackage.SWITCHED_OUTPUT_FACT__MAX_CURRENT:
				return getMaxCurrent();
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
			case CatalogPackage.SWITCHED_OUTPUT_FACT__KIND:
				setKind((OutputSwitchingKind)newValue);
				return;
			case CatalogPackage.SWITCHED_OUTPUT_FACT__MAX_CURRENT:
				setMaxCurrent((Quantity)newValue);
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
			case CatalogPackage.SWITCHED_OUTPUT_FACT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CatalogPackage.SWITCHED_OUTPUT_FACT__MAX_CURRENT:
				setMaxCurrent((Quantity)null);
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
			case CatalogPackage.SWITCHED_OUTPUT_FACT__KIND:
				return kind != KIND_EDEFAULT;
			case CatalogPackage.SWITCHED_OUTPUT_FACT__MAX_CURRENT:
				return maxCurrent != null;
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(')');
		return result.toString();
	}

} //SwitchedOutputFactImpl
