/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.design.impl;

import io.cellwright.model.catalog.WireColour;

import io.cellwright.model.design.DesignPackage;
import io.cellwright.model.design.TerminalInstance;
import io.cellwright.model.design.Wire;
import io.cellwright.model.design.WireFuse;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Wire</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.design.impl.WireImpl#getCrossSection <em>Cross Section</em>}</li>
 *   <li>{@link io.cellwright.model.design.impl.WireImpl#getLength <em>Length</em>}</li>
 *   <li>{@link io.cellwright.model.design.impl.WireImpl#getColour <em>Colour</em>}</li>
 *   <li>{@link io.cellwright.model.design.impl.WireImpl#getFrom <em>From</em>}</li>
 *   <li>{@link io.cellwright.model.design.impl.WireImpl#getTo <em>To</em>}</li>
 *   <li>{@link io.cellwright.model.design.impl.WireImpl#getFuse <em>Fuse</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WireImpl extends DesignElementImpl implements Wire {
	/**
	 * The default value of the '{@link #getCrossSection() <em>Cross Section</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCrossSection()
	 * @generated
	 * @ordered
	 */
	protected static final double CROSS_SECTION_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCrossSection() <em>Cross Section</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCrossSection()
	 * @generated
	 * @ordered
	 */
	protected double crossSection = CROSS_SECTION_EDEFAULT;

	/**
	 * This is true if the Cross Section attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean crossSectionESet;

	/**
	 * The default value of the '{@link #getLength() <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLength()
	 * @generated
	 * @ordered
	 */
	protected static final double LENGTH_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLength() <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLength()
	 * @generated
	 * @ordered
	 */
	protected double length = LENGTH_EDEFAULT;

	/**
	 * This is true if the Length attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean lengthESet;

	/**
	 * The default value of the '{@link #getColour() <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColour()
	 * @generated
	 * @ordered
	 */
	protected static final WireColour COLOUR_EDEFAULT = WireColour.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getColour() <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColour()
	 * @generated
	 * @ordered
	 */
	protected WireColour colour = COLOUR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFrom() <em>From</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrom()
	 * @generated
	 * @ordered
	 */
	protected TerminalInstance from;

	/**
	 * The cached value of the '{@link #getTo() <em>To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTo()
	 * @generated
	 * @ordered
	 */
	protected TerminalInstance to;

	/**
	 * The cached value of the '{@link #getFuse() <em>Fuse</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFuse()
	 * @generated
	 * @ordered
	 */
	protected WireFuse fuse;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WireImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DesignPackage.Literals.WIRE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCrossSection() {
		return crossSection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCrossSection(double newCrossSection) {
		double oldCrossSection = crossSection;
		crossSection = newCrossSection;
		boolean oldCrossSectionESet = crossSectionESet;
		crossSectionESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DesignPackage.WIRE__CROSS_SECTION, oldCrossSection, crossSection, !oldCrossSectionESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetCrossSection() {
		double oldCrossSection = crossSection;
		boolean oldCrossSectionESet = crossSectionESet;
		crossSection = CROSS_SECTION_EDEFAULT;
		crossSectionESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DesignPackage.WIRE__CROSS_SECTION, oldCrossSection, CROSS_SECTION_EDEFAULT, oldCrossSectionESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetCrossSection() {
		return crossSectionESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLength() {
		return length;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLength(double newLength) {
		double oldLength = length;
		length = newLength;
		boolean oldLengthESet = lengthESet;
		lengthESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DesignPackage.WIRE__LENGTH, oldLength, length, !oldLengthESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetLength() {
		double oldLength = length;
		boolean oldLengthESet = lengthESet;
		length = LENGTH_EDEFAULT;
		lengthESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DesignPackage.WIRE__LENGTH, oldLength, LENGTH_EDEFAULT, oldLengthESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetLength() {
		return lengthESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WireColour getColour() {
		return colour;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setColour(WireColour newColour) {
		WireColour oldColour = colour;
		colour = newColour == null ? COLOUR_EDEFAULT : newColour;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DesignPackage.WIRE__COLOUR, oldColour, colour));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TerminalInstance getFrom() {
		if (from != null && from.eIsProxy()) {
			InternalEObject oldFrom = (InternalEObject)from;
			from = (TerminalInstance)eResolveProxy(oldFrom);
			if (from != oldFrom) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DesignPackage.WIRE__FROM, oldFrom, from));
			}
		}
		return from;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TerminalInstance basicGetFrom() {
		return from;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrom(TerminalInstance newFrom) {
		TerminalInstance oldFrom = from;
		from = newFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DesignPackage.WIRE__FROM, oldFrom, from));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TerminalInstance getTo() {
		if (to != null && to.eIsProxy()) {
			InternalEObject oldTo = (InternalEObject)to;
			to = (TerminalInstance)eResolveProxy(oldTo);
			if (to != oldTo) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DesignPackage.WIRE__TO, oldTo, to));
			}
		}
		return to;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TerminalInstance basicGetTo() {
		return to;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTo(TerminalInstance newTo) {
		TerminalInstance oldTo = to;
		to = newTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DesignPackage.WIRE__TO, oldTo, to));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WireFuse getFuse() {
		return fuse;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFuse(WireFuse newFuse, NotificationChain msgs) {
		WireFuse oldFuse = fuse;
		fuse = newFuse;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, DesignPackage.WIRE__FUSE, oldFuse, newFuse);
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
	public void setFuse(WireFuse newFuse) {
		if (newFuse != fuse) {
			NotificationChain msgs = null;
			if (fuse != null)
				msgs = ((InternalEObject)fuse).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - DesignPackage.WIRE__FUSE, null, msgs);
			if (newFuse != null)
				msgs = ((InternalEObject)newFuse).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - DesignPackage.WIRE__FUSE, null, msgs);
			msgs = basicSetFuse(newFuse, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DesignPackage.WIRE__FUSE, newFuse, newFuse));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DesignPackage.WIRE__FUSE:
				return basicSetFuse(null, msgs);
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
			case DesignPackage.WIRE__CROSS_SECTION:
				return getCrossSection();
			case DesignPackage.WIRE__LENGTH:
				return getLength();
			case DesignPackage.WIRE__COLOUR:
				return getColour();
			case DesignPackage.WIRE__FROM:
				if (resolve) return getFrom();
				return basicGetFrom();
			case DesignPackage.WIRE__TO:
				if (resolve) return getTo();
				return basicGetTo();
			case DesignPackage.WIRE__FUSE:
				return getFuse();
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
			case DesignPackage.WIRE__CROSS_SECTION:
				setCrossSection((Double)newValue);
				return;
			case DesignPackage.WIRE__LENGTH:
				setLength((Double)newValue);
				return;
			case DesignPackage.WIRE__COLOUR:
				setColour((WireColour)newValue);
				return;
			case DesignPackage.WIRE__FROM:
				setFrom((TerminalInstance)newValue);
				return;
			case DesignPackage.WIRE__TO:
				setTo((TerminalInstance)newValue);
				return;
			case DesignPackage.WIRE__FUSE:
				setFuse((WireFuse)newValue);
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
			case DesignPackage.WIRE__CROSS_SECTION:
				unsetCrossSection();
				return;
			case DesignPackage.WIRE__LENGTH:
				unsetLength();
				return;
			case DesignPackage.WIRE__COLOUR:
				setColour(COLOUR_EDEFAULT);
				return;
			case DesignPackage.WIRE__FROM:
				setFrom((TerminalInstance)null);
				return;
			case DesignPackage.WIRE__TO:
				setTo((TerminalInstance)null);
				return;
			case DesignPackage.WIRE__FUSE:
				setFuse((WireFuse)null);
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
			case DesignPackage.WIRE__CROSS_SECTION:
				return isSetCrossSection();
			case DesignPackage.WIRE__LENGTH:
				return isSetLength();
			case DesignPackage.WIRE__COLOUR:
				return colour != COLOUR_EDEFAULT;
			case DesignPackage.WIRE__FROM:
				return from != null;
			case DesignPackage.WIRE__TO:
				return to != null;
			case DesignPackage.WIRE__FUSE:
				return fuse != null;
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
		result.append(" (crossSection: ");
		if (crossSectionESet) result.append(crossSection); else result.append("<unset>");
		result.append(", length: ");
		if (lengthESet) result.append(length); else result.append("<unset>");
		result.append(", colour: ");
		result.append(colour);
		result.append(')');
		return result.toString();
	}

} //WireImpl
