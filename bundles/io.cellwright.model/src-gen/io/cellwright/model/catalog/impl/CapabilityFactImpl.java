/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog.impl;

import io.cellwright.model.catalog.CapabilityFact;
import io.cellwright.model.catalog.CatalogPackage;
import io.cellwright.model.catalog.Quantity;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Capability Fact</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.impl.CapabilityFactImpl#isSupported <em>Supported</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.CapabilityFactImpl#getRating <em>Rating</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CapabilityFactImpl extends FactImpl implements CapabilityFact {
	/**
	 * The default value of the '{@link #isSupported() <em>Supported</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSupported()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SUPPORTED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSupported() <em>Supported</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSupported()
	 * @generated
	 * @ordered
	 */
	protected boolean supported = SUPPORTED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRating() <em>Rating</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRating()
	 * @generated
	 * @ordered
	 */
	protected Quantity rating;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CapabilityFactImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.CAPABILITY_FACT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSupported() {
		return supported;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupported(boolean newSupported) {
		boolean oldSupported = supported;
		supported = newSupported;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.CAPABILITY_FACT__SUPPORTED, oldSupported, supported));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Quantity getRating() {
		return rating;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRating(Quantity newRating, NotificationChain msgs) {
		Quantity oldRating = rating;
		rating = newRating;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.CAPABILITY_FACT__RATING, oldRating, newRating);
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
	public void setRating(Quantity newRating) {
		if (newRating != rating) {
			NotificationChain msgs = null;
			if (rating != null)
				msgs = ((InternalEObject)rating).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.CAPABILITY_FACT__RATING, null, msgs);
			if (newRating != null)
				msgs = ((InternalEObject)newRating).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.CAPABILITY_FACT__RATING, null, msgs);
			msgs = basicSetRating(newRating, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.CAPABILITY_FACT__RATING, newRating, newRating));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CatalogPackage.CAPABILITY_FACT__RATING:
				return basicSetRating(null, msgs);
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
			case CatalogPackage.CAPABILITY_FACT__SUPPORTED:
				return isSupported();
			case CatalogPackage.CAPABILITY_FACT__RATING:
				return getRating();
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
			case CatalogPackage.CAPABILITY_FACT__SUPPORTED:
				setSupported((Boolean)newValue);
				return;
			case CatalogPackage.CAPABILITY_FACT__RATING:
				setRating((Quantity)newValue);
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
			case CatalogPackage.CAPABILITY_FACT__SUPPORTED:
				setSupported(SUPPORTED_EDEFAULT);
				return;
			case CatalogPackage.CAPABILITY_FACT__RATING:
				setRating((Quantity)null);
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
			case CatalogPackage.CAPABILITY_FACT__SUPPORTED:
				return supported != SUPPORTED_EDEFAULT;
			case CatalogPackage.CAPABILITY_FACT__RATING:
				return rating != null;
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
		result.append(" (supported: ");
		result.append(supported);
		result.append(')');
		return result.toString();
	}

} //CapabilityFactImpl
