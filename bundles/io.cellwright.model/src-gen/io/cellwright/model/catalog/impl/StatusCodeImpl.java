/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog.impl;

import io.cellwright.model.catalog.CatalogPackage;
import io.cellwright.model.catalog.CodeSeverity;
import io.cellwright.model.catalog.StatusCode;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Status Code</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.impl.StatusCodeImpl#getCode <em>Code</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.StatusCodeImpl#getSeverity <em>Severity</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.StatusCodeImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.StatusCodeImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.StatusCodeImpl#getRemedySteps <em>Remedy Steps</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.StatusCodeImpl#isUserCorrectable <em>User Correctable</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.StatusCodeImpl#getRemovedInFirmware <em>Removed In Firmware</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StatusCodeImpl extends FactImpl implements StatusCode {
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected static final CodeSeverity SEVERITY_EDEFAULT = CodeSeverity.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected CodeSeverity severity = SEVERITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRemedySteps() <em>Remedy Steps</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemedySteps()
	 * @generated
	 * @ordered
	 */
	protected EList<String> remedySteps;

	/**
	 * The default value of the '{@link #isUserCorrectable() <em>User Correctable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUserCorrectable()
	 * @generated
	 * @ordered
	 */
	protected static final boolean USER_CORRECTABLE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isUserCorrectable() <em>User Correctable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUserCorrectable()
	 * @generated
	 * @ordered
	 */
	protected boolean userCorrectable = USER_CORRECTABLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRemovedInFirmware() <em>Removed In Firmware</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemovedInFirmware()
	 * @generated
	 * @ordered
	 */
	protected static final String REMOVED_IN_FIRMWARE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRemovedInFirmware() <em>Removed In Firmware</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemovedInFirmware()
	 * @generated
	 * @ordered
	 */
	protected String removedInFirmware = REMOVED_IN_FIRMWARE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StatusCodeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.STATUS_CODE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.STATUS_CODE__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CodeSeverity getSeverity() {
		return severity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeverity(CodeSeverity newSeverity) {
		CodeSeverity oldSeverity = severity;
		severity = newSeverity == null ? SEVERITY_EDEFAULT : newSeverity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.STATUS_CODE__SEVERITY, oldSeverity, severity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.STATUS_CODE__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.STATUS_CODE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRemedySteps() {
		if (remedySteps == null) {
			remedySteps = new EDataTypeEList<String>(String.class, this, CatalogPackage.STATUS_CODE__REMEDY_STEPS);
		}
		return remedySteps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isUserCorrectable() {
		return userCorrectable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUserCorrectable(boolean newUserCorrectable) {
		boolean oldUserCorrectable = userCorrectable;
		userCorrectable = newUserCorrectable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.STATUS_CODE__USER_CORRECTABLE, oldUserCorrectable, userCorrectable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRemovedInFirmware() {
		return removedInFirmware;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRemovedInFirmware(String newRemovedInFirmware) {
		String oldRemovedInFirmware = removedInFirmware;
		removedInFirmware = newRemovedInFirmware;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.STATUS_CODE__REMOVED_IN_FIRMWARE, oldRemovedInFirmware, removedInFirmware));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CatalogPackage.STATUS_CODE__CODE:
				return getCode();
			case CatalogPackage.STATUS_CODE__SEVERITY:
				return getSeverity();
			case CatalogPackage.STATUS_CODE__TITLE:
				return getTitle();
			case CatalogPackage.STATUS_CODE__DESCRIPTION:
				return getDescription();
			case CatalogPackage.STATUS_CODE__REMEDY_STEPS:
				return getRemedySteps();
			case CatalogPackage.STATUS_CODE__USER_CORRECTABLE:
				return isUserCorrectable();
			case CatalogPackage.STATUS_CODE__REMOVED_IN_FIRMWARE:
				return getRemovedInFirmware();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CatalogPackage.STATUS_CODE__CODE:
				setCode((String)newValue);
				return;
			case CatalogPackage.STATUS_CODE__SEVERITY:
				setSeverity((CodeSeverity)newValue);
				return;
			case CatalogPackage.STATUS_CODE__TITLE:
				setTitle((String)newValue);
				return;
			case CatalogPackage.STATUS_CODE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case CatalogPackage.STATUS_CODE__REMEDY_STEPS:
				getRemedySteps().clear();
				getRemedySteps().addAll((Collection<? extends String>)newValue);
				return;
			case CatalogPackage.STATUS_CODE__USER_CORRECTABLE:
				setUserCorrectable((Boolean)newValue);
				return;
			case CatalogPackage.STATUS_CODE__REMOVED_IN_FIRMWARE:
				setRemovedInFirmware((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CatalogPackage.STATUS_CODE__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case CatalogPackage.STATUS_CODE__SEVERITY:
				setSeverity(SEVERITY_EDEFAULT);
				return;
			case CatalogPackage.STATUS_CODE__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case CatalogPackage.STATUS_CODE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case CatalogPackage.STATUS_CODE__REMEDY_STEPS:
				getRemedySteps().clear();
				return;
			case CatalogPackage.STATUS_CODE__USER_CORRECTABLE:
				setUserCorrectable(USER_CORRECTABLE_EDEFAULT);
				return;
			case CatalogPackage.STATUS_CODE__REMOVED_IN_FIRMWARE:
				setRemovedInFirmware(REMOVED_IN_FIRMWARE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CatalogPackage.STATUS_CODE__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case CatalogPackage.STATUS_CODE__SEVERITY:
				return severity != SEVERITY_EDEFAULT;
			case CatalogPackage.STATUS_CODE__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case CatalogPackage.STATUS_CODE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case CatalogPackage.STATUS_CODE__REMEDY_STEPS:
				return remedySteps != null && !remedySteps.isEmpty();
			case CatalogPackage.STATUS_CODE__USER_CORRECTABLE:
				return userCorrectable != USER_CORRECTABLE_EDEFAULT;
			case CatalogPackage.STATUS_CODE__REMOVED_IN_FIRMWARE:
				return REMOVED_IN_FIRMWARE_EDEFAULT == null ? removedInFirmware != null : !REMOVED_IN_FIRMWARE_EDEFAULT.equals(removedInFirmware);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (code: ");
		result.append(code);
		result.append(", severity: ");
		result.append(severity);
		result.append(", title: ");
		result.append(title);
		result.append(", description: ");
		result.append(description);
		result.append(", remedySteps: ");
		result.append(remedySteps);
		result.append(", userCorrectable: ");
		result.append(userCorrectable);
		result.append(", removedInFirmware: ");
		result.append(removedInFirmware);
		result.append(')');
		return result.toString();
	}

} //StatusCodeImpl
