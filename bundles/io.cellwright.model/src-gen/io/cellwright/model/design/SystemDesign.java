/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.design;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>System Design</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Root of a design file: one system.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.design.SystemDesign#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link io.cellwright.model.design.SystemDesign#getNominalVoltage <em>Nominal Voltage</em>}</li>
 *   <li>{@link io.cellwright.model.design.SystemDesign#getCatalogs <em>Catalogs</em>}</li>
 *   <li>{@link io.cellwright.model.design.SystemDesign#getComponents <em>Components</em>}</li>
 *   <li>{@link io.cellwright.model.design.SystemDesign#getWires <em>Wires</em>}</li>
 *   <li>{@link io.cellwright.model.design.SystemDesign#getBatteryBanks <em>Battery Banks</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.design.DesignPackage#getSystemDesign()
 * @model
 * @generated
 */
public interface SystemDesign extends DesignElement {
	/**
	 * Returns the value of the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version of the design file format, for migration. '1.0' for nsURI .../design/1.0. Always written (no default).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format Version</em>' attribute.
	 * @see #setFormatVersion(String)
	 * @see io.cellwright.model.design.DesignPackage#getSystemDesign_FormatVersion()
	 * @model required="true"
	 * @generated
	 */
	String getFormatVersion();

	/**
	 * Sets the value of the '{@link io.cellwright.model.design.SystemDesign#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Version</em>' attribute.
	 * @see #getFormatVersion()
	 * @generated
	 */
	void setFormatVersion(String value);

	/**
	 * Returns the value of the '<em><b>Nominal Voltage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Nominal system voltage in V (12, 24, 48).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nominal Voltage</em>' attribute.
	 * @see #isSetNominalVoltage()
	 * @see #unsetNominalVoltage()
	 * @see #setNominalVoltage(double)
	 * @see io.cellwright.model.design.DesignPackage#getSystemDesign_NominalVoltage()
	 * @model unsettable="true"
	 *        annotation="http://cellwright.io/model/unit symbol='V'"
	 * @generated
	 */
	double getNominalVoltage();

	/**
	 * Sets the value of the '{@link io.cellwright.model.design.SystemDesign#getNominalVoltage <em>Nominal Voltage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nominal Voltage</em>' attribute.
	 * @see #isSetNominalVoltage()
	 * @see #unsetNominalVoltage()
	 * @see #getNominalVoltage()
	 * @generated
	 */
	void setNominalVoltage(double value);

	/**
	 * Unsets the value of the '{@link io.cellwright.model.design.SystemDesign#getNominalVoltage <em>Nominal Voltage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetNominalVoltage()
	 * @see #getNominalVoltage()
	 * @see #setNominalVoltage(double)
	 * @generated
	 */
	void unsetNominalVoltage();

	/**
	 * Returns whether the value of the '{@link io.cellwright.model.design.SystemDesign#getNominalVoltage <em>Nominal Voltage</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Nominal Voltage</em>' attribute is set.
	 * @see #unsetNominalVoltage()
	 * @see #getNominalVoltage()
	 * @see #setNominalVoltage(double)
	 * @generated
	 */
	boolean isSetNominalVoltage();

	/**
	 * Returns the value of the '<em><b>Catalogs</b></em>' containment reference list.
	 * The list contents are of type {@link io.cellwright.model.design.CatalogUse}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Catalogs the design uses, with the version it was made with, so a missing third-party catalog can be named in the error message.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Catalogs</em>' containment reference list.
	 * @see io.cellwright.model.design.DesignPackage#getSystemDesign_Catalogs()
	 * @model containment="true"
	 * @generated
	 */
	EList<CatalogUse> getCatalogs();

	/**
	 * Returns the value of the '<em><b>Components</b></em>' containment reference list.
	 * The list contents are of type {@link io.cellwright.model.design.ComponentInstance}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Components.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Components</em>' containment reference list.
	 * @see io.cellwright.model.design.DesignPackage#getSystemDesign_Components()
	 * @model containment="true"
	 * @generated
	 */
	EList<ComponentInstance> getComponents();

	/**
	 * Returns the value of the '<em><b>Wires</b></em>' containment reference list.
	 * The list contents are of type {@link io.cellwright.model.design.Wire}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Wires between terminals.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Wires</em>' containment reference list.
	 * @see io.cellwright.model.design.DesignPackage#getSystemDesign_Wires()
	 * @model containment="true"
	 * @generated
	 */
	EList<Wire> getWires();

	/**
	 * Returns the value of the '<em><b>Battery Banks</b></em>' containment reference list.
	 * The list contents are of type {@link io.cellwright.model.design.BatteryBank}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Battery banks.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Battery Banks</em>' containment reference list.
	 * @see io.cellwright.model.design.DesignPackage#getSystemDesign_BatteryBanks()
	 * @model containment="true"
	 * @generated
	 */
	EList<BatteryBank> getBatteryBanks();

} // SystemDesign
