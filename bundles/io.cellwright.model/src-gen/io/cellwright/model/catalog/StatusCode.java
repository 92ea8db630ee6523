/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Status Code</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An error, alarm or warning code (001 Appendix B), e.g. 'A-B11 Undervoltage'.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.StatusCode#getCode <em>Code</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.StatusCode#getSeverity <em>Severity</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.StatusCode#getTitle <em>Title</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.StatusCode#getDescription <em>Description</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.StatusCode#getRemedySteps <em>Remedy Steps</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.StatusCode#isUserCorrectable <em>User Correctable</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.StatusCode#getRemovedInFirmware <em>Removed In Firmware</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getStatusCode()
 * @model
 * @generated
 */
public interface StatusCode extends Fact {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Code as displayed, e.g. 'E-B30'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getStatusCode_Code()
	 * @model required="true"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.StatusCode#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Severity</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cellwright.model.catalog.CodeSeverity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Severity.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Severity</em>' attribute.
	 * @see io.cellwright.model.catalog.CodeSeverity
	 * @see #setSeverity(CodeSeverity)
	 * @see io.cellwright.model.catalog.CatalogPackage#getStatusCode_Severity()
	 * @model
	 * @generated
	 */
	CodeSeverity getSeverity();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.StatusCode#getSeverity <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Severity</em>' attribute.
	 * @see io.cellwright.model.catalog.CodeSeverity
	 * @see #getSeverity()
	 * @generated
	 */
	void setSeverity(CodeSeverity value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Title, e.g. 'Calibration failure'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getStatusCode_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.StatusCode#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cause as written.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getStatusCode_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.StatusCode#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Remedy Steps</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Remedy, step by step.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Remedy Steps</em>' attribute list.
	 * @see io.cellwright.model.catalog.CatalogPackage#getStatusCode_RemedySteps()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getRemedySteps();

	/**
	 * Returns the value of the '<em><b>User Correctable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The user can correct it (false: 'requires replacement').
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>User Correctable</em>' attribute.
	 * @see #setUserCorrectable(boolean)
	 * @see io.cellwright.model.catalog.CatalogPackage#getStatusCode_UserCorrectable()
	 * @model
	 * @generated
	 */
	boolean isUserCorrectable();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.StatusCode#isUserCorrectable <em>User Correctable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User Correctable</em>' attribute.
	 * @see #isUserCorrectable()
	 * @generated
	 */
	void setUserCorrectable(boolean value);

	/**
	 * Returns the value of the '<em><b>Removed In Firmware</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Firmware version from which the code no longer appears ('v1.08').
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Removed In Firmware</em>' attribute.
	 * @see #setRemovedInFirmware(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getStatusCode_RemovedInFirmware()
	 * @model
	 * @generated
	 */
	String getRemovedInFirmware();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.StatusCode#getRemovedInFirmware <em>Removed In Firmware</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Removed In Firmware</em>' attribute.
	 * @see #getRemovedInFirmware()
	 * @generated
	 */
	void setRemovedInFirmware(String value);

} // StatusCode
