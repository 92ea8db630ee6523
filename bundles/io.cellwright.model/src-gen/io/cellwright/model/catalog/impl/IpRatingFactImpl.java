/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog.impl;

import io.cellwright.model.catalog.CatalogPackage;
import io.cellwright.model.catalog.IpRatingFact;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Ip Rating Fact</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.impl.IpRatingFactImpl#getSolids <em>Solids</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.IpRatingFactImpl#getLiquids <em>Liquids</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.IpRatingFactImpl#getScope <em>Scope</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IpRatingFactImpl extends FactImpl implements IpRatingFact {
	/**
	 * The default value of the '{@link #getSolids() <em>Solids</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSolids()
	 * @generated
	 * @ordered
	 */
	protected static final int SOLIDS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSolids() <em>Solids</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSolids()
	 * @generated
	 * @ordered
	 */
	protected int solids = SOLIDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLiquids() <em>Liquids</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLiquids()
	 * @generated
	 * @ordered
	 */
	protected static final int LIQUIDS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLiquids() <em>Liquids</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLiquids()
	 * @generated
	 * @ordered
	 */
	protected int liquids = LIQUIDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected static final String SCOPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected String scope = SCOPE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IpRatingFactImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.IP_RATING_FACT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSolids() {
		return solids;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSolids(int newSolids) {
		int oldSolids = solids;
		solids = newSolids;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.IP_RATING_FACT__SOLIDS, oldSolids, solids));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLiquids() {
		return liquids;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLiquids(int newLiquids) {
		int oldLiquids = liquids;
		liquids = newLiquids;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.IP_RATING_FACT__LIQUIDS, oldLiquids, liquids));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScope() {
		return scope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScope(String newScope) {
		String oldScope = scope;
		scope = newScope;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.IP_RATING_FACT__SCOPE, oldScope, scope));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CatalogPackage.IP_RATING_FACT__SOLIDS:
				return getSolids();
			case CatalogPackage.IP_RATING_FACT__LIQUIDS:
				return getLiquids();
			case CatalogPackage.IP_RATING_FACT__SCOPE:
				return getScope();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CatalogPackage.IP_RATING_FACT__SOLIDS:
				setSolids((Integer)newValue);
				return;
			case CatalogPackage.IP_RATING_FACT__LIQUIDS:
				setLiquids((Integer)newValue);
				return;
			case CatalogPackage.IP_RATING_FACT__SCOPE:
				setScope((String)newValue);
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
			case CatalogPackage.IP_RATING_FACT__SOLIDS:
				setSolids(SOLIDS_EDEFAULT);
				return;
			case CatalogPackage.IP_RATING_FACT__LIQUIDS:
				setLiquids(LIQUIDS_EDEFAULT);
				return;
			case CatalogPackage.IP_RATING_FACT__SCOPE:
				setScope(SCOPE_EDEFAULT);
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
			case CatalogPackage.IP_RATING_FACT__SOLIDS:
				return solids != SOLIDS_EDEFAULT;
			case CatalogPackage.IP_RATING_FACT__LIQUIDS:
				return liquids != LIQUIDS_EDEFAULT;
			case CatalogPackage.IP_RATING_FACT__SCOPE:
				return SCOPE_EDEFAULT == null ? scope != null : !SCOPE_EDEFAULT.equals(scope);
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
		result.append(" (solids: ");
		result.append(solids);
		result.append(", liquids: ");
		result.append(liquids);
		result.append(", scope: ");
		result.append(scope);
		result.append(')');
		return result.toString();
	}

} //IpRatingFactImpl
