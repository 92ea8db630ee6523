/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Remote Use Mode</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One use mode of the remote on/off terminals, e.g. '2. ON when the L terminal is pulled to battery minus (V < 5 V)' (001 §4).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.RemoteUseMode#getLabel <em>Label</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.RemoteUseMode#getCondition <em>Condition</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.RemoteUseMode#isOn <em>On</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.RemoteUseMode#getThreshold <em>Threshold</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getRemoteUseMode()
 * @model
 * @generated
 */
public interface RemoteUseMode extends Fact {
	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Label as printed: '1', 'A'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getRemoteUseMode_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.RemoteUseMode#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Condition</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cellwright.model.catalog.RemoteCondition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Condition.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Condition</em>' attribute.
	 * @see io.cellwright.model.catalog.RemoteCondition
	 * @see #setCondition(RemoteCondition)
	 * @see io.cellwright.model.catalog.CatalogPackage#getRemoteUseMode_Condition()
	 * @model
	 * @generated
	 */
	RemoteCondition getCondition();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.RemoteUseMode#getCondition <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Condition</em>' attribute.
	 * @see io.cellwright.model.catalog.RemoteCondition
	 * @see #getCondition()
	 * @generated
	 */
	void setCondition(RemoteCondition value);

	/**
	 * Returns the value of the '<em><b>On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Device is ON in this condition.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>On</em>' attribute.
	 * @see #setOn(boolean)
	 * @see io.cellwright.model.catalog.CatalogPackage#getRemoteUseMode_On()
	 * @model
	 * @generated
	 */
	boolean isOn();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.RemoteUseMode#isOn <em>On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>On</em>' attribute.
	 * @see #isOn()
	 * @generated
	 */
	void setOn(boolean value);

	/**
	 * Returns the value of the '<em><b>Threshold</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Voltage threshold of the condition, if stated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Threshold</em>' containment reference.
	 * @see #setThreshold(Quantity)
	 * @see io.cellwright.model.catalog.CatalogPackage#getRemoteUseMode_Threshold()
	 * @model containment="true"
	 * @generated
	 */
	Quantity getThreshold();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.RemoteUseMode#getThreshold <em>Threshold</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Threshold</em>' containment reference.
	 * @see #getThreshold()
	 * @generated
	 */
	void setThreshold(Quantity value);

} // RemoteUseMode
