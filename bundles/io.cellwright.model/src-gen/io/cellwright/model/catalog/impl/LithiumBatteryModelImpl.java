/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog.impl;

import io.cellwright.model.catalog.BooleanFact;
import io.cellwright.model.catalog.CapacityFact;
import io.cellwright.model.catalog.CatalogPackage;
import io.cellwright.model.catalog.CellChemistry;
import io.cellwright.model.catalog.CycleLifeFact;
import io.cellwright.model.catalog.IntegerFact;
import io.cellwright.model.catalog.LithiumBatteryModel;
import io.cellwright.model.catalog.QuantityFact;
import io.cellwright.model.catalog.RangeFact;
import io.cellwright.model.catalog.ReserveFact;

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
 * An implementation of the model object '<em><b>Lithium Battery Model</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.impl.LithiumBatteryModelImpl#getNominalVoltage <em>Nominal Voltage</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.LithiumBatteryModelImpl#getCellsInSeries <em>Cells In Series</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.LithiumBatteryModelImpl#getCapacities <em>Capacities</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.LithiumBatteryModelImpl#getEnergy <em>Energy</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.LithiumBatteryModelImpl#getMaxContinuousDischargeCurrent <em>Max Continuous Discharge Current</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.LithiumBatteryModelImpl#getRecommendedDischargeCurrent <em>Recommended Discharge Current</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.LithiumBatteryModelImpl#getMaxChargeCurrent <em>Max Charge Current</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.LithiumBatteryModelImpl#getRecommendedChargeCurrent <em>Recommended Charge Current</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.LithiumBatteryModelImpl#getChargeVoltage <em>Charge Voltage</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.LithiumBatteryModelImpl#getFloatVoltage <em>Float Voltage</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.LithiumBatteryModelImpl#getEndOfDischargeVoltage <em>End Of Discharge Voltage</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.LithiumBatteryModelImpl#getDischargeTemperature <em>Discharge Temperature</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.LithiumBatteryModelImpl#getChargeTemperature <em>Charge Temperature</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.LithiumBatteryModelImpl#getRoundTripEfficiency <em>Round Trip Efficiency</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.LithiumBatteryModelImpl#getCycleLife <em>Cycle Life</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.LithiumBatteryModelImpl#getMaxInSeries <em>Max In Series</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.LithiumBatteryModelImpl#getMaxPerSystem <em>Max Per System</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.LithiumBatteryModelImpl#getPreAlarmSupport <em>Pre Alarm Support</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.LithiumBatteryModelImpl#getInternalResistance <em>Internal Resistance</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.LithiumBatteryModelImpl#getChargeDisconnectCellVoltage <em>Charge Disconnect Cell Voltage</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.LithiumBatteryModelImpl#getChargeDisconnectHighTemperature <em>Charge Disconnect High Temperature</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.LithiumBatteryModelImpl#getChargeDisconnectLowTemperature <em>Charge Disconnect Low Temperature</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.LithiumBatteryModelImpl#getReserveAfterDisconnect <em>Reserve After Disconnect</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.LithiumBatteryModelImpl#getChemistry <em>Chemistry</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LithiumBatteryModelImpl extends ProductTypeImpl implements LithiumBatteryModel {
	/**
	 * The cached value of the '{@link #getNominalVoltage() <em>Nominal Voltage</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNominalVoltage()
	 * @generated
	 * @ordered
	 */
	protected QuantityFact nominalVoltage;

	/**
	 * The cached value of the '{@link #getCellsInSeries() <em>Cells In Series</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCellsInSeries()
	 * @generated
	 * @ordered
	 */
	protected IntegerFact cellsInSeries;

	/**
	 * The cached value of the '{@link #getCapacities() <em>Capacities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacities()
	 * @generated
	 * @ordered
	 */
	protected EList<CapacityFact> capacities;

	/**
	 * The cached value of the '{@link #getEnergy() <em>Energy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnergy()
	 * @generated
	 * @ordered
	 */
	protected QuantityFact energy;

	/**
	 * The cached value of the '{@link #getMaxContinuousDischargeCurrent() <em>Max Continuous Discharge Current</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxContinuousDischargeCurrent()
	 * @generated
	 * @ordered
	 */
	protected QuantityFact maxContinuousDischargeCurrent;

	/**
	 * The cached value of the '{@link #getRecommendedDischargeCurrent() <em>Recommended Discharge Current</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecommendedDischargeCurrent()
	 * @generated
	 * @ordered
	 */
	protected QuantityFact recommendedDischargeCurrent;

	/**
	 * The cached value of the '{@link #getMaxChargeCurrent() <em>Max Charge Current</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxChargeCurrent()
	 * @generated
	 * @ordered
	 */
	protected QuantityFact maxChargeCurrent;

	/**
	 * The cached value of the '{@link #getRecommendedChargeCurrent() <em>Recommended Charge Current</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecommendedChargeCurrent()
	 * @generated
	 * @ordered
	 */
	protected QuantityFact recommendedChargeCurrent;

	/**
	 * The cached value of the '{@link #getChargeVoltage() <em>Charge Voltage</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChargeVoltage()
	 * @generated
	 * @ordered
	 */
	protected RangeFact chargeVoltage;

	/**
	 * The cached value of the '{@link #getFloatVoltage() <em>Float Voltage</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFloatVoltage()
	 * @generated
	 * @ordered
	 */
	protected QuantityFact floatVoltage;

	/**
	 * The cached value of the '{@link #getEndOfDischargeVoltage() <em>End Of Discharge Voltage</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndOfDischargeVoltage()
	 * @generated
	 * @ordered
	 */
	protected QuantityFact endOfDischargeVoltage;

	/**
	 * The cached value of the '{@link #getDischargeTemperature() <em>Discharge Temperature</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDischargeTemperature()
	 * @generated
	 * @ordered
	 */
	protected RangeFact dischargeTemperature;

	/**
	 * The cached value of the '{@link #getChargeTemperature() <em>Charge Temperature</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChargeTemperature()
	 * @generated
	 * @ordered
	 */
	protected RangeFact chargeTemperature;

	/**
	 * The cached value of the '{@link #getRoundTripEfficiency() <em>Round Trip Efficiency</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoundTripEfficiency()
	 * @generated
	 * @ordered
	 */
	protected QuantityFact roundTripEfficiency;

	/**
	 * The cached value of the '{@link #getCycleLife() <em>Cycle Life</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCycleLife()
	 * @generated
	 * @ordered
	 */
	protected EList<CycleLifeFact> cycleLife;

	/**
	 * The cached value of the '{@link #getMaxInSeries() <em>Max In Series</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxInSeries()
	 * @generated
	 * @ordered
	 */
	protected IntegerFact maxInSeries;

	/**
	 * The cached value of the '{@link #getMaxPerSystem() <em>Max Per System</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxPerSystem()
	 * @generated
	 * @ordered
	 */
	protected IntegerFact maxPerSystem;

	/**
	 * The cached value of the '{@link #getPreAlarmSupport() <em>Pre Alarm Support</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreAlarmSupport()
	 * @generated
	 * @ordered
	 */
	protected BooleanFact preAlarmSupport;

	/**
	 * The cached value of the '{@link #getInternalResistance() <em>Internal Resistance</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInternalResistance()
	 * @generated
	 * @ordered
	 */
	protected QuantityFact internalResistance;

	/**
	 * The cached value of the '{@link #getChargeDisconnectCellVoltage() <em>Charge Disconnect Cell Voltage</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChargeDisconnectCellVoltage()
	 * @generated
	 * @ordered
	 */
	protected QuantityFact chargeDisconnectCellVoltage;

	/**
	 * The cached value of the '{@link #getChargeDisconnectHighTemperature() <em>Charge Disconnect High Temperature</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChargeDisconnectHighTemperature()
	 * @generated
	 * @ordered
	 */
	protected QuantityFact chargeDisconnectHighTemperature;

	/**
	 * The cached value of the '{@link #getChargeDisconnectLowTemperature() <em>Charge Disconnect Low Temperature</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChargeDisconnectLowTemperature()
	 * @generated
	 * @ordered
	 */
	protected QuantityFact chargeDisconnectLowTemperature;

	/**
	 * The cached value of the '{@link #getReserveAfterDisconnect() <em>Reserve After Disconnect</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReserveAfterDisconnect()
	 * @generated
	 * @ordered
	 */
	protected EList<ReserveFact> reserveAfterDisconnect;

	/**
	 * The cached value of the '{@link #getChemistry() <em>Chemistry</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChemistry()
	 * @generated
	 * @ordered
	 */
	protected CellChemistry chemistry;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LithiumBatteryModelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.LITHIUM_BATTERY_MODEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantityFact getNominalVoltage() {
		return nominalVoltage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNominalVoltage(QuantityFact newNominalVoltage, NotificationChain msgs) {
		QuantityFact oldNominalVoltage = nominalVoltage;
		nominalVoltage = newNominalVoltage;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.LITHIUM_BATTERY_MODEL__NOMINAL_VOLTAGE, oldNominalVoltage, newNominalVoltage);
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
	public void setNominalVoltage(QuantityFact newNominalVoltage) {
		if (newNominalVoltage != nominalVoltage) {
			NotificationChain msgs = null;
			if (nominalVoltage != null)
				msgs = ((InternalEObject)nominalVoltage).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.LITHIUM_BATTERY_MODEL__NOMINAL_VOLTAGE, null, msgs);
			if (newNominalVoltage != null)
				msgs = ((InternalEObject)newNominalVoltage).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.LITHIUM_BATTERY_MODEL__NOMINAL_VOLTAGE, null, msgs);
			msgs = basicSetNominalVoltage(newNominalVoltage, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.LITHIUM_BATTERY_MODEL__NOMINAL_VOLTAGE, newNominalVoltage, newNominalVoltage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IntegerFact getCellsInSeries() {
		return cellsInSeries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCellsInSeries(IntegerFact newCellsInSeries, NotificationChain msgs) {
		IntegerFact oldCellsInSeries = cellsInSeries;
		cellsInSeries = newCellsInSeries;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.LITHIUM_BATTERY_MODEL__CELLS_IN_SERIES, oldCellsInSeries, newCellsInSeries);
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
	public void setCellsInSeries(IntegerFact newCellsInSeries) {
		if (newCellsInSeries != cellsInSeries) {
			NotificationChain msgs = null;
			if (cellsInSeries != null)
				msgs = ((InternalEObject)cellsInSeries).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.LITHIUM_BATTERY_MODEL__CELLS_IN_SERIES, null, msgs);
			if (newCellsInSeries != null)
				msgs = ((InternalEObject)newCellsInSeries).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.LITHIUM_BATTERY_MODEL__CELLS_IN_SERIES, null, msgs);
			msgs = basicSetCellsInSeries(newCellsInSeries, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.LITHIUM_BATTERY_MODEL__CELLS_IN_SERIES, newCellsInSeries, newCellsInSeries));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CapacityFact> getCapacities() {
		if (capacities == null) {
			capacities = new EObjectContainmentEList<CapacityFact>(CapacityFact.class, this, CatalogPackage.LITHIUM_BATTERY_MODEL__CAPACITIES);
		}
		return capacities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantityFact getEnergy() {
		return energy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetEnergy(QuantityFact newEnergy, NotificationChain msgs) {
		QuantityFact oldEnergy = energy;
		energy = newEnergy;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.LITHIUM_BATTERY_MODEL__ENERGY, oldEnergy, newEnergy);
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
	public void setEnergy(QuantityFact newEnergy) {
		if (newEnergy != energy) {
			NotificationChain msgs = null;
			if (energy != null)
				msgs = ((InternalEObject)energy).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.LITHIUM_BATTERY_MODEL__ENERGY, null, msgs);
			if (newEnergy != null)
				msgs = ((InternalEObject)newEnergy).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.LITHIUM_BATTERY_MODEL__ENERGY, null, msgs);
			msgs = basicSetEnergy(newEnergy, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.LITHIUM_BATTERY_MODEL__ENERGY, newEnergy, newEnergy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantityFact getMaxContinuousDischargeCurrent() {
		return maxContinuousDischargeCurrent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMaxContinuousDischargeCurrent(QuantityFact newMaxContinuousDischargeCurrent, NotificationChain msgs) {
		QuantityFact oldMaxContinuousDischargeCurrent = maxContinuousDischargeCurrent;
		maxContinuousDischargeCurrent = newMaxContinuousDischargeCurrent;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.LITHIUM_BATTERY_MODEL__MAX_CONTINUOUS_DISCHARGE_CURRENT, oldMaxContinuousDischargeCurrent, newMaxContinuousDischargeCurrent);
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
	public void setMaxContinuousDischargeCurrent(QuantityFact newMaxContinuousDischargeCurrent) {
		if (newMaxContinuousDischargeCurrent != maxContinuousDischargeCurrent) {
			NotificationChain msgs = null;
			if (maxContinuousDischargeCurrent != null)
				msgs = ((InternalEObject)maxContinuousDischargeCurrent).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.LITHIUM_BATTERY_MODEL__MAX_CONTINUOUS_DISCHARGE_CURRENT, null, msgs);
			if (newMaxContinuousDischargeCurrent != null)
				msgs = ((InternalEObject)newMaxContinuousDischargeCurrent).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.LITHIUM_BATTERY_MODEL__MAX_CONTINUOUS_DISCHARGE_CURRENT, null, msgs);
			msgs = basicSetMaxContinuousDischargeCurrent(newMaxContinuousDischargeCurrent, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.LITHIUM_BATTERY_MODEL__MAX_CONTINUOUS_DISCHARGE_CURRENT, newMaxContinuousDischargeCurrent, newMaxContinuousDischargeCurrent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantityFact getRecommendedDischargeCurrent() {
		return recommendedDischargeCurrent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRecommendedDischargeCurrent(QuantityFact newRecommendedDischargeCurrent, NotificationChain msgs) {
		QuantityFact oldRecommendedDischargeCurrent = recommendedDischargeCurrent;
		recommendedDischargeCurrent = newRecommendedDischargeCurrent;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.LITHIUM_BATTERY_MODEL__RECOMMENDED_DISCHARGE_CURRENT, oldRecommendedDischargeCurrent, newRecommendedDischargeCurrent);
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
	public void setRecommendedDischargeCurrent(QuantityFact newRecommendedDischargeCurrent) {
		if (newRecommendedDischargeCurrent != recommendedDischargeCurrent) {
			NotificationChain msgs = null;
			if (recommendedDischargeCurrent != null)
				msgs = ((InternalEObject)recommendedDischargeCurrent).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.LITHIUM_BATTERY_MODEL__RECOMMENDED_DISCHARGE_CURRENT, null, msgs);
			if (newRecommendedDischargeCurrent != null)
				msgs = ((InternalEObject)newRecommendedDischargeCurrent).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.LITHIUM_BATTERY_MODEL__RECOMMENDED_DISCHARGE_CURRENT, null, msgs);
			msgs = basicSetRecommendedDischargeCurrent(newRecommendedDischargeCurrent, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.LITHIUM_BATTERY_MODEL__RECOMMENDED_DISCHARGE_CURRENT, newRecommendedDischargeCurrent, newRecommendedDischargeCurrent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantityFact getMaxChargeCurrent() {
		return maxChargeCurrent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMaxChargeCurrent(QuantityFact newMaxChargeCurrent, NotificationChain msgs) {
		QuantityFact oldMaxChargeCurrent = maxChargeCurrent;
		maxChargeCurrent = newMaxChargeCurrent;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.LITHIUM_BATTERY_MODEL__MAX_CHARGE_CURRENT, oldMaxChargeCurrent, newMaxChargeCurrent);
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
	public void setMaxChargeCurrent(QuantityFact newMaxChargeCurrent) {
		if (newMaxChargeCurrent != maxChargeCurrent) {
			NotificationChain msgs = null;
			if (maxChargeCurrent != null)
				msgs = ((InternalEObject)maxChargeCurrent).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.LITHIUM_BATTERY_MODEL__MAX_CHARGE_CURRENT, null, msgs);
			if (newMaxChargeCurrent != null)
				msgs = ((InternalEObject)newMaxChargeCurrent).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.LITHIUM_BATTERY_MODEL__MAX_CHARGE_CURRENT, null, msgs);
			msgs = basicSetMaxChargeCurrent(newMaxChargeCurrent, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.LITHIUM_BATTERY_MODEL__MAX_CHARGE_CURRENT, newMaxChargeCurrent, newMaxChargeCurrent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantityFact getRecommendedChargeCurrent() {
		return recommendedChargeCurrent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRecommendedChargeCurrent(QuantityFact newRecommendedChargeCurrent, NotificationChain msgs) {
		QuantityFact oldRecommendedChargeCurrent = recommendedChargeCurrent;
		recommendedChargeCurrent = newRecommendedChargeCurrent;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.LITHIUM_BATTERY_MODEL__RECOMMENDED_CHARGE_CURRENT, oldRecommendedChargeCurrent, newRecommendedChargeCurrent);
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
	public void setRecommendedChargeCurrent(QuantityFact newRecommendedChargeCurrent) {
		if (newRecommendedChargeCurrent != recommendedChargeCurrent) {
			NotificationChain msgs = null;
			if (recommendedChargeCurrent != null)
				msgs = ((InternalEObject)recommendedChargeCurrent).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.LITHIUM_BATTERY_MODEL__RECOMMENDED_CHARGE_CURRENT, null, msgs);
			if (newRecommendedChargeCurrent != null)
				msgs = ((InternalEObject)newRecommendedChargeCurrent).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.LITHIUM_BATTERY_MODEL__RECOMMENDED_CHARGE_CURRENT, null, msgs);
			msgs = basicSetRecommendedChargeCurrent(newRecommendedChargeCurrent, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.LITHIUM_BATTERY_MODEL__RECOMMENDED_CHARGE_CURRENT, newRecommendedChargeCurrent, newRecommendedChargeCurrent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RangeFact getChargeVoltage() {
		return chargeVoltage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetChargeVoltage(RangeFact newChargeVoltage, NotificationChain msgs) {
		RangeFact oldChargeVoltage = chargeVoltage;
		chargeVoltage = newChargeVoltage;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_VOLTAGE, oldChargeVoltage, newChargeVoltage);
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
	public void setChargeVoltage(RangeFact newChargeVoltage) {
		if (newChargeVoltage != chargeVoltage) {
			NotificationChain msgs = null;
			if (chargeVoltage != null)
				msgs = ((InternalEObject)chargeVoltage).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_VOLTAGE, null, msgs);
			if (newChargeVoltage != null)
				msgs = ((InternalEObject)newChargeVoltage).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_VOLTAGE, null, msgs);
			msgs = basicSetChargeVoltage(newChargeVoltage, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_VOLTAGE, newChargeVoltage, newChargeVoltage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantityFact getFloatVoltage() {
		return floatVoltage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFloatVoltage(QuantityFact newFloatVoltage, NotificationChain msgs) {
		QuantityFact oldFloatVoltage = floatVoltage;
		floatVoltage = newFloatVoltage;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.LITHIUM_BATTERY_MODEL__FLOAT_VOLTAGE, oldFloatVoltage, newFloatVoltage);
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
	public void setFloatVoltage(QuantityFact newFloatVoltage) {
		if (newFloatVoltage != floatVoltage) {
			NotificationChain msgs = null;
			if (floatVoltage != null)
				msgs = ((InternalEObject)floatVoltage).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.LITHIUM_BATTERY_MODEL__FLOAT_VOLTAGE, null, msgs);
			if (newFloatVoltage != null)
				msgs = ((InternalEObject)newFloatVoltage).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.LITHIUM_BATTERY_MODEL__FLOAT_VOLTAGE, null, msgs);
			msgs = basicSetFloatVoltage(newFloatVoltage, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.LITHIUM_BATTERY_MODEL__FLOAT_VOLTAGE, newFloatVoltage, newFloatVoltage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantityFact getEndOfDischargeVoltage() {
		return endOfDischargeVoltage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetEndOfDischargeVoltage(QuantityFact newEndOfDischargeVoltage, NotificationChain msgs) {
		QuantityFact oldEndOfDischargeVoltage = endOfDischargeVoltage;
		endOfDischargeVoltage = newEndOfDischargeVoltage;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.LITHIUM_BATTERY_MODEL__END_OF_DISCHARGE_VOLTAGE, oldEndOfDischargeVoltage, newEndOfDischargeVoltage);
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
	public void setEndOfDischargeVoltage(QuantityFact newEndOfDischargeVoltage) {
		if (newEndOfDischargeVoltage != endOfDischargeVoltage) {
			NotificationChain msgs = null;
			if (endOfDischargeVoltage != null)
				msgs = ((InternalEObject)endOfDischargeVoltage).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.LITHIUM_BATTERY_MODEL__END_OF_DISCHARGE_VOLTAGE, null, msgs);
			if (newEndOfDischargeVoltage != null)
				msgs = ((InternalEObject)newEndOfDischargeVoltage).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.LITHIUM_BATTERY_MODEL__END_OF_DISCHARGE_VOLTAGE, null, msgs);
			msgs = basicSetEndOfDischargeVoltage(newEndOfDischargeVoltage, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.LITHIUM_BATTERY_MODEL__END_OF_DISCHARGE_VOLTAGE, newEndOfDischargeVoltage, newEndOfDischargeVoltage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RangeFact getDischargeTemperature() {
		return dischargeTemperature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDischargeTemperature(RangeFact newDischargeTemperature, NotificationChain msgs) {
		RangeFact oldDischargeTemperature = dischargeTemperature;
		dischargeTemperature = newDischargeTemperature;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.LITHIUM_BATTERY_MODEL__DISCHARGE_TEMPERATURE, oldDischargeTemperature, newDischargeTemperature);
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
	public void setDischargeTemperature(RangeFact newDischargeTemperature) {
		if (newDischargeTemperature != dischargeTemperature) {
			NotificationChain msgs = null;
			if (dischargeTemperature != null)
				msgs = ((InternalEObject)dischargeTemperature).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.LITHIUM_BATTERY_MODEL__DISCHARGE_TEMPERATURE, null, msgs);
			if (newDischargeTemperature != null)
				msgs = ((InternalEObject)newDischargeTemperature).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.LITHIUM_BATTERY_MODEL__DISCHARGE_TEMPERATURE, null, msgs);
			msgs = basicSetDischargeTemperature(newDischargeTemperature, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.LITHIUM_BATTERY_MODEL__DISCHARGE_TEMPERATURE, newDischargeTemperature, newDischargeTemperature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RangeFact getChargeTemperature() {
		return chargeTemperature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetChargeTemperature(RangeFact newChargeTemperature, NotificationChain msgs) {
		RangeFact oldChargeTemperature = chargeTemperature;
		chargeTemperature = newChargeTemperature;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_TEMPERATURE, oldChargeTemperature, newChargeTemperature);
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
	public void setChargeTemperature(RangeFact newChargeTemperature) {
		if (newChargeTemperature != chargeTemperature) {
			NotificationChain msgs = null;
			if (chargeTemperature != null)
				msgs = ((InternalEObject)chargeTemperature).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_TEMPERATURE, null, msgs);
			if (newChargeTemperature != null)
				msgs = ((InternalEObject)newChargeTemperature).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_TEMPERATURE, null, msgs);
			msgs = basicSetChargeTemperature(newChargeTemperature, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_TEMPERATURE, newChargeTemperature, newChargeTemperature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantityFact getRoundTripEfficiency() {
		return roundTripEfficiency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRoundTripEfficiency(QuantityFact newRoundTripEfficiency, NotificationChain msgs) {
		QuantityFact oldRoundTripEfficiency = roundTripEfficiency;
		roundTripEfficiency = newRoundTripEfficiency;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.LITHIUM_BATTERY_MODEL__ROUND_TRIP_EFFICIENCY, oldRoundTripEfficiency, newRoundTripEfficiency);
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
	public void setRoundTripEfficiency(QuantityFact newRoundTripEfficiency) {
		if (newRoundTripEfficiency != roundTripEfficiency) {
			NotificationChain msgs = null;
			if (roundTripEfficiency != null)
				msgs = ((InternalEObject)roundTripEfficiency).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.LITHIUM_BATTERY_MODEL__ROUND_TRIP_EFFICIENCY, null, msgs);
			if (newRoundTripEfficiency != null)
				msgs = ((InternalEObject)newRoundTripEfficiency).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.LITHIUM_BATTERY_MODEL__ROUND_TRIP_EFFICIENCY, null, msgs);
			msgs = basicSetRoundTripEfficiency(newRoundTripEfficiency, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.LITHIUM_BATTERY_MODEL__ROUND_TRIP_EFFICIENCY, newRoundTripEfficiency, newRoundTripEfficiency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CycleLifeFact> getCycleLife() {
		if (cycleLife == null) {
			cycleLife = new EObjectContainmentEList<CycleLifeFact>(CycleLifeFact.class, this, CatalogPackage.LITHIUM_BATTERY_MODEL__CYCLE_LIFE);
		}
		return cycleLife;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IntegerFact getMaxInSeries() {
		return maxInSeries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMaxInSeries(IntegerFact newMaxInSeries, NotificationChain msgs) {
		IntegerFact oldMaxInSeries = maxInSeries;
		maxInSeries = newMaxInSeries;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.LITHIUM_BATTERY_MODEL__MAX_IN_SERIES, oldMaxInSeries, newMaxInSeries);
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
	public void setMaxInSeries(IntegerFact newMaxInSeries) {
		if (newMaxInSeries != maxInSeries) {
			NotificationChain msgs = null;
			if (maxInSeries != null)
				msgs = ((InternalEObject)maxInSeries).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.LITHIUM_BATTERY_MODEL__MAX_IN_SERIES, null, msgs);
			if (newMaxInSeries != null)
				msgs = ((InternalEObject)newMaxInSeries).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.LITHIUM_BATTERY_MODEL__MAX_IN_SERIES, null, msgs);
			msgs = basicSetMaxInSeries(newMaxInSeries, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.LITHIUM_BATTERY_MODEL__MAX_IN_SERIES, newMaxInSeries, newMaxInSeries));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IntegerFact getMaxPerSystem() {
		return maxPerSystem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMaxPerSystem(IntegerFact newMaxPerSystem, NotificationChain msgs) {
		IntegerFact oldMaxPerSystem = maxPerSystem;
		maxPerSystem = newMaxPerSystem;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.LITHIUM_BATTERY_MODEL__MAX_PER_SYSTEM, oldMaxPerSystem, newMaxPerSystem);
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
	public void setMaxPerSystem(IntegerFact newMaxPerSystem) {
		if (newMaxPerSystem != maxPerSystem) {
			NotificationChain msgs = null;
			if (maxPerSystem != null)
				msgs = ((InternalEObject)maxPerSystem).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.LITHIUM_BATTERY_MODEL__MAX_PER_SYSTEM, null, msgs);
			if (newMaxPerSystem != null)
				msgs = ((InternalEObject)newMaxPerSystem).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.LITHIUM_BATTERY_MODEL__MAX_PER_SYSTEM, null, msgs);
			msgs = basicSetMaxPerSystem(newMaxPerSystem, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.LITHIUM_BATTERY_MODEL__MAX_PER_SYSTEM, newMaxPerSystem, newMaxPerSystem));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BooleanFact getPreAlarmSupport() {
		return preAlarmSupport;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPreAlarmSupport(BooleanFact newPreAlarmSupport, NotificationChain msgs) {
		BooleanFact oldPreAlarmSupport = preAlarmSupport;
		preAlarmSupport = newPreAlarmSupport;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.LITHIUM_BATTERY_MODEL__PRE_ALARM_SUPPORT, oldPreAlarmSupport, newPreAlarmSupport);
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
	public void setPreAlarmSupport(BooleanFact newPreAlarmSupport) {
		if (newPreAlarmSupport != preAlarmSupport) {
			NotificationChain msgs = null;
			if (preAlarmSupport != null)
				msgs = ((InternalEObject)preAlarmSupport).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.LITHIUM_BATTERY_MODEL__PRE_ALARM_SUPPORT, null, msgs);
			if (newPreAlarmSupport != null)
				msgs = ((InternalEObject)newPreAlarmSupport).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.LITHIUM_BATTERY_MODEL__PRE_ALARM_SUPPORT, null, msgs);
			msgs = basicSetPreAlarmSupport(newPreAlarmSupport, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.LITHIUM_BATTERY_MODEL__PRE_ALARM_SUPPORT, newPreAlarmSupport, newPreAlarmSupport));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantityFact getInternalResistance() {
		return internalResistance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetInternalResistance(QuantityFact newInternalResistance, NotificationChain msgs) {
		QuantityFact oldInternalResistance = internalResistance;
		internalResistance = newInternalResistance;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.LITHIUM_BATTERY_MODEL__INTERNAL_RESISTANCE, oldInternalResistance, newInternalResistance);
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
	public void setInternalResistance(QuantityFact newInternalResistance) {
		if (newInternalResistance != internalResistance) {
			NotificationChain msgs = null;
			if (internalResistance != null)
				msgs = ((InternalEObject)internalResistance).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.LITHIUM_BATTERY_MODEL__INTERNAL_RESISTANCE, null, msgs);
			if (newInternalResistance != null)
				msgs = ((InternalEObject)newInternalResistance).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.LITHIUM_BATTERY_MODEL__INTERNAL_RESISTANCE, null, msgs);
			msgs = basicSetInternalResistance(newInternalResistance, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.LITHIUM_BATTERY_MODEL__INTERNAL_RESISTANCE, newInternalResistance, newInternalResistance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantityFact getChargeDisconnectCellVoltage() {
		return chargeDisconnectCellVoltage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetChargeDisconnectCellVoltage(QuantityFact newChargeDisconnectCellVoltage, NotificationChain msgs) {
		QuantityFact oldChargeDisconnectCellVoltage = chargeDisconnectCellVoltage;
		chargeDisconnectCellVoltage = newChargeDisconnectCellVoltage;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_CELL_VOLTAGE, oldChargeDisconnectCellVoltage, newChargeDisconnectCellVoltage);
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
	public void setChargeDisconnectCellVoltage(QuantityFact newChargeDisconnectCellVoltage) {
		if (newChargeDisconnectCellVoltage != chargeDisconnectCellVoltage) {
			NotificationChain msgs = null;
			if (chargeDisconnectCellVoltage != null)
				msgs = ((InternalEObject)chargeDisconnectCellVoltage).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_CELL_VOLTAGE, null, msgs);
			if (newChargeDisconnectCellVoltage != null)
				msgs = ((InternalEObject)newChargeDisconnectCellVoltage).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_CELL_VOLTAGE, null, msgs);
			msgs = basicSetChargeDisconnectCellVoltage(newChargeDisconnectCellVoltage, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_CELL_VOLTAGE, newChargeDisconnectCellVoltage, newChargeDisconnectCellVoltage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantityFact getChargeDisconnectHighTemperature() {
		return chargeDisconnectHighTemperature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetChargeDisconnectHighTemperature(QuantityFact newChargeDisconnectHighTemperature, NotificationChain msgs) {
		QuantityFact oldChargeDisconnectHighTemperature = chargeDisconnectHighTemperature;
		chargeDisconnectHighTemperature = newChargeDisconnectHighTemperature;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_HIGH_TEMPERATURE, oldChargeDisconnectHighTemperature, newChargeDisconnectHighTemperature);
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
	public void setChargeDisconnectHighTemperature(QuantityFact newChargeDisconnectHighTemperature) {
		if (newChargeDisconnectHighTemperature != chargeDisconnectHighTemperature) {
			NotificationChain msgs = null;
			if (chargeDisconnectHighTemperature != null)
				msgs = ((InternalEObject)chargeDisconnectHighTemperature).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_HIGH_TEMPERATURE, null, msgs);
			if (newChargeDisconnectHighTemperature != null)
				msgs = ((InternalEObject)newChargeDisconnectHighTemperature).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_HIGH_TEMPERATURE, null, msgs);
			msgs = basicSetChargeDisconnectHighTemperature(newChargeDisconnectHighTemperature, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_HIGH_TEMPERATURE, newChargeDisconnectHighTemperature, newChargeDisconnectHighTemperature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantityFact getChargeDisconnectLowTemperature() {
		return chargeDisconnectLowTemperature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetChargeDisconnectLowTemperature(QuantityFact newChargeDisconnectLowTemperature, NotificationChain msgs) {
		QuantityFact oldChargeDisconnectLowTemperature = chargeDisconnectLowTemperature;
		chargeDisconnectLowTemperature = newChargeDisconnectLowTemperature;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_LOW_TEMPERATURE, oldChargeDisconnectLowTemperature, newChargeDisconnectLowTemperature);
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
	public void setChargeDisconnectLowTemperature(QuantityFact newChargeDisconnectLowTemperature) {
		if (newChargeDisconnectLowTemperature != chargeDisconnectLowTemperature) {
			NotificationChain msgs = null;
			if (chargeDisconnectLowTemperature != null)
				msgs = ((InternalEObject)chargeDisconnectLowTemperature).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_LOW_TEMPERATURE, null, msgs);
			if (newChargeDisconnectLowTemperature != null)
				msgs = ((InternalEObject)newChargeDisconnectLowTemperature).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_LOW_TEMPERATURE, null, msgs);
			msgs = basicSetChargeDisconnectLowTemperature(newChargeDisconnectLowTemperature, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_LOW_TEMPERATURE, newChargeDisconnectLowTemperature, newChargeDisconnectLowTemperature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReserveFact> getReserveAfterDisconnect() {
		if (reserveAfterDisconnect == null) {
			reserveAfterDisconnect = new EObjectContainmentEList<ReserveFact>(ReserveFact.class, this, CatalogPackage.LITHIUM_BATTERY_MODEL__RESERVE_AFTER_DISCONNECT);
		}
		return reserveAfterDisconnect;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CellChemistry getChemistry() {
		if (chemistry != null && chemistry.eIsProxy()) {
			InternalEObject oldChemistry = (InternalEObject)chemistry;
			chemistry = (CellChemistry)eResolveProxy(oldChemistry);
			if (chemistry != oldChemistry) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CatalogPackage.LITHIUM_BATTERY_MODEL__CHEMISTRY, oldChemistry, chemistry));
			}
		}
		return chemistry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CellChemistry basicGetChemistry() {
		return chemistry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChemistry(CellChemistry newChemistry) {
		CellChemistry oldChemistry = chemistry;
		chemistry = newChemistry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.LITHIUM_BATTERY_MODEL__CHEMISTRY, oldChemistry, chemistry));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CatalogPackage.LITHIUM_BATTERY_MODEL__NOMINAL_VOLTAGE:
				return basicSetNominalVoltage(null, msgs);
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CELLS_IN_SERIES:
				return basicSetCellsInSeries(null, msgs);
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CAPACITIES:
				return ((InternalEList<?>)getCapacities()).basicRemove(otherEnd, msgs);
			case CatalogPackage.LITHIUM_BATTERY_MODEL__ENERGY:
				return basicSetEnergy(null, msgs);
			case CatalogPackage.LITHIUM_BATTERY_MODEL__MAX_CONTINUOUS_DISCHARGE_CURRENT:
				return basicSetMaxContinuousDischargeCurrent(null, msgs);
			case CatalogPackage.LITHIUM_BATTERY_MODEL__RECOMMENDED_DISCHARGE_CURRENT:
				return basicSetRecommendedDischargeCurrent(null, msgs);
			case CatalogPackage.LITHIUM_BATTERY_MODEL__MAX_CHARGE_CURRENT:
				return basicSetMaxChargeCurrent(null, msgs);
			case CatalogPackage.LITHIUM_BATTERY_MODEL__RECOMMENDED_CHARGE_CURRENT:
				return basicSetRecommendedChargeCurrent(null, msgs);
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_VOLTAGE:
				return basicSetChargeVoltage(null, msgs);
			case CatalogPackage.LITHIUM_BATTERY_MODEL__FLOAT_VOLTAGE:
				return basicSetFloatVoltage(null, msgs);
			case CatalogPackage.LITHIUM_BATTERY_MODEL__END_OF_DISCHARGE_VOLTAGE:
				return basicSetEndOfDischargeVoltage(null, msgs);
			case CatalogPackage.LITHIUM_BATTERY_MODEL__DISCHARGE_TEMPERATURE:
				return basicSetDischargeTemperature(null, msgs);
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_TEMPERATURE:
				return basicSetChargeTemperature(null, msgs);
			case CatalogPackage.LITHIUM_BATTERY_MODEL__ROUND_TRIP_EFFICIENCY:
				return basicSetRoundTripEfficiency(null, msgs);
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CYCLE_LIFE:
				return ((InternalEList<?>)getCycleLife()).basicRemove(otherEnd, msgs);
			case CatalogPackage.LITHIUM_BATTERY_MODEL__MAX_IN_SERIES:
				return basicSetMaxInSeries(null, msgs);
			case CatalogPackage.LITHIUM_BATTERY_MODEL__MAX_PER_SYSTEM:
				return basicSetMaxPerSystem(null, msgs);
			case CatalogPackage.LITHIUM_BATTERY_MODEL__PRE_ALARM_SUPPORT:
				return basicSetPreAlarmSupport(null, msgs);
			case CatalogPackage.LITHIUM_BATTERY_MODEL__INTERNAL_RESISTANCE:
				return basicSetInternalResistance(null, msgs);
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_CELL_VOLTAGE:
				return basicSetChargeDisconnectCellVoltage(null, msgs);
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_HIGH_TEMPERATURE:
				return basicSetChargeDisconnectHighTemperature(null, msgs);
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_LOW_TEMPERATURE:
				return basicSetChargeDisconnectLowTemperature(null, msgs);
			case CatalogPackage.LITHIUM_BATTERY_MODEL__RESERVE_AFTER_DISCONNECT:
				return ((InternalEList<?>)getReserveAfterDisconnect()).basicRemove(otherEnd, msgs);
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
			case CatalogPackage.LITHIUM_BATTERY_MODEL__NOMINAL_VOLTAGE:
				return getNominalVoltage();
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CELLS_IN_SERIES:
				return getCellsInSeries();
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CAPACITIES:
				return getCapacities();
			case CatalogPackage.LITHIUM_BATTERY_MODEL__ENERGY:
				return getEnergy();
			case CatalogPackage.LITHIUM_BATTERY_MODEL__MAX_CONTINUOUS_DISCHARGE_CURRENT:
				return getMaxContinuousDischargeCurrent();
			case CatalogPackage.LITHIUM_BATTERY_MODEL__RECOMMENDED_DISCHARGE_CURRENT:
				return getRecommendedDischargeCurrent();
			case CatalogPackage.LITHIUM_BATTERY_MODEL__MAX_CHARGE_CURRENT:
				return getMaxChargeCurrent();
			case CatalogPackage.LITHIUM_BATTERY_MODEL__RECOMMENDED_CHARGE_CURRENT:
				return getRecommendedChargeCurrent();
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_VOLTAGE:
				return getChargeVoltage();
			case CatalogPackage.LITHIUM_BATTERY_MODEL__FLOAT_VOLTAGE:
				return getFloatVoltage();
			case CatalogPackage.LITHIUM_BATTERY_MODEL__END_OF_DISCHARGE_VOLTAGE:
				return getEndOfDischargeVoltage();
			case CatalogPackage.LITHIUM_BATTERY_MODEL__DISCHARGE_TEMPERATURE:
				return getDischargeTemperature();
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_TEMPERATURE:
				return getChargeTemperature();
			case CatalogPackage.LITHIUM_BATTERY_MODEL__ROUND_TRIP_EFFICIENCY:
				return getRoundTripEfficiency();
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CYCLE_LIFE:
				return getCycleLife();
			case CatalogPackage.LITHIUM_BATTERY_MODEL__MAX_IN_SERIES:
				return getMaxInSeries();
			case CatalogPackage.LITHIUM_BATTERY_MODEL__MAX_PER_SYSTEM:
				return getMaxPerSystem();
			case CatalogPackage.LITHIUM_BATTERY_MODEL__PRE_ALARM_SUPPORT:
				return getPreAlarmSupport();
			case CatalogPackage.LITHIUM_BATTERY_MODEL__INTERNAL_RESISTANCE:
				return getInternalResistance();
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_CELL_VOLTAGE:
				return getChargeDisconnectCellVoltage();
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_HIGH_TEMPERATURE:
				return getChargeDisconnectHighTemperature();
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_LOW_TEMPERATURE:
				return getChargeDisconnectLowTemperature();
			case CatalogPackage.LITHIUM_BATTERY_MODEL__RESERVE_AFTER_DISCONNECT:
				return getReserveAfterDisconnect();
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CHEMISTRY:
				if (resolve) return getChemistry();
				return basicGetChemistry();
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
			case CatalogPackage.LITHIUM_BATTERY_MODEL__NOMINAL_VOLTAGE:
				setNominalVoltage((QuantityFact)newValue);
				return;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CELLS_IN_SERIES:
				setCellsInSeries((IntegerFact)newValue);
				return;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CAPACITIES:
				getCapacities().clear();
				getCapacities().addAll((Collection<? extends CapacityFact>)newValue);
				return;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__ENERGY:
				setEnergy((QuantityFact)newValue);
				return;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__MAX_CONTINUOUS_DISCHARGE_CURRENT:
				setMaxContinuousDischargeCurrent((QuantityFact)newValue);
				return;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__RECOMMENDED_DISCHARGE_CURRENT:
				setRecommendedDischargeCurrent((QuantityFact)newValue);
				return;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__MAX_CHARGE_CURRENT:
				setMaxChargeCurrent((QuantityFact)newValue);
				return;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__RECOMMENDED_CHARGE_CURRENT:
				setRecommendedChargeCurrent((QuantityFact)newValue);
				return;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_VOLTAGE:
				setChargeVoltage((RangeFact)newValue);
				return;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__FLOAT_VOLTAGE:
				setFloatVoltage((QuantityFact)newValue);
				return;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__END_OF_DISCHARGE_VOLTAGE:
				setEndOfDischargeVoltage((QuantityFact)newValue);
				return;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__DISCHARGE_TEMPERATURE:
				setDischargeTemperature((RangeFact)newValue);
				return;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_TEMPERATURE:
				setChargeTemperature((RangeFact)newValue);
				return;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__ROUND_TRIP_EFFICIENCY:
				setRoundTripEfficiency((QuantityFact)newValue);
				return;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CYCLE_LIFE:
				getCycleLife().clear();
				getCycleLife().addAll((Collection<? extends CycleLifeFact>)newValue);
				return;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__MAX_IN_SERIES:
				setMaxInSeries((IntegerFact)newValue);
				return;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__MAX_PER_SYSTEM:
				setMaxPerSystem((IntegerFact)newValue);
				return;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__PRE_ALARM_SUPPORT:
				setPreAlarmSupport((BooleanFact)newValue);
				return;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__INTERNAL_RESISTANCE:
				setInternalResistance((QuantityFact)newValue);
				return;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_CELL_VOLTAGE:
				setChargeDisconnectCellVoltage((QuantityFact)newValue);
				return;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_HIGH_TEMPERATURE:
				setChargeDisconnectHighTemperature((QuantityFact)newValue);
				return;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_LOW_TEMPERATURE:
				setChargeDisconnectLowTemperature((QuantityFact)newValue);
				return;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__RESERVE_AFTER_DISCONNECT:
				getReserveAfterDisconnect().clear();
				getReserveAfterDisconnect().addAll((Collection<? extends ReserveFact>)newValue);
				return;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CHEMISTRY:
				setChemistry((CellChemistry)newValue);
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
			case CatalogPackage.LITHIUM_BATTERY_MODEL__NOMINAL_VOLTAGE:
				setNominalVoltage((QuantityFact)null);
				return;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CELLS_IN_SERIES:
				setCellsInSeries((IntegerFact)null);
				return;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CAPACITIES:
				getCapacities().clear();
				return;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__ENERGY:
				setEnergy((QuantityFact)null);
				return;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__MAX_CONTINUOUS_DISCHARGE_CURRENT:
				setMaxContinuousDischargeCurrent((QuantityFact)null);
				return;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__RECOMMENDED_DISCHARGE_CURRENT:
				setRecommendedDischargeCurrent((QuantityFact)null);
				return;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__MAX_CHARGE_CURRENT:
				setMaxChargeCurrent((QuantityFact)null);
				return;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__RECOMMENDED_CHARGE_CURRENT:
				setRecommendedChargeCurrent((QuantityFact)null);
				return;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_VOLTAGE:
				setChargeVoltage((RangeFact)null);
				return;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__FLOAT_VOLTAGE:
				setFloatVoltage((QuantityFact)null);
				return;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__END_OF_DISCHARGE_VOLTAGE:
				setEndOfDischargeVoltage((QuantityFact)null);
				return;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__DISCHARGE_TEMPERATURE:
				setDischargeTemperature((RangeFact)null);
				return;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_TEMPERATURE:
				setChargeTemperature((RangeFact)null);
				return;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__ROUND_TRIP_EFFICIENCY:
				setRoundTripEfficiency((QuantityFact)null);
				return;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CYCLE_LIFE:
				getCycleLife().clear();
				return;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__MAX_IN_SERIES:
				setMaxInSeries((IntegerFact)null);
				return;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__MAX_PER_SYSTEM:
				setMaxPerSystem((IntegerFact)null);
				return;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__PRE_ALARM_SUPPORT:
				setPreAlarmSupport((BooleanFact)null);
				return;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__INTERNAL_RESISTANCE:
				setInternalResistance((QuantityFact)null);
				return;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_CELL_VOLTAGE:
				setChargeDisconnectCellVoltage((QuantityFact)null);
				return;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_HIGH_TEMPERATURE:
				setChargeDisconnectHighTemperature((QuantityFact)null);
				return;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_LOW_TEMPERATURE:
				setChargeDisconnectLowTemperature((QuantityFact)null);
				return;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__RESERVE_AFTER_DISCONNECT:
				getReserveAfterDisconnect().clear();
				return;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CHEMISTRY:
				setChemistry((CellChemistry)null);
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
			case CatalogPackage.LITHIUM_BATTERY_MODEL__NOMINAL_VOLTAGE:
				return nominalVoltage != null;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CELLS_IN_SERIES:
				return cellsInSeries != null;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CAPACITIES:
				return capacities != null && !capacities.isEmpty();
			case CatalogPackage.LITHIUM_BATTERY_MODEL__ENERGY:
				return energy != null;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__MAX_CONTINUOUS_DISCHARGE_CURRENT:
				return maxContinuousDischargeCurrent != null;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__RECOMMENDED_DISCHARGE_CURRENT:
				return recommendedDischargeCurrent != null;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__MAX_CHARGE_CURRENT:
				return maxChargeCurrent != null;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__RECOMMENDED_CHARGE_CURRENT:
				return recommendedChargeCurrent != null;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_VOLTAGE:
				return chargeVoltage != null;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__FLOAT_VOLTAGE:
				return floatVoltage != null;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__END_OF_DISCHARGE_VOLTAGE:
				return endOfDischargeVoltage != null;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__DISCHARGE_TEMPERATURE:
				return dischargeTemperature != null;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_TEMPERATURE:
				return chargeTemperature != null;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__ROUND_TRIP_EFFICIENCY:
				return roundTripEfficiency != null;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CYCLE_LIFE:
				return cycleLife != null && !cycleLife.isEmpty();
			case CatalogPackage.LITHIUM_BATTERY_MODEL__MAX_IN_SERIES:
				return maxInSeries != null;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__MAX_PER_SYSTEM:
				return maxPerSystem != null;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__PRE_ALARM_SUPPORT:
				return preAlarmSupport != null;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__INTERNAL_RESISTANCE:
				return internalResistance != null;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_CELL_VOLTAGE:
				return chargeDisconnectCellVoltage != null;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_HIGH_TEMPERATURE:
				return chargeDisconnectHighTemperature != null;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_LOW_TEMPERATURE:
				return chargeDisconnectLowTemperature != null;
			case CatalogPackage.LITHIUM_BATTERY_MODEL__RESERVE_AFTER_DISCONNECT:
				return reserveAfterDisconnect != null && !reserveAfterDisconnect.isEmpty();
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CHEMISTRY:
				return chemistry != null;
		}
		return super.eIsSet(featureID);
	}

} //LithiumBatteryModelImpl
