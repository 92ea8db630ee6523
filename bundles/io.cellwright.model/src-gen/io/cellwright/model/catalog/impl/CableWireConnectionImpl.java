/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog.impl;

import io.cellwright.model.catalog.CableWire;
import io.cellwright.model.catalog.CableWireConnection;
import io.cellwright.model.catalog.CatalogPackage;
import io.cellwright.model.catalog.TerminalDefinition;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cable Wire Connection</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.impl.CableWireConnectionImpl#getWire <em>Wire</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.CableWireConnectionImpl#getTargetTerminal <em>Target Terminal</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.CableWireConnectionImpl#getTargetDescription <em>Target Description</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CableWireConnectionImpl extends MinimalEObjectImpl.Container implements CableWireConnection {
	/**
	 * The cached value of the '{@link #getWire() <em>Wire</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWire()
	 * @generated
	 * @ordered
	 */
	protected CableWire wire;

	/**
	 * The cached value of the '{@link #getTargetTerminal() <em>Target Terminal</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetTerminal()
	 * @generated
	 * @ordered
	 */
	protected TerminalDefinition targetTerminal;

	/**
	 * The default value of the '{@link #getTargetDescription() <em>Target Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetDescription() <em>Target Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetDescription()
	 * @generated
	 * @ordered
	 */
	protected String targetDescription = TARGET_DESCRIPTION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CableWireConnectionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.CABLE_WIRE_CONNECTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CableWire getWire() {
		if (wire != null && wire.eIsProxy()) {
			InternalEObject oldWire = (InternalEObject)wire;
			wire = (CableWire)eResolveProxy(oldWire);
			if (wire != oldWire) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CatalogPackage.CABLE_WIRE_CONNECTION__WIRE, oldWire, wire));
			}
		}
		return wire;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CableWire basicGetWire() {
		return wire;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWire(CableWire newWire) {
		CableWire oldWire = wire;
		wire = newWire;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.CABLE_WIRE_CONNECTION__WIRE, oldWire, wire));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TerminalDefinition getTargetTerminal() {
		if (targetTerminal != null && targetTerminal.eIsProxy()) {
			InternalEObject oldTargetTerminal = (InternalEObject)targetTerminal;
			targetTerminal = (TerminalDefinition)eResolveProxy(oldTargetTerminal);
			if (targetTerminal != oldTargetTerminal) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CatalogPackage.CABLE_WIRE_CONNECTION__TARGET_TERMINAL, oldTargetTerminal, targetTerminal));
			}
		}
		return targetTerminal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TerminalDefinition basicGetTargetTerminal() {
		return targetTerminal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetTerminal(TerminalDefinition newTargetTerminal) {
		TerminalDefinition oldTargetTerminal = targetTerminal;
		targetTerminal = newTargetTerminal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.CABLE_WIRE_CONNECTION__TARGET_TERMINAL, oldTargetTerminal, targetTerminal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTargetDescription() {
		return targetDescription;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetDescription(String newTargetDescription) {
		String oldTargetDescription = targetDescription;
		targetDescription = newTargetDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.CABLE_WIRE_CONNECTION__TARGET_DESCRIPTION, oldTargetDescription, targetDescription));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CatalogPackage.CABLE_WIRE_CONNECTION__WIRE:
				if (resolve) return getWire();
				return basicGetWire();
			case CatalogPackage.CABLE_WIRE_CONNECTION__TARGET_TERMINAL:
				if (resolve) return getTargetTerminal();
				return basicGetTargetTerminal();
			case CatalogPackage.CABLE_WIRE_CONNECTION__TARGET_DESCRIPTION:
				return getTargetDescription();
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
			case CatalogPackage.CABLE_WIRE_CONNECTION__WIRE:
				setWire((CableWire)newValue);
				return;
			case CatalogPackage.CABLE_WIRE_CONNECTION__TARGET_TERMINAL:
				setTargetTerminal((TerminalDefinition)newValue);
				return;
			case CatalogPackage.CABLE_WIRE_CONNECTION__TARGET_DESCRIPTION:
				setTargetDescription((String)newValue);
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
			case CatalogPackage.CABLE_WIRE_CONNECTION__WIRE:
				setWire((CableWire)null);
				return;
			case CatalogPackage.CABLE_WIRE_CONNECTION__TARGET_TERMINAL:
				setTargetTerminal((TerminalDefinition)null);
				return;
			case CatalogPackage.CABLE_WIRE_CONNECTION__TARGET_DESCRIPTION:
				setTargetDescription(TARGET_DESCRIPTION_EDEFAULT);
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
			case CatalogPackage.CABLE_WIRE_CONNECTION__WIRE:
				return wire != null;
			case CatalogPackage.CABLE_WIRE_CONNECTION__TARGET_TERMINAL:
				return targetTerminal != null;
			case CatalogPackage.CABLE_WIRE_CONNECTION__TARGET_DESCRIPTION:
				return TARGET_DESCRIPTION_EDEFAULT == null ? targetDescription != null : !TARGET_DESCRIPTION_EDEFAULT.equals(targetDescription);
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
		result.append(" (targetDescription: ");
		result.append(targetDescription);
		result.append(')');
		return result.toString();
	}

} //CableWireConnectionImpl
