/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog.impl;

import io.cellwright.model.catalog.BooleanFact;
import io.cellwright.model.catalog.CatalogPackage;
import io.cellwright.model.catalog.OutputBehaviour;
import io.cellwright.model.catalog.OutputStateFact;
import io.cellwright.model.catalog.OutputTrigger;
import io.cellwright.model.catalog.QuantityFact;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Output Behaviour</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.impl.OutputBehaviourImpl#getTrigger <em>Trigger</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.OutputBehaviourImpl#getNormalState <em>Normal State</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.OutputBehaviourImpl#getActiveState <em>Active State</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.OutputBehaviourImpl#getHighLevelBelowBattery <em>High Level Below Battery</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.OutputBehaviourImpl#getSourceCurrentLimit <em>Source Current Limit</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.OutputBehaviourImpl#getSinkCurrent <em>Sink Current</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.OutputBehaviourImpl#getContactRating <em>Contact Rating</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.OutputBehaviourImpl#getShortCircuitProtected <em>Short Circuit Protected</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.OutputBehaviourImpl#getInductiveLoadAllowed <em>Inductive Load Allowed</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.OutputBehaviourImpl#getLeadTime <em>Lead Time</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OutputBehaviourImpl extends MinimalEObjectImpl.Container implements OutputBehaviour {
	/**
	 * The default value of the '{@link #getTrigger() <em>Trigger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrigger()
	 * @generated
	 * @ordered
	 */
	protected static final OutputTrigger TRIGGER_EDEFAULT = OutputTrigger.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getTrigger() <em>Trigger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrigger()
	 * @generated
	 * @ordered
	 */
	protected OutputTrigger trigger = TRIGGER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNormalState() <em>Normal State</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNormalState()
	 * @generated
	 * @ordered
	 */
	protected OutputStateFact normalState;

	/**
	 * The cached value of the '{@link #getActiveState() <em>Active State</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActiveState()
	 * @generated
	 * @ordered
	 */
	protected OutputStateFact activeState;

	/**
	 * The cached value of the '{@link #getHighLevelBelowBattery() <em>High Level Below Battery</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHighLevelBelowBattery()
	 * @generated
	 * @ordered
	 */
	protected QuantityFact highLevelBelowBattery;

	/**
	 * The cached value of the '{@link #getSourceCurrentLimit() <em>Source Current Limit</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceCurrentLimit()
	 * @generated
	 * @ordered
	 */
	protected QuantityFact sourceCurrentLimit;

	/**
	 * The cached value of the '{@link #getSinkCurrent() <em>Sink Current</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSinkCurrent()
	 * @generated
	 * @ordered
	 */
	protected QuantityFact sinkCurrent;

	/**
	 * The cached value of the '{@link #getContactRating() <em>Contact Rating</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContactRating()
	 * @generated
	 * @ordered
	 */
	protected QuantityFact contactRating;

	/**
	 * The cached value of the '{@link #getShortCircuitProtected() <em>Short Circuit Protected</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShortCircuitProtected()
	 * @generated
	 * @ordered
	 */
	protected BooleanFact shortCircuitProtected;

	/**
	 * The cached value of the '{@link #getInductiveLoadAllowed() <em>Inductive Load Allowed</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInductiveLoadAllowed()
	 * @generated
	 * @ordered
	 */
	protected BooleanFact inductiveLoadAllowed;

	/**
	 * The cached value of the '{@link #getLeadTime() <em>Lead Time</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeadTime()
	 * @generated
	 * @ordered
	 */
	protected QuantityFact leadTime;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OutputBehaviourImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.OUTPUT_BEHAVIOUR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OutputTrigger getTrigger() {
		return trigger;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrigger(OutputTrigger newTrigger) {
		OutputTrigger oldTrigger = trigger;
		trigger = newTrigger == null ? TRIGGER_EDEFAULT : newTrigger;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.OUTPUT_BEHAVIOUR__TRIGGER, oldTrigger, trigger));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OutputStateFact getNormalState() {
		return normalState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNormalState(OutputStateFact newNormalState, NotificationChain msgs) {
		OutputStateFact oldNormalState = normalState;
		normalState = newNormalState;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.OUTPUT_BEHAVIOUR__NORMAL_STATE, oldNormalState, newNormalState);
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
	public void setNormalState(OutputStateFact newNormalState) {
		if (newNormalState != normalState) {
			NotificationChain msgs = null;
			if (normalState != null)
				msgs = ((InternalEObject)normalState).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.OUTPUT_BEHAVIOUR__NORMAL_STATE, null, msgs);
			if (newNormalState != null)
				msgs = ((InternalEObject)newNormalState).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.OUTPUT_BEHAVIOUR__NORMAL_STATE, null, msgs);
			msgs = basicSetNormalState(newNormalState, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.OUTPUT_BEHAVIOUR__NORMAL_STATE, newNormalState, newNormalState));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OutputStateFact getActiveState() {
		return activeState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetActiveState(OutputStateFact newActiveState, NotificationChain msgs) {
		OutputStateFact oldActiveState = activeState;
		activeState = newActiveState;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.OUTPUT_BEHAVIOUR__ACTIVE_STATE, oldActiveState, newActiveState);
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
	public void setActiveState(OutputStateFact newActiveState) {
		if (newActiveState != activeState) {
			NotificationChain msgs = null;
			if (activeState != null)
				msgs = ((InternalEObject)activeState).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.OUTPUT_BEHAVIOUR__ACTIVE_STATE, null, msgs);
			if (newActiveState != null)
				msgs = ((InternalEObject)newActiveState).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.OUTPUT_BEHAVIOUR__ACTIVE_STATE, null, msgs);
			msgs = basicSetActiveState(newActiveState, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.OUTPUT_BEHAVIOUR__ACTIVE_STATE, newActiveState, newActiveState));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantityFact getHighLevelBelowBattery() {
		return highLevelBelowBattery;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetHighLevelBelowBattery(QuantityFact newHighLevelBelowBattery, NotificationChain msgs) {
		QuantityFact oldHighLevelBelowBattery = highLevelBelowBattery;
		highLevelBelowBattery = newHighLevelBelowBattery;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.OUTPUT_BEHAVIOUR__HIGH_LEVEL_BELOW_BATTERY, oldHighLevelBelowBattery, newHighLevelBelowBattery);
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
	public void setHighLevelBelowBattery(QuantityFact newHighLevelBelowBattery) {
		if (newHighLevelBelowBattery != highLevelBelowBattery) {
			NotificationChain msgs = null;
			if (highLevelBelowBattery != null)
				msgs = ((InternalEObject)highLevelBelowBattery).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.OUTPUT_BEHAVIOUR__HIGH_LEVEL_BELOW_BATTERY, null, msgs);
			if (newHighLevelBelowBattery != null)
				msgs = ((InternalEObject)newHighLevelBelowBattery).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.OUTPUT_BEHAVIOUR__HIGH_LEVEL_BELOW_BATTERY, null, msgs);
			msgs = basicSetHighLevelBelowBattery(newHighLevelBelowBattery, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.OUTPUT_BEHAVIOUR__HIGH_LEVEL_BELOW_BATTERY, newHighLevelBelowBattery, newHighLevelBelowBattery));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantityFact getSourceCurrentLimit() {
		return sourceCurrentLimit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSourceCurrentLimit(QuantityFact newSourceCurrentLimit, NotificationChain msgs) {
		QuantityFact oldSourceCurrentLimit = sourceCurrentLimit;
		sourceCurrentLimit = newSourceCurrentLimit;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.OUTPUT_BEHAVIOUR__SOURCE_CURRENT_LIMIT, oldSourceCurrentLimit, newSourceCurrentLimit);
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
	public void setSourceCurrentLimit(QuantityFact newSourceCurrentLimit) {
		if (newSourceCurrentLimit != sourceCurrentLimit) {
			NotificationChain msgs = null;
			if (sourceCurrentLimit != null)
				msgs = ((InternalEObject)sourceCurrentLimit).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.OUTPUT_BEHAVIOUR__SOURCE_CURRENT_LIMIT, null, msgs);
			if (newSourceCurrentLimit != null)
				msgs = ((InternalEObject)newSourceCurrentLimit).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.OUTPUT_BEHAVIOUR__SOURCE_CURRENT_LIMIT, null, msgs);
			msgs = basicSetSourceCurrentLimit(newSourceCurrentLimit, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.OUTPUT_BEHAVIOUR__SOURCE_CURRENT_LIMIT, newSourceCurrentLimit, newSourceCurrentLimit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantityFact getSinkCurrent() {
		return sinkCurrent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSinkCurrent(QuantityFact newSinkCurrent, NotificationChain msgs) {
		QuantityFact oldSinkCurrent = sinkCurrent;
		sinkCurrent = newSinkCurrent;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.OUTPUT_BEHAVIOUR__SINK_CURRENT, oldSinkCurrent, newSinkCurrent);
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
	public void setSinkCurrent(QuantityFact newSinkCurrent) {
		if (newSinkCurrent != sinkCurrent) {
			NotificationChain msgs = null;
			if (sinkCurrent != null)
				msgs = ((InternalEObject)sinkCurrent).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.OUTPUT_BEHAVIOUR__SINK_CURRENT, null, msgs);
			if (newSinkCurrent != null)
				msgs = ((InternalEObject)newSinkCurrent).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.OUTPUT_BEHAVIOUR__SINK_CURRENT, null, msgs);
			msgs = basicSetSinkCurrent(newSinkCurrent, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.OUTPUT_BEHAVIOUR__SINK_CURRENT, newSinkCurrent, newSinkCurrent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantityFact getContactRating() {
		return contactRating;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetContactRating(QuantityFact newContactRating, NotificationChain msgs) {
		QuantityFact oldContactRating = contactRating;
		contactRating = newContactRating;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.OUTPUT_BEHAVIOUR__CONTACT_RATING, oldContactRating, newContactRating);
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
	public void setContactRating(QuantityFact newContactRating) {
		if (newContactRating != contactRating) {
			NotificationChain msgs = null;
			if (contactRating != null)
				msgs = ((InternalEObject)contactRating).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.OUTPUT_BEHAVIOUR__CONTACT_RATING, null, msgs);
			if (newContactRating != null)
				msgs = ((InternalEObject)newContactRating).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.OUTPUT_BEHAVIOUR__CONTACT_RATING, null, msgs);
			msgs = basicSetContactRating(newContactRating, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.OUTPUT_BEHAVIOUR__CONTACT_RATING, newContactRating, newContactRating));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BooleanFact getShortCircuitProtected() {
		return shortCircuitProtected;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetShortCircuitProtected(BooleanFact newShortCircuitProtected, NotificationChain msgs) {
		BooleanFact oldShortCircuitProtected = shortCircuitProtected;
		shortCircuitProtected = newShortCircuitProtected;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.OUTPUT_BEHAVIOUR__SHORT_CIRCUIT_PROTECTED, oldShortCircuitProtected, newShortCircuitProtected);
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
	public void setShortCircuitProtected(BooleanFact newShortCircuitProtected) {
		if (newShortCircuitProtected != shortCircuitProtected) {
			NotificationChain msgs = null;
			if (shortCircuitProtected != null)
				msgs = ((InternalEObject)shortCircuitProtected).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.OUTPUT_BEHAVIOUR__SHORT_CIRCUIT_PROTECTED, null, msgs);
			if (newShortCircuitProtected != null)
				msgs = ((InternalEObject)newShortCircuitProtected).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.OUTPUT_BEHAVIOUR__SHORT_CIRCUIT_PROTECTED, null, msgs);
			msgs = basicSetShortCircuitProtected(newShortCircuitProtected, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.OUTPUT_BEHAVIOUR__SHORT_CIRCUIT_PROTECTED, newShortCircuitProtected, newShortCircuitProtected));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BooleanFact getInductiveLoadAllowed() {
		return inductiveLoadAllowed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetInductiveLoadAllowed(BooleanFact newInductiveLoadAllowed, NotificationChain msgs) {
		BooleanFact oldInductiveLoadAllowed = inductiveLoadAllowed;
		inductiveLoadAllowed = newInductiveLoadAllowed;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.OUTPUT_BEHAVIOUR__INDUCTIVE_LOAD_ALLOWED, oldInductiveLoadAllowed, newInductiveLoadAllowed);
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
	public void setInductiveLoadAllowed(BooleanFact newInductiveLoadAllowed) {
		if (newInductiveLoadAllowed != inductiveLoadAllowed) {
			NotificationChain msgs = null;
			if (inductiveLoadAllowed != null)
				msgs = ((InternalEObject)inductiveLoadAllowed).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.OUTPUT_BEHAVIOUR__INDUCTIVE_LOAD_ALLOWED, null, msgs);
			if (newInductiveLoadAllowed != null)
				msgs = ((InternalEObject)newInductiveLoadAllowed).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.OUTPUT_BEHAVIOUR__INDUCTIVE_LOAD_ALLOWED, null, msgs);
			msgs = basicSetInductiveLoadAllowed(newInductiveLoadAllowed, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.OUTPUT_BEHAVIOUR__INDUCTIVE_LOAD_ALLOWED, newInductiveLoadAllowed, newInductiveLoadAllowed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantityFact getLeadTime() {
		return leadTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLeadTime(QuantityFact newLeadTime, NotificationChain msgs) {
		QuantityFact oldLeadTime = leadTime;
		leadTime = newLeadTime;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.OUTPUT_BEHAVIOUR__LEAD_TIME, oldLeadTime, newLeadTime);
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
	public void setLeadTime(QuantityFact newLeadTime) {
		if (newLeadTime != leadTime) {
			NotificationChain msgs = null;
			if (leadTime != null)
				msgs = ((InternalEObject)leadTime).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.OUTPUT_BEHAVIOUR__LEAD_TIME, null, msgs);
			if (newLeadTime != null)
				msgs = ((InternalEObject)newLeadTime).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.OUTPUT_BEHAVIOUR__LEAD_TIME, null, msgs);
			msgs = basicSetLeadTime(newLeadTime, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.OUTPUT_BEHAVIOUR__LEAD_TIME, newLeadTime, newLeadTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CatalogPackage.OUTPUT_BEHAVIOUR__NORMAL_STATE:
				return basicSetNormalState(null, msgs);
			case CatalogPackage.OUTPUT_BEHAVIOUR__ACTIVE_STATE:
				return basicSetActiveState(null, msgs);
			case CatalogPackage.OUTPUT_BEHAVIOUR__HIGH_LEVEL_BELOW_BATTERY:
				return basicSetHighLevelBelowBattery(null, msgs);
			case CatalogPackage.OUTPUT_BEHAVIOUR__SOURCE_CURRENT_LIMIT:
				return basicSetSourceCurrentLimit(null, msgs);
			case CatalogPackage.OUTPUT_BEHAVIOUR__SINK_CURRENT:
				return basicSetSinkCurrent(null, msgs);
			case CatalogPackage.OUTPUT_BEHAVIOUR__CONTACT_RATING:
				return basicSetContactRating(null, msgs);
			case CatalogPackage.OUTPUT_BEHAVIOUR__SHORT_CIRCUIT_PROTECTED:
				return basicSetShortCircuitProtected(null, msgs);
			case CatalogPackage.OUTPUT_BEHAVIOUR__INDUCTIVE_LOAD_ALLOWED:
				return basicSetInductiveLoadAllowed(null, msgs);
			case CatalogPackage.OUTPUT_BEHAVIOUR__LEAD_TIME:
				return basicSetLeadTime(null, msgs);
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
			case CatalogPackage.OUTPUT_BEHAVIOUR__TRIGGER:
				return getTrigger();
			case CatalogPackage.OUTPUT_BEHAVIOUR__NORMAL_STATE:
				return getNormalState();
			case CatalogPackage.OUTPUT_BEHAVIOUR__ACTIVE_STATE:
				return getActiveState();
			case CatalogPackage.OUTPUT_BEHAVIOUR__HIGH_LEVEL_BELOW_BATTERY:
				return getHighLevelBelowBattery();
			case CatalogPackage.OUTPUT_BEHAVIOUR__SOURCE_CURRENT_LIMIT:
				return getSourceCurrentLimit();
			case CatalogPackage.OUTPUT_BEHAVIOUR__SINK_CURRENT:
				return getSinkCurrent();
			case CatalogPackage.OUTPUT_BEHAVIOUR__CONTACT_RATING:
				return getContactRating();
			case CatalogPackage.OUTPUT_BEHAVIOUR__SHORT_CIRCUIT_PROTECTED:
				return getShortCircuitProtected();
			case CatalogPackage.OUTPUT_BEHAVIOUR__INDUCTIVE_LOAD_ALLOWED:
				return getInductiveLoadAllowed();
			case CatalogPackage.OUTPUT_BEHAVIOUR__LEAD_TIME:
				return getLeadTime();
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
			case CatalogPackage.OUTPUT_BEHAVIOUR__TRIGGER:
				setTrigger((OutputTrigger)newValue);
				return;
			case CatalogPackage.OUTPUT_BEHAVIOUR__NORMAL_STATE:
				setNormalState((OutputStateFact)newValue);
				return;
			case CatalogPackage.OUTPUT_BEHAVIOUR__ACTIVE_STATE:
				setActiveState((OutputStateFact)newValue);
				return;
			case CatalogPackage.OUTPUT_BEHAVIOUR__HIGH_LEVEL_BELOW_BATTERY:
				setHighLevelBelowBattery((QuantityFact)newValue);
				return;
			case CatalogPackage.OUTPUT_BEHAVIOUR__SOURCE_CURRENT_LIMIT:
				setSourceCurrentLimit((QuantityFact)newValue);
				return;
			case CatalogPackage.OUTPUT_BEHAVIOUR__SINK_CURRENT:
				setSinkCurrent((QuantityFact)newValue);
				return;
			case CatalogPackage.OUTPUT_BEHAVIOUR__CONTACT_RATING:
				setContactRating((QuantityFact)newValue);
				return;
			case CatalogPackage.OUTPUT_BEHAVIOUR__SHORT_CIRCUIT_PROTECTED:
				setShortCircuitProtected((BooleanFact)newValue);
				return;
			case CatalogPackage.OUTPUT_BEHAVIOUR__INDUCTIVE_LOAD_ALLOWED:
				setInductiveLoadAllowed((BooleanFact)newValue);
				return;
			case CatalogPackage.OUTPUT_BEHAVIOUR__LEAD_TIME:
				setLeadTime((QuantityFact)newValue);
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
			case CatalogPackage.OUTPUT_BEHAVIOUR__TRIGGER:
				setTrigger(TRIGGER_EDEFAULT);
				return;
			case CatalogPackage.OUTPUT_BEHAVIOUR__NORMAL_STATE:
				setNormalState((OutputStateFact)null);
				return;
			case CatalogPackage.OUTPUT_BEHAVIOUR__ACTIVE_STATE:
				setActiveState((OutputStateFact)null);
				return;
			case CatalogPackage.OUTPUT_BEHAVIOUR__HIGH_LEVEL_BELOW_BATTERY:
				setHighLevelBelowBattery((QuantityFact)null);
				return;
			case CatalogPackage.OUTPUT_BEHAVIOUR__SOURCE_CURRENT_LIMIT:
				setSourceCurrentLimit((QuantityFact)null);
				return;
			case CatalogPackage.OUTPUT_BEHAVIOUR__SINK_CURRENT:
				setSinkCurrent((QuantityFact)null);
				return;
			case CatalogPackage.OUTPUT_BEHAVIOUR__CONTACT_RATING:
				setContactRating((QuantityFact)null);
				return;
			case CatalogPackage.OUTPUT_BEHAVIOUR__SHORT_CIRCUIT_PROTECTED:
				setShortCircuitProtected((BooleanFact)null);
				return;
			case CatalogPackage.OUTPUT_BEHAVIOUR__INDUCTIVE_LOAD_ALLOWED:
				setInductiveLoadAllowed((BooleanFact)null);
				return;
			case CatalogPackage.OUTPUT_BEHAVIOUR__LEAD_TIME:
				setLeadTime((QuantityFact)null);
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
			case CatalogPackage.OUTPUT_BEHAVIOUR__TRIGGER:
				return trigger != TRIGGER_EDEFAULT;
			case CatalogPackage.OUTPUT_BEHAVIOUR__NORMAL_STATE:
				return normalState != null;
			case CatalogPackage.OUTPUT_BEHAVIOUR__ACTIVE_STATE:
				return activeState != null;
			case CatalogPackage.OUTPUT_BEHAVIOUR__HIGH_LEVEL_BELOW_BATTERY:
				return highLevelBelowBattery != null;
			case CatalogPackage.OUTPUT_BEHAVIOUR__SOURCE_CURRENT_LIMIT:
				return sourceCurrentLimit != null;
			case CatalogPackage.OUTPUT_BEHAVIOUR__SINK_CURRENT:
				return sinkCurrent != null;
			case CatalogPackage.OUTPUT_BEHAVIOUR__CONTACT_RATING:
				return contactRating != null;
			case CatalogPackage.OUTPUT_BEHAVIOUR__SHORT_CIRCUIT_PROTECTED:
				return shortCircuitProtected != null;
			case CatalogPackage.OUTPUT_BEHAVIOUR__INDUCTIVE_LOAD_ALLOWED:
				return inductiveLoadAllowed != null;
			case CatalogPackage.OUTPUT_BEHAVIOUR__LEAD_TIME:
				return leadTime != null;
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
		result.append(" (trigger: ");
		result.append(trigger);
		result.append(')');
		return result.toString();
	}

} //OutputBehaviourImpl
