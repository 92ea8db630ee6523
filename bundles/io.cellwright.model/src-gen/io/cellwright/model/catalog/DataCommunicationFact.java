/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Data Communication Fact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Data communication of a product (002 row 'Data communication').
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.DataCommunicationFact#getProtocols <em>Protocols</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.DataCommunicationFact#isWithGxDevice <em>With Gx Device</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.DataCommunicationFact#isWithInverterCharger <em>With Inverter Charger</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getDataCommunicationFact()
 * @model
 * @generated
 */
public interface DataCommunicationFact extends Fact {
	/**
	 * Returns the value of the '<em><b>Protocols</b></em>' attribute list.
	 * The list contents are of type {@link io.cellwright.model.catalog.CommunicationProtocol}.
	 * The literals are from the enumeration {@link io.cellwright.model.catalog.CommunicationProtocol}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Protocols; empty = none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Protocols</em>' attribute list.
	 * @see io.cellwright.model.catalog.CommunicationProtocol
	 * @see io.cellwright.model.catalog.CatalogPackage#getDataCommunicationFact_Protocols()
	 * @model
	 * @generated
	 */
	EList<CommunicationProtocol> getProtocols();

	/**
	 * Returns the value of the '<em><b>With Gx Device</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Communicates with a GX device.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>With Gx Device</em>' attribute.
	 * @see #setWithGxDevice(boolean)
	 * @see io.cellwright.model.catalog.CatalogPackage#getDataCommunicationFact_WithGxDevice()
	 * @model
	 * @generated
	 */
	boolean isWithGxDevice();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.DataCommunicationFact#isWithGxDevice <em>With Gx Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>With Gx Device</em>' attribute.
	 * @see #isWithGxDevice()
	 * @generated
	 */
	void setWithGxDevice(boolean value);

	/**
	 * Returns the value of the '<em><b>With Inverter Charger</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Communicates with inverter/chargers directly.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>With Inverter Charger</em>' attribute.
	 * @see #setWithInverterCharger(boolean)
	 * @see io.cellwright.model.catalog.CatalogPackage#getDataCommunicationFact_WithInverterCharger()
	 * @model
	 * @generated
	 */
	boolean isWithInverterCharger();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.DataCommunicationFact#isWithInverterCharger <em>With Inverter Charger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>With Inverter Charger</em>' attribute.
	 * @see #isWithInverterCharger()
	 * @generated
	 */
	void setWithInverterCharger(boolean value);

} // DataCommunicationFact
