/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.design;

import io.cellwright.model.catalog.TerminalDefinition;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Terminal Instance</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A terminal of a component; wires and BMS cable links connect terminal instances.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.design.TerminalInstance#getDefinition <em>Definition</em>}</li>
 *   <li>{@link io.cellwright.model.design.TerminalInstance#getComponent <em>Component</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.design.DesignPackage#getTerminalInstance()
 * @model
 * @generated
 */
public interface TerminalInstance extends DesignElement {
	/**
	 * Returns the value of the '<em><b>Definition</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Terminal definition of the component's product type.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Definition</em>' reference.
	 * @see #setDefinition(TerminalDefinition)
	 * @see io.cellwright.model.design.DesignPackage#getTerminalInstance_Definition()
	 * @model required="true"
	 * @generated
	 */
	TerminalDefinition getDefinition();

	/**
	 * Sets the value of the '{@link io.cellwright.model.design.TerminalInstance#getDefinition <em>Definition</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Definition</em>' reference.
	 * @see #getDefinition()
	 * @generated
	 */
	void setDefinition(TerminalDefinition value);

	/**
	 * Returns the value of the '<em><b>Component</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link io.cellwright.model.design.ComponentInstance#getTerminals <em>Terminals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Owning component.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Component</em>' container reference.
	 * @see #setComponent(ComponentInstance)
	 * @see io.cellwright.model.design.DesignPackage#getTerminalInstance_Component()
	 * @see io.cellwright.model.design.ComponentInstance#getTerminals
	 * @model opposite="terminals"
	 * @generated
	 */
	ComponentInstance getComponent();

	/**
	 * Sets the value of the '{@link io.cellwright.model.design.TerminalInstance#getComponent <em>Component</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Component</em>' container reference.
	 * @see #getComponent()
	 * @generated
	 */
	void setComponent(ComponentInstance value);

} // TerminalInstance
