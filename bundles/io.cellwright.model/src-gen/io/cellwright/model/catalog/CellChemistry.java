/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cell Chemistry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A cell chemistry with its generic data (not product specific).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.CellChemistry#getId <em>Id</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.CellChemistry#getName <em>Name</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.CellChemistry#getNominalCellVoltage <em>Nominal Cell Voltage</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.CellChemistry#getOcvCurve <em>Ocv Curve</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getCellChemistry()
 * @model
 * @generated
 */
public interface CellChemistry extends Sourced {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id, e.g. 'lifepo4'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getCellChemistry_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.CellChemistry#getId <em>Id</em>}' attribute.
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
	 * Name, e.g. 'LiFePO4'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getCellChemistry_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.CellChemistry#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Nominal Cell Voltage</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Nominal cell voltage.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nominal Cell Voltage</em>' containment reference.
	 * @see #setNominalCellVoltage(QuantityFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getCellChemistry_NominalCellVoltage()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='voltage'"
	 * @generated
	 */
	QuantityFact getNominalCellVoltage();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.CellChemistry#getNominalCellVoltage <em>Nominal Cell Voltage</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nominal Cell Voltage</em>' containment reference.
	 * @see #getNominalCellVoltage()
	 * @generated
	 */
	void setNominalCellVoltage(QuantityFact value);

	/**
	 * Returns the value of the '<em><b>Ocv Curve</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Open-circuit voltage curve.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ocv Curve</em>' containment reference.
	 * @see #setOcvCurve(OcvCurveFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getCellChemistry_OcvCurve()
	 * @model containment="true"
	 * @generated
	 */
	OcvCurveFact getOcvCurve();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.CellChemistry#getOcvCurve <em>Ocv Curve</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ocv Curve</em>' containment reference.
	 * @see #getOcvCurve()
	 * @generated
	 */
	void setOcvCurve(OcvCurveFact value);

} // CellChemistry
