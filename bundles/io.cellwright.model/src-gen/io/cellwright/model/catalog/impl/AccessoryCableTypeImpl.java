/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog.impl;

import io.cellwright.model.catalog.AccessoryCableType;
import io.cellwright.model.catalog.BooleanFact;
import io.cellwright.model.catalog.CableFunction;
import io.cellwright.model.catalog.CableWire;
import io.cellwright.model.catalog.CatalogPackage;
import io.cellwright.model.catalog.QuantityFact;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Accessory Cable Type</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.impl.AccessoryCableTypeImpl#getFunction <em>Function</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.AccessoryCableTypeImpl#getPiecesPerPack <em>Pieces Per Pack</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.AccessoryCableTypeImpl#getInverting <em>Inverting</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.AccessoryCableTypeImpl#getLength <em>Length</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.AccessoryCableTypeImpl#getWires <em>Wires</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AccessoryCableTypeImpl extends ProductTypeImpl implements AccessoryCableType {
	/**
	 * The default value of the '{@link #getFunction() <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunction()
	 * @generated
	 * @ordered
	 */
	protected static final CableFunction FUNCTION_EDEFAULT = CableFunction.OTHER;

	/**
	 * The cached value of the '{@link #getFunction() <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunction()
	 * @generated
	 * @ordered
	 */
	protected CableFunction function = FUNCTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getPiecesPerPack() <em>Pieces Per Pack</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPiecesPerPack()
	 * @generated
	 * @ordered
	 */
	protected static final int PIECES_PER_PACK_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getPiecesPerPack() <em>Pieces Per Pack</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPiecesPerPack()
	 * @generated
	 * @ordered
	 */
	protected int piecesPerPack = PIECES_PER_PACK_EDEFAULT;

	/**
	 * The cached value of the '{@link #getInverting() <em>Inverting</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInverting()
	 * @generated
	 * @ordered
	 */
	protected BooleanFact inverting;

	/**
	 * The cached value of the '{@link #getLength() <em>Length</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLength()
	 * @generated
	 * @ordered
	 */
	protected QuantityFact length;

	/**
	 * The cached value of the '{@link #getWires() <em>Wires</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWires()
	 * @generated
	 * @ordered
	 */
	protected EList<CableWire> wires;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AccessoryCableTypeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.ACCESSORY_CABLE_TYPE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CableFunction getFunction() {
		return function;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFunction(CableFunction newFunction) {
		CableFunction oldFunction = function;
		function = newFunction == null ? FUNCTION_EDEFAULT : newFunction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.ACCESSORY_CABLE_TYPE__FUNCTION, oldFunction, function));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPiecesPerPack() {
		return piecesPerPack;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPiecesPerPack(int newPiecesPerPack) {
		int oldPiecesPerPack = piecesPerPack;
		piecesPerPack = newPiecesPerPack;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.ACCESSORY_CABLE_TYPE__PIECES_PER_PACK, oldPiecesPerPack, piecesPerPack));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BooleanFact getInverting() {
		return inverting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetInverting(BooleanFact newInverting, NotificationChain msgs) {
		BooleanFact oldInverting = inverting;
		inverting = newInverting;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.ACCESSORY_CABLE_TYPE__INVERTING, oldInverting, newInverting);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInverting(BooleanFact newInverting) {
		if (newInverting != inverting) {
			NotificationChain msgs = null;
			if (inverting != null)
				msgs = ((InternalEObject)inverting).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.ACCESSORY_CABLE_TYPE__INVERTING, null, msgs);
			if (newInverting != null)
				msgs = ((InternalEObject)newInverting).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.ACCESSORY_CABLE_TYPE__INVERTING, null, msgs);
			msgs = basicSetInverting(newInverting, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.ACCESSORY_CABLE_TYPE__INVERTING, newInverting, newInverting));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantityFact getLength() {
		return length;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLength(QuantityFact newLength, NotificationChain msgs) {
		QuantityFact oldLength = length;
		length = newLength;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.ACCESSORY_CABLE_TYPE__LENGTH, oldLength, newLength);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLength(QuantityFact newLength) {
		if (newLength != length) {
			NotificationChain msgs = null;
			if (length != null)
				msgs = ((InternalEObject)length).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.ACCESSORY_CABLE_TYPE__LENGTH, null, msgs);
			if (newLength != null)
				msgs = ((InternalEObject)newLength).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.ACCESSORY_CABLE_TYPE__LENGTH, null, msgs);
			msgs = basicSetLength(newLength, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.ACCESSORY_CABLE_TYPE__LENGTH, newLength, newLength));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CableWire> getWires() {
		if (wires == null) {
			wires = new EObjectContainmentEList<CableWire>(CableWire.class, this, CatalogPackage.ACCESSORY_CABLE_TYPE__WIRES);
		}
		return wires;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CatalogPackage.ACCESSORY_CABLE_TYPE__INVERTING:
				return basicSetInverting(null, msgs);
			case CatalogPackage.ACCESSORY_CABLE_TYPE__LENGTH:
				return basicSetLength(null, msgs);
			case CatalogPackage.ACCESSORY_CABLE_TYPE__WIRES:
				return ((InternalEList<?>)getWires()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CatalogPackage.ACCESSORY_CABLE_TYPE__FUNCTION:
				return getFunction();
			case CatalogPackage.ACCESSORY_CABLE_TYPE__PIECES_PER_PACK:
				return getPiecesPerPack();
			case CatalogPackage.ACCESSORY_CABLE_TYPE__INVERTING:
				return getInverting();
			case CatalogPackage.ACCESSORY_CABLE_TYPE__LENGTH:
				return getLength();
			case CatalogPackage.ACCESSORY_CABLE_TYPE__WIRES:
				return getWires();
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
			case CatalogPackage.ACCESSORY_CABLE_TYPE__FUNCTION:
				setFunction((CableFunction)newValue);
				return;
			case CatalogPackage.ACCESSORY_CABLE_TYPE__PIECES_PER_PACK:
				setPiecesPerPack((Integer)newValue);
				return;
			case CatalogPackage.ACCESSORY_CABLE_TYPE__INVERTING:
				setInverting((BooleanFact)newValue);
				return;
			case CatalogPackage.ACCESSORY_CABLE_TYPE__LENGTH:
				setLength((QuantityFact)newValue);
				return;
			case CatalogPackage.ACCESSORY_CABLE_TYPE__WIRES:
				getWires().clear();
				getWires().addAll((Collection<? extends CableWire>)newValue);
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
			case CatalogPackage.ACCESSORY_CABLE_TYPE__FUNCTION:
				setFunction(FUNCTION_EDEFAULT);
				return;
			case CatalogPackage.ACCESSORY_CABLE_TYPE__PIECES_PER_PACK:
				setPiecesPerPack(PIECES_PER_PACK_EDEFAULT);
				return;
			case CatalogPackage.ACCESSORY_CABLE_TYPE__INVERTING:
				setInverting((BooleanFact)null);
				return;
			case CatalogPackage.ACCESSORY_CABLE_TYPE__LENGTH:
				setLength((QuantityFact)null);
				return;
			case CatalogPackage.ACCESSORY_CABLE_TYPE__WIRES:
				getWires().clear();
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
			case CatalogPackage.ACCESSORY_CABLE_TYPE__FUNCTION:
				return function != FUNCTION_EDEFAULT;
			case CatalogPackage.ACCESSORY_CABLE_TYPE__PIECES_PER_PACK:
				return piecesPerPack != PIECES_PER_PACK_EDEFAULT;
			case CatalogPackage.ACCESSORY_CABLE_TYPE__INVERTING:
				return inverting != null;
			case CatalogPackage.ACCESSORY_CABLE_TYPE__LENGTH:
				return length != null;
			case CatalogPackage.ACCESSORY_CABLE_TYPE__WIRES:
				return wires != null && !wires.isEmpty();
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
		result.append(" (function: ");
		result.append(function);
		result.append(", piecesPerPack: ");
		result.append(piecesPerPack);
		result.append(')');
		return result.toString();
	}

} //AccessoryCableTypeImpl
