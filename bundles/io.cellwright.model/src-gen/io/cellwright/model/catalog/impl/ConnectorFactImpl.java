/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog.impl;

import io.cellwright.model.catalog.CatalogPackage;
import io.cellwright.model.catalog.ConnectorFact;
import io.cellwright.model.catalog.ConnectorType;
import io.cellwright.model.catalog.Quantity;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Connector Fact</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.impl.ConnectorFactImpl#getConnector <em>Connector</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.ConnectorFactImpl#getPoles <em>Poles</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.ConnectorFactImpl#getSize <em>Size</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.ConnectorFactImpl#getMountingTorque <em>Mounting Torque</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConnectorFactImpl extends FactImpl implements ConnectorFact {
	/**
	 * The default value of the '{@link #getConnector() <em>Connector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnector()
	 * @generated
	 * @ordered
	 */
	protected static final ConnectorType CONNECTOR_EDEFAULT = ConnectorType.OTHER;

	/**
	 * The cached value of the '{@link #getConnector() <em>Connector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnector()
	 * @generated
	 * @ordered
	 */
	protected ConnectorType connector = CONNECTOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getPoles() <em>Poles</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoles()
	 * @generated
	 * @ordered
	 */
	protected static final int POLES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPoles() <em>Poles</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoles()
	 * @generated
	 * @ordered
	 */
	protected int poles = POLES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSize() <em>Size</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected Quantity size;

	/**
	 * The cached value of the '{@link #getMountingTorque() <em>Mounting Torque</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMountingTorque()
	 * @generated
	 * @ordered
	 */
	protected Quantity mountingTorque;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConnectorFactImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.CONNECTOR_FACT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConnectorType getConnector() {
		return connector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConnector(ConnectorType newConnector) {
		ConnectorType oldConnector = connector;
		connector = newConnector == null ? CONNECTOR_EDEFAULT : newConnector;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.CONNECTOR_FACT__CONNECTOR, oldConnector, connector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPoles() {
		return poles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPoles(int newPoles) {
		int oldPoles = poles;
		poles = newPoles;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.CONNECTOR_FACT__POLES, oldPoles, poles));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Quantity getSize() {
		return size;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSize(Quantity newSize, NotificationChain msgs) {
		Quantity oldSize = size;
		size = newSize;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.CONNECTOR_FACT__SIZE, oldSize, newSize);
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
	public void setSize(Quantity newSize) {
		if (newSize != size) {
			NotificationChain msgs = null;
			if (size != null)
				msgs = ((InternalEObject)size).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.CONNECTOR_FACT__SIZE, null, msgs);
			if (newSize != null)
				msgs = ((InternalEObject)newSize).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.CONNECTOR_FACT__SIZE, null, msgs);
			msgs = basicSetSize(newSize, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.CONNECTOR_FACT__SIZE, newSize, newSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Quantity getMountingTorque() {
		return mountingTorque;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMountingTorque(Quantity newMountingTorque, NotificationChain msgs) {
		Quantity oldMountingTorque = mountingTorque;
		mountingTorque = newMountingTorque;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.CONNECTOR_FACT__MOUNTING_TORQUE, oldMountingTorque, newMountingTorque);
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
	public void setMountingTorque(Quantity newMountingTorque) {
		if (newMountingTorque != mountingTorque) {
			NotificationChain msgs = null;
			if (mountingTorque != null)
				msgs = ((InternalEObject)mountingTorque).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.CONNECTOR_FACT__MOUNTING_TORQUE, null, msgs);
			if (newMountingTorque != null)
				msgs = ((InternalEObject)newMountingTorque).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.CONNECTOR_FACT__MOUNTING_TORQUE, null, msgs);
			msgs = basicSetMountingTorque(newMountingTorque, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.CONNECTOR_FACT__MOUNTING_TORQUE, newMountingTorque, newMountingTorque));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CatalogPackage.CONNECTOR_FACT__SIZE:
				return basicSetSize(null, msgs);
			case CatalogPackage.CONNECTOR_FACT__MOUNTING_TORQUE:
				return basicSetMountingTorque(null, msgs);
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
			case CatalogPackage.CONNECTOR_FACT__CONNECTOR:
				return getConnector();
			case CatalogPackage.CONNECTOR_FACT__POLES:
				return getPoles();
			case CatalogPackage.CONNECTOR_FACT__SIZE:
				return getSize();
			case CatalogPackage.CONNECTOR_FACT__MOUNTING_TORQUE:
				return getMountingTorque();
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
			case CatalogPackage.CONNECTOR_FACT__CONNECTOR:
				setConnector((ConnectorType)newValue);
				return;
			case CatalogPackage.CONNECTOR_FACT__POLES:
				setPoles((Integer)newValue);
				return;
			case CatalogPackage.CONNECTOR_FACT__SIZE:
				setSize((Quantity)newValue);
				return;
			case CatalogPackage.CONNECTOR_FACT__MOUNTING_TORQUE:
				setMountingTorque((Quantity)newValue);
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
			case CatalogPackage.CONNECTOR_FACT__CONNECTOR:
				setConnector(CONNECTOR_EDEFAULT);
				return;
			case CatalogPackage.CONNECTOR_FACT__POLES:
				setPoles(POLES_EDEFAULT);
				return;
			case CatalogPackage.CONNECTOR_FACT__SIZE:
				setSize((Quantity)null);
				return;
			case CatalogPackage.CONNECTOR_FACT__MOUNTING_TORQUE:
				setMountingTorque((Quantity)null);
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
			case CatalogPackage.CONNECTOR_FACT__CONNECTOR:
				return connector != CONNECTOR_EDEFAULT;
			case CatalogPackage.CONNECTOR_FACT__POLES:
				return poles != POLES_EDEFAULT;
			case CatalogPackage.CONNECTOR_FACT__SIZE:
				return size != null;
			case CatalogPackage.CONNECTOR_FACT__MOUNTING_TORQUE:
				return mountingTorque != null;
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
		result.append(" (connector: ");
		result.append(connector);
		result.append(", poles: ");
		result.append(poles);
		result.append(')');
		return result.toString();
	}

} //ConnectorFactImpl
