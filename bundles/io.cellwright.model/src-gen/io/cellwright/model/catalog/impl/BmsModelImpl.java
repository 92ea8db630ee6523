/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog.impl;

import io.cellwright.model.catalog.AlternatorPortFact;
import io.cellwright.model.catalog.BmsModel;
import io.cellwright.model.catalog.BooleanFact;
import io.cellwright.model.catalog.CapabilityFact;
import io.cellwright.model.catalog.CatalogPackage;
import io.cellwright.model.catalog.DataCommunicationFact;
import io.cellwright.model.catalog.FuseTableEntry;
import io.cellwright.model.catalog.IntegerFact;
import io.cellwright.model.catalog.QuantityFact;
import io.cellwright.model.catalog.QuantitySetFact;
import io.cellwright.model.catalog.RangeFact;
import io.cellwright.model.catalog.SwitchedOutputFact;

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
 * An implementation of the model object '<em><b>Bms Model</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.impl.BmsModelImpl#getSystemVoltages <em>System Voltages</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.BmsModelImpl#getSystemConnection <em>System Connection</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.BmsModelImpl#getAlternatorPort <em>Alternator Port</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.BmsModelImpl#getBatteryMonitor <em>Battery Monitor</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.BmsModelImpl#getBluetooth <em>Bluetooth</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.BmsModelImpl#getDataCommunication <em>Data Communication</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.BmsModelImpl#getDvccControl <em>Dvcc Control</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.BmsModelImpl#getDischargeTerminal <em>Discharge Terminal</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.BmsModelImpl#getChargeTerminal <em>Charge Terminal</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.BmsModelImpl#getPreAlarmTerminal <em>Pre Alarm Terminal</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.BmsModelImpl#getRemoteOnOffTerminal <em>Remote On Off Terminal</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.BmsModelImpl#getAuxiliaryOutput <em>Auxiliary Output</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.BmsModelImpl#getAuxiliaryInput <em>Auxiliary Input</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.BmsModelImpl#getFirmwareUpdate <em>Firmware Update</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.BmsModelImpl#getMaxBatteries <em>Max Batteries</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.BmsModelImpl#getMaxLynxDistributors <em>Max Lynx Distributors</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.BmsModelImpl#getSoftSwitch <em>Soft Switch</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.BmsModelImpl#getInstantReadout <em>Instant Readout</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.BmsModelImpl#getIgnitionProof <em>Ignition Proof</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.BmsModelImpl#getAlternatorFuseTable <em>Alternator Fuse Table</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.BmsModelImpl#getGndFuse <em>Gnd Fuse</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.BmsModelImpl#getGndFuseFactor <em>Gnd Fuse Factor</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.BmsModelImpl#getChargeLimitHysteresis <em>Charge Limit Hysteresis</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.BmsModelImpl#getChargeLimitResumeDelay <em>Charge Limit Resume Delay</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BmsModelImpl extends ProductTypeImpl implements BmsModel {
	/**
	 * The cached value of the '{@link #getSystemVoltages() <em>System Voltages</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystemVoltages()
	 * @generated
	 * @ordered
	 */
	protected QuantitySetFact systemVoltages;

	/**
	 * The cached value of the '{@link #getSystemConnection() <em>System Connection</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystemConnection()
	 * @generated
	 * @ordered
	 */
	protected CapabilityFact systemConnection;

	/**
	 * The cached value of the '{@link #getAlternatorPort() <em>Alternator Port</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlternatorPort()
	 * @generated
	 * @ordered
	 */
	protected AlternatorPortFact alternatorPort;

	/**
	 * The cached value of the '{@link #getBatteryMonitor() <em>Battery Monitor</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatteryMonitor()
	 * @generated
	 * @ordered
	 */
	protected BooleanFact batteryMonitor;

	/**
	 * The cached value of the '{@link #getBluetooth() <em>Bluetooth</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBluetooth()
	 * @generated
	 * @ordered
	 */
	protected BooleanFact bluetooth;

	/**
	 * The cached value of the '{@link #getDataCommunication() <em>Data Communication</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataCommunication()
	 * @generated
	 * @ordered
	 */
	protected DataCommunicationFact dataCommunication;

	/**
	 * The cached value of the '{@link #getDvccControl() <em>Dvcc Control</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDvccControl()
	 * @generated
	 * @ordered
	 */
	protected BooleanFact dvccControl;

	/**
	 * The cached value of the '{@link #getDischargeTerminal() <em>Discharge Terminal</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDischargeTerminal()
	 * @generated
	 * @ordered
	 */
	protected SwitchedOutputFact dischargeTerminal;

	/**
	 * The cached value of the '{@link #getChargeTerminal() <em>Charge Terminal</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChargeTerminal()
	 * @generated
	 * @ordered
	 */
	protected SwitchedOutputFact chargeTerminal;

	/**
	 * The cached value of the '{@link #getPreAlarmTerminal() <em>Pre Alarm Terminal</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreAlarmTerminal()
	 * @generated
	 * @ordered
	 */
	protected SwitchedOutputFact preAlarmTerminal;

	/**
	 * The cached value of the '{@link #getRemoteOnOffTerminal() <em>Remote On Off Terminal</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemoteOnOffTerminal()
	 * @generated
	 * @ordered
	 */
	protected BooleanFact remoteOnOffTerminal;

	/**
	 * The cached value of the '{@link #getAuxiliaryOutput() <em>Auxiliary Output</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuxiliaryOutput()
	 * @generated
	 * @ordered
	 */
	protected CapabilityFact auxiliaryOutput;

	/**
	 * The cached value of the '{@link #getAuxiliaryInput() <em>Auxiliary Input</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuxiliaryInput()
	 * @generated
	 * @ordered
	 */
	protected CapabilityFact auxiliaryInput;

	/**
	 * The cached value of the '{@link #getFirmwareUpdate() <em>Firmware Update</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirmwareUpdate()
	 * @generated
	 * @ordered
	 */
	protected BooleanFact firmwareUpdate;

	/**
	 * The cached value of the '{@link #getMaxBatteries() <em>Max Batteries</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxBatteries()
	 * @generated
	 * @ordered
	 */
	protected IntegerFact maxBatteries;

	/**
	 * The cached value of the '{@link #getMaxLynxDistributors() <em>Max Lynx Distributors</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxLynxDistributors()
	 * @generated
	 * @ordered
	 */
	protected IntegerFact maxLynxDistributors;

	/**
	 * The cached value of the '{@link #getSoftSwitch() <em>Soft Switch</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSoftSwitch()
	 * @generated
	 * @ordered
	 */
	protected BooleanFact softSwitch;

	/**
	 * The cached value of the '{@link #getInstantReadout() <em>Instant Readout</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstantReadout()
	 * @generated
	 * @ordered
	 */
	protected BooleanFact instantReadout;

	/**
	 * The cached value of the '{@link #getIgnitionProof() <em>Ignition Proof</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIgnitionProof()
	 * @generated
	 * @ordered
	 */
	protected BooleanFact ignitionProof;

	/**
	 * The cached value of the '{@link #getAlternatorFuseTable() <em>Alternator Fuse Table</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlternatorFuseTable()
	 * @generated
	 * @ordered
	 */
	protected EList<FuseTableEntry> alternatorFuseTable;

	/**
	 * The cached value of the '{@link #getGndFuse() <em>Gnd Fuse</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGndFuse()
	 * @generated
	 * @ordered
	 */
	protected RangeFact gndFuse;

	/**
	 * The cached value of the '{@link #getGndFuseFactor() <em>Gnd Fuse Factor</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGndFuseFactor()
	 * @generated
	 * @ordered
	 */
	protected QuantityFact gndFuseFactor;

	/**
	 * The cached value of the '{@link #getChargeLimitHysteresis() <em>Charge Limit Hysteresis</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChargeLimitHysteresis()
	 * @generated
	 * @ordered
	 */
	protected QuantityFact chargeLimitHysteresis;

	/**
	 * The cached value of the '{@link #getChargeLimitResumeDelay() <em>Charge Limit Resume Delay</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChargeLimitResumeDelay()
	 * @generated
	 * @ordered
	 */
	protected QuantityFact chargeLimitResumeDelay;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BmsModelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.BMS_MODEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantitySetFact getSystemVoltages() {
		return systemVoltages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSystemVoltages(QuantitySetFact newSystemVoltages, NotificationChain msgs) {
		QuantitySetFact oldSystemVoltages = systemVoltages;
		systemVoltages = newSystemVoltages;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.BMS_MODEL__SYSTEM_VOLTAGES, oldSystemVoltages, newSystemVoltages);
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
	public void setSystemVoltages(QuantitySetFact newSystemVoltages) {
		if (newSystemVoltages != systemVoltages) {
			NotificationChain msgs = null;
			if (systemVoltages != null)
				msgs = ((InternalEObject)systemVoltages).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.BMS_MODEL__SYSTEM_VOLTAGES, null, msgs);
			if (newSystemVoltages != null)
				msgs = ((InternalEObject)newSystemVoltages).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.BMS_MODEL__SYSTEM_VOLTAGES, null, msgs);
			msgs = basicSetSystemVoltages(newSystemVoltages, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.BMS_MODEL__SYSTEM_VOLTAGES, newSystemVoltages, newSystemVoltages));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CapabilityFact getSystemConnection() {
		return systemConnection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSystemConnection(CapabilityFact newSystemConnection, NotificationChain msgs) {
		CapabilityFact oldSystemConnection = systemConnection;
		systemConnection = newSystemConnection;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.BMS_MODEL__SYSTEM_CONNECTION, oldSystemConnection, newSystemConnection);
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
	public void setSystemConnection(CapabilityFact newSystemConnection) {
		if (newSystemConnection != systemConnection) {
			NotificationChain msgs = null;
			if (systemConnection != null)
				msgs = ((InternalEObject)systemConnection).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.BMS_MODEL__SYSTEM_CONNECTION, null, msgs);
			if (newSystemConnection != null)
				msgs = ((InternalEObject)newSystemConnection).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.BMS_MODEL__SYSTEM_CONNECTION, null, msgs);
			msgs = basicSetSystemConnection(newSystemConnection, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.BMS_MODEL__SYSTEM_CONNECTION, newSystemConnection, newSystemConnection));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AlternatorPortFact getAlternatorPort() {
		return alternatorPort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAlternatorPort(AlternatorPortFact newAlternatorPort, NotificationChain msgs) {
		AlternatorPortFact oldAlternatorPort = alternatorPort;
		alternatorPort = newAlternatorPort;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.BMS_MODEL__ALTERNATOR_PORT, oldAlternatorPort, newAlternatorPort);
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
	public void setAlternatorPort(AlternatorPortFact newAlternatorPort) {
		if (newAlternatorPort != alternatorPort) {
			NotificationChain msgs = null;
			if (alternatorPort != null)
				msgs = ((InternalEObject)alternatorPort).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.BMS_MODEL__ALTERNATOR_PORT, null, msgs);
			if (newAlternatorPort != null)
				msgs = ((InternalEObject)newAlternatorPort).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.BMS_MODEL__ALTERNATOR_PORT, null, msgs);
			msgs = basicSetAlternatorPort(newAlternatorPort, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.BMS_MODEL__ALTERNATOR_PORT, newAlternatorPort, newAlternatorPort));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BooleanFact getBatteryMonitor() {
		return batteryMonitor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBatteryMonitor(BooleanFact newBatteryMonitor, NotificationChain msgs) {
		BooleanFact oldBatteryMonitor = batteryMonitor;
		batteryMonitor = newBatteryMonitor;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.BMS_MODEL__BATTERY_MONITOR, oldBatteryMonitor, newBatteryMonitor);
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
	public void setBatteryMonitor(BooleanFact newBatteryMonitor) {
		if (newBatteryMonitor != batteryMonitor) {
			NotificationChain msgs = null;
			if (batteryMonitor != null)
				msgs = ((InternalEObject)batteryMonitor).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.BMS_MODEL__BATTERY_MONITOR, null, msgs);
			if (newBatteryMonitor != null)
				msgs = ((InternalEObject)newBatteryMonitor).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.BMS_MODEL__BATTERY_MONITOR, null, msgs);
			msgs = basicSetBatteryMonitor(newBatteryMonitor, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.BMS_MODEL__BATTERY_MONITOR, newBatteryMonitor, newBatteryMonitor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BooleanFact getBluetooth() {
		return bluetooth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBluetooth(BooleanFact newBluetooth, NotificationChain msgs) {
		BooleanFact oldBluetooth = bluetooth;
		bluetooth = newBluetooth;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.BMS_MODEL__BLUETOOTH, oldBluetooth, newBluetooth);
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
	public void setBluetooth(BooleanFact newBluetooth) {
		if (newBluetooth != bluetooth) {
			NotificationChain msgs = null;
			if (bluetooth != null)
				msgs = ((InternalEObject)bluetooth).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.BMS_MODEL__BLUETOOTH, null, msgs);
			if (newBluetooth != null)
				msgs = ((InternalEObject)newBluetooth).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.BMS_MODEL__BLUETOOTH, null, msgs);
			msgs = basicSetBluetooth(newBluetooth, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.BMS_MODEL__BLUETOOTH, newBluetooth, newBluetooth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataCommunicationFact getDataCommunication() {
		return dataCommunication;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDataCommunication(DataCommunicationFact newDataCommunication, NotificationChain msgs) {
		DataCommunicationFact oldDataCommunication = dataCommunication;
		dataCommunication = newDataCommunication;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.BMS_MODEL__DATA_COMMUNICATION, oldDataCommunication, newDataCommunication);
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
	public void setDataCommunication(DataCommunicationFact newDataCommunication) {
		if (newDataCommunication != dataCommunication) {
			NotificationChain msgs = null;
			if (dataCommunication != null)
				msgs = ((InternalEObject)dataCommunication).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.BMS_MODEL__DATA_COMMUNICATION, null, msgs);
			if (newDataCommunication != null)
				msgs = ((InternalEObject)newDataCommunication).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.BMS_MODEL__DATA_COMMUNICATION, null, msgs);
			msgs = basicSetDataCommunication(newDataCommunication, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.BMS_MODEL__DATA_COMMUNICATION, newDataCommunication, newDataCommunication));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BooleanFact getDvccControl() {
		return dvccControl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDvccControl(BooleanFact newDvccControl, NotificationChain msgs) {
		BooleanFact oldDvccControl = dvccControl;
		dvccControl = newDvccControl;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.BMS_MODEL__DVCC_CONTROL, oldDvccControl, newDvccControl);
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
	public void setDvccControl(BooleanFact newDvccControl) {
		if (newDvccControl != dvccControl) {
			NotificationChain msgs = null;
			if (dvccControl != null)
				msgs = ((InternalEObject)dvccControl).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.BMS_MODEL__DVCC_CONTROL, null, msgs);
			if (newDvccControl != null)
				msgs = ((InternalEObject)newDvccControl).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.BMS_MODEL__DVCC_CONTROL, null, msgs);
			msgs = basicSetDvccControl(newDvccControl, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.BMS_MODEL__DVCC_CONTROL, newDvccControl, newDvccControl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SwitchedOutputFact getDischargeTerminal() {
		return dischargeTerminal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDischargeTerminal(SwitchedOutputFact newDischargeTerminal, NotificationChain msgs) {
		SwitchedOutputFact oldDischargeTerminal = dischargeTerminal;
		dischargeTerminal = newDischargeTerminal;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.BMS_MODEL__DISCHARGE_TERMINAL, oldDischargeTerminal, newDischargeTerminal);
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
	public void setDischargeTerminal(SwitchedOutputFact newDischargeTerminal) {
		if (newDischargeTerminal != dischargeTerminal) {
			NotificationChain msgs = null;
			if (dischargeTerminal != null)
				msgs = ((InternalEObject)dischargeTerminal).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.BMS_MODEL__DISCHARGE_TERMINAL, null, msgs);
			if (newDischargeTerminal != null)
				msgs = ((InternalEObject)newDischargeTerminal).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.BMS_MODEL__DISCHARGE_TERMINAL, null, msgs);
			msgs = basicSetDischargeTerminal(newDischargeTerminal, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.BMS_MODEL__DISCHARGE_TERMINAL, newDischargeTerminal, newDischargeTerminal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SwitchedOutputFact getChargeTerminal() {
		return chargeTerminal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetChargeTerminal(SwitchedOutputFact newChargeTerminal, NotificationChain msgs) {
		SwitchedOutputFact oldChargeTerminal = chargeTerminal;
		chargeTerminal = newChargeTerminal;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.BMS_MODEL__CHARGE_TERMINAL, oldChargeTerminal, newChargeTerminal);
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
	public void setChargeTerminal(SwitchedOutputFact newChargeTerminal) {
		if (newChargeTerminal != chargeTerminal) {
			NotificationChain msgs = null;
			if (chargeTerminal != null)
				msgs = ((InternalEObject)chargeTerminal).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.BMS_MODEL__CHARGE_TERMINAL, null, msgs);
			if (newChargeTerminal != null)
				msgs = ((InternalEObject)newChargeTerminal).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.BMS_MODEL__CHARGE_TERMINAL, null, msgs);
			msgs = basicSetChargeTerminal(newChargeTerminal, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.BMS_MODEL__CHARGE_TERMINAL, newChargeTerminal, newChargeTerminal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SwitchedOutputFact getPreAlarmTerminal() {
		return preAlarmTerminal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPreAlarmTerminal(SwitchedOutputFact newPreAlarmTerminal, NotificationChain msgs) {
		SwitchedOutputFact oldPreAlarmTerminal = preAlarmTerminal;
		preAlarmTerminal = newPreAlarmTerminal;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.BMS_MODEL__PRE_ALARM_TERMINAL, oldPreAlarmTerminal, newPreAlarmTerminal);
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
	public void setPreAlarmTerminal(SwitchedOutputFact newPreAlarmTerminal) {
		if (newPreAlarmTerminal != preAlarmTerminal) {
			NotificationChain msgs = null;
			if (preAlarmTerminal != null)
				msgs = ((InternalEObject)preAlarmTerminal).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.BMS_MODEL__PRE_ALARM_TERMINAL, null, msgs);
			if (newPreAlarmTerminal != null)
				msgs = ((InternalEObject)newPreAlarmTerminal).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.BMS_MODEL__PRE_ALARM_TERMINAL, null, msgs);
			msgs = basicSetPreAlarmTerminal(newPreAlarmTerminal, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.BMS_MODEL__PRE_ALARM_TERMINAL, newPreAlarmTerminal, newPreAlarmTerminal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BooleanFact getRemoteOnOffTerminal() {
		return remoteOnOffTerminal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRemoteOnOffTerminal(BooleanFact newRemoteOnOffTerminal, NotificationChain msgs) {
		BooleanFact oldRemoteOnOffTerminal = remoteOnOffTerminal;
		remoteOnOffTerminal = newRemoteOnOffTerminal;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.BMS_MODEL__REMOTE_ON_OFF_TERMINAL, oldRemoteOnOffTerminal, newRemoteOnOffTerminal);
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
	public void setRemoteOnOffTerminal(BooleanFact newRemoteOnOffTerminal) {
		if (newRemoteOnOffTerminal != remoteOnOffTerminal) {
			NotificationChain msgs = null;
			if (remoteOnOffTerminal != null)
				msgs = ((InternalEObject)remoteOnOffTerminal).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.BMS_MODEL__REMOTE_ON_OFF_TERMINAL, null, msgs);
			if (newRemoteOnOffTerminal != null)
				msgs = ((InternalEObject)newRemoteOnOffTerminal).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.BMS_MODEL__REMOTE_ON_OFF_TERMINAL, null, msgs);
			msgs = basicSetRemoteOnOffTerminal(newRemoteOnOffTerminal, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.BMS_MODEL__REMOTE_ON_OFF_TERMINAL, newRemoteOnOffTerminal, newRemoteOnOffTerminal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CapabilityFact getAuxiliaryOutput() {
		return auxiliaryOutput;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAuxiliaryOutput(CapabilityFact newAuxiliaryOutput, NotificationChain msgs) {
		CapabilityFact oldAuxiliaryOutput = auxiliaryOutput;
		auxiliaryOutput = newAuxiliaryOutput;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.BMS_MODEL__AUXILIARY_OUTPUT, oldAuxiliaryOutput, newAuxiliaryOutput);
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
	public void setAuxiliaryOutput(CapabilityFact newAuxiliaryOutput) {
		if (newAuxiliaryOutput != auxiliaryOutput) {
			NotificationChain msgs = null;
			if (auxiliaryOutput != null)
				msgs = ((InternalEObject)auxiliaryOutput).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.BMS_MODEL__AUXILIARY_OUTPUT, null, msgs);
			if (newAuxiliaryOutput != null)
				msgs = ((InternalEObject)newAuxiliaryOutput).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.BMS_MODEL__AUXILIARY_OUTPUT, null, msgs);
			msgs = basicSetAuxiliaryOutput(newAuxiliaryOutput, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.BMS_MODEL__AUXILIARY_OUTPUT, newAuxiliaryOutput, newAuxiliaryOutput));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CapabilityFact getAuxiliaryInput() {
		return auxiliaryInput;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAuxiliaryInput(CapabilityFact newAuxiliaryInput, NotificationChain msgs) {
		CapabilityFact oldAuxiliaryInput = auxiliaryInput;
		auxiliaryInput = newAuxiliaryInput;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.BMS_MODEL__AUXILIARY_INPUT, oldAuxiliaryInput, newAuxiliaryInput);
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
	public void setAuxiliaryInput(CapabilityFact newAuxiliaryInput) {
		if (newAuxiliaryInput != auxiliaryInput) {
			NotificationChain msgs = null;
			if (auxiliaryInput != null)
				msgs = ((InternalEObject)auxiliaryInput).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.BMS_MODEL__AUXILIARY_INPUT, null, msgs);
			if (newAuxiliaryInput != null)
				msgs = ((InternalEObject)newAuxiliaryInput).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.BMS_MODEL__AUXILIARY_INPUT, null, msgs);
			msgs = basicSetAuxiliaryInput(newAuxiliaryInput, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.BMS_MODEL__AUXILIARY_INPUT, newAuxiliaryInput, newAuxiliaryInput));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BooleanFact getFirmwareUpdate() {
		return firmwareUpdate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFirmwareUpdate(BooleanFact newFirmwareUpdate, NotificationChain msgs) {
		BooleanFact oldFirmwareUpdate = firmwareUpdate;
		firmwareUpdate = newFirmwareUpdate;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.BMS_MODEL__FIRMWARE_UPDATE, oldFirmwareUpdate, newFirmwareUpdate);
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
	public void setFirmwareUpdate(BooleanFact newFirmwareUpdate) {
		if (newFirmwareUpdate != firmwareUpdate) {
			NotificationChain msgs = null;
			if (firmwareUpdate != null)
				msgs = ((InternalEObject)firmwareUpdate).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.BMS_MODEL__FIRMWARE_UPDATE, null, msgs);
			if (newFirmwareUpdate != null)
				msgs = ((InternalEObject)newFirmwareUpdate).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.BMS_MODEL__FIRMWARE_UPDATE, null, msgs);
			msgs = basicSetFirmwareUpdate(newFirmwareUpdate, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.BMS_MODEL__FIRMWARE_UPDATE, newFirmwareUpdate, newFirmwareUpdate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IntegerFact getMaxBatteries() {
		return maxBatteries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMaxBatteries(IntegerFact newMaxBatteries, NotificationChain msgs) {
		IntegerFact oldMaxBatteries = maxBatteries;
		maxBatteries = newMaxBatteries;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.BMS_MODEL__MAX_BATTERIES, oldMaxBatteries, newMaxBatteries);
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
	public void setMaxBatteries(IntegerFact newMaxBatteries) {
		if (newMaxBatteries != maxBatteries) {
			NotificationChain msgs = null;
			if (maxBatteries != null)
				msgs = ((InternalEObject)maxBatteries).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.BMS_MODEL__MAX_BATTERIES, null, msgs);
			if (newMaxBatteries != null)
				msgs = ((InternalEObject)newMaxBatteries).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.BMS_MODEL__MAX_BATTERIES, null, msgs);
			msgs = basicSetMaxBatteries(newMaxBatteries, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.BMS_MODEL__MAX_BATTERIES, newMaxBatteries, newMaxBatteries));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IntegerFact getMaxLynxDistributors() {
		return maxLynxDistributors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMaxLynxDistributors(IntegerFact newMaxLynxDistributors, NotificationChain msgs) {
		IntegerFact oldMaxLynxDistributors = maxLynxDistributors;
		maxLynxDistributors = newMaxLynxDistributors;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.BMS_MODEL__MAX_LYNX_DISTRIBUTORS, oldMaxLynxDistributors, newMaxLynxDistributors);
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
	public void setMaxLynxDistributors(IntegerFact newMaxLynxDistributors) {
		if (newMaxLynxDistributors != maxLynxDistributors) {
			NotificationChain msgs = null;
			if (maxLynxDistributors != null)
				msgs = ((InternalEObject)maxLynxDistributors).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.BMS_MODEL__MAX_LYNX_DISTRIBUTORS, null, msgs);
			if (newMaxLynxDistributors != null)
				msgs = ((InternalEObject)newMaxLynxDistributors).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.BMS_MODEL__MAX_LYNX_DISTRIBUTORS, null, msgs);
			msgs = basicSetMaxLynxDistributors(newMaxLynxDistributors, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.BMS_MODEL__MAX_LYNX_DISTRIBUTORS, newMaxLynxDistributors, newMaxLynxDistributors));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BooleanFact getSoftSwitch() {
		return softSwitch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSoftSwitch(BooleanFact newSoftSwitch, NotificationChain msgs) {
		BooleanFact oldSoftSwitch = softSwitch;
		softSwitch = newSoftSwitch;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.BMS_MODEL__SOFT_SWITCH, oldSoftSwitch, newSoftSwitch);
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
	public void setSoftSwitch(BooleanFact newSoftSwitch) {
		if (newSoftSwitch != softSwitch) {
			NotificationChain msgs = null;
			if (softSwitch != null)
				msgs = ((InternalEObject)softSwitch).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.BMS_MODEL__SOFT_SWITCH, null, msgs);
			if (newSoftSwitch != null)
				msgs = ((InternalEObject)newSoftSwitch).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.BMS_MODEL__SOFT_SWITCH, null, msgs);
			msgs = basicSetSoftSwitch(newSoftSwitch, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.BMS_MODEL__SOFT_SWITCH, newSoftSwitch, newSoftSwitch));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BooleanFact getInstantReadout() {
		return instantReadout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetInstantReadout(BooleanFact newInstantReadout, NotificationChain msgs) {
		BooleanFact oldInstantReadout = instantReadout;
		instantReadout = newInstantReadout;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.BMS_MODEL__INSTANT_READOUT, oldInstantReadout, newInstantReadout);
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
	public void setInstantReadout(BooleanFact newInstantReadout) {
		if (newInstantReadout != instantReadout) {
			NotificationChain msgs = null;
			if (instantReadout != null)
				msgs = ((InternalEObject)instantReadout).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.BMS_MODEL__INSTANT_READOUT, null, msgs);
			if (newInstantReadout != null)
				msgs = ((InternalEObject)newInstantReadout).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.BMS_MODEL__INSTANT_READOUT, null, msgs);
			msgs = basicSetInstantReadout(newInstantReadout, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.BMS_MODEL__INSTANT_READOUT, newInstantReadout, newInstantReadout));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BooleanFact getIgnitionProof() {
		return ignitionProof;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetIgnitionProof(BooleanFact newIgnitionProof, NotificationChain msgs) {
		BooleanFact oldIgnitionProof = ignitionProof;
		ignitionProof = newIgnitionProof;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.BMS_MODEL__IGNITION_PROOF, oldIgnitionProof, newIgnitionProof);
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
	public void setIgnitionProof(BooleanFact newIgnitionProof) {
		if (newIgnitionProof != ignitionProof) {
			NotificationChain msgs = null;
			if (ignitionProof != null)
				msgs = ((InternalEObject)ignitionProof).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.BMS_MODEL__IGNITION_PROOF, null, msgs);
			if (newIgnitionProof != null)
				msgs = ((InternalEObject)newIgnitionProof).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.BMS_MODEL__IGNITION_PROOF, null, msgs);
			msgs = basicSetIgnitionProof(newIgnitionProof, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.BMS_MODEL__IGNITION_PROOF, newIgnitionProof, newIgnitionProof));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FuseTableEntry> getAlternatorFuseTable() {
		if (alternatorFuseTable == null) {
			alternatorFuseTable = new EObjectContainmentEList<FuseTableEntry>(FuseTableEntry.class, this, CatalogPackage.BMS_MODEL__ALTERNATOR_FUSE_TABLE);
		}
		return alternatorFuseTable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RangeFact getGndFuse() {
		return gndFuse;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetGndFuse(RangeFact newGndFuse, NotificationChain msgs) {
		RangeFact oldGndFuse = gndFuse;
		gndFuse = newGndFuse;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.BMS_MODEL__GND_FUSE, oldGndFuse, newGndFuse);
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
	public void setGndFuse(RangeFact newGndFuse) {
		if (newGndFuse != gndFuse) {
			NotificationChain msgs = null;
			if (gndFuse != null)
				msgs = ((InternalEObject)gndFuse).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.BMS_MODEL__GND_FUSE, null, msgs);
			if (newGndFuse != null)
				msgs = ((InternalEObject)newGndFuse).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.BMS_MODEL__GND_FUSE, null, msgs);
			msgs = basicSetGndFuse(newGndFuse, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.BMS_MODEL__GND_FUSE, newGndFuse, newGndFuse));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantityFact getGndFuseFactor() {
		return gndFuseFactor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetGndFuseFactor(QuantityFact newGndFuseFactor, NotificationChain msgs) {
		QuantityFact oldGndFuseFactor = gndFuseFactor;
		gndFuseFactor = newGndFuseFactor;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.BMS_MODEL__GND_FUSE_FACTOR, oldGndFuseFactor, newGndFuseFactor);
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
	public void setGndFuseFactor(QuantityFact newGndFuseFactor) {
		if (newGndFuseFactor != gndFuseFactor) {
			NotificationChain msgs = null;
			if (gndFuseFactor != null)
				msgs = ((InternalEObject)gndFuseFactor).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.BMS_MODEL__GND_FUSE_FACTOR, null, msgs);
			if (newGndFuseFactor != null)
				msgs = ((InternalEObject)newGndFuseFactor).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.BMS_MODEL__GND_FUSE_FACTOR, null, msgs);
			msgs = basicSetGndFuseFactor(newGndFuseFactor, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.BMS_MODEL__GND_FUSE_FACTOR, newGndFuseFactor, newGndFuseFactor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantityFact getChargeLimitHysteresis() {
		return chargeLimitHysteresis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetChargeLimitHysteresis(QuantityFact newChargeLimitHysteresis, NotificationChain msgs) {
		QuantityFact oldChargeLimitHysteresis = chargeLimitHysteresis;
		chargeLimitHysteresis = newChargeLimitHysteresis;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.BMS_MODEL__CHARGE_LIMIT_HYSTERESIS, oldChargeLimitHysteresis, newChargeLimitHysteresis);
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
	public void setChargeLimitHysteresis(QuantityFact newChargeLimitHysteresis) {
		if (newChargeLimitHysteresis != chargeLimitHysteresis) {
			NotificationChain msgs = null;
			if (chargeLimitHysteresis != null)
				msgs = ((InternalEObject)chargeLimitHysteresis).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.BMS_MODEL__CHARGE_LIMIT_HYSTERESIS, null, msgs);
			if (newChargeLimitHysteresis != null)
				msgs = ((InternalEObject)newChargeLimitHysteresis).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.BMS_MODEL__CHARGE_LIMIT_HYSTERESIS, null, msgs);
			msgs = basicSetChargeLimitHysteresis(newChargeLimitHysteresis, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.BMS_MODEL__CHARGE_LIMIT_HYSTERESIS, newChargeLimitHysteresis, newChargeLimitHysteresis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantityFact getChargeLimitResumeDelay() {
		return chargeLimitResumeDelay;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetChargeLimitResumeDelay(QuantityFact newChargeLimitResumeDelay, NotificationChain msgs) {
		QuantityFact oldChargeLimitResumeDelay = chargeLimitResumeDelay;
		chargeLimitResumeDelay = newChargeLimitResumeDelay;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.BMS_MODEL__CHARGE_LIMIT_RESUME_DELAY, oldChargeLimitResumeDelay, newChargeLimitResumeDelay);
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
	public void setChargeLimitResumeDelay(QuantityFact newChargeLimitResumeDelay) {
		if (newChargeLimitResumeDelay != chargeLimitResumeDelay) {
			NotificationChain msgs = null;
			if (chargeLimitResumeDelay != null)
				msgs = ((InternalEObject)chargeLimitResumeDelay).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.BMS_MODEL__CHARGE_LIMIT_RESUME_DELAY, null, msgs);
			if (newChargeLimitResumeDelay != null)
				msgs = ((InternalEObject)newChargeLimitResumeDelay).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.BMS_MODEL__CHARGE_LIMIT_RESUME_DELAY, null, msgs);
			msgs = basicSetChargeLimitResumeDelay(newChargeLimitResumeDelay, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.BMS_MODEL__CHARGE_LIMIT_RESUME_DELAY, newChargeLimitResumeDelay, newChargeLimitResumeDelay));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CatalogPackage.BMS_MODEL__SYSTEM_VOLTAGES:
				return basicSetSystemVoltages(null, msgs);
			case CatalogPackage.BMS_MODEL__SYSTEM_CONNECTION:
				return basicSetSystemConnection(null, msgs);
			case CatalogPackage.BMS_MODEL__ALTERNATOR_PORT:
				return basicSetAlternatorPort(null, msgs);
			case CatalogPackage.BMS_MODEL__BATTERY_MONITOR:
				return basicSetBatteryMonitor(null, msgs);
			case CatalogPackage.BMS_MODEL__BLUETOOTH:
				return basicSetBluetooth(null, msgs);
			case CatalogPackage.BMS_MODEL__DATA_COMMUNICATION:
				return basicSetDataCommunication(null, msgs);
			case CatalogPackage.BMS_MODEL__DVCC_CONTROL:
				return basicSetDvccControl(null, msgs);
			case CatalogPackage.BMS_MODEL__DISCHARGE_TERMINAL:
				return basicSetDischargeTerminal(null, msgs);
			case CatalogPackage.BMS_MODEL__CHARGE_TERMINAL:
				return basicSetChargeTerminal(null, msgs);
			case CatalogPackage.BMS_MODEL__PRE_ALARM_TERMINAL:
				return basicSetPreAlarmTerminal(null, msgs);
			case CatalogPackage.BMS_MODEL__REMOTE_ON_OFF_TERMINAL:
				return basicSetRemoteOnOffTerminal(null, msgs);
			case CatalogPackage.BMS_MODEL__AUXILIARY_OUTPUT:
				return basicSetAuxiliaryOutput(null, msgs);
			case CatalogPackage.BMS_MODEL__AUXILIARY_INPUT:
				return basicSetAuxiliaryInput(null, msgs);
			case CatalogPackage.BMS_MODEL__FIRMWARE_UPDATE:
				return basicSetFirmwareUpdate(null, msgs);
			case CatalogPackage.BMS_MODEL__MAX_BATTERIES:
				return basicSetMaxBatteries(null, msgs);
			case CatalogPackage.BMS_MODEL__MAX_LYNX_DISTRIBUTORS:
				return basicSetMaxLynxDistributors(null, msgs);
			case CatalogPackage.BMS_MODEL__SOFT_SWITCH:
				return basicSetSoftSwitch(null, msgs);
			case CatalogPackage.BMS_MODEL__INSTANT_READOUT:
				return basicSetInstantReadout(null, msgs);
			case CatalogPackage.BMS_MODEL__IGNITION_PROOF:
				return basicSetIgnitionProof(null, msgs);
			case CatalogPackage.BMS_MODEL__ALTERNATOR_FUSE_TABLE:
				return ((InternalEList<?>)getAlternatorFuseTable()).basicRemove(otherEnd, msgs);
			case CatalogPackage.BMS_MODEL__GND_FUSE:
				return basicSetGndFuse(null, msgs);
			case CatalogPackage.BMS_MODEL__GND_FUSE_FACTOR:
				return basicSetGndFuseFactor(null, msgs);
			case CatalogPackage.BMS_MODEL__CHARGE_LIMIT_HYSTERESIS:
				return basicSetChargeLimitHysteresis(null, msgs);
			case CatalogPackage.BMS_MODEL__CHARGE_LIMIT_RESUME_DELAY:
				return basicSetChargeLimitResumeDelay(null, msgs);
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
			case CatalogPackage.BMS_MODEL__SYSTEM_VOLTAGES:
				return getSystemVoltages();
			case CatalogPackage.BMS_MODEL__SYSTEM_CONNECTION:
				return getSystemConnection();
			case CatalogPackage.BMS_MODEL__ALTERNATOR_PORT:
				return getAlternatorPort();
			case CatalogPackage.BMS_MODEL__BATTERY_MONITOR:
				return getBatteryMonitor();
			case CatalogPackage.BMS_MODEL__BLUETOOTH:
				return getBluetooth();
			case CatalogPackage.BMS_MODEL__DATA_COMMUNICATION:
				return getDataCommunication();
			case CatalogPackage.BMS_MODEL__DVCC_CONTROL:
				return getDvccControl();
			case CatalogPackage.BMS_MODEL__DISCHARGE_TERMINAL:
				return getDischargeTerminal();
			case CatalogPackage.BMS_MODEL__CHARGE_TERMINAL:
				return getChargeTerminal();
			case CatalogPackage.BMS_MODEL__PRE_ALARM_TERMINAL:
				return getPreAlarmTerminal();
			case CatalogPackage.BMS_MODEL__REMOTE_ON_OFF_TERMINAL:
				return getRemoteOnOffTerminal();
			case CatalogPackage.BMS_MODEL__AUXILIARY_OUTPUT:
				return getAuxiliaryOutput();
			case CatalogPackage.BMS_MODEL__AUXILIARY_INPUT:
				return getAuxiliaryInput();
			case CatalogPackage.BMS_MODEL__FIRMWARE_UPDATE:
				return getFirmwareUpdate();
			case CatalogPackage.BMS_MODEL__MAX_BATTERIES:
				return getMaxBatteries();
			case CatalogPackage.BMS_MODEL__MAX_LYNX_DISTRIBUTORS:
				return getMaxLynxDistributors();
			case CatalogPackage.BMS_MODEL__SOFT_SWITCH:
				return getSoftSwitch();
			case CatalogPackage.BMS_MODEL__INSTANT_READOUT:
				return getInstantReadout();
			case CatalogPackage.BMS_MODEL__IGNITION_PROOF:
				return getIgnitionProof();
			case CatalogPackage.BMS_MODEL__ALTERNATOR_FUSE_TABLE:
				return getAlternatorFuseTable();
			case CatalogPackage.BMS_MODEL__GND_FUSE:
				return getGndFuse();
			case CatalogPackage.BMS_MODEL__GND_FUSE_FACTOR:
				return getGndFuseFactor();
			case CatalogPackage.BMS_MODEL__CHARGE_LIMIT_HYSTERESIS:
				return getChargeLimitHysteresis();
			case CatalogPackage.BMS_MODEL__CHARGE_LIMIT_RESUME_DELAY:
				return getChargeLimitResumeDelay();
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
			case CatalogPackage.BMS_MODEL__SYSTEM_VOLTAGES:
				setSystemVoltages((QuantitySetFact)newValue);
				return;
			case CatalogPackage.BMS_MODEL__SYSTEM_CONNECTION:
				setSystemConnection((CapabilityFact)newValue);
				return;
			case CatalogPackage.BMS_MODEL__ALTERNATOR_PORT:
				setAlternatorPort((AlternatorPortFact)newValue);
				return;
			case CatalogPackage.BMS_MODEL__BATTERY_MONITOR:
				setBatteryMonitor((BooleanFact)newValue);
				return;
			case CatalogPackage.BMS_MODEL__BLUETOOTH:
				setBluetooth((BooleanFact)newValue);
				return;
			case CatalogPackage.BMS_MODEL__DATA_COMMUNICATION:
				setDataCommunication((DataCommunicationFact)newValue);
				return;
			case CatalogPackage.BMS_MODEL__DVCC_CONTROL:
				setDvccControl((BooleanFact)newValue);
				return;
			case CatalogPackage.BMS_MODEL__DISCHARGE_TERMINAL:
				setDischargeTerminal((SwitchedOutputFact)newValue);
				return;
			case CatalogPackage.BMS_MODEL__CHARGE_TERMINAL:
				setChargeTerminal((SwitchedOutputFact)newValue);
				return;
			case CatalogPackage.BMS_MODEL__PRE_ALARM_TERMINAL:
				setPreAlarmTerminal((SwitchedOutputFact)newValue);
				return;
			case CatalogPackage.BMS_MODEL__REMOTE_ON_OFF_TERMINAL:
				setRemoteOnOffTerminal((BooleanFact)newValue);
				return;
			case CatalogPackage.BMS_MODEL__AUXILIARY_OUTPUT:
				setAuxiliaryOutput((CapabilityFact)newValue);
				return;
			case CatalogPackage.BMS_MODEL__AUXILIARY_INPUT:
				setAuxiliaryInput((CapabilityFact)newValue);
				return;
			case CatalogPackage.BMS_MODEL__FIRMWARE_UPDATE:
				setFirmwareUpdate((BooleanFact)newValue);
				return;
			case CatalogPackage.BMS_MODEL__MAX_BATTERIES:
				setMaxBatteries((IntegerFact)newValue);
				return;
			case CatalogPackage.BMS_MODEL__MAX_LYNX_DISTRIBUTORS:
				setMaxLynxDistributors((IntegerFact)newValue);
				return;
			case CatalogPackage.BMS_MODEL__SOFT_SWITCH:
				setSoftSwitch((BooleanFact)newValue);
				return;
			case CatalogPackage.BMS_MODEL__INSTANT_READOUT:
				setInstantReadout((BooleanFact)newValue);
				return;
			case CatalogPackage.BMS_MODEL__IGNITION_PROOF:
				setIgnitionProof((BooleanFact)newValue);
				return;
			case CatalogPackage.BMS_MODEL__ALTERNATOR_FUSE_TABLE:
				getAlternatorFuseTable().clear();
				getAlternatorFuseTable().addAll((Collection<? extends FuseTableEntry>)newValue);
				return;
			case CatalogPackage.BMS_MODEL__GND_FUSE:
				setGndFuse((RangeFact)newValue);
				return;
			case CatalogPackage.BMS_MODEL__GND_FUSE_FACTOR:
				setGndFuseFactor((QuantityFact)newValue);
				return;
			case CatalogPackage.BMS_MODEL__CHARGE_LIMIT_HYSTERESIS:
				setChargeLimitHysteresis((QuantityFact)newValue);
				return;
			case CatalogPackage.BMS_MODEL__CHARGE_LIMIT_RESUME_DELAY:
				setChargeLimitResumeDelay((QuantityFact)newValue);
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
			case CatalogPackage.BMS_MODEL__SYSTEM_VOLTAGES:
				setSystemVoltages((QuantitySetFact)null);
				return;
			case CatalogPackage.BMS_MODEL__SYSTEM_CONNECTION:
				setSystemConnection((CapabilityFact)null);
				return;
			case CatalogPackage.BMS_MODEL__ALTERNATOR_PORT:
				setAlternatorPort((AlternatorPortFact)null);
				return;
			case CatalogPackage.BMS_MODEL__BATTERY_MONITOR:
				setBatteryMonitor((BooleanFact)null);
				return;
			case CatalogPackage.BMS_MODEL__BLUETOOTH:
				setBluetooth((BooleanFact)null);
				return;
			case CatalogPackage.BMS_MODEL__DATA_COMMUNICATION:
				setDataCommunication((DataCommunicationFact)null);
				return;
			case CatalogPackage.BMS_MODEL__DVCC_CONTROL:
				setDvccControl((BooleanFact)null);
				return;
			case CatalogPackage.BMS_MODEL__DISCHARGE_TERMINAL:
				setDischargeTerminal((SwitchedOutputFact)null);
				return;
			case CatalogPackage.BMS_MODEL__CHARGE_TERMINAL:
				setChargeTerminal((SwitchedOutputFact)null);
				return;
			case CatalogPackage.BMS_MODEL__PRE_ALARM_TERMINAL:
				setPreAlarmTerminal((SwitchedOutputFact)null);
				return;
			case CatalogPackage.BMS_MODEL__REMOTE_ON_OFF_TERMINAL:
				setRemoteOnOffTerminal((BooleanFact)null);
				return;
			case CatalogPackage.BMS_MODEL__AUXILIARY_OUTPUT:
				setAuxiliaryOutput((CapabilityFact)null);
				return;
			case CatalogPackage.BMS_MODEL__AUXILIARY_INPUT:
				setAuxiliaryInput((CapabilityFact)null);
				return;
			case CatalogPackage.BMS_MODEL__FIRMWARE_UPDATE:
				setFirmwareUpdate((BooleanFact)null);
				return;
			case CatalogPackage.BMS_MODEL__MAX_BATTERIES:
				setMaxBatteries((IntegerFact)null);
				return;
			case CatalogPackage.BMS_MODEL__MAX_LYNX_DISTRIBUTORS:
				setMaxLynxDistributors((IntegerFact)null);
				return;
			case CatalogPackage.BMS_MODEL__SOFT_SWITCH:
				setSoftSwitch((BooleanFact)null);
				return;
			case CatalogPackage.BMS_MODEL__INSTANT_READOUT:
				setInstantReadout((BooleanFact)null);
				return;
			case CatalogPackage.BMS_MODEL__IGNITION_PROOF:
				setIgnitionProof((BooleanFact)null);
				return;
			case CatalogPackage.BMS_MODEL__ALTERNATOR_FUSE_TABLE:
				getAlternatorFuseTable().clear();
				return;
			case CatalogPackage.BMS_MODEL__GND_FUSE:
				setGndFuse((RangeFact)null);
				return;
			case CatalogPackage.BMS_MODEL__GND_FUSE_FACTOR:
				setGndFuseFactor((QuantityFact)null);
				return;
			case CatalogPackage.BMS_MODEL__CHARGE_LIMIT_HYSTERESIS:
				setChargeLimitHysteresis((QuantityFact)null);
				return;
			case CatalogPackage.BMS_MODEL__CHARGE_LIMIT_RESUME_DELAY:
				setChargeLimitResumeDelay((QuantityFact)null);
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
			case CatalogPackage.BMS_MODEL__SYSTEM_VOLTAGES:
				return systemVoltages != null;
			case CatalogPackage.BMS_MODEL__SYSTEM_CONNECTION:
				return systemConnection != null;
			case CatalogPackage.BMS_MODEL__ALTERNATOR_PORT:
				return alternatorPort != null;
			case CatalogPackage.BMS_MODEL__BATTERY_MONITOR:
				return batteryMonitor != null;
			case CatalogPackage.BMS_MODEL__BLUETOOTH:
				return bluetooth != null;
			case CatalogPackage.BMS_MODEL__DATA_COMMUNICATION:
				return dataCommunication != null;
			case CatalogPackage.BMS_MODEL__DVCC_CONTROL:
				return dvccControl != null;
			case CatalogPackage.BMS_MODEL__DISCHARGE_TERMINAL:
				return dischargeTerminal != null;
			case CatalogPackage.BMS_MODEL__CHARGE_TERMINAL:
				return chargeTerminal != null;
			case CatalogPackage.BMS_MODEL__PRE_ALARM_TERMINAL:
				return preAlarmTerminal != null;
			case CatalogPackage.BMS_MODEL__REMOTE_ON_OFF_TERMINAL:
				return remoteOnOffTerminal != null;
			case CatalogPackage.BMS_MODEL__AUXILIARY_OUTPUT:
				return auxiliaryOutput != null;
			case CatalogPackage.BMS_MODEL__AUXILIARY_INPUT:
				return auxiliaryInput != null;
			case CatalogPackage.BMS_MODEL__FIRMWARE_UPDATE:
				return firmwareUpdate != null;
			case CatalogPackage.BMS_MODEL__MAX_BATTERIES:
				return maxBatteries != null;
			case CatalogPackage.BMS_MODEL__MAX_LYNX_DISTRIBUTORS:
				return maxLynxDistributors != null;
			case CatalogPackage.BMS_MODEL__SOFT_SWITCH:
				return softSwitch != null;
			case CatalogPackage.BMS_MODEL__INSTANT_READOUT:
				return instantReadout != null;
			case CatalogPackage.BMS_MODEL__IGNITION_PROOF:
				return ignitionProof != null;
			case CatalogPackage.BMS_MODEL__ALTERNATOR_FUSE_TABLE:
				return alternatorFuseTable != null && !alternatorFuseTable.isEmpty();
			case CatalogPackage.BMS_MODEL__GND_FUSE:
				return gndFuse != null;
			case CatalogPackage.BMS_MODEL__GND_FUSE_FACTOR:
				return gndFuseFactor != null;
			case CatalogPackage.BMS_MODEL__CHARGE_LIMIT_HYSTERESIS:
				return chargeLimitHysteresis != null;
			case CatalogPackage.BMS_MODEL__CHARGE_LIMIT_RESUME_DELAY:
				return chargeLimitResumeDelay != null;
		}
		return super.eIsSet(featureID);
	}

} //BmsModelImpl
