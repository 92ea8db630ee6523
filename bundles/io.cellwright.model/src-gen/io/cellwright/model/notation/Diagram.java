/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.notation;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The wiring diagram of one design: the shapes of its components and terminals and the routes of its wires.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.notation.Diagram#getDesignId <em>Design Id</em>}</li>
 *   <li>{@link io.cellwright.model.notation.Diagram#getShapes <em>Shapes</em>}</li>
 *   <li>{@link io.cellwright.model.notation.Diagram#getEdges <em>Edges</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.notation.NotationPackage#getDiagram()
 * @model
 * @generated
 */
public interface Diagram extends EObject {
	/**
	 * Returns the value of the '<em><b>Design Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the SystemDesign this diagram draws.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Design Id</em>' attribute.
	 * @see #setDesignId(String)
	 * @see io.cellwright.model.notation.NotationPackage#getDiagram_DesignId()
	 * @model
	 * @generated
	 */
	String getDesignId();

	/**
	 * Sets the value of the '{@link io.cellwright.model.notation.Diagram#getDesignId <em>Design Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Design Id</em>' attribute.
	 * @see #getDesignId()
	 * @generated
	 */
	void setDesignId(String value);

	/**
	 * Returns the value of the '<em><b>Shapes</b></em>' containment reference list.
	 * The list contents are of type {@link io.cellwright.model.notation.Shape}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bounds of components (absolute) and terminals (relative to their component).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Shapes</em>' containment reference list.
	 * @see io.cellwright.model.notation.NotationPackage#getDiagram_Shapes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Shape> getShapes();

	/**
	 * Returns the value of the '<em><b>Edges</b></em>' containment reference list.
	 * The list contents are of type {@link io.cellwright.model.notation.Edge}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Routes of wires.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Edges</em>' containment reference list.
	 * @see io.cellwright.model.notation.NotationPackage#getDiagram_Edges()
	 * @model containment="true"
	 * @generated
	 */
	EList<Edge> getEdges();

} // Diagram
