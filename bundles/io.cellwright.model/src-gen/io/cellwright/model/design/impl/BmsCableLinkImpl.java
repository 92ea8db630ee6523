/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.design.impl;

import io.cellwright.model.catalog.AccessoryCableType;

import io.cellwright.model.design.BmsCableLink;
import io.cellwright.model.design.DesignPackage;
import io.cellwright.model.design.TerminalInstance;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Bms Cable Link</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.design.impl.BmsCableLinkImpl#getExtensionCount <em>Extension Count</em>}</li>
 *   <li>{@link io.cellwright.model.design.impl.BmsCableLinkImpl#getFrom <em>From</em>}</li>
 *   <li>{@link io.cellwright.model.design.impl.BmsCableLinkImpl#getTo <em>To</em>}</li>
 *   <li>{@link io.cellwright.model.design.impl.BmsCableLinkImpl#getExtensionCable <em>Extension Cable</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BmsCableLinkImpl extends MinimalEObjectImpl.Container implements BmsCableLink {
	/**
	 * The default value of the '{@link #getExtensionCount() <em>Extension Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtensionCount()
	 * @generated
	 * @ordered
	 */
	protected static final int EXTENSION_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getExtensionCount() <em>Extension Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtensionCount()
	 * @generated
	 * @ordered
	 */
	protected int extensionCount = EXTENSION_COUNT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFrom() <em>From</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrom()
	 * @generated
	 * @ordered
	 */
	protected TerminalInstance from;

	/**
	 * The cached value of the '{@link #getTo() <em>To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTo()
	 * @generated
	 * @ordered
	 */
	protected TerminalInstance to;

	/**
	 * The cached value of the '{@link #getExtensionCable() <em>Extension Cable</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtensionCable()
	 * @generated
	 * @ordered
	 */
	protected AccessoryCableType extensionCable;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BmsCableLinkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DesignPackage.Literals.BMS_CABLE_LINK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getExtensionCount() {
		return extensionCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExtensionCount(int newExtensionCount) {
		int oldExtensionCount = extensionCount;
		extensionCount = newExtensionCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DesignPackage.BMS_CABLE_LINK__EXTENSION_COUNT, oldExtensionCount, extensionCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TerminalInstance getFrom() {
		if (from != null && from.eIsProxy()) {
			InternalEObject oldFrom = (InternalEObject)from;
			from = (TerminalInstance)eResolveProxy(oldFrom);
			if (from != oldFrom) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DesignPackage.BMS_CABLE_LINK__FROM, oldFrom, from));
			}
		}
		return from;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TerminalInstance basicGetFrom() {
		return from;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrom(TerminalInstance newFrom) {
		TerminalInstance oldFrom = from;
		from = newFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DesignPackage.BMS_CABLE_LINK__FROM, oldFrom, from));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TerminalInstance getTo() {
		if (to != null && to.eIsProxy()) {
			InternalEObject oldTo = (InternalEObject)to;
			to = (TerminalInstance)eResolveProxy(oldTo);
			if (to != oldTo) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DesignPackage.BMS_CABLE_LINK__TO, oldTo, to));
			}
		}
		return to;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TerminalInstance basicGetTo() {
		return to;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTo(TerminalInstance newTo) {
		TerminalInstance oldTo = to;
		to = newTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DesignPackage.BMS_CABLE_LINK__TO, oldTo, to));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AccessoryCableType getExtensionCable() {
		if (extensionCable != null && extensionCable.eIsProxy()) {
			InternalEObject oldExtensionCable = (InternalEObject)extensionCable;
			extensionCable = (AccessoryCableType)eResolveProxy(oldExtensionCable);
			if (extensionCable != oldExtensionCable) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DesignPackage.BMS_CABLE_LINK__EXTENSION_CABLE, oldExtensionCable, extensionCable));
			}
		}
		return extensionCable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AccessoryCableType basicGetExtensionCable() {
		return extensionCable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExtensionCable(AccessoryCableType newExtensionCable) {
		AccessoryCableType oldExtensionCable = extensionCable;
		extensionCable = newExtensionCable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DesignPackage.BMS_CABLE_LINK__EXTENSION_CABLE, oldExtensionCable, extensionCable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DesignPackage.BMS_CABLE_LINK__EXTENSION_COUNT:
				return getExtensionCount();
			case DesignPackage.BMS_CABLE_LINK__FROM:
				if (resolve) return getFrom();
				return basicGetFrom();
			case DesignPackage.BMS_CABLE_LINK__TO:
				if (resolve) return getTo();
				return basicGetTo();
			case DesignPackage.BMS_CABLE_LINK__EXTENSION_CABLE:
				if (resolve) return getExtensionCable();
				return basicGetExtensionCable();
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
			case DesignPackage.BMS_CABLE_LINK__EXTENSION_COUNT:
				setExtensionCount((Integer)newValue);
				return;
			case DesignPackage.BMS_CABLE_LINK__FROM:
				setFrom((TerminalInstance)newValue);
				return;
			case DesignPackage.BMS_CABLE_LINK__TO:
				setTo((TerminalInstance)newValue);
				return;
			case DesignPackage.BMS_CABLE_LINK__EXTENSION_CABLE:
				setExtensionCable((AccessoryCableType)newValue);
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
			case DesignPackage.BMS_CABLE_LINK__EXTENSION_COUNT:
				setExtensionCount(EXTENSION_COUNT_EDEFAULT);
				return;
			case DesignPackage.BMS_CABLE_LINK__FROM:
				setFrom((TerminalInstance)null);
				return;
			case DesignPackage.BMS_CABLE_LINK__TO:
				setTo((TerminalInstance)null);
				return;
			case DesignPackage.BMS_CABLE_LINK__EXTENSION_CABLE:
				setExtensionCable((AccessoryCableType)null);
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
			case DesignPackage.BMS_CABLE_LINK__EXTENSION_COUNT:
				return extensionCount != EXTENSION_COUNT_EDEFAULT;
			case DesignPackage.BMS_CABLE_LINK__FROM:
				return from != null;
			case DesignPackage.BMS_CABLE_LINK__TO:
				return to != null;
			case DesignPackage.BMS_CABLE_LINK__EXTENSION_CABLE:
				return extensionCable != null;
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
		result.append(" (extensionCount: ");
		result.append(extensionCount);
		result.append(')');
		return result.toString();
	}

} //BmsCableLinkImpl
