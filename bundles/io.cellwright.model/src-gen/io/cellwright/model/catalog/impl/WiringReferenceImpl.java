/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog.impl;

import io.cellwright.model.catalog.AmpacityFact;
import io.cellwright.model.catalog.CatalogPackage;
import io.cellwright.model.catalog.QuantityFact;
import io.cellwright.model.catalog.RangeFact;
import io.cellwright.model.catalog.SystemVoltageGuideFact;
import io.cellwright.model.catalog.VoltageDropLimitFact;
import io.cellwright.model.catalog.WiringReference;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Wiring Reference</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.impl.WiringReferenceImpl#getId <em>Id</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.WiringReferenceImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.WiringReferenceImpl#getConductorResistivity <em>Conductor Resistivity</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.WiringReferenceImpl#getConductorConductivity <em>Conductor Conductivity</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.WiringReferenceImpl#getResistanceTemperatureCoefficient <em>Resistance Temperature Coefficient</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.WiringReferenceImpl#getAmpacity <em>Ampacity</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.WiringReferenceImpl#getBundlingDerating <em>Bundling Derating</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.WiringReferenceImpl#getVoltageDropLimits <em>Voltage Drop Limits</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.WiringReferenceImpl#getFuseMinimumOfDeviceCurrent <em>Fuse Minimum Of Device Current</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.WiringReferenceImpl#getSystemVoltageGuides <em>System Voltage Guides</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WiringReferenceImpl extends MinimalEObjectImpl.Container implements WiringReference {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getConductorResistivity() <em>Conductor Resistivity</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConductorResistivity()
	 * @generated
	 * @ordered
	 */
	protected QuantityFact conductorResistivity;

	/**
	 * The cached value of the '{@link #getConductorConductivity() <em>Conductor Conductivity</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConductorConductivity()
	 * @generated
	 * @ordered
	 */
	protected QuantityFact conductorConductivity;

	/**
	 * The cached value of the '{@link #getResistanceTemperatureCoefficient() <em>Resistance Temperature Coefficient</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResistanceTemperatureCoefficient()
	 * @generated
	 * @ordered
	 */
	protected QuantityFact resistanceTemperatureCoefficient;

	/**
	 * The cached value of the '{@link #getAmpacity() <em>Ampacity</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmpacity()
	 * @generated
	 * @ordered
	 */
	protected EList<AmpacityFact> ampacity;

	/**
	 * The cached value of the '{@link #getBundlingDerating() <em>Bundling Derating</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBundlingDerating()
	 * @generated
	 * @ordered
	 */
	protected RangeFact bundlingDerating;

	/**
	 * The cached value of the '{@link #getVoltageDropLimits() <em>Voltage Drop Limits</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVoltageDropLimits()
	 * @generated
	 * @ordered
	 */
	protected EList<VoltageDropLimitFact> voltageDropLimits;

	/**
	 * The cached value of the '{@link #getFuseMinimumOfDeviceCurrent() <em>Fuse Minimum Of Device Current</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFuseMinimumOfDeviceCurrent()
	 * @generated
	 * @ordered
	 */
	protected QuantityFact fuseMinimumOfDeviceCurrent;

	/**
	 * The cached value of the '{@link #getSystemVoltageGuides() <em>System Voltage Guides</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystemVoltageGuides()
	 * @generated
	 * @ordered
	 */
	protected EList<SystemVoltageGuideFact> systemVoltageGuides;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WiringReferenceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.WIRING_REFERENCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.WIRING_REFERENCE__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.WIRING_REFERENCE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantityFact getConductorResistivity() {
		return conductorResistivity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetConductorResistivity(QuantityFact newConductorResistivity, NotificationChain msgs) {
		QuantityFact oldConductorResistivity = conductorResistivity;
		conductorResistivity = newConductorResistivity;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.WIRING_REFERENCE__CONDUCTOR_RESISTIVITY, oldConductorResistivity, newConductorResistivity);
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
	public void setConductorResistivity(QuantityFact newConductorResistivity) {
		if (newConductorResistivity != conductorResistivity) {
			NotificationChain msgs = null;
			if (conductorResistivity != null)
				msgs = ((InternalEObject)conductorResistivity).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.WIRING_REFERENCE__CONDUCTOR_RESISTIVITY, null, msgs);
			if (newConductorResistivity != null)
				msgs = ((InternalEObject)newConductorResistivity).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.WIRING_REFERENCE__CONDUCTOR_RESISTIVITY, null, msgs);
			msgs = basicSetConductorResistivity(newConductorResistivity, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.WIRING_REFERENCE__CONDUCTOR_RESISTIVITY, newConductorResistivity, newConductorResistivity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantityFact getConductorConductivity() {
		return conductorConductivity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetConductorConductivity(QuantityFact newConductorConductivity, NotificationChain msgs) {
		QuantityFact oldConductorConductivity = conductorConductivity;
		conductorConductivity = newConductorConductivity;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.WIRING_REFERENCE__CONDUCTOR_CONDUCTIVITY, oldConductorConductivity, newConductorConductivity);
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
	public void setConductorConductivity(QuantityFact newConductorConductivity) {
		if (newConductorConductivity != conductorConductivity) {
			NotificationChain msgs = null;
			if (conductorConductivity != null)
				msgs = ((InternalEObject)conductorConductivity).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.WIRING_REFERENCE__CONDUCTOR_CONDUCTIVITY, null, msgs);
			if (newConductorConductivity != null)
				msgs = ((InternalEObject)newConductorConductivity).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.WIRING_REFERENCE__CONDUCTOR_CONDUCTIVITY, null, msgs);
			msgs = basicSetConductorConductivity(newConductorConductivity, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.WIRING_REFERENCE__CONDUCTOR_CONDUCTIVITY, newConductorConductivity, newConductorConductivity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantityFact getResistanceTemperatureCoefficient() {
		return resistanceTemperatureCoefficient;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetResistanceTemperatureCoefficient(QuantityFact newResistanceTemperatureCoefficient, NotificationChain msgs) {
		QuantityFact oldResistanceTemperatureCoefficient = resistanceTemperatureCoefficient;
		resistanceTemperatureCoefficient = newResistanceTemperatureCoefficient;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.WIRING_REFERENCE__RESISTANCE_TEMPERATURE_COEFFICIENT, oldResistanceTemperatureCoefficient, newResistanceTemperatureCoefficient);
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
	public void setResistanceTemperatureCoefficient(QuantityFact newResistanceTemperatureCoefficient) {
		if (newResistanceTemperatureCoefficient != resistanceTemperatureCoefficient) {
			NotificationChain msgs = null;
			if (resistanceTemperatureCoefficient != null)
				msgs = ((InternalEObject)resistanceTemperatureCoefficient).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.WIRING_REFERENCE__RESISTANCE_TEMPERATURE_COEFFICIENT, null, msgs);
			if (newResistanceTemperatureCoefficient != null)
				msgs = ((InternalEObject)newResistanceTemperatureCoefficient).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.WIRING_REFERENCE__RESISTANCE_TEMPERATURE_COEFFICIENT, null, msgs);
			msgs = basicSetResistanceTemperatureCoefficient(newResistanceTemperatureCoefficient, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.WIRING_REFERENCE__RESISTANCE_TEMPERATURE_COEFFICIENT, newResistanceTemperatureCoefficient, newResistanceTemperatureCoefficient));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AmpacityFact> getAmpacity() {
		if (ampacity == null) {
			ampacity = new EObjectContainmentEList<AmpacityFact>(AmpacityFact.class, this, CatalogPackage.WIRING_REFERENCE__AMPACITY);
		}
		return ampacity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RangeFact getBundlingDerating() {
		return bundlingDerating;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBundlingDerating(RangeFact newBundlingDerating, NotificationChain msgs) {
		RangeFact oldBundlingDerating = bundlingDerating;
		bundlingDerating = newBundlingDerating;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.WIRING_REFERENCE__BUNDLING_DERATING, oldBundlingDerating, newBundlingDerating);
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
	public void setBundlingDerating(RangeFact newBundlingDerating) {
		if (newBundlingDerating != bundlingDerating) {
			NotificationChain msgs = null;
			if (bundlingDerating != null)
				msgs = ((InternalEObject)bundlingDerating).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.WIRING_REFERENCE__BUNDLING_DERATING, null, msgs);
			if (newBundlingDerating != null)
				msgs = ((InternalEObject)newBundlingDerating).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.WIRING_REFERENCE__BUNDLING_DERATING, null, msgs);
			msgs = basicSetBundlingDerating(newBundlingDerating, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.WIRING_REFERENCE__BUNDLING_DERATING, newBundlingDerating, newBundlingDerating));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VoltageDropLimitFact> getVoltageDropLimits() {
		if (voltageDropLimits == null) {
			voltageDropLimits = new EObjectContainmentEList<VoltageDropLimitFact>(VoltageDropLimitFact.class, this, CatalogPackage.WIRING_REFERENCE__VOLTAGE_DROP_LIMITS);
		}
		return voltageDropLimits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantityFact getFuseMinimumOfDeviceCurrent() {
		return fuseMinimumOfDeviceCurrent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFuseMinimumOfDeviceCurrent(QuantityFact newFuseMinimumOfDeviceCurrent, NotificationChain msgs) {
		QuantityFact oldFuseMinimumOfDeviceCurrent = fuseMinimumOfDeviceCurrent;
		fuseMinimumOfDeviceCurrent = newFuseMinimumOfDeviceCurrent;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.WIRING_REFERENCE__FUSE_MINIMUM_OF_DEVICE_CURRENT, oldFuseMinimumOfDeviceCurrent, newFuseMinimumOfDeviceCurrent);
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
	public void setFuseMinimumOfDeviceCurrent(QuantityFact newFuseMinimumOfDeviceCurrent) {
		if (newFuseMinimumOfDeviceCurrent != fuseMinimumOfDeviceCurrent) {
			NotificationChain msgs = null;
			if (fuseMinimumOfDeviceCurrent != null)
				msgs = ((InternalEObject)fuseMinimumOfDeviceCurrent).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.WIRING_REFERENCE__FUSE_MINIMUM_OF_DEVICE_CURRENT, null, msgs);
			if (newFuseMinimumOfDeviceCurrent != null)
				msgs = ((InternalEObject)newFuseMinimumOfDeviceCurrent).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.WIRING_REFERENCE__FUSE_MINIMUM_OF_DEVICE_CURRENT, null, msgs);
			msgs = basicSetFuseMinimumOfDeviceCurrent(newFuseMinimumOfDeviceCurrent, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.WIRING_REFERENCE__FUSE_MINIMUM_OF_DEVICE_CURRENT, newFuseMinimumOfDeviceCurrent, newFuseMinimumOfDeviceCurrent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SystemVoltageGuideFact> getSystemVoltageGuides() {
		if (systemVoltageGuides == null) {
			systemVoltageGuides = new EObjectContainmentEList<SystemVoltageGuideFact>(SystemVoltageGuideFact.class, this, CatalogPackage.WIRING_REFERENCE__SYSTEM_VOLTAGE_GUIDES);
		}
		return systemVoltageGuides;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CatalogPackage.WIRING_REFERENCE__CONDUCTOR_RESISTIVITY:
				return basicSetConductorResistivity(null, msgs);
			case CatalogPackage.WIRING_REFERENCE__CONDUCTOR_CONDUCTIVITY:
				return basicSetConductorConductivity(null, msgs);
			case CatalogPackage.WIRING_REFERENCE__RESISTANCE_TEMPERATURE_COEFFICIENT:
				return basicSetResistanceTemperatureCoefficient(null, msgs);
			case CatalogPackage.WIRING_REFERENCE__AMPACITY:
				return ((InternalEList<?>)getAmpacity()).basicRemove(otherEnd, msgs);
			case CatalogPackage.WIRING_REFERENCE__BUNDLING_DERATING:
				return basicSetBundlingDerating(null, msgs);
			case CatalogPackage.WIRING_REFERENCE__VOLTAGE_DROP_LIMITS:
				return ((InternalEList<?>)getVoltageDropLimits()).basicRemove(otherEnd, msgs);
			case CatalogPackage.WIRING_REFERENCE__FUSE_MINIMUM_OF_DEVICE_CURRENT:
				return basicSetFuseMinimumOfDeviceCurrent(null, msgs);
			case CatalogPackage.WIRING_REFERENCE__SYSTEM_VOLTAGE_GUIDES:
				return ((InternalEList<?>)getSystemVoltageGuides()).basicRemove(otherEnd, msgs);
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
			case CatalogPackage.WIRING_REFERENCE__ID:
				return getId();
			case CatalogPackage.WIRING_REFERENCE__NAME:
				return getName();
			case CatalogPackage.WIRING_REFERENCE__CONDUCTOR_RESISTIVITY:
				return getConductorResistivity();
			case CatalogPackage.WIRING_REFERENCE__CONDUCTOR_CONDUCTIVITY:
				return getConductorConductivity();
			case CatalogPackage.WIRING_REFERENCE__RESISTANCE_TEMPERATURE_COEFFICIENT:
				return getResistanceTemperatureCoefficient();
			case CatalogPackage.WIRING_REFERENCE__AMPACITY:
				return getAmpacity();
			case CatalogPackage.WIRING_REFERENCE__BUNDLING_DERATING:
				return getBundlingDerating();
			case CatalogPackage.WIRING_REFERENCE__VOLTAGE_DROP_LIMITS:
				return getVoltageDropLimits();
			case CatalogPackage.WIRING_REFERENCE__FUSE_MINIMUM_OF_DEVICE_CURRENT:
				return getFuseMinimumOfDeviceCurrent();
			case CatalogPackage.WIRING_REFERENCE__SYSTEM_VOLTAGE_GUIDES:
				return getSystemVoltageGuides();
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
			case CatalogPackage.WIRING_REFERENCE__ID:
				setId((String)newValue);
				return;
			case CatalogPackage.WIRING_REFERENCE__NAME:
				setName((String)newValue);
				return;
			case CatalogPackage.WIRING_REFERENCE__CONDUCTOR_RESISTIVITY:
				setConductorResistivity((QuantityFact)newValue);
				return;
			case CatalogPackage.WIRING_REFERENCE__CONDUCTOR_CONDUCTIVITY:
				setConductorConductivity((QuantityFact)newValue);
				return;
			case CatalogPackage.WIRING_REFERENCE__RESISTANCE_TEMPERATURE_COEFFICIENT:
				setResistanceTemperatureCoefficient((QuantityFact)newValue);
				return;
			case CatalogPackage.WIRING_REFERENCE__AMPACITY:
				getAmpacity().clear();
				getAmpacity().addAll((Collection<? extends AmpacityFact>)newValue);
				return;
			case CatalogPackage.WIRING_REFERENCE__BUNDLING_DERATING:
				setBundlingDerating((RangeFact)newValue);
				return;
			case CatalogPackage.WIRING_REFERENCE__VOLTAGE_DROP_LIMITS:
				getVoltageDropLimits().clear();
				getVoltageDropLimits().addAll((Collection<? extends VoltageDropLimitFact>)newValue);
				return;
			case CatalogPackage.WIRING_REFERENCE__FUSE_MINIMUM_OF_DEVICE_CURRENT:
				setFuseMinimumOfDeviceCurrent((QuantityFact)newValue);
				return;
			case CatalogPackage.WIRING_REFERENCE__SYSTEM_VOLTAGE_GUIDES:
				getSystemVoltageGuides().clear();
				getSystemVoltageGuides().addAll((Collection<? extends SystemVoltageGuideFact>)newValue);
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
			case CatalogPackage.WIRING_REFERENCE__ID:
				setId(ID_EDEFAULT);
				return;
			case CatalogPackage.WIRING_REFERENCE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CatalogPackage.WIRING_REFERENCE__CONDUCTOR_RESISTIVITY:
				setConductorResistivity((QuantityFact)null);
				return;
			case CatalogPackage.WIRING_REFERENCE__CONDUCTOR_CONDUCTIVITY:
				setConductorConductivity((QuantityFact)null);
				return;
			case CatalogPackage.WIRING_REFERENCE__RESISTANCE_TEMPERATURE_COEFFICIENT:
				setResistanceTemperatureCoefficient((QuantityFact)null);
				return;
			case CatalogPackage.WIRING_REFERENCE__AMPACITY:
				getAmpacity().clear();
				return;
			case CatalogPackage.WIRING_REFERENCE__BUNDLING_DERATING:
				setBundlingDerating((RangeFact)null);
				return;
			case CatalogPackage.WIRING_REFERENCE__VOLTAGE_DROP_LIMITS:
				getVoltageDropLimits().clear();
				return;
			case CatalogPackage.WIRING_REFERENCE__FUSE_MINIMUM_OF_DEVICE_CURRENT:
				setFuseMinimumOfDeviceCurrent((QuantityFact)null);
				return;
			case CatalogPackage.WIRING_REFERENCE__SYSTEM_VOLTAGE_GUIDES:
				getSystemVoltageGuides().clear();
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
			case CatalogPackage.WIRING_REFERENCE__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case CatalogPackage.WIRING_REFERENCE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CatalogPackage.WIRING_REFERENCE__CONDUCTOR_RESISTIVITY:
				return conductorResistivity != null;
			case CatalogPackage.WIRING_REFERENCE__CONDUCTOR_CONDUCTIVITY:
				return conductorConductivity != null;
			case CatalogPackage.WIRING_REFERENCE__RESISTANCE_TEMPERATURE_COEFFICIENT:
				return resistanceTemperatureCoefficient != null;
			case CatalogPackage.WIRING_REFERENCE__AMPACITY:
				return ampacity != null && !ampacity.isEmpty();
			case CatalogPackage.WIRING_REFERENCE__BUNDLING_DERATING:
				return bundlingDerating != null;
			case CatalogPackage.WIRING_REFERENCE__VOLTAGE_DROP_LIMITS:
				return voltageDropLimits != null && !voltageDropLimits.isEmpty();
			case CatalogPackage.WIRING_REFERENCE__FUSE_MINIMUM_OF_DEVICE_CURRENT:
				return fuseMinimumOfDeviceCurrent != null;
			case CatalogPackage.WIRING_REFERENCE__SYSTEM_VOLTAGE_GUIDES:
				return systemVoltageGuides != null && !systemVoltageGuides.isEmpty();
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
		result.append(" (id: ");
		result.append(id);
		result.append(", name: ");
		result.append(name);
		result.append(')');
		return result.toString();
	}

} //WiringReferenceImpl
