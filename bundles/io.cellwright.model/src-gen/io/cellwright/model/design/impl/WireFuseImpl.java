/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.design.impl;

import io.cellwright.model.catalog.FuseType;

import io.cellwright.model.design.DesignPackage;
import io.cellwright.model.design.FuseLocation;
import io.cellwright.model.design.WireFuse;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Wire Fuse</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.design.impl.WireFuseImpl#getRating <em>Rating</em>}</li>
 *   <li>{@link io.cellwright.model.design.impl.WireFuseImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link io.cellwright.model.design.impl.WireFuseImpl#getFuseType <em>Fuse Type</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WireFuseImpl extends MinimalEObjectImpl.Container implements WireFuse {
	/**
	 * The default value of the '{@link #getRating() <em>Rating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRating()
	 * @generated
	 * @ordered
	 */
	protected static final double RATING_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getRating() <em>Rating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRating()
	 * @generated
	 * @ordered
	 */
	protected double rating = RATING_EDEFAULT;

	/**
	 * The default value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected static final FuseLocation LOCATION_EDEFAULT = FuseLocation.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected FuseLocation location = LOCATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFuseType() <em>Fuse Type</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFuseType()
	 * @generated
	 * @ordered
	 */
	protected FuseType fuseType;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WireFuseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DesignPackage.Literals.WIRE_FUSE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRating() {
		return rating;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRating(double newRating) {
		double oldRating = rating;
		rating = newRating;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DesignPackage.WIRE_FUSE__RATING, oldRating, rating));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FuseLocation getLocation() {
		return location;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocation(FuseLocation newLocation) {
		FuseLocation oldLocation = location;
		location = newLocation == null ? LOCATION_EDEFAULT : newLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DesignPackage.WIRE_FUSE__LOCATION, oldLocation, location));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FuseType getFuseType() {
		if (fuseType != null && fuseType.eIsProxy()) {
			InternalEObject oldFuseType = (InternalEObject)fuseType;
			fuseType = (FuseType)eResolveProxy(oldFuseType);
			if (fuseType != oldFuseType) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DesignPackage.WIRE_FUSE__FUSE_TYPE, oldFuseType, fuseType));
			}
		}
		return fuseType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FuseType basicGetFuseType() {
		return fuseType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFuseType(FuseType newFuseType) {
		FuseType oldFuseType = fuseType;
		fuseType = newFuseType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DesignPackage.WIRE_FUSE__FUSE_TYPE, oldFuseType, fuseType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DesignPackage.WIRE_FUSE__RATING:
				return getRating();
			case DesignPackage.WIRE_FUSE__LOCATION:
				return getLocation();
			case DesignPackage.WIRE_FUSE__FUSE_TYPE:
				if (resolve) return getFuseType();
				return basicGetFuseType();
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
			case DesignPackage.WIRE_FUSE__RATING:
				setRating((Double)newValue);
				return;
			case DesignPackage.WIRE_FUSE__LOCATION:
				setLocation((FuseLocation)newValue);
				return;
			case DesignPackage.WIRE_FUSE__FUSE_TYPE:
				setFuseType((FuseType)newValue);
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
			case DesignPackage.WIRE_FUSE__RATING:
				setRating(RATING_EDEFAULT);
				return;
			case DesignPackage.WIRE_FUSE__LOCATION:
				setLocation(LOCATION_EDEFAULT);
				return;
			case DesignPackage.WIRE_FUSE__FUSE_TYPE:
				setFuseType((FuseType)null);
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
			case DesignPackage.WIRE_FUSE__RATING:
				return rating != RATING_EDEFAULT;
			case DesignPackage.WIRE_FUSE__LOCATION:
				return location != LOCATION_EDEFAULT;
			case DesignPackage.WIRE_FUSE__FUSE_TYPE:
				return fuseType != null;
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
		result.append(" (rating: ");
		result.append(rating);
		result.append(", location: ");
		result.append(location);
		result.append(')');
		return result.toString();
	}

} //WireFuseImpl
