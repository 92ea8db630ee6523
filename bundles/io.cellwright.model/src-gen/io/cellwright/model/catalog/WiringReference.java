/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Wiring Reference</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Reference data for cables, voltage drop and fuses (domain/batteries-and-wiring.md).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.WiringReference#getId <em>Id</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.WiringReference#getName <em>Name</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.WiringReference#getConductorResistivity <em>Conductor Resistivity</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.WiringReference#getConductorConductivity <em>Conductor Conductivity</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.WiringReference#getResistanceTemperatureCoefficient <em>Resistance Temperature Coefficient</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.WiringReference#getAmpacity <em>Ampacity</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.WiringReference#getBundlingDerating <em>Bundling Derating</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.WiringReference#getVoltageDropLimits <em>Voltage Drop Limits</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.WiringReference#getFuseMinimumOfDeviceCurrent <em>Fuse Minimum Of Device Current</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.WiringReference#getSystemVoltageGuides <em>System Voltage Guides</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getWiringReference()
 * @model
 * @generated
 */
public interface WiringReference extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getWiringReference_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.WiringReference#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getWiringReference_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.WiringReference#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Conductor Resistivity</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Resistivity of copper at 20 °C.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Conductor Resistivity</em>' containment reference.
	 * @see #setConductorResistivity(QuantityFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getWiringReference_ConductorResistivity()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='resistivity'"
	 * @generated
	 */
	QuantityFact getConductorResistivity();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.WiringReference#getConductorResistivity <em>Conductor Resistivity</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Conductor Resistivity</em>' containment reference.
	 * @see #getConductorResistivity()
	 * @generated
	 */
	void setConductorResistivity(QuantityFact value);

	/**
	 * Returns the value of the '<em><b>Conductor Conductivity</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Conductivity used in marine practice (56 m/(ohm.mm2)).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Conductor Conductivity</em>' containment reference.
	 * @see #setConductorConductivity(QuantityFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getWiringReference_ConductorConductivity()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='conductivity'"
	 * @generated
	 */
	QuantityFact getConductorConductivity();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.WiringReference#getConductorConductivity <em>Conductor Conductivity</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Conductor Conductivity</em>' containment reference.
	 * @see #getConductorConductivity()
	 * @generated
	 */
	void setConductorConductivity(QuantityFact value);

	/**
	 * Returns the value of the '<em><b>Resistance Temperature Coefficient</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Temperature coefficient of copper resistance.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resistance Temperature Coefficient</em>' containment reference.
	 * @see #setResistanceTemperatureCoefficient(QuantityFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getWiringReference_ResistanceTemperatureCoefficient()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='temperatureCoefficient'"
	 * @generated
	 */
	QuantityFact getResistanceTemperatureCoefficient();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.WiringReference#getResistanceTemperatureCoefficient <em>Resistance Temperature Coefficient</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resistance Temperature Coefficient</em>' containment reference.
	 * @see #getResistanceTemperatureCoefficient()
	 * @generated
	 */
	void setResistanceTemperatureCoefficient(QuantityFact value);

	/**
	 * Returns the value of the '<em><b>Ampacity</b></em>' containment reference list.
	 * The list contents are of type {@link io.cellwright.model.catalog.AmpacityFact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ampacity per cross-section.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ampacity</em>' containment reference list.
	 * @see io.cellwright.model.catalog.CatalogPackage#getWiringReference_Ampacity()
	 * @model containment="true"
	 * @generated
	 */
	EList<AmpacityFact> getAmpacity();

	/**
	 * Returns the value of the '<em><b>Bundling Derating</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Derating when bundled.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bundling Derating</em>' containment reference.
	 * @see #setBundlingDerating(RangeFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getWiringReference_BundlingDerating()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='dimensionless'"
	 * @generated
	 */
	RangeFact getBundlingDerating();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.WiringReference#getBundlingDerating <em>Bundling Derating</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bundling Derating</em>' containment reference.
	 * @see #getBundlingDerating()
	 * @generated
	 */
	void setBundlingDerating(RangeFact value);

	/**
	 * Returns the value of the '<em><b>Voltage Drop Limits</b></em>' containment reference list.
	 * The list contents are of type {@link io.cellwright.model.catalog.VoltageDropLimitFact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Allowed voltage drops.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Voltage Drop Limits</em>' containment reference list.
	 * @see io.cellwright.model.catalog.CatalogPackage#getWiringReference_VoltageDropLimits()
	 * @model containment="true"
	 * @generated
	 */
	EList<VoltageDropLimitFact> getVoltageDropLimits();

	/**
	 * Returns the value of the '<em><b>Fuse Minimum Of Device Current</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A fuse is at least this fraction of the device current (125 %).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fuse Minimum Of Device Current</em>' containment reference.
	 * @see #setFuseMinimumOfDeviceCurrent(QuantityFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getWiringReference_FuseMinimumOfDeviceCurrent()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='dimensionless'"
	 * @generated
	 */
	QuantityFact getFuseMinimumOfDeviceCurrent();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.WiringReference#getFuseMinimumOfDeviceCurrent <em>Fuse Minimum Of Device Current</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fuse Minimum Of Device Current</em>' containment reference.
	 * @see #getFuseMinimumOfDeviceCurrent()
	 * @generated
	 */
	void setFuseMinimumOfDeviceCurrent(QuantityFact value);

	/**
	 * Returns the value of the '<em><b>System Voltage Guides</b></em>' containment reference list.
	 * The list contents are of type {@link io.cellwright.model.catalog.SystemVoltageGuideFact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Preferred system voltage per inverter power.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>System Voltage Guides</em>' containment reference list.
	 * @see io.cellwright.model.catalog.CatalogPackage#getWiringReference_SystemVoltageGuides()
	 * @model containment="true"
	 * @generated
	 */
	EList<SystemVoltageGuideFact> getSystemVoltageGuides();

} // WiringReference
