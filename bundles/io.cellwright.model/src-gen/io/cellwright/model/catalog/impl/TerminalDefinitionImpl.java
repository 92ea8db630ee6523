/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog.impl;

import io.cellwright.model.catalog.CatalogPackage;
import io.cellwright.model.catalog.ConnectorFact;
import io.cellwright.model.catalog.DiagramSide;
import io.cellwright.model.catalog.OutputBehaviour;
import io.cellwright.model.catalog.PowerPortSpec;
import io.cellwright.model.catalog.ProductType;
import io.cellwright.model.catalog.RemoteInputBehaviour;
import io.cellwright.model.catalog.TerminalDefinition;
import io.cellwright.model.catalog.TerminalDirection;
import io.cellwright.model.catalog.TerminalKind;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Terminal Definition</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.impl.TerminalDefinitionImpl#getId <em>Id</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.TerminalDefinitionImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.TerminalDefinitionImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.TerminalDefinitionImpl#getDirection <em>Direction</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.TerminalDefinitionImpl#getConnectorGroup <em>Connector Group</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.TerminalDefinitionImpl#getSide <em>Side</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.TerminalDefinitionImpl#getOrder <em>Order</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.TerminalDefinitionImpl#getConnector <em>Connector</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.TerminalDefinitionImpl#getPower <em>Power</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.TerminalDefinitionImpl#getOutput <em>Output</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.TerminalDefinitionImpl#getRemoteInput <em>Remote Input</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.TerminalDefinitionImpl#getProductType <em>Product Type</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TerminalDefinitionImpl extends SourcedImpl implements TerminalDefinition {
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
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final TerminalKind KIND_EDEFAULT = TerminalKind.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected TerminalKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected static final TerminalDirection DIRECTION_EDEFAULT = TerminalDirection.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected TerminalDirection direction = DIRECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getConnectorGroup() <em>Connector Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnectorGroup()
	 * @generated
	 * @ordered
	 */
	protected static final String CONNECTOR_GROUP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConnectorGroup() <em>Connector Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnectorGroup()
	 * @generated
	 * @ordered
	 */
	protected String connectorGroup = CONNECTOR_GROUP_EDEFAULT;

	/**
	 * The default value of the '{@link #getSide() <em>Side</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSide()
	 * @generated
	 * @ordered
	 */
	protected static final DiagramSide SIDE_EDEFAULT = DiagramSide.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getSide() <em>Side</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSide()
	 * @generated
	 * @ordered
	 */
	protected DiagramSide side = SIDE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOrder() <em>Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrder()
	 * @generated
	 * @ordered
	 */
	protected static final int ORDER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getOrder() <em>Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrder()
	 * @generated
	 * @ordered
	 */
	protected int order = ORDER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getConnector() <em>Connector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnector()
	 * @generated
	 * @ordered
	 */
	protected ConnectorFact connector;

	/**
	 * The cached value of the '{@link #getPower() <em>Power</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPower()
	 * @generated
	 * @ordered
	 */
	protected PowerPortSpec power;

	/**
	 * The cached value of the '{@link #getOutput() <em>Output</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutput()
	 * @generated
	 * @ordered
	 */
	protected OutputBehaviour output;

	/**
	 * The cached value of the '{@link #getRemoteInput() <em>Remote Input</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemoteInput()
	 * @generated
	 * @ordered
	 */
	protected RemoteInputBehaviour remoteInput;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TerminalDefinitionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.TERMINAL_DEFINITION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.TERMINAL_DEFINITION__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.TERMINAL_DEFINITION__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TerminalKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(TerminalKind newKind) {
		TerminalKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.TERMINAL_DEFINITION__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TerminalDirection getDirection() {
		return direction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirection(TerminalDirection newDirection) {
		TerminalDirection oldDirection = direction;
		direction = newDirection == null ? DIRECTION_EDEFAULT : newDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.TERMINAL_DEFINITION__DIRECTION, oldDirection, direction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getConnectorGroup() {
		return connectorGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConnectorGroup(String newConnectorGroup) {
		String oldConnectorGroup = connectorGroup;
		connectorGroup = newConnectorGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.TERMINAL_DEFINITION__CONNECTOR_GROUP, oldConnectorGroup, connectorGroup));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiagramSide getSide() {
		return side;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSide(DiagramSide newSide) {
		DiagramSide oldSide = side;
		side = newSide == null ? SIDE_EDEFAULT : newSide;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.TERMINAL_DEFINITION__SIDE, oldSide, side));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOrder() {
		return order;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrder(int newOrder) {
		int oldOrder = order;
		order = newOrder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.TERMINAL_DEFINITION__ORDER, oldOrder, order));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConnectorFact getConnector() {
		return connector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetConnector(ConnectorFact newConnector, NotificationChain msgs) {
		ConnectorFact oldConnector = connector;
		connector = newConnector;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.TERMINAL_DEFINITION__CONNECTOR, oldConnector, newConnector);
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
	public void setConnector(ConnectorFact newConnector) {
		if (newConnector != connector) {
			NotificationChain msgs = null;
			if (connector != null)
				msgs = ((InternalEObject)connector).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.TERMINAL_DEFINITION__CONNECTOR, null, msgs);
			if (newConnector != null)
				msgs = ((InternalEObject)newConnector).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.TERMINAL_DEFINITION__CONNECTOR, null, msgs);
			msgs = basicSetConnector(newConnector, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.TERMINAL_DEFINITION__CONNECTOR, newConnector, newConnector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PowerPortSpec getPower() {
		return power;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPower(PowerPortSpec newPower, NotificationChain msgs) {
		PowerPortSpec oldPower = power;
		power = newPower;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.TERMINAL_DEFINITION__POWER, oldPower, newPower);
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
	public void setPower(PowerPortSpec newPower) {
		if (newPower != power) {
			NotificationChain msgs = null;
			if (power != null)
				msgs = ((InternalEObject)power).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.TERMINAL_DEFINITION__POWER, null, msgs);
			if (newPower != null)
				msgs = ((InternalEObject)newPower).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.TERMINAL_DEFINITION__POWER, null, msgs);
			msgs = basicSetPower(newPower, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.TERMINAL_DEFINITION__POWER, newPower, newPower));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OutputBehaviour getOutput() {
		return output;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOutput(OutputBehaviour newOutput, NotificationChain msgs) {
		OutputBehaviour oldOutput = output;
		output = newOutput;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.TERMINAL_DEFINITION__OUTPUT, oldOutput, newOutput);
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
	public void setOutput(OutputBehaviour newOutput) {
		if (newOutput != output) {
			NotificationChain msgs = null;
			if (output != null)
				msgs = ((InternalEObject)output).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.TERMINAL_DEFINITION__OUTPUT, null, msgs);
			if (newOutput != null)
				msgs = ((InternalEObject)newOutput).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.TERMINAL_DEFINITION__OUTPUT, null, msgs);
			msgs = basicSetOutput(newOutput, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.TERMINAL_DEFINITION__OUTPUT, newOutput, newOutput));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RemoteInputBehaviour getRemoteInput() {
		return remoteInput;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRemoteInput(RemoteInputBehaviour newRemoteInput, NotificationChain msgs) {
		RemoteInputBehaviour oldRemoteInput = remoteInput;
		remoteInput = newRemoteInput;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.TERMINAL_DEFINITION__REMOTE_INPUT, oldRemoteInput, newRemoteInput);
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
	public void setRemoteInput(RemoteInputBehaviour newRemoteInput) {
		if (newRemoteInput != remoteInput) {
			NotificationChain msgs = null;
			if (remoteInput != null)
				msgs = ((InternalEObject)remoteInput).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.TERMINAL_DEFINITION__REMOTE_INPUT, null, msgs);
			if (newRemoteInput != null)
				msgs = ((InternalEObject)newRemoteInput).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.TERMINAL_DEFINITION__REMOTE_INPUT, null, msgs);
			msgs = basicSetRemoteInput(newRemoteInput, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.TERMINAL_DEFINITION__REMOTE_INPUT, newRemoteInput, newRemoteInput));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProductType getProductType() {
		if (eContainerFeatureID() != CatalogPackage.TERMINAL_DEFINITION__PRODUCT_TYPE) return null;
		return (ProductType)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetProductType(ProductType newProductType, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newProductType, CatalogPackage.TERMINAL_DEFINITION__PRODUCT_TYPE, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProductType(ProductType newProductType) {
		if (newProductType != eInternalContainer() || (eContainerFeatureID() != CatalogPackage.TERMINAL_DEFINITION__PRODUCT_TYPE && newProductType != null)) {
			if (EcoreUtil.isAncestor(this, newProductType))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newProductType != null)
				msgs = ((InternalEObject)newProductType).eInverseAdd(this, CatalogPackage.PRODUCT_TYPE__TERMINALS, ProductType.class, msgs);
			msgs = basicSetProductType(newProductType, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.TERMINAL_DEFINITION__PRODUCT_TYPE, newProductType, newProductType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CatalogPackage.TERMINAL_DEFINITION__PRODUCT_TYPE:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetProductType((ProductType)otherEnd, msgs);
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
			case CatalogPackage.TERMINAL_DEFINITION__CONNECTOR:
				return basicSetConnector(null, msgs);
			case CatalogPackage.TERMINAL_DEFINITION__POWER:
				return basicSetPower(null, msgs);
			case CatalogPackage.TERMINAL_DEFINITION__OUTPUT:
				return basicSetOutput(null, msgs);
			case CatalogPackage.TERMINAL_DEFINITION__REMOTE_INPUT:
				return basicSetRemoteInput(null, msgs);
			case CatalogPackage.TERMINAL_DEFINITION__PRODUCT_TYPE:
				return basicSetProductType(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case CatalogPackage.TERMINAL_DEFINITION__PRODUCT_TYPE:
				return eInternalContainer().eInverseRemove(this, CatalogPackage.PRODUCT_TYPE__TERMINALS, ProductType.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CatalogPackage.TERMINAL_DEFINITION__ID:
				return getId();
			case CatalogPackage.TERMINAL_DEFINITION__LABEL:
				return getLabel();
			case CatalogPackage.TERMINAL_DEFINITION__KIND:
				return getKind();
			case CatalogPackage.TERMINAL_DEFINITION__DIRECTION:
				return getDirection();
			case CatalogPackage.TERMINAL_DEFINITION__CONNECTOR_GROUP:
				return getConnectorGroup();
			case CatalogPackage.TERMINAL_DEFINITION__SIDE:
				return getSide();
			case CatalogPackage.TERMINAL_DEFINITION__ORDER:
				return getOrder();
			case CatalogPackage.TERMINAL_DEFINITION__CONNECTOR:
				return getConnector();
			case CatalogPackage.TERMINAL_DEFINITION__POWER:
				return getPower();
			case CatalogPackage.TERMINAL_DEFINITION__OUTPUT:
				return getOutput();
			case CatalogPackage.TERMINAL_DEFINITION__REMOTE_INPUT:
				return getRemoteInput();
			case CatalogPackage.TERMINAL_DEFINITION__PRODUCT_TYPE:
				return getProductType();
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
			case CatalogPackage.TERMINAL_DEFINITION__ID:
				setId((String)newValue);
				return;
			case CatalogPackage.TERMINAL_DEFINITION__LABEL:
				setLabel((String)newValue);
				return;
			case CatalogPackage.TERMINAL_DEFINITION__KIND:
				setKind((TerminalKind)newValue);
				return;
			case CatalogPackage.TERMINAL_DEFINITION__DIRECTION:
				setDirection((TerminalDirection)newValue);
				return;
			case CatalogPackage.TERMINAL_DEFINITION__CONNECTOR_GROUP:
				setConnectorGroup((String)newValue);
				return;
			case CatalogPackage.TERMINAL_DEFINITION__SIDE:
				setSide((DiagramSide)newValue);
				return;
			case CatalogPackage.TERMINAL_DEFINITION__ORDER:
				setOrder((Integer)newValue);
				return;
			case CatalogPackage.TERMINAL_DEFINITION__CONNECTOR:
				setConnector((ConnectorFact)newValue);
				return;
			case CatalogPackage.TERMINAL_DEFINITION__POWER:
				setPower((PowerPortSpec)newValue);
				return;
			case CatalogPackage.TERMINAL_DEFINITION__OUTPUT:
				setOutput((OutputBehaviour)newValue);
				return;
			case CatalogPackage.TERMINAL_DEFINITION__REMOTE_INPUT:
				setRemoteInput((RemoteInputBehaviour)newValue);
				return;
			case CatalogPackage.TERMINAL_DEFINITION__PRODUCT_TYPE:
				setProductType((ProductType)newValue);
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
			case CatalogPackage.TERMINAL_DEFINITION__ID:
				setId(ID_EDEFAULT);
				return;
			case CatalogPackage.TERMINAL_DEFINITION__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case CatalogPackage.TERMINAL_DEFINITION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CatalogPackage.TERMINAL_DEFINITION__DIRECTION:
				setDirection(DIRECTION_EDEFAULT);
				return;
			case CatalogPackage.TERMINAL_DEFINITION__CONNECTOR_GROUP:
				setConnectorGroup(CONNECTOR_GROUP_EDEFAULT);
				return;
			case CatalogPackage.TERMINAL_DEFINITION__SIDE:
				setSide(SIDE_EDEFAULT);
				return;
			case CatalogPackage.TERMINAL_DEFINITION__ORDER:
				setOrder(ORDER_EDEFAULT);
				return;
			case CatalogPackage.TERMINAL_DEFINITION__CONNECTOR:
				setConnector((ConnectorFact)null);
				return;
			case CatalogPackage.TERMINAL_DEFINITION__POWER:
				setPower((PowerPortSpec)null);
				return;
			case CatalogPackage.TERMINAL_DEFINITION__OUTPUT:
				setOutput((OutputBehaviour)null);
				return;
			case CatalogPackage.TERMINAL_DEFINITION__REMOTE_INPUT:
				setRemoteInput((RemoteInputBehaviour)null);
				return;
			case CatalogPackage.TERMINAL_DEFINITION__PRODUCT_TYPE:
				setProductType((ProductType)null);
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
			case CatalogPackage.TERMINAL_DEFINITION__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case CatalogPackage.TERMINAL_DEFINITION__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case CatalogPackage.TERMINAL_DEFINITION__KIND:
				return kind != KIND_EDEFAULT;
			case CatalogPackage.TERMINAL_DEFINITION__DIRECTION:
				return direction != DIRECTION_EDEFAULT;
			case CatalogPackage.TERMINAL_DEFINITION__CONNECTOR_GROUP:
				return CONNECTOR_GROUP_EDEFAULT == null ? connectorGroup != null : !CONNECTOR_GROUP_EDEFAULT.equals(connectorGroup);
			case CatalogPackage.TERMINAL_DEFINITION__SIDE:
				return side != SIDE_EDEFAULT;
			case CatalogPackage.TERMINAL_DEFINITION__ORDER:
				return order != ORDER_EDEFAULT;
			case CatalogPackage.TERMINAL_DEFINITION__CONNECTOR:
				return connector != null;
			case CatalogPackage.TERMINAL_DEFINITION__POWER:
				return power != null;
			case CatalogPackage.TERMINAL_DEFINITION__OUTPUT:
				return output != null;
			case CatalogPackage.TERMINAL_DEFINITION__REMOTE_INPUT:
				return remoteInput != null;
			case CatalogPackage.TERMINAL_DEFINITION__PRODUCT_TYPE:
				return getProductType() != null;
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
		result.append(", label: ");
		result.append(label);
		result.append(", kind: ");
		result.append(kind);
		result.append(", direction: ");
		result.append(direction);
		result.append(", connectorGroup: ");
		result.append(connectorGroup);
		result.append(", side: ");
		result.append(side);
		result.append(", order: ");
		result.append(order);
		result.append(')');
		return result.toString();
	}

} //TerminalDefinitionImpl
