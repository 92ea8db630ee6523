/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Connector Fact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Physical connector of a terminal, e.g. M8 stud, 10 Nm (000).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.ConnectorFact#getConnector <em>Connector</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.ConnectorFact#getPoles <em>Poles</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.ConnectorFact#getSize <em>Size</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.ConnectorFact#getMountingTorque <em>Mounting Torque</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getConnectorFact()
 * @model
 * @generated
 */
public interface ConnectorFact extends Fact {
	/**
	 * Returns the value of the '<em><b>Connector</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cellwright.model.catalog.ConnectorType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Connector type.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Connector</em>' attribute.
	 * @see io.cellwright.model.catalog.ConnectorType
	 * @see #setConnector(ConnectorType)
	 * @see io.cellwright.model.catalog.CatalogPackage#getConnectorFact_Connector()
	 * @model
	 * @generated
	 */
	ConnectorType getConnector();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.ConnectorFact#getConnector <em>Connector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Connector</em>' attribute.
	 * @see io.cellwright.model.catalog.ConnectorType
	 * @see #getConnector()
	 * @generated
	 */
	void setConnector(ConnectorType value);

	/**
	 * Returns the value of the '<em><b>Poles</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of poles of a plug or circular connector.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Poles</em>' attribute.
	 * @see #setPoles(int)
	 * @see io.cellwright.model.catalog.CatalogPackage#getConnectorFact_Poles()
	 * @model
	 * @generated
	 */
	int getPoles();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.ConnectorFact#getPoles <em>Poles</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Poles</em>' attribute.
	 * @see #getPoles()
	 * @generated
	 */
	void setPoles(int value);

	/**
	 * Returns the value of the '<em><b>Size</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Size: stud thread diameter (M8 = 8 mm), Faston width (6.3 mm).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Size</em>' containment reference.
	 * @see #setSize(Quantity)
	 * @see io.cellwright.model.catalog.CatalogPackage#getConnectorFact_Size()
	 * @model containment="true"
	 * @generated
	 */
	Quantity getSize();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.ConnectorFact#getSize <em>Size</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' containment reference.
	 * @see #getSize()
	 * @generated
	 */
	void setSize(Quantity value);

	/**
	 * Returns the value of the '<em><b>Mounting Torque</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mounting torque.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mounting Torque</em>' containment reference.
	 * @see #setMountingTorque(Quantity)
	 * @see io.cellwright.model.catalog.CatalogPackage#getConnectorFact_MountingTorque()
	 * @model containment="true"
	 * @generated
	 */
	Quantity getMountingTorque();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.ConnectorFact#getMountingTorque <em>Mounting Torque</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mounting Torque</em>' containment reference.
	 * @see #getMountingTorque()
	 * @generated
	 */
	void setMountingTorque(Quantity value);

} // ConnectorFact
