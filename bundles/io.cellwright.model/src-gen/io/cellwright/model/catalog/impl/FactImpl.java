/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog.impl;

import io.cellwright.model.catalog.CatalogPackage;
import io.cellwright.model.catalog.Fact;
import io.cellwright.model.catalog.Ruling;

import java.lang.reflect.InvocationTargetException;

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
 * An implementation of the model object '<em><b>Fact</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.impl.FactImpl#getDisplayText <em>Display Text</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.FactImpl#getFootnote <em>Footnote</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.FactImpl#getAlternatives <em>Alternatives</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.FactImpl#getRuling <em>Ruling</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class FactImpl extends SourcedImpl implements Fact {
	/**
	 * The default value of the '{@link #getDisplayText() <em>Display Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisplayText()
	 * @generated
	 * @ordered
	 */
	protected static final String DISPLAY_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDisplayText() <em>Display Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisplayText()
	 * @generated
	 * @ordered
	 */
	protected String displayText = DISPLAY_TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFootnote() <em>Footnote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFootnote()
	 * @generated
	 * @ordered
	 */
	protected static final String FOOTNOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFootnote() <em>Footnote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFootnote()
	 * @generated
	 * @ordered
	 */
	protected String footnote = FOOTNOTE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAlternatives() <em>Alternatives</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlternatives()
	 * @generated
	 * @ordered
	 */
	protected EList<Fact> alternatives;

	/**
	 * The cached value of the '{@link #getRuling() <em>Ruling</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuling()
	 * @generated
	 * @ordered
	 */
	protected Ruling ruling;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FactImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.FACT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDisplayText() {
		return displayText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDisplayText(String newDisplayText) {
		String oldDisplayText = displayText;
		displayText = newDisplayText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.FACT__DISPLAY_TEXT, oldDisplayText, displayText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFootnote() {
		return footnote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFootnote(String newFootnote) {
		String oldFootnote = footnote;
		footnote = newFootnote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.FACT__FOOTNOTE, oldFootnote, footnote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Fact> getAlternatives() {
		if (alternatives == null) {
			alternatives = new EObjectContainmentEList<Fact>(Fact.class, this, CatalogPackage.FACT__ALTERNATIVES);
		}
		return alternatives;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Ruling getRuling() {
		return ruling;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRuling(Ruling newRuling, NotificationChain msgs) {
		Ruling oldRuling = ruling;
		ruling = newRuling;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.FACT__RULING, oldRuling, newRuling);
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
	public void setRuling(Ruling newRuling) {
		if (newRuling != ruling) {
			NotificationChain msgs = null;
			if (ruling != null)
				msgs = ((InternalEObject)ruling).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.FACT__RULING, null, msgs);
			if (newRuling != null)
				msgs = ((InternalEObject)newRuling).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.FACT__RULING, null, msgs);
			msgs = basicSetRuling(newRuling, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.FACT__RULING, newRuling, newRuling));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDisputed() {
		return io.cellwright.model.internal.operations.FactOperations.isDisputed(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOverruled() {
		return io.cellwright.model.internal.operations.FactOperations.isOverruled(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CatalogPackage.FACT__ALTERNATIVES:
				return ((InternalEList<?>)getAlternatives()).basicRemove(otherEnd, msgs);
			case CatalogPackage.FACT__RULING:
				return basicSetRuling(null, msgs);
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
			case CatalogPackage.FACT__DISPLAY_TEXT:
				return getDisplayText();
			case CatalogPackage.FACT__FOOTNOTE:
				return getFootnote();
			case CatalogPackage.FACT__ALTERNATIVES:
				return getAlternatives();
			case CatalogPackage.FACT__RULING:
				return getRuling();
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
			case CatalogPackage.FACT__DISPLAY_TEXT:
				setDisplayText((String)newValue);
				return;
			case CatalogPackage.FACT__FOOTNOTE:
				setFootnote((String)newValue);
				return;
			case CatalogPackage.FACT__ALTERNATIVES:
				getAlternatives().clear();
				getAlternatives().addAll((Collection<? extends Fact>)newValue);
				return;
			case CatalogPackage.FACT__RULING:
				setRuling((Ruling)newValue);
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
			case CatalogPackage.FACT__DISPLAY_TEXT:
				setDisplayText(DISPLAY_TEXT_EDEFAULT);
				return;
			case CatalogPackage.FACT__FOOTNOTE:
				setFootnote(FOOTNOTE_EDEFAULT);
				return;
			case CatalogPackage.FACT__ALTERNATIVES:
				getAlternatives().clear();
				return;
			case CatalogPackage.FACT__RULING:
				setRuling((Ruling)null);
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
			case CatalogPackage.FACT__DISPLAY_TEXT:
				return DISPLAY_TEXT_EDEFAULT == null ? displayText != null : !DISPLAY_TEXT_EDEFAULT.equals(displayText);
			case CatalogPackage.FACT__FOOTNOTE:
				return FOOTNOTE_EDEFAULT == null ? footnote != null : !FOOTNOTE_EDEFAULT.equals(footnote);
			case CatalogPackage.FACT__ALTERNATIVES:
				return alternatives != null && !alternatives.isEmpty();
			case CatalogPackage.FACT__RULING:
				return ruling != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case CatalogPackage.FACT___IS_DISPUTED:
				return isDisputed();
			case CatalogPackage.FACT___IS_OVERRULED:
				return isOverruled();
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(" (displayText: ");
		result.append(displayText);
		result.append(", footnote: ");
		result.append(footnote);
		result.append(')');
		return result.toString();
	}

} //FactImpl
