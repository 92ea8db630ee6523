/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog.impl;

import io.cellwright.model.catalog.BooleanFact;
import io.cellwright.model.catalog.CatalogPackage;
import io.cellwright.model.catalog.CurrentDirection;
import io.cellwright.model.catalog.PowerPortSpec;
import io.cellwright.model.catalog.QuantityFact;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Power Port Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.impl.PowerPortSpecImpl#getDirection <em>Direction</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.PowerPortSpecImpl#getContinuousCurrent <em>Continuous Current</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.PowerPortSpecImpl#getPeakCurrent <em>Peak Current</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.PowerPortSpecImpl#getEnableVoltage <em>Enable Voltage</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.PowerPortSpecImpl#getReverseCurrentBlocked <em>Reverse Current Blocked</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.PowerPortSpecImpl#getCurrentLimitOfFuseRating <em>Current Limit Of Fuse Rating</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PowerPortSpecImpl extends MinimalEObjectImpl.Container implements PowerPortSpec {
	/**
	 * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected static final CurrentDirection DIRECTION_EDEFAULT = CurrentDirection.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected CurrentDirection direction = DIRECTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getContinuousCurrent() <em>Continuous Current</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContinuousCurrent()
	 * @generated
	 * @ordered
	 */
	protected QuantityFact continuousCurrent;

	/**
	 * The cached value of the '{@link #getPeakCurrent() <em>Peak Current</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeakCurrent()
	 * @generated
	 * @ordered
	 */
	protected QuantityFact peakCurrent;

	/**
	 * The cached value of the '{@link #getEnableVoltage() <em>Enable Voltage</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnableVoltage()
	 * @generated
	 * @ordered
	 */
	protected QuantityFact enableVoltage;

	/**
	 * The cached value of the '{@link #getReverseCurrentBlocked() <em>Reverse Current Blocked</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReverseCurrentBlocked()
	 * @generated
	 * @ordered
	 */
	protected BooleanFact reverseCurrentBlocked;

	/**
	 * The cached value of the '{@link #getCurrentLimitOfFuseRating() <em>Current Limit Of Fuse Rating</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrentLimitOfFuseRating()
	 * @generated
	 * @ordered
	 */
	protected QuantityFact currentLimitOfFuseRating;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PowerPortSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.POWER_PORT_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CurrentDirection getDirection() {
		return direction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirection(CurrentDirection newDirection) {
		CurrentDirection oldDirection = direction;
		direction = newDirection == null ? DIRECTION_EDEFAULT : newDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.POWER_PORT_SPEC__DIRECTION, oldDirection, direction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantityFact getContinuousCurrent() {
		return continuousCurrent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetContinuousCurrent(QuantityFact newContinuousCurrent, NotificationChain msgs) {
		QuantityFact oldContinuousCurrent = continuousCurrent;
		continuousCurrent = newContinuousCurrent;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.POWER_PORT_SPEC__CONTINUOUS_CURRENT, oldContinuousCurrent, newContinuousCurrent);
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
	public void setContinuousCurrent(QuantityFact newContinuousCurrent) {
		if (newContinuousCurrent != continuousCurrent) {
			NotificationChain msgs = null;
			if (continuousCurrent != null)
				msgs = ((InternalEObject)continuousCurrent).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.POWER_PORT_SPEC__CONTINUOUS_CURRENT, null, msgs);
			if (newContinuousCurrent != null)
				msgs = ((InternalEObject)newContinuousCurrent).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.POWER_PORT_SPEC__CONTINUOUS_CURRENT, null, msgs);
			msgs = basicSetContinuousCurrent(newContinuousCurrent, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.POWER_PORT_SPEC__CONTINUOUS_CURRENT, newContinuousCurrent, newContinuousCurrent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantityFact getPeakCurrent() {
		return peakCurrent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPeakCurrent(QuantityFact newPeakCurrent, NotificationChain msgs) {
		QuantityFact oldPeakCurrent = peakCurrent;
		peakCurrent = newPeakCurrent;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.POWER_PORT_SPEC__PEAK_CURRENT, oldPeakCurrent, newPeakCurrent);
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
	public void setPeakCurrent(QuantityFact newPeakCurrent) {
		if (newPeakCurrent != peakCurrent) {
			NotificationChain msgs = null;
			if (peakCurrent != null)
				msgs = ((InternalEObject)peakCurrent).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.POWER_PORT_SPEC__PEAK_CURRENT, null, msgs);
			if (newPeakCurrent != null)
				msgs = ((InternalEObject)newPeakCurrent).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.POWER_PORT_SPEC__PEAK_CURRENT, null, msgs);
			msgs = basicSetPeakCurrent(newPeakCurrent, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.POWER_PORT_SPEC__PEAK_CURRENT, newPeakCurrent, newPeakCurrent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantityFact getEnableVoltage() {
		return enableVoltage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetEnableVoltage(QuantityFact newEnableVoltage, NotificationChain msgs) {
		QuantityFact oldEnableVoltage = enableVoltage;
		enableVoltage = newEnableVoltage;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.POWER_PORT_SPEC__ENABLE_VOLTAGE, oldEnableVoltage, newEnableVoltage);
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
	public void setEnableVoltage(QuantityFact newEnableVoltage) {
		if (newEnableVoltage != enableVoltage) {
			NotificationChain msgs = null;
			if (enableVoltage != null)
				msgs = ((InternalEObject)enableVoltage).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.POWER_PORT_SPEC__ENABLE_VOLTAGE, null, msgs);
			if (newEnableVoltage != null)
				msgs = ((InternalEObject)newEnableVoltage).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.POWER_PORT_SPEC__ENABLE_VOLTAGE, null, msgs);
			msgs = basicSetEnableVoltage(newEnableVoltage, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.POWER_PORT_SPEC__ENABLE_VOLTAGE, newEnableVoltage, newEnableVoltage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BooleanFact getReverseCurrentBlocked() {
		return reverseCurrentBlocked;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetReverseCurrentBlocked(BooleanFact newReverseCurrentBlocked, NotificationChain msgs) {
		BooleanFact oldReverseCurrentBlocked = reverseCurrentBlocked;
		reverseCurrentBlocked = newReverseCurrentBlocked;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.POWER_PORT_SPEC__REVERSE_CURRENT_BLOCKED, oldReverseCurrentBlocked, newReverseCurrentBlocked);
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
	public void setReverseCurrentBlocked(BooleanFact newReverseCurrentBlocked) {
		if (newReverseCurrentBlocked != reverseCurrentBlocked) {
			NotificationChain msgs = null;
			if (reverseCurrentBlocked != null)
				msgs = ((InternalEObject)reverseCurrentBlocked).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.POWER_PORT_SPEC__REVERSE_CURRENT_BLOCKED, null, msgs);
			if (newReverseCurrentBlocked != null)
				msgs = ((InternalEObject)newReverseCurrentBlocked).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.POWER_PORT_SPEC__REVERSE_CURRENT_BLOCKED, null, msgs);
			msgs = basicSetReverseCurrentBlocked(newReverseCurrentBlocked, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.POWER_PORT_SPEC__REVERSE_CURRENT_BLOCKED, newReverseCurrentBlocked, newReverseCurrentBlocked));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantityFact getCurrentLimitOfFuseRating() {
		return currentLimitOfFuseRating;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCurrentLimitOfFuseRating(QuantityFact newCurrentLimitOfFuseRating, NotificationChain msgs) {
		QuantityFact oldCurrentLimitOfFuseRating = currentLimitOfFuseRating;
		currentLimitOfFuseRating = newCurrentLimitOfFuseRating;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.POWER_PORT_SPEC__CURRENT_LIMIT_OF_FUSE_RATING, oldCurrentLimitOfFuseRating, newCurrentLimitOfFuseRating);
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
	public void setCurrentLimitOfFuseRating(QuantityFact newCurrentLimitOfFuseRating) {
		if (newCurrentLimitOfFuseRating != currentLimitOfFuseRating) {
			NotificationChain msgs = null;
			if (currentLimitOfFuseRating != null)
				msgs = ((InternalEObject)currentLimitOfFuseRating).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.POWER_PORT_SPEC__CURRENT_LIMIT_OF_FUSE_RATING, null, msgs);
			if (newCurrentLimitOfFuseRating != null)
				msgs = ((InternalEObject)newCurrentLimitOfFuseRating).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.POWER_PORT_SPEC__CURRENT_LIMIT_OF_FUSE_RATING, null, msgs);
			msgs = basicSetCurrentLimitOfFuseRating(newCurrentLimitOfFuseRating, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.POWER_PORT_SPEC__CURRENT_LIMIT_OF_FUSE_RATING, newCurrentLimitOfFuseRating, newCurrentLimitOfFuseRating));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CatalogPackage.POWER_PORT_SPEC__CONTINUOUS_CURRENT:
				return basicSetContinuousCurrent(null, msgs);
			case CatalogPackage.POWER_PORT_SPEC__PEAK_CURRENT:
				return basicSetPeakCurrent(null, msgs);
			case CatalogPackage.POWER_PORT_SPEC__ENABLE_VOLTAGE:
				return basicSetEnableVoltage(null, msgs);
			case CatalogPackage.POWER_PORT_SPEC__REVERSE_CURRENT_BLOCKED:
				return basicSetReverseCurrentBlocked(null, msgs);
			case CatalogPackage.POWER_PORT_SPEC__CURRENT_LIMIT_OF_FUSE_RATING:
				return basicSetCurrentLimitOfFuseRating(null, msgs);
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
			case CatalogPackage.POWER_PORT_SPEC__DIRECTION:
				return getDirection();
			case CatalogPackage.POWER_PORT_SPEC__CONTINUOUS_CURRENT:
				return getContinuousCurrent();
			case CatalogPackage.POWER_PORT_SPEC__PEAK_CURRENT:
				return getPeakCurrent();
			case CatalogPackage.POWER_PORT_SPEC__ENABLE_VOLTAGE:
				return getEnableVoltage();
			case CatalogPackage.POWER_PORT_SPEC__REVERSE_CURRENT_BLOCKED:
				return getReverseCurrentBlocked();
			case CatalogPackage.POWER_PORT_SPEC__CURRENT_LIMIT_OF_FUSE_RATING:
				return getCurrentLimitOfFuseRating();
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
			case CatalogPackage.POWER_PORT_SPEC__DIRECTION:
				setDirection((CurrentDirection)newValue);
				return;
			case CatalogPackage.POWER_PORT_SPEC__CONTINUOUS_CURRENT:
				setContinuousCurrent((QuantityFact)newValue);
				return;
			case CatalogPackage.POWER_PORT_SPEC__PEAK_CURRENT:
				setPeakCurrent((QuantityFact)newValue);
				return;
			case CatalogPackage.POWER_PORT_SPEC__ENABLE_VOLTAGE:
				setEnableVoltage((QuantityFact)newValue);
				return;
			case CatalogPackage.POWER_PORT_SPEC__REVERSE_CURRENT_BLOCKED:
				setReverseCurrentBlocked((BooleanFact)newValue);
				return;
			case CatalogPackage.POWER_PORT_SPEC__CURRENT_LIMIT_OF_FUSE_RATING:
				setCurrentLimitOfFuseRating((QuantityFact)newValue);
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
			case CatalogPackage.POWER_PORT_SPEC__DIRECTION:
				setDirection(DIRECTION_EDEFAULT);
				return;
			case CatalogPackage.POWER_PORT_SPEC__CONTINUOUS_CURRENT:
				setContinuousCurrent((QuantityFact)null);
				return;
			case CatalogPackage.POWER_PORT_SPEC__PEAK_CURRENT:
				setPeakCurrent((QuantityFact)null);
				return;
			case CatalogPackage.POWER_PORT_SPEC__ENABLE_VOLTAGE:
				setEnableVoltage((QuantityFact)null);
				return;
			case CatalogPackage.POWER_PORT_SPEC__REVERSE_CURRENT_BLOCKED:
				setReverseCurrentBlocked((BooleanFact)null);
				return;
			case CatalogPackage.POWER_PORT_SPEC__CURRENT_LIMIT_OF_FUSE_RATING:
				setCurrentLimitOfFuseRating((QuantityFact)null);
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
			case CatalogPackage.POWER_PORT_SPEC__DIRECTION:
				return direction != DIRECTION_EDEFAULT;
			case CatalogPackage.POWER_PORT_SPEC__CONTINUOUS_CURRENT:
				return continuousCurrent != null;
			case CatalogPackage.POWER_PORT_SPEC__PEAK_CURRENT:
				return peakCurrent != null;
			case CatalogPackage.POWER_PORT_SPEC__ENABLE_VOLTAGE:
				return enableVoltage != null;
			case CatalogPackage.POWER_PORT_SPEC__REVERSE_CURRENT_BLOCKED:
				return reverseCurrentBlocked != null;
			case CatalogPackage.POWER_PORT_SPEC__CURRENT_LIMIT_OF_FUSE_RATING:
				return currentLimitOfFuseRating != null;
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
		result.append(" (direction: ");
		result.append(direction);
		result.append(')');
		return result.toString();
	}

} //PowerPortSpecImpl
