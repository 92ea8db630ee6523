/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.design.impl;

import io.cellwright.model.design.BatteryBank;
import io.cellwright.model.design.BatteryString;
import io.cellwright.model.design.BmsCableLink;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.DesignPackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Battery Bank</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.design.impl.BatteryBankImpl#getBms <em>Bms</em>}</li>
 *   <li>{@link io.cellwright.model.design.impl.BatteryBankImpl#getStrings <em>Strings</em>}</li>
 *   <li>{@link io.cellwright.model.design.impl.BatteryBankImpl#getBmsCableChain <em>Bms Cable Chain</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BatteryBankImpl extends DesignElementImpl implements BatteryBank {
	/**
	 * The cached value of the '{@link #getBms() <em>Bms</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBms()
	 * @generated
	 * @ordered
	 */
	protected ComponentInstance bms;

	/**
	 * The cached value of the '{@link #getStrings() <em>Strings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrings()
	 * @generated
	 * @ordered
	 */
	protected EList<BatteryString> strings;

	/**
	 * The cached value of the '{@link #getBmsCableChain() <em>Bms Cable Chain</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBmsCableChain()
	 * @generated
	 * @ordered
	 */
	protected EList<BmsCableLink> bmsCableChain;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BatteryBankImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DesignPackage.Literals.BATTERY_BANK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComponentInstance getBms() {
		if (bms != null && bms.eIsProxy()) {
			InternalEObject oldBms = (InternalEObject)bms;
			bms = (ComponentInstance)eResolveProxy(oldBms);
			if (bms != oldBms) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DesignPackage.BATTERY_BANK__BMS, oldBms, bms));
			}
		}
		return bms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ComponentInstance basicGetBms() {
		return bms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBms(ComponentInstance newBms) {
		ComponentInstance oldBms = bms;
		bms = newBms;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DesignPackage.BATTERY_BANK__BMS, oldBms, bms));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BatteryString> getStrings() {
		if (strings == null) {
			strings = new EObjectContainmentEList<BatteryString>(BatteryString.class, this, DesignPackage.BATTERY_BANK__STRINGS);
		}
		return strings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BmsCableLink> getBmsCableChain() {
		if (bmsCableChain == null) {
			bmsCableChain = new EObjectContainmentEList<BmsCableLink>(BmsCableLink.class, this, DesignPackage.BATTERY_BANK__BMS_CABLE_CHAIN);
		}
		return bmsCableChain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DesignPackage.BATTERY_BANK__STRINGS:
				return ((InternalEList<?>)getStrings()).basicRemove(otherEnd, msgs);
			case DesignPackage.BATTERY_BANK__BMS_CABLE_CHAIN:
				return ((InternalEList<?>)getBmsCableChain()).basicRemove(otherEnd, msgs);
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
			case DesignPackage.BATTERY_BANK__BMS:
				if (resolve) return getBms();
				return basicGetBms();
			case DesignPackage.BATTERY_BANK__STRINGS:
				return getStrings();
			case DesignPackage.BATTERY_BANK__BMS_CABLE_CHAIN:
				return getBmsCableChain();
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
			case DesignPackage.BATTERY_BANK__BMS:
				setBms((ComponentInstance)newValue);
				return;
			case DesignPackage.BATTERY_BANK__STRINGS:
				getStrings().clear();
				getStrings().addAll((Collection<? extends BatteryString>)newValue);
				return;
			case DesignPackage.BATTERY_BANK__BMS_CABLE_CHAIN:
				getBmsCableChain().clear();
				getBmsCableChain().addAll((Collection<? extends BmsCableLink>)newValue);
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
			case DesignPackage.BATTERY_BANK__BMS:
				setBms((ComponentInstance)null);
				return;
			case DesignPackage.BATTERY_BANK__STRINGS:
				getStrings().clear();
				return;
			case DesignPackage.BATTERY_BANK__BMS_CABLE_CHAIN:
				getBmsCableChain().clear();
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
			case DesignPackage.BATTERY_BANK__BMS:
				return bms != null;
			case DesignPackage.BATTERY_BANK__STRINGS:
				return strings != null && !strings.isEmpty();
			case DesignPackage.BATTERY_BANK__BMS_CABLE_CHAIN:
				return bmsCableChain != null && !bmsCableChain.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //BatteryBankImpl
