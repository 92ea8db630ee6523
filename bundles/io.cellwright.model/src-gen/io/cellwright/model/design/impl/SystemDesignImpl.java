/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.design.impl;

import io.cellwright.model.design.BatteryBank;
import io.cellwright.model.design.CatalogUse;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.DesignPackage;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.Wire;

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
 * An implementation of the model object '<em><b>System Design</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.design.impl.SystemDesignImpl#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link io.cellwright.model.design.impl.SystemDesignImpl#getNominalVoltage <em>Nominal Voltage</em>}</li>
 *   <li>{@link io.cellwright.model.design.impl.SystemDesignImpl#getCatalogs <em>Catalogs</em>}</li>
 *   <li>{@link io.cellwright.model.design.impl.SystemDesignImpl#getComponents <em>Components</em>}</li>
 *   <li>{@link io.cellwright.model.design.impl.SystemDesignImpl#getWires <em>Wires</em>}</li>
 *   <li>{@link io.cellwright.model.design.impl.SystemDesignImpl#getBatteryBanks <em>Battery Banks</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SystemDesignImpl extends DesignElementImpl implements SystemDesign {
	/**
	 * The default value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String FORMAT_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected String formatVersion = FORMAT_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getNominalVoltage() <em>Nominal Voltage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNominalVoltage()
	 * @generated
	 * @ordered
	 */
	protected static final double NOMINAL_VOLTAGE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getNominalVoltage() <em>Nominal Voltage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNominalVoltage()
	 * @generated
	 * @ordered
	 */
	protected double nominalVoltage = NOMINAL_VOLTAGE_EDEFAULT;

	/**
	 * This is true if the Nominal Voltage attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean nominalVoltageESet;

	/**
	 * The cached value of the '{@link #getCatalogs() <em>Catalogs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCatalogs()
	 * @generated
	 * @ordered
	 */
	protected EList<CatalogUse> catalogs;

	/**
	 * The cached value of the '{@link #getComponents() <em>Components</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComponents()
	 * @generated
	 * @ordered
	 */
	protected EList<ComponentInstance> components;

	/**
	 * The cached value of the '{@link #getWires() <em>Wires</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWires()
	 * @generated
	 * @ordered
	 */
	protected EList<Wire> wires;

	/**
	 * The cached value of the '{@link #getBatteryBanks() <em>Battery Banks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatteryBanks()
	 * @generated
	 * @ordered
	 */
	protected EList<BatteryBank> batteryBanks;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SystemDesignImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DesignPackage.Literals.SYSTEM_DESIGN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFormatVersion() {
		return formatVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormatVersion(String newFormatVersion) {
		String oldFormatVersion = formatVersion;
		formatVersion = newFormatVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DesignPackage.SYSTEM_DESIGN__FORMAT_VERSION, oldFormatVersion, formatVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getNominalVoltage() {
		return nominalVoltage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNominalVoltage(double newNominalVoltage) {
		double oldNominalVoltage = nominalVoltage;
		nominalVoltage = newNominalVoltage;
		boolean oldNominalVoltageESet = nominalVoltageESet;
		nominalVoltageESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DesignPackage.SYSTEM_DESIGN__NOMINAL_VOLTAGE, oldNominalVoltage, nominalVoltage, !oldNominalVoltageESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetNominalVoltage() {
		double oldNominalVoltage = nominalVoltage;
		boolean oldNominalVoltageESet = nominalVoltageESet;
		nominalVoltage = NOMINAL_VOLTAGE_EDEFAULT;
		nominalVoltageESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DesignPackage.SYSTEM_DESIGN__NOMINAL_VOLTAGE, oldNominalVoltage, NOMINAL_VOLTAGE_EDEFAULT, oldNominalVoltageESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetNominalVoltage() {
		return nominalVoltageESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CatalogUse> getCatalogs() {
		if (catalogs == null) {
			catalogs = new EObjectContainmentEList<CatalogUse>(CatalogUse.class, this, DesignPackage.SYSTEM_DESIGN__CATALOGS);
		}
		return catalogs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ComponentInstance> getComponents() {
		if (components == null) {
			components = new EObjectContainmentEList<ComponentInstance>(ComponentInstance.class, this, DesignPackage.SYSTEM_DESIGN__COMPONENTS);
		}
		return components;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Wire> getWires() {
		if (wires == null) {
			wires = new EObjectContainmentEList<Wire>(Wire.class, this, DesignPackage.SYSTEM_DESIGN__WIRES);
		}
		return wires;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BatteryBank> getBatteryBanks() {
		if (batteryBanks == null) {
			batteryBanks = new EObjectContainmentEList<BatteryBank>(BatteryBank.class, this, DesignPackage.SYSTEM_DESIGN__BATTERY_BANKS);
		}
		return batteryBanks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DesignPackage.SYSTEM_DESIGN__CATALOGS:
				return ((InternalEList<?>)getCatalogs()).basicRemove(otherEnd, msgs);
			case DesignPackage.SYSTEM_DESIGN__COMPONENTS:
				return ((InternalEList<?>)getComponents()).basicRemove(otherEnd, msgs);
			case DesignPackage.SYSTEM_DESIGN__WIRES:
				return ((InternalEList<?>)getWires()).basicRemove(otherEnd, msgs);
			case DesignPackage.SYSTEM_DESIGN__BATTERY_BANKS:
				return ((InternalEList<?>)getBatteryBanks()).basicRemove(otherEnd, msgs);
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
			case DesignPackage.SYSTEM_DESIGN__FORMAT_VERSION:
				return getFormatVersion();
			case DesignPackage.SYSTEM_DESIGN__NOMINAL_VOLTAGE:
				return getNominalVoltage();
			case DesignPackage.SYSTEM_DESIGN__CATALOGS:
				return getCatalogs();
			case DesignPackage.SYSTEM_DESIGN__COMPONENTS:
				return getComponents();
			case DesignPackage.SYSTEM_DESIGN__WIRES:
				return getWires();
			case DesignPackage.SYSTEM_DESIGN__BATTERY_BANKS:
				return getBatteryBanks();
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
			case DesignPackage.SYSTEM_DESIGN__FORMAT_VERSION:
				setFormatVersion((String)newValue);
				return;
			case DesignPackage.SYSTEM_DESIGN__NOMINAL_VOLTAGE:
				setNominalVoltage((Double)newValue);
				return;
			case DesignPackage.SYSTEM_DESIGN__CATALOGS:
				getCatalogs().clear();
				getCatalogs().addAll((Collection<? extends CatalogUse>)newValue);
				return;
			case DesignPackage.SYSTEM_DESIGN__COMPONENTS:
				getComponents().clear();
				getComponents().addAll((Collection<? extends ComponentInstance>)newValue);
				return;
			case DesignPackage.SYSTEM_DESIGN__WIRES:
				getWires().clear();
				getWires().addAll((Collection<? extends Wire>)newValue);
				return;
			case DesignPackage.SYSTEM_DESIGN__BATTERY_BANKS:
				getBatteryBanks().clear();
				getBatteryBanks().addAll((Collection<? extends BatteryBank>)newValue);
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
			case DesignPackage.SYSTEM_DESIGN__FORMAT_VERSION:
				setFormatVersion(FORMAT_VERSION_EDEFAULT);
				return;
			case DesignPackage.SYSTEM_DESIGN__NOMINAL_VOLTAGE:
				unsetNominalVoltage();
				return;
			case DesignPackage.SYSTEM_DESIGN__CATALOGS:
				getCatalogs().clear();
				return;
			case DesignPackage.SYSTEM_DESIGN__COMPONENTS:
				getComponents().clear();
				return;
			case DesignPackage.SYSTEM_DESIGN__WIRES:
				getWires().clear();
				return;
			case DesignPackage.SYSTEM_DESIGN__BATTERY_BANKS:
				getBatteryBanks().clear();
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
			case DesignPackage.SYSTEM_DESIGN__FORMAT_VERSION:
				return FORMAT_VERSION_EDEFAULT == null ? formatVersion != null : !FORMAT_VERSION_EDEFAULT.equals(formatVersion);
			case DesignPackage.SYSTEM_DESIGN__NOMINAL_VOLTAGE:
				return isSetNominalVoltage();
			case DesignPackage.SYSTEM_DESIGN__CATALOGS:
				return catalogs != null && !catalogs.isEmpty();
			case DesignPackage.SYSTEM_DESIGN__COMPONENTS:
				return components != null && !components.isEmpty();
			case DesignPackage.SYSTEM_DESIGN__WIRES:
				return wires != null && !wires.isEmpty();
			case DesignPackage.SYSTEM_DESIGN__BATTERY_BANKS:
				return batteryBanks != null && !batteryBanks.isEmpty();
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
		result.append(" (formatVersion: ");
		result.append(formatVersion);
		result.append(", nominalVoltage: ");
		if (nominalVoltageESet) result.append(nominalVoltage); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //SystemDesignImpl
