/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.design;

import io.cellwright.model.catalog.WireColour;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Wire</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A wire between two terminals.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.design.Wire#getCrossSection <em>Cross Section</em>}</li>
 *   <li>{@link io.cellwright.model.design.Wire#getLength <em>Length</em>}</li>
 *   <li>{@link io.cellwright.model.design.Wire#getColour <em>Colour</em>}</li>
 *   <li>{@link io.cellwright.model.design.Wire#getFrom <em>From</em>}</li>
 *   <li>{@link io.cellwright.model.design.Wire#getTo <em>To</em>}</li>
 *   <li>{@link io.cellwright.model.design.Wire#getFuse <em>Fuse</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.design.DesignPackage#getWire()
 * @model
 * @generated
 */
public interface Wire extends DesignElement {
	/**
	 * Returns the value of the '<em><b>Cross Section</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Conductor cross-section in mm2; unset = not decided yet.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cross Section</em>' attribute.
	 * @see #isSetCrossSection()
	 * @see #unsetCrossSection()
	 * @see #setCrossSection(double)
	 * @see io.cellwright.model.design.DesignPackage#getWire_CrossSection()
	 * @model unsettable="true"
	 *        annotation="http://cellwright.io/model/unit symbol='mm\262'"
	 * @generated
	 */
	double getCrossSection();

	/**
	 * Sets the value of the '{@link io.cellwright.model.design.Wire#getCrossSection <em>Cross Section</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cross Section</em>' attribute.
	 * @see #isSetCrossSection()
	 * @see #unsetCrossSection()
	 * @see #getCrossSection()
	 * @generated
	 */
	void setCrossSection(double value);

	/**
	 * Unsets the value of the '{@link io.cellwright.model.design.Wire#getCrossSection <em>Cross Section</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetCrossSection()
	 * @see #getCrossSection()
	 * @see #setCrossSection(double)
	 * @generated
	 */
	void unsetCrossSection();

	/**
	 * Returns whether the value of the '{@link io.cellwright.model.design.Wire#getCrossSection <em>Cross Section</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Cross Section</em>' attribute is set.
	 * @see #unsetCrossSection()
	 * @see #getCrossSection()
	 * @see #setCrossSection(double)
	 * @generated
	 */
	boolean isSetCrossSection();

	/**
	 * Returns the value of the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Length in m, one way; unset = not decided yet.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Length</em>' attribute.
	 * @see #isSetLength()
	 * @see #unsetLength()
	 * @see #setLength(double)
	 * @see io.cellwright.model.design.DesignPackage#getWire_Length()
	 * @model unsettable="true"
	 *        annotation="http://cellwright.io/model/unit symbol='m'"
	 * @generated
	 */
	double getLength();

	/**
	 * Sets the value of the '{@link io.cellwright.model.design.Wire#getLength <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Length</em>' attribute.
	 * @see #isSetLength()
	 * @see #unsetLength()
	 * @see #getLength()
	 * @generated
	 */
	void setLength(double value);

	/**
	 * Unsets the value of the '{@link io.cellwright.model.design.Wire#getLength <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetLength()
	 * @see #getLength()
	 * @see #setLength(double)
	 * @generated
	 */
	void unsetLength();

	/**
	 * Returns whether the value of the '{@link io.cellwright.model.design.Wire#getLength <em>Length</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Length</em>' attribute is set.
	 * @see #unsetLength()
	 * @see #getLength()
	 * @see #setLength(double)
	 * @generated
	 */
	boolean isSetLength();

	/**
	 * Returns the value of the '<em><b>Colour</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cellwright.model.catalog.WireColour}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Insulation colour.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Colour</em>' attribute.
	 * @see io.cellwright.model.catalog.WireColour
	 * @see #setColour(WireColour)
	 * @see io.cellwright.model.design.DesignPackage#getWire_Colour()
	 * @model
	 * @generated
	 */
	WireColour getColour();

	/**
	 * Sets the value of the '{@link io.cellwright.model.design.Wire#getColour <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Colour</em>' attribute.
	 * @see io.cellwright.model.catalog.WireColour
	 * @see #getColour()
	 * @generated
	 */
	void setColour(WireColour value);

	/**
	 * Returns the value of the '<em><b>From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One end (normally the battery side).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>From</em>' reference.
	 * @see #setFrom(TerminalInstance)
	 * @see io.cellwright.model.design.DesignPackage#getWire_From()
	 * @model required="true"
	 * @generated
	 */
	TerminalInstance getFrom();

	/**
	 * Sets the value of the '{@link io.cellwright.model.design.Wire#getFrom <em>From</em>}' reference.
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
	 * Other end.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>To</em>' reference.
	 * @see #setTo(TerminalInstance)
	 * @see io.cellwright.model.design.DesignPackage#getWire_To()
	 * @model required="true"
	 * @generated
	 */
	TerminalInstance getTo();

	/**
	 * Sets the value of the '{@link io.cellwright.model.design.Wire#getTo <em>To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To</em>' reference.
	 * @see #getTo()
	 * @generated
	 */
	void setTo(TerminalInstance value);

	/**
	 * Returns the value of the '<em><b>Fuse</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fuse in this wire, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fuse</em>' containment reference.
	 * @see #setFuse(WireFuse)
	 * @see io.cellwright.model.design.DesignPackage#getWire_Fuse()
	 * @model containment="true"
	 * @generated
	 */
	WireFuse getFuse();

	/**
	 * Sets the value of the '{@link io.cellwright.model.design.Wire#getFuse <em>Fuse</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fuse</em>' containment reference.
	 * @see #getFuse()
	 * @generated
	 */
	void setFuse(WireFuse value);

} // Wire
