/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog.impl;

import io.cellwright.model.catalog.AccessoryCableType;
import io.cellwright.model.catalog.BmsModel;
import io.cellwright.model.catalog.CableWireConnection;
import io.cellwright.model.catalog.CatalogPackage;
import io.cellwright.model.catalog.ControlMethod;
import io.cellwright.model.catalog.ProductType;
import io.cellwright.model.catalog.ProductVariant;
import io.cellwright.model.catalog.RemoteControlRoute;
import io.cellwright.model.catalog.TerminalDefinition;
import io.cellwright.model.catalog.TerminalKind;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Remote Control Route</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.impl.RemoteControlRouteImpl#getMethod <em>Method</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.RemoteControlRouteImpl#getBmsOutputs <em>Bms Outputs</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.RemoteControlRouteImpl#getTargetDescription <em>Target Description</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.RemoteControlRouteImpl#getCableCount <em>Cable Count</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.RemoteControlRouteImpl#isRequiresAllOutputsHigh <em>Requires All Outputs High</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.RemoteControlRouteImpl#getCondition <em>Condition</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.RemoteControlRouteImpl#getSeeDocument <em>See Document</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.RemoteControlRouteImpl#getTargetTerminals <em>Target Terminals</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.RemoteControlRouteImpl#getCable <em>Cable</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.RemoteControlRouteImpl#getWireConnections <em>Wire Connections</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.RemoteControlRouteImpl#getIntermediateDevice <em>Intermediate Device</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.RemoteControlRouteImpl#getPowerPort <em>Power Port</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.RemoteControlRouteImpl#getVariants <em>Variants</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.RemoteControlRouteImpl#getBmsModels <em>Bms Models</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RemoteControlRouteImpl extends SourcedImpl implements RemoteControlRoute {
	/**
	 * The default value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected static final ControlMethod METHOD_EDEFAULT = ControlMethod.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected ControlMethod method = METHOD_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBmsOutputs() <em>Bms Outputs</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBmsOutputs()
	 * @generated
	 * @ordered
	 */
	protected EList<TerminalKind> bmsOutputs;

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
	 * The default value of the '{@link #getCableCount() <em>Cable Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCableCount()
	 * @generated
	 * @ordered
	 */
	protected static final int CABLE_COUNT_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getCableCount() <em>Cable Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCableCount()
	 * @generated
	 * @ordered
	 */
	protected int cableCount = CABLE_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #isRequiresAllOutputsHigh() <em>Requires All Outputs High</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRequiresAllOutputsHigh()
	 * @generated
	 * @ordered
	 */
	protected static final boolean REQUIRES_ALL_OUTPUTS_HIGH_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRequiresAllOutputsHigh() <em>Requires All Outputs High</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRequiresAllOutputsHigh()
	 * @generated
	 * @ordered
	 */
	protected boolean requiresAllOutputsHigh = REQUIRES_ALL_OUTPUTS_HIGH_EDEFAULT;

	/**
	 * The default value of the '{@link #getCondition() <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCondition()
	 * @generated
	 * @ordered
	 */
	protected static final String CONDITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCondition() <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCondition()
	 * @generated
	 * @ordered
	 */
	protected String condition = CONDITION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeeDocument() <em>See Document</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeeDocument()
	 * @generated
	 * @ordered
	 */
	protected static final String SEE_DOCUMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSeeDocument() <em>See Document</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeeDocument()
	 * @generated
	 * @ordered
	 */
	protected String seeDocument = SEE_DOCUMENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTargetTerminals() <em>Target Terminals</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetTerminals()
	 * @generated
	 * @ordered
	 */
	protected EList<TerminalDefinition> targetTerminals;

	/**
	 * The cached value of the '{@link #getCable() <em>Cable</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCable()
	 * @generated
	 * @ordered
	 */
	protected AccessoryCableType cable;

	/**
	 * The cached value of the '{@link #getWireConnections() <em>Wire Connections</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWireConnections()
	 * @generated
	 * @ordered
	 */
	protected EList<CableWireConnection> wireConnections;

	/**
	 * The cached value of the '{@link #getIntermediateDevice() <em>Intermediate Device</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntermediateDevice()
	 * @generated
	 * @ordered
	 */
	protected ProductType intermediateDevice;

	/**
	 * The default value of the '{@link #getPowerPort() <em>Power Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPowerPort()
	 * @generated
	 * @ordered
	 */
	protected static final TerminalKind POWER_PORT_EDEFAULT = TerminalKind.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getPowerPort() <em>Power Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPowerPort()
	 * @generated
	 * @ordered
	 */
	protected TerminalKind powerPort = POWER_PORT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getVariants() <em>Variants</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariants()
	 * @generated
	 * @ordered
	 */
	protected EList<ProductVariant> variants;

	/**
	 * The cached value of the '{@link #getBmsModels() <em>Bms Models</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBmsModels()
	 * @generated
	 * @ordered
	 */
	protected EList<BmsModel> bmsModels;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RemoteControlRouteImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.REMOTE_CONTROL_ROUTE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ControlMethod getMethod() {
		return method;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMethod(ControlMethod newMethod) {
		ControlMethod oldMethod = method;
		method = newMethod == null ? METHOD_EDEFAULT : newMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.REMOTE_CONTROL_ROUTE__METHOD, oldMethod, method));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TerminalKind> getBmsOutputs() {
		if (bmsOutputs == null) {
			bmsOutputs = new EDataTypeUniqueEList<TerminalKind>(TerminalKind.class, this, CatalogPackage.REMOTE_CONTROL_ROUTE__BMS_OUTPUTS);
		}
		return bmsOutputs;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.REMOTE_CONTROL_ROUTE__TARGET_DESCRIPTION, oldTargetDescription, targetDescription));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCableCount() {
		return cableCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCableCount(int newCableCount) {
		int oldCableCount = cableCount;
		cableCount = newCableCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.REMOTE_CONTROL_ROUTE__CABLE_COUNT, oldCableCount, cableCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRequiresAllOutputsHigh() {
		return requiresAllOutputsHigh;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRequiresAllOutputsHigh(boolean newRequiresAllOutputsHigh) {
		boolean oldRequiresAllOutputsHigh = requiresAllOutputsHigh;
		requiresAllOutputsHigh = newRequiresAllOutputsHigh;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.REMOTE_CONTROL_ROUTE__REQUIRES_ALL_OUTPUTS_HIGH, oldRequiresAllOutputsHigh, requiresAllOutputsHigh));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCondition() {
		return condition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCondition(String newCondition) {
		String oldCondition = condition;
		condition = newCondition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.REMOTE_CONTROL_ROUTE__CONDITION, oldCondition, condition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSeeDocument() {
		return seeDocument;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeeDocument(String newSeeDocument) {
		String oldSeeDocument = seeDocument;
		seeDocument = newSeeDocument;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.REMOTE_CONTROL_ROUTE__SEE_DOCUMENT, oldSeeDocument, seeDocument));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TerminalDefinition> getTargetTerminals() {
		if (targetTerminals == null) {
			targetTerminals = new EObjectResolvingEList<TerminalDefinition>(TerminalDefinition.class, this, CatalogPackage.REMOTE_CONTROL_ROUTE__TARGET_TERMINALS);
		}
		return targetTerminals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AccessoryCableType getCable() {
		if (cable != null && cable.eIsProxy()) {
			InternalEObject oldCable = (InternalEObject)cable;
			cable = (AccessoryCableType)eResolveProxy(oldCable);
			if (cable != oldCable) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CatalogPackage.REMOTE_CONTROL_ROUTE__CABLE, oldCable, cable));
			}
		}
		return cable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AccessoryCableType basicGetCable() {
		return cable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCable(AccessoryCableType newCable) {
		AccessoryCableType oldCable = cable;
		cable = newCable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.REMOTE_CONTROL_ROUTE__CABLE, oldCable, cable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CableWireConnection> getWireConnections() {
		if (wireConnections == null) {
			wireConnections = new EObjectContainmentEList<CableWireConnection>(CableWireConnection.class, this, CatalogPackage.REMOTE_CONTROL_ROUTE__WIRE_CONNECTIONS);
		}
		return wireConnections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProductType getIntermediateDevice() {
		if (intermediateDevice != null && intermediateDevice.eIsProxy()) {
			InternalEObject oldIntermediateDevice = (InternalEObject)intermediateDevice;
			intermediateDevice = (ProductType)eResolveProxy(oldIntermediateDevice);
			if (intermediateDevice != oldIntermediateDevice) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CatalogPackage.REMOTE_CONTROL_ROUTE__INTERMEDIATE_DEVICE, oldIntermediateDevice, intermediateDevice));
			}
		}
		return intermediateDevice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProductType basicGetIntermediateDevice() {
		return intermediateDevice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIntermediateDevice(ProductType newIntermediateDevice) {
		ProductType oldIntermediateDevice = intermediateDevice;
		intermediateDevice = newIntermediateDevice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.REMOTE_CONTROL_ROUTE__INTERMEDIATE_DEVICE, oldIntermediateDevice, intermediateDevice));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TerminalKind getPowerPort() {
		return powerPort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPowerPort(TerminalKind newPowerPort) {
		TerminalKind oldPowerPort = powerPort;
		powerPort = newPowerPort == null ? POWER_PORT_EDEFAULT : newPowerPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.REMOTE_CONTROL_ROUTE__POWER_PORT, oldPowerPort, powerPort));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProductVariant> getVariants() {
		if (variants == null) {
			variants = new EObjectResolvingEList<ProductVariant>(ProductVariant.class, this, CatalogPackage.REMOTE_CONTROL_ROUTE__VARIANTS);
		}
		return variants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BmsModel> getBmsModels() {
		if (bmsModels == null) {
			bmsModels = new EObjectResolvingEList<BmsModel>(BmsModel.class, this, CatalogPackage.REMOTE_CONTROL_ROUTE__BMS_MODELS);
		}
		return bmsModels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CatalogPackage.REMOTE_CONTROL_ROUTE__WIRE_CONNECTIONS:
				return ((InternalEList<?>)getWireConnections()).basicRemove(otherEnd, msgs);
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
			case CatalogPackage.REMOTE_CONTROL_ROUTE__METHOD:
				return getMethod();
			case CatalogPackage.REMOTE_CONTROL_ROUTE__BMS_OUTPUTS:
				return getBmsOutputs();
			case CatalogPackage.REMOTE_CONTROL_ROUTE__TARGET_DESCRIPTION:
				return getTargetDescription();
			case CatalogPackage.REMOTE_CONTROL_ROUTE__CABLE_COUNT:
				return getCableCount();
			case CatalogPackage.REMOTE_CONTROL_ROUTE__REQUIRES_ALL_OUTPUTS_HIGH:
				return isRequiresAllOutputsHigh();
			case CatalogPackage.REMOTE_CONTROL_ROUTE__CONDITION:
				return getCondition();
			case CatalogPackage.REMOTE_CONTROL_ROUTE__SEE_DOCUMENT:
				return getSeeDocument();
			case CatalogPackage.REMOTE_CONTROL_ROUTE__TARGET_TERMINALS:
				return getTargetTerminals();
			case CatalogPackage.REMOTE_CONTROL_ROUTE__CABLE:
				if (resolve) return getCable();
				return basicGetCable();
			case CatalogPackage.REMOTE_CONTROL_ROUTE__WIRE_CONNECTIONS:
				return getWireConnections();
			case CatalogPackage.REMOTE_CONTROL_ROUTE__INTERMEDIATE_DEVICE:
				if (resolve) return getIntermediateDevice();
				return basicGetIntermediateDevice();
			case CatalogPackage.REMOTE_CONTROL_ROUTE__POWER_PORT:
				return getPowerPort();
			case CatalogPackage.REMOTE_CONTROL_ROUTE__VARIANTS:
				return getVariants();
			case CatalogPackage.REMOTE_CONTROL_ROUTE__BMS_MODELS:
				return getBmsModels();
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
			case CatalogPackage.REMOTE_CONTROL_ROUTE__METHOD:
				setMethod((ControlMethod)newValue);
				return;
			case CatalogPackage.REMOTE_CONTROL_ROUTE__BMS_OUTPUTS:
				getBmsOutputs().clear();
				getBmsOutputs().addAll((Collection<? extends TerminalKind>)newValue);
				return;
			case CatalogPackage.REMOTE_CONTROL_ROUTE__TARGET_DESCRIPTION:
				setTargetDescription((String)newValue);
				return;
			case CatalogPackage.REMOTE_CONTROL_ROUTE__CABLE_COUNT:
				setCableCount((Integer)newValue);
				return;
			case CatalogPackage.REMOTE_CONTROL_ROUTE__REQUIRES_ALL_OUTPUTS_HIGH:
				setRequiresAllOutputsHigh((Boolean)newValue);
				return;
			case CatalogPackage.REMOTE_CONTROL_ROUTE__CONDITION:
				setCondition((String)newValue);
				return;
			case CatalogPackage.REMOTE_CONTROL_ROUTE__SEE_DOCUMENT:
				setSeeDocument((String)newValue);
				return;
			case CatalogPackage.REMOTE_CONTROL_ROUTE__TARGET_TERMINALS:
				getTargetTerminals().clear();
				getTargetTerminals().addAll((Collection<? extends TerminalDefinition>)newValue);
				return;
			case CatalogPackage.REMOTE_CONTROL_ROUTE__CABLE:
				setCable((AccessoryCableType)newValue);
				return;
			case CatalogPackage.REMOTE_CONTROL_ROUTE__WIRE_CONNECTIONS:
				getWireConnections().clear();
				getWireConnections().addAll((Collection<? extends CableWireConnection>)newValue);
				return;
			case CatalogPackage.REMOTE_CONTROL_ROUTE__INTERMEDIATE_DEVICE:
				setIntermediateDevice((ProductType)newValue);
				return;
			case CatalogPackage.REMOTE_CONTROL_ROUTE__POWER_PORT:
				setPowerPort((TerminalKind)newValue);
				return;
			case CatalogPackage.REMOTE_CONTROL_ROUTE__VARIANTS:
				getVariants().clear();
				getVariants().addAll((Collection<? extends ProductVariant>)newValue);
				return;
			case CatalogPackage.REMOTE_CONTROL_ROUTE__BMS_MODELS:
				getBmsModels().clear();
				getBmsModels().addAll((Collection<? extends BmsModel>)newValue);
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
			case CatalogPackage.REMOTE_CONTROL_ROUTE__METHOD:
				setMethod(METHOD_EDEFAULT);
				return;
			case CatalogPackage.REMOTE_CONTROL_ROUTE__BMS_OUTPUTS:
				getBmsOutputs().clear();
				return;
			case CatalogPackage.REMOTE_CONTROL_ROUTE__TARGET_DESCRIPTION:
				setTargetDescription(TARGET_DESCRIPTION_EDEFAULT);
				return;
			case CatalogPackage.REMOTE_CONTROL_ROUTE__CABLE_COUNT:
				setCableCount(CABLE_COUNT_EDEFAULT);
				return;
			case CatalogPackage.REMOTE_CONTROL_ROUTE__REQUIRES_ALL_OUTPUTS_HIGH:
				setRequiresAllOutputsHigh(REQUIRES_ALL_OUTPUTS_HIGH_EDEFAULT);
				return;
			case CatalogPackage.REMOTE_CONTROL_ROUTE__CONDITION:
				setCondition(CONDITION_EDEFAULT);
				return;
			case CatalogPackage.REMOTE_CONTROL_ROUTE__SEE_DOCUMENT:
				setSeeDocument(SEE_DOCUMENT_EDEFAULT);
				return;
			case CatalogPackage.REMOTE_CONTROL_ROUTE__TARGET_TERMINALS:
				getTargetTerminals().clear();
				return;
			case CatalogPackage.REMOTE_CONTROL_ROUTE__CABLE:
				setCable((AccessoryCableType)null);
				return;
			case CatalogPackage.REMOTE_CONTROL_ROUTE__WIRE_CONNECTIONS:
				getWireConnections().clear();
				return;
			case CatalogPackage.REMOTE_CONTROL_ROUTE__INTERMEDIATE_DEVICE:
				setIntermediateDevice((ProductType)null);
				return;
			case CatalogPackage.REMOTE_CONTROL_ROUTE__POWER_PORT:
				setPowerPort(POWER_PORT_EDEFAULT);
				return;
			case CatalogPackage.REMOTE_CONTROL_ROUTE__VARIANTS:
				getVariants().clear();
				return;
			case CatalogPackage.REMOTE_CONTROL_ROUTE__BMS_MODELS:
				getBmsModels().clear();
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
			case CatalogPackage.REMOTE_CONTROL_ROUTE__METHOD:
				return method != METHOD_EDEFAULT;
			case CatalogPackage.REMOTE_CONTROL_ROUTE__BMS_OUTPUTS:
				return bmsOutputs != null && !bmsOutputs.isEmpty();
			case CatalogPackage.REMOTE_CONTROL_ROUTE__TARGET_DESCRIPTION:
				return TARGET_DESCRIPTION_EDEFAULT == null ? targetDescription != null : !TARGET_DESCRIPTION_EDEFAULT.equals(targetDescription);
			case CatalogPackage.REMOTE_CONTROL_ROUTE__CABLE_COUNT:
				return cableCount != CABLE_COUNT_EDEFAULT;
			case CatalogPackage.REMOTE_CONTROL_ROUTE__REQUIRES_ALL_OUTPUTS_HIGH:
				return requiresAllOutputsHigh != REQUIRES_ALL_OUTPUTS_HIGH_EDEFAULT;
			case CatalogPackage.REMOTE_CONTROL_ROUTE__CONDITION:
				return CONDITION_EDEFAULT == null ? condition != null : !CONDITION_EDEFAULT.equals(condition);
			case CatalogPackage.REMOTE_CONTROL_ROUTE__SEE_DOCUMENT:
				return SEE_DOCUMENT_EDEFAULT == null ? seeDocument != null : !SEE_DOCUMENT_EDEFAULT.equals(seeDocument);
			case CatalogPackage.REMOTE_CONTROL_ROUTE__TARGET_TERMINALS:
				return targetTerminals != null && !targetTerminals.isEmpty();
			case CatalogPackage.REMOTE_CONTROL_ROUTE__CABLE:
				return cable != null;
			case CatalogPackage.REMOTE_CONTROL_ROUTE__WIRE_CONNECTIONS:
				return wireConnections != null && !wireConnections.isEmpty();
			case CatalogPackage.REMOTE_CONTROL_ROUTE__INTERMEDIATE_DEVICE:
				return intermediateDevice != null;
			case CatalogPackage.REMOTE_CONTROL_ROUTE__POWER_PORT:
				return powerPort != POWER_PORT_EDEFAULT;
			case CatalogPackage.REMOTE_CONTROL_ROUTE__VARIANTS:
				return variants != null && !variants.isEmpty();
			case CatalogPackage.REMOTE_CONTROL_ROUTE__BMS_MODELS:
				return bmsModels != null && !bmsModels.isEmpty();
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
		result.append(" (method: ");
		result.append(method);
		result.append(", bmsOutputs: ");
		result.append(bmsOutputs);
		result.append(", targetDescription: ");
		result.append(targetDescription);
		result.append(", cableCount: ");
		result.append(cableCount);
		result.append(", requiresAllOutputsHigh: ");
		result.append(requiresAllOutputsHigh);
		result.append(", condition: ");
		result.append(condition);
		result.append(", seeDocument: ");
		result.append(seeDocument);
		result.append(", powerPort: ");
		result.append(powerPort);
		result.append(')');
		return result.toString();
	}

} //RemoteControlRouteImpl
