/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.design;

import io.cellwright.model.catalog.AccessoryCableType;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Bms Cable Link</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One M8 BMS cable connection of the daisy chain: an output to an input.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.design.BmsCableLink#getExtensionCount <em>Extension Count</em>}</li>
 *   <li>{@link io.cellwright.model.design.BmsCableLink#getFrom <em>From</em>}</li>
 *   <li>{@link io.cellwright.model.design.BmsCableLink#getTo <em>To</em>}</li>
 *   <li>{@link io.cellwright.model.design.BmsCableLink#getExtensionCable <em>Extension Cable</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.design.DesignPackage#getBmsCableLink()
 * @model
 * @generated
 */
public interface BmsCableLink extends EObject {
	/**
	 * Returns the value of the '<em><b>Extension Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of M8 extension cables inserted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Extension Count</em>' attribute.
	 * @see #setExtensionCount(int)
	 * @see io.cellwright.model.design.DesignPackage#getBmsCableLink_ExtensionCount()
	 * @model
	 * @generated
	 */
	int getExtensionCount();

	/**
	 * Sets the value of the '{@link io.cellwright.model.design.BmsCableLink#getExtensionCount <em>Extension Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Extension Count</em>' attribute.
	 * @see #getExtensionCount()
	 * @generated
	 */
	void setExtensionCount(int value);

	/**
	 * Returns the value of the '<em><b>From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A BMS_CABLE_OUT terminal.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>From</em>' reference.
	 * @see #setFrom(TerminalInstance)
	 * @see io.cellwright.model.design.DesignPackage#getBmsCableLink_From()
	 * @model required="true"
	 * @generated
	 */
	TerminalInstance getFrom();

	/**
	 * Sets the value of the '{@link io.cellwright.model.design.BmsCableLink#getFrom <em>From</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From</em>' reference.
	 * @see #getFrom()
	 * @generated
	 */
	void setFrom(TerminalInstance value);

	/**
	 * Returns the value of the '<em><b>To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A BMS_CABLE_IN terminal.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>To</em>' reference.
	 * @see #setTo(TerminalInstance)
	 * @see io.cellwright.model.design.DesignPackage#getBmsCableLink_To()
	 * @model required="true"
	 * @generated
	 */
	TerminalInstance getTo();

	/**
	 * Sets the value of the '{@link io.cellwright.model.design.BmsCableLink#getTo <em>To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To</em>' reference.
	 * @see #getTo()
	 * @generated
	 */
	void setTo(TerminalInstance value);

	/**
	 * Returns the value of the '<em><b>Extension Cable</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Type of the extension cables, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Extension Cable</em>' reference.
	 * @see #setExtensionCable(AccessoryCableType)
	 * @see io.cellwright.model.design.DesignPackage#getBmsCableLink_ExtensionCable()
	 * @model
	 * @generated
	 */
	AccessoryCableType getExtensionCable();

	/**
	 * Sets the value of the '{@link io.cellwright.model.design.BmsCableLink#getExtensionCable <em>Extension Cable</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Extension Cable</em>' reference.
	 * @see #getExtensionCable()
	 * @generated
	 */
	void setExtensionCable(AccessoryCableType value);

} // BmsCableLink
