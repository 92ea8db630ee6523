/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.design;

import io.cellwright.model.catalog.FuseType;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Wire Fuse</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A fuse in a wire.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.design.WireFuse#getRating <em>Rating</em>}</li>
 *   <li>{@link io.cellwright.model.design.WireFuse#getLocation <em>Location</em>}</li>
 *   <li>{@link io.cellwright.model.design.WireFuse#getFuseType <em>Fuse Type</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.design.DesignPackage#getWireFuse()
 * @model
 * @generated
 */
public interface WireFuse extends EObject {
	/**
	 * Returns the value of the '<em><b>Rating</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rating in A.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rating</em>' attribute.
	 * @see #setRating(double)
	 * @see io.cellwright.model.design.DesignPackage#getWireFuse_Rating()
	 * @model required="true"
	 *        annotation="http://cellwright.io/model/unit symbol='A'"
	 * @generated
	 */
	double getRating();

	/**
	 * Sets the value of the '{@link io.cellwright.model.design.WireFuse#getRating <em>Rating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rating</em>' attribute.
	 * @see #getRating()
	 * @generated
	 */
	void setRating(double value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cellwright.model.design.FuseLocation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * End of the wire where the fuse sits.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see io.cellwright.model.design.FuseLocation
	 * @see #setLocation(FuseLocation)
	 * @see io.cellwright.model.design.DesignPackage#getWireFuse_Location()
	 * @model
	 * @generated
	 */
	FuseLocation getLocation();

	/**
	 * Sets the value of the '{@link io.cellwright.model.design.WireFuse#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see io.cellwright.model.design.FuseLocation
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(FuseLocation value);

	/**
	 * Returns the value of the '<em><b>Fuse Type</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fuse family from the catalog.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fuse Type</em>' reference.
	 * @see #setFuseType(FuseType)
	 * @see io.cellwright.model.design.DesignPackage#getWireFuse_FuseType()
	 * @model
	 * @generated
	 */
	FuseType getFuseType();

	/**
	 * Sets the value of the '{@link io.cellwright.model.design.WireFuse#getFuseType <em>Fuse Type</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fuse Type</em>' reference.
	 * @see #getFuseType()
	 * @generated
	 */
	void setFuseType(FuseType value);

} // WireFuse
