/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Output Behaviour</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Electrical behaviour of a signal output (Load disconnect, Charge disconnect, Pre-alarm, relay, aux, interface cable output), e.g. 'Normally high (Vbat - 0.1 V), source current limit 10 mA (short circuit protected), sink current 0 A (output free floating)' (000, 001 §4).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.OutputBehaviour#getTrigger <em>Trigger</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.OutputBehaviour#getNormalState <em>Normal State</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.OutputBehaviour#getActiveState <em>Active State</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.OutputBehaviour#getHighLevelBelowBattery <em>High Level Below Battery</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.OutputBehaviour#getSourceCurrentLimit <em>Source Current Limit</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.OutputBehaviour#getSinkCurrent <em>Sink Current</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.OutputBehaviour#getContactRating <em>Contact Rating</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.OutputBehaviour#getShortCircuitProtected <em>Short Circuit Protected</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.OutputBehaviour#getInductiveLoadAllowed <em>Inductive Load Allowed</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.OutputBehaviour#getLeadTime <em>Lead Time</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getOutputBehaviour()
 * @model
 * @generated
 */
public interface OutputBehaviour extends EObject {
	/**
	 * Returns the value of the '<em><b>Trigger</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cellwright.model.catalog.OutputTrigger}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What trips the output.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trigger</em>' attribute.
	 * @see io.cellwright.model.catalog.OutputTrigger
	 * @see #setTrigger(OutputTrigger)
	 * @see io.cellwright.model.catalog.CatalogPackage#getOutputBehaviour_Trigger()
	 * @model
	 * @generated
	 */
	OutputTrigger getTrigger();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.OutputBehaviour#getTrigger <em>Trigger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trigger</em>' attribute.
	 * @see io.cellwright.model.catalog.OutputTrigger
	 * @see #getTrigger()
	 * @generated
	 */
	void setTrigger(OutputTrigger value);

	/**
	 * Returns the value of the '<em><b>Normal State</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * State when all is well.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Normal State</em>' containment reference.
	 * @see #setNormalState(OutputStateFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getOutputBehaviour_NormalState()
	 * @model containment="true"
	 * @generated
	 */
	OutputStateFact getNormalState();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.OutputBehaviour#getNormalState <em>Normal State</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Normal State</em>' containment reference.
	 * @see #getNormalState()
	 * @generated
	 */
	void setNormalState(OutputStateFact value);

	/**
	 * Returns the value of the '<em><b>Active State</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * State when tripped or in alarm.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Active State</em>' containment reference.
	 * @see #setActiveState(OutputStateFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getOutputBehaviour_ActiveState()
	 * @model containment="true"
	 * @generated
	 */
	OutputStateFact getActiveState();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.OutputBehaviour#getActiveState <em>Active State</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Active State</em>' containment reference.
	 * @see #getActiveState()
	 * @generated
	 */
	void setActiveState(OutputStateFact value);

	/**
	 * Returns the value of the '<em><b>High Level Below Battery</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * In HIGH state the output is this far below battery voltage (Vbat - 0.1 V gives 0.1 V).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>High Level Below Battery</em>' containment reference.
	 * @see #setHighLevelBelowBattery(QuantityFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getOutputBehaviour_HighLevelBelowBattery()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='voltage'"
	 * @generated
	 */
	QuantityFact getHighLevelBelowBattery();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.OutputBehaviour#getHighLevelBelowBattery <em>High Level Below Battery</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>High Level Below Battery</em>' containment reference.
	 * @see #getHighLevelBelowBattery()
	 * @generated
	 */
	void setHighLevelBelowBattery(QuantityFact value);

	/**
	 * Returns the value of the '<em><b>Source Current Limit</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Maximum current the output sources.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Current Limit</em>' containment reference.
	 * @see #setSourceCurrentLimit(QuantityFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getOutputBehaviour_SourceCurrentLimit()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='current'"
	 * @generated
	 */
	QuantityFact getSourceCurrentLimit();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.OutputBehaviour#getSourceCurrentLimit <em>Source Current Limit</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Current Limit</em>' containment reference.
	 * @see #getSourceCurrentLimit()
	 * @generated
	 */
	void setSourceCurrentLimit(QuantityFact value);

	/**
	 * Returns the value of the '<em><b>Sink Current</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Current the output sinks.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sink Current</em>' containment reference.
	 * @see #setSinkCurrent(QuantityFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getOutputBehaviour_SinkCurrent()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='current'"
	 * @generated
	 */
	QuantityFact getSinkCurrent();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.OutputBehaviour#getSinkCurrent <em>Sink Current</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sink Current</em>' containment reference.
	 * @see #getSinkCurrent()
	 * @generated
	 */
	void setSinkCurrent(QuantityFact value);

	/**
	 * Returns the value of the '<em><b>Contact Rating</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Contact rating of a relay output.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contact Rating</em>' containment reference.
	 * @see #setContactRating(QuantityFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getOutputBehaviour_ContactRating()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='current'"
	 * @generated
	 */
	QuantityFact getContactRating();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.OutputBehaviour#getContactRating <em>Contact Rating</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contact Rating</em>' containment reference.
	 * @see #getContactRating()
	 * @generated
	 */
	void setContactRating(QuantityFact value);

	/**
	 * Returns the value of the '<em><b>Short Circuit Protected</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Short circuit protected.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Short Circuit Protected</em>' containment reference.
	 * @see #setShortCircuitProtected(BooleanFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getOutputBehaviour_ShortCircuitProtected()
	 * @model containment="true"
	 * @generated
	 */
	BooleanFact getShortCircuitProtected();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.OutputBehaviour#getShortCircuitProtected <em>Short Circuit Protected</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Short Circuit Protected</em>' containment reference.
	 * @see #getShortCircuitProtected()
	 * @generated
	 */
	void setShortCircuitProtected(BooleanFact value);

	/**
	 * Returns the value of the '<em><b>Inductive Load Allowed</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * May power an inductive load such as a relay coil.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Inductive Load Allowed</em>' containment reference.
	 * @see #setInductiveLoadAllowed(BooleanFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getOutputBehaviour_InductiveLoadAllowed()
	 * @model containment="true"
	 * @generated
	 */
	BooleanFact getInductiveLoadAllowed();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.OutputBehaviour#getInductiveLoadAllowed <em>Inductive Load Allowed</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inductive Load Allowed</em>' containment reference.
	 * @see #getInductiveLoadAllowed()
	 * @generated
	 */
	void setInductiveLoadAllowed(BooleanFact value);

	/**
	 * Returns the value of the '<em><b>Lead Time</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Minimum time the output trips before the load disconnect (pre-alarm: 30 s).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lead Time</em>' containment reference.
	 * @see #setLeadTime(QuantityFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getOutputBehaviour_LeadTime()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='time'"
	 * @generated
	 */
	QuantityFact getLeadTime();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.OutputBehaviour#getLeadTime <em>Lead Time</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lead Time</em>' containment reference.
	 * @see #getLeadTime()
	 * @generated
	 */
	void setLeadTime(QuantityFact value);

} // OutputBehaviour
