/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Power Port Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Ratings of a DC power port (System+, Alternator/Starter Batt+...).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.PowerPortSpec#getDirection <em>Direction</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.PowerPortSpec#getContinuousCurrent <em>Continuous Current</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.PowerPortSpec#getPeakCurrent <em>Peak Current</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.PowerPortSpec#getEnableVoltage <em>Enable Voltage</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.PowerPortSpec#getReverseCurrentBlocked <em>Reverse Current Blocked</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.PowerPortSpec#getCurrentLimitOfFuseRating <em>Current Limit Of Fuse Rating</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getPowerPortSpec()
 * @model
 * @generated
 */
public interface PowerPortSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cellwright.model.catalog.CurrentDirection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Allowed current direction.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see io.cellwright.model.catalog.CurrentDirection
	 * @see #setDirection(CurrentDirection)
	 * @see io.cellwright.model.catalog.CatalogPackage#getPowerPortSpec_Direction()
	 * @model
	 * @generated
	 */
	CurrentDirection getDirection();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.PowerPortSpec#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see io.cellwright.model.catalog.CurrentDirection
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(CurrentDirection value);

	/**
	 * Returns the value of the '<em><b>Continuous Current</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Maximum continuous current.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Continuous Current</em>' containment reference.
	 * @see #setContinuousCurrent(QuantityFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getPowerPortSpec_ContinuousCurrent()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='current'"
	 * @generated
	 */
	QuantityFact getContinuousCurrent();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.PowerPortSpec#getContinuousCurrent <em>Continuous Current</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Continuous Current</em>' containment reference.
	 * @see #getContinuousCurrent()
	 * @generated
	 */
	void setContinuousCurrent(QuantityFact value);

	/**
	 * Returns the value of the '<em><b>Peak Current</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Peak current.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Peak Current</em>' containment reference.
	 * @see #setPeakCurrent(QuantityFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getPowerPortSpec_PeakCurrent()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='current'"
	 * @generated
	 */
	QuantityFact getPeakCurrent();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.PowerPortSpec#getPeakCurrent <em>Peak Current</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Peak Current</em>' containment reference.
	 * @see #getPeakCurrent()
	 * @generated
	 */
	void setPeakCurrent(QuantityFact value);

	/**
	 * Returns the value of the '<em><b>Enable Voltage</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Input voltage needed before current flows ('> 13 V').
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enable Voltage</em>' containment reference.
	 * @see #setEnableVoltage(QuantityFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getPowerPortSpec_EnableVoltage()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='voltage'"
	 * @generated
	 */
	QuantityFact getEnableVoltage();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.PowerPortSpec#getEnableVoltage <em>Enable Voltage</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enable Voltage</em>' containment reference.
	 * @see #getEnableVoltage()
	 * @generated
	 */
	void setEnableVoltage(QuantityFact value);

	/**
	 * Returns the value of the '<em><b>Reverse Current Blocked</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No current flows back out of the battery through this port.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reverse Current Blocked</em>' containment reference.
	 * @see #setReverseCurrentBlocked(BooleanFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getPowerPortSpec_ReverseCurrentBlocked()
	 * @model containment="true"
	 * @generated
	 */
	BooleanFact getReverseCurrentBlocked();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.PowerPortSpec#getReverseCurrentBlocked <em>Reverse Current Blocked</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reverse Current Blocked</em>' containment reference.
	 * @see #getReverseCurrentBlocked()
	 * @generated
	 */
	void setReverseCurrentBlocked(BooleanFact value);

	/**
	 * Returns the value of the '<em><b>Current Limit Of Fuse Rating</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Input current limit as a fraction of the installed fuse rating ('approximately 90 %').
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Current Limit Of Fuse Rating</em>' containment reference.
	 * @see #setCurrentLimitOfFuseRating(QuantityFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getPowerPortSpec_CurrentLimitOfFuseRating()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='dimensionless'"
	 * @generated
	 */
	QuantityFact getCurrentLimitOfFuseRating();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.PowerPortSpec#getCurrentLimitOfFuseRating <em>Current Limit Of Fuse Rating</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Current Limit Of Fuse Rating</em>' containment reference.
	 * @see #getCurrentLimitOfFuseRating()
	 * @generated
	 */
	void setCurrentLimitOfFuseRating(QuantityFact value);

} // PowerPortSpec
