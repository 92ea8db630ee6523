/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.design.impl;

import io.cellwright.model.catalog.ProductType;
import io.cellwright.model.catalog.ProductVariant;
import io.cellwright.model.catalog.SettingRole;

import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.DesignPackage;
import io.cellwright.model.design.LiveBinding;
import io.cellwright.model.design.SettingValue;
import io.cellwright.model.design.TerminalInstance;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Component Instance</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.design.impl.ComponentInstanceImpl#getSerialNumber <em>Serial Number</em>}</li>
 *   <li>{@link io.cellwright.model.design.impl.ComponentInstanceImpl#getType <em>Type</em>}</li>
 *   <li>{@link io.cellwright.model.design.impl.ComponentInstanceImpl#getVariant <em>Variant</em>}</li>
 *   <li>{@link io.cellwright.model.design.impl.ComponentInstanceImpl#getTerminals <em>Terminals</em>}</li>
 *   <li>{@link io.cellwright.model.design.impl.ComponentInstanceImpl#getSettings <em>Settings</em>}</li>
 *   <li>{@link io.cellwright.model.design.impl.ComponentInstanceImpl#getLiveBinding <em>Live Binding</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ComponentInstanceImpl extends DesignElementImpl implements ComponentInstance {
	/**
	 * The default value of the '{@link #getSerialNumber() <em>Serial Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSerialNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String SERIAL_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSerialNumber() <em>Serial Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSerialNumber()
	 * @generated
	 * @ordered
	 */
	protected String serialNumber = SERIAL_NUMBER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected ProductType type;

	/**
	 * The cached value of the '{@link #getVariant() <em>Variant</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariant()
	 * @generated
	 * @ordered
	 */
	protected ProductVariant variant;

	/**
	 * The cached value of the '{@link #getTerminals() <em>Terminals</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTerminals()
	 * @generated
	 * @ordered
	 */
	protected EList<TerminalInstance> terminals;

	/**
	 * The cached value of the '{@link #getSettings() <em>Settings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSettings()
	 * @generated
	 * @ordered
	 */
	protected EList<SettingValue> settings;

	/**
	 * The cached value of the '{@link #getLiveBinding() <em>Live Binding</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLiveBinding()
	 * @generated
	 * @ordered
	 */
	protected LiveBinding liveBinding;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ComponentInstanceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DesignPackage.Literals.COMPONENT_INSTANCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSerialNumber() {
		return serialNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSerialNumber(String newSerialNumber) {
		String oldSerialNumber = serialNumber;
		serialNumber = newSerialNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DesignPackage.COMPONENT_INSTANCE__SERIAL_NUMBER, oldSerialNumber, serialNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProductType getType() {
		if (type != null && type.eIsProxy()) {
			InternalEObject oldType = (InternalEObject)type;
			type = (ProductType)eResolveProxy(oldType);
			if (type != oldType) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DesignPackage.COMPONENT_INSTANCE__TYPE, oldType, type));
			}
		}
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProductType basicGetType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(ProductType newType) {
		ProductType oldType = type;
		type = newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DesignPackage.COMPONENT_INSTANCE__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProductVariant getVariant() {
		if (variant != null && variant.eIsProxy()) {
			InternalEObject oldVariant = (InternalEObject)variant;
			variant = (ProductVariant)eResolveProxy(oldVariant);
			if (variant != oldVariant) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DesignPackage.COMPONENT_INSTANCE__VARIANT, oldVariant, variant));
			}
		}
		return variant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProductVariant basicGetVariant() {
		return variant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVariant(ProductVariant newVariant) {
		ProductVariant oldVariant = variant;
		variant = newVariant;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DesignPackage.COMPONENT_INSTANCE__VARIANT, oldVariant, variant));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TerminalInstance> getTerminals() {
		if (terminals == null) {
			terminals = new EObjectContainmentWithInverseEList<TerminalInstance>(TerminalInstance.class, this, DesignPackage.COMPONENT_INSTANCE__TERMINALS, DesignPackage.TERMINAL_INSTANCE__COMPONENT);
		}
		return terminals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SettingValue> getSettings() {
		if (settings == null) {
			settings = new EObjectContainmentEList<SettingValue>(SettingValue.class, this, DesignPackage.COMPONENT_INSTANCE__SETTINGS);
		}
		return settings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LiveBinding getLiveBinding() {
		return liveBinding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLiveBinding(LiveBinding newLiveBinding, NotificationChain msgs) {
		LiveBinding oldLiveBinding = liveBinding;
		liveBinding = newLiveBinding;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, DesignPackage.COMPONENT_INSTANCE__LIVE_BINDING, oldLiveBinding, newLiveBinding);
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
	public void setLiveBinding(LiveBinding newLiveBinding) {
		if (newLiveBinding != liveBinding) {
			NotificationChain msgs = null;
			if (liveBinding != null)
				msgs = ((InternalEObject)liveBinding).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - DesignPackage.COMPONENT_INSTANCE__LIVE_BINDING, null, msgs);
			if (newLiveBinding != null)
				msgs = ((InternalEObject)newLiveBinding).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - DesignPackage.COMPONENT_INSTANCE__LIVE_BINDING, null, msgs);
			msgs = basicSetLiveBinding(newLiveBinding, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DesignPackage.COMPONENT_INSTANCE__LIVE_BINDING, newLiveBinding, newLiveBinding));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TerminalInstance findTerminal(final String definitionId) {
		return io.cellwright.model.internal.operations.ComponentInstanceOperations.findTerminal(this, definitionId);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SettingValue findSettingValue(final SettingRole role) {
		return io.cellwright.model.internal.operations.ComponentInstanceOperations.findSettingValue(this, role);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DesignPackage.COMPONENT_INSTANCE__TERMINALS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getTerminals()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DesignPackage.COMPONENT_INSTANCE__TERMINALS:
				return ((InternalEList<?>)getTerminals()).basicRemove(otherEnd, msgs);
			case DesignPackage.COMPONENT_INSTANCE__SETTINGS:
				return ((InternalEList<?>)getSettings()).basicRemove(otherEnd, msgs);
			case DesignPackage.COMPONENT_INSTANCE__LIVE_BINDING:
				return basicSetLiveBinding(null, msgs);
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
			case DesignPackage.COMPONENT_INSTANCE__SERIAL_NUMBER:
				return getSerialNumber();
			case DesignPackage.COMPONENT_INSTANCE__TYPE:
				if (resolve) return getType();
				return basicGetType();
			case DesignPackage.COMPONENT_INSTANCE__VARIANT:
				if (resolve) return getVariant();
				return basicGetVariant();
			case DesignPackage.COMPONENT_INSTANCE__TERMINALS:
				return getTerminals();
			case DesignPackage.COMPONENT_INSTANCE__SETTINGS:
				return getSettings();
			case DesignPackage.COMPONENT_INSTANCE__LIVE_BINDING:
				return getLiveBinding();
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
			case DesignPackage.COMPONENT_INSTANCE__SERIAL_NUMBER:
				setSerialNumber((String)newValue);
				return;
			case DesignPackage.COMPONENT_INSTANCE__TYPE:
				setType((ProductType)newValue);
				return;
			case DesignPackage.COMPONENT_INSTANCE__VARIANT:
				setVariant((ProductVariant)newValue);
				return;
			case DesignPackage.COMPONENT_INSTANCE__TERMINALS:
				getTerminals().clear();
				getTerminals().addAll((Collection<? extends TerminalInstance>)newValue);
				return;
			case DesignPackage.COMPONENT_INSTANCE__SETTINGS:
				getSettings().clear();
				getSettings().addAll((Collection<? extends SettingValue>)newValue);
				return;
			case DesignPackage.COMPONENT_INSTANCE__LIVE_BINDING:
				setLiveBinding((LiveBinding)newValue);
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
			case DesignPackage.COMPONENT_INSTANCE__SERIAL_NUMBER:
				setSerialNumber(SERIAL_NUMBER_EDEFAULT);
				return;
			case DesignPackage.COMPONENT_INSTANCE__TYPE:
				setType((ProductType)null);
				return;
			case DesignPackage.COMPONENT_INSTANCE__VARIANT:
				setVariant((ProductVariant)null);
				return;
			case DesignPackage.COMPONENT_INSTANCE__TERMINALS:
				getTerminals().clear();
				return;
			case DesignPackage.COMPONENT_INSTANCE__SETTINGS:
				getSettings().clear();
				return;
			case DesignPackage.COMPONENT_INSTANCE__LIVE_BINDING:
				setLiveBinding((LiveBinding)null);
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
			case DesignPackage.COMPONENT_INSTANCE__SERIAL_NUMBER:
				return SERIAL_NUMBER_EDEFAULT == null ? serialNumber != null : !SERIAL_NUMBER_EDEFAULT.equals(serialNumber);
			case DesignPackage.COMPONENT_INSTANCE__TYPE:
				return type != null;
			case DesignPackage.COMPONENT_INSTANCE__VARIANT:
				return variant != null;
			case DesignPackage.COMPONENT_INSTANCE__TERMINALS:
				return terminals != null && !terminals.isEmpty();
			case DesignPackage.COMPONENT_INSTANCE__SETTINGS:
				return settings != null && !settings.isEmpty();
			case DesignPackage.COMPONENT_INSTANCE__LIVE_BINDING:
				return liveBinding != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case DesignPackage.COMPONENT_INSTANCE___FIND_TERMINAL__STRING:
				return findTerminal((String)arguments.get(0));
			case DesignPackage.COMPONENT_INSTANCE___FIND_SETTING_VALUE__SETTINGROLE:
				return findSettingValue((SettingRole)arguments.get(0));
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(" (serialNumber: ");
		result.append(serialNumber);
		result.append(')');
		return result.toString();
	}

} //ComponentInstanceImpl
