/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog.impl;

import io.cellwright.model.catalog.ArticleNumberFact;
import io.cellwright.model.catalog.CatalogPackage;
import io.cellwright.model.catalog.ProductVariant;
import io.cellwright.model.catalog.QuantityFact;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Product Variant</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.impl.ProductVariantImpl#getId <em>Id</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.ProductVariantImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.ProductVariantImpl#getProductIds <em>Product Ids</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.ProductVariantImpl#getArticleNumbers <em>Article Numbers</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.ProductVariantImpl#getNominalVoltage <em>Nominal Voltage</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.ProductVariantImpl#getRatedPower <em>Rated Power</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.ProductVariantImpl#getRatedCurrent <em>Rated Current</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.ProductVariantImpl#getLength <em>Length</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProductVariantImpl extends SourcedImpl implements ProductVariant {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProductIds() <em>Product Ids</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProductIds()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> productIds;

	/**
	 * The cached value of the '{@link #getArticleNumbers() <em>Article Numbers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArticleNumbers()
	 * @generated
	 * @ordered
	 */
	protected EList<ArticleNumberFact> articleNumbers;

	/**
	 * The cached value of the '{@link #getNominalVoltage() <em>Nominal Voltage</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNominalVoltage()
	 * @generated
	 * @ordered
	 */
	protected QuantityFact nominalVoltage;

	/**
	 * The cached value of the '{@link #getRatedPower() <em>Rated Power</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRatedPower()
	 * @generated
	 * @ordered
	 */
	protected QuantityFact ratedPower;

	/**
	 * The cached value of the '{@link #getRatedCurrent() <em>Rated Current</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRatedCurrent()
	 * @generated
	 * @ordered
	 */
	protected QuantityFact ratedCurrent;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProductVariantImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.PRODUCT_VARIANT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.PRODUCT_VARIANT__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.PRODUCT_VARIANT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getProductIds() {
		if (productIds == null) {
			productIds = new EDataTypeUniqueEList<Integer>(Integer.class, this, CatalogPackage.PRODUCT_VARIANT__PRODUCT_IDS);
		}
		return productIds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ArticleNumberFact> getArticleNumbers() {
		if (articleNumbers == null) {
			articleNumbers = new EObjectContainmentEList<ArticleNumberFact>(ArticleNumberFact.class, this, CatalogPackage.PRODUCT_VARIANT__ARTICLE_NUMBERS);
		}
		return articleNumbers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantityFact getNominalVoltage() {
		return nominalVoltage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNominalVoltage(QuantityFact newNominalVoltage, NotificationChain msgs) {
		QuantityFact oldNominalVoltage = nominalVoltage;
		nominalVoltage = newNominalVoltage;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.PRODUCT_VARIANT__NOMINAL_VOLTAGE, oldNominalVoltage, newNominalVoltage);
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
	public void setNominalVoltage(QuantityFact newNominalVoltage) {
		if (newNominalVoltage != nominalVoltage) {
			NotificationChain msgs = null;
			if (nominalVoltage != null)
				msgs = ((InternalEObject)nominalVoltage).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.PRODUCT_VARIANT__NOMINAL_VOLTAGE, null, msgs);
			if (newNominalVoltage != null)
				msgs = ((InternalEObject)newNominalVoltage).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.PRODUCT_VARIANT__NOMINAL_VOLTAGE, null, msgs);
			msgs = basicSetNominalVoltage(newNominalVoltage, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.PRODUCT_VARIANT__NOMINAL_VOLTAGE, newNominalVoltage, newNominalVoltage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantityFact getRatedPower() {
		return ratedPower;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRatedPower(QuantityFact newRatedPower, NotificationChain msgs) {
		QuantityFact oldRatedPower = ratedPower;
		ratedPower = newRatedPower;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.PRODUCT_VARIANT__RATED_POWER, oldRatedPower, newRatedPower);
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
	public void setRatedPower(QuantityFact newRatedPower) {
		if (newRatedPower != ratedPower) {
			NotificationChain msgs = null;
			if (ratedPower != null)
				msgs = ((InternalEObject)ratedPower).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.PRODUCT_VARIANT__RATED_POWER, null, msgs);
			if (newRatedPower != null)
				msgs = ((InternalEObject)newRatedPower).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.PRODUCT_VARIANT__RATED_POWER, null, msgs);
			msgs = basicSetRatedPower(newRatedPower, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.PRODUCT_VARIANT__RATED_POWER, newRatedPower, newRatedPower));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantityFact getRatedCurrent() {
		return ratedCurrent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRatedCurrent(QuantityFact newRatedCurrent, NotificationChain msgs) {
		QuantityFact oldRatedCurrent = ratedCurrent;
		ratedCurrent = newRatedCurrent;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.PRODUCT_VARIANT__RATED_CURRENT, oldRatedCurrent, newRatedCurrent);
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
	public void setRatedCurrent(QuantityFact newRatedCurrent) {
		if (newRatedCurrent != ratedCurrent) {
			NotificationChain msgs = null;
			if (ratedCurrent != null)
				msgs = ((InternalEObject)ratedCurrent).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.PRODUCT_VARIANT__RATED_CURRENT, null, msgs);
			if (newRatedCurrent != null)
				msgs = ((InternalEObject)newRatedCurrent).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.PRODUCT_VARIANT__RATED_CURRENT, null, msgs);
			msgs = basicSetRatedCurrent(newRatedCurrent, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.PRODUCT_VARIANT__RATED_CURRENT, newRatedCurrent, newRatedCurrent));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.PRODUCT_VARIANT__LENGTH, oldLength, newLength);
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
				msgs = ((InternalEObject)length).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.PRODUCT_VARIANT__LENGTH, null, msgs);
			if (newLength != null)
				msgs = ((InternalEObject)newLength).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.PRODUCT_VARIANT__LENGTH, null, msgs);
			msgs = basicSetLength(newLength, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.PRODUCT_VARIANT__LENGTH, newLength, newLength));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CatalogPackage.PRODUCT_VARIANT__ARTICLE_NUMBERS:
				return ((InternalEList<?>)getArticleNumbers()).basicRemove(otherEnd, msgs);
			case CatalogPackage.PRODUCT_VARIANT__NOMINAL_VOLTAGE:
				return basicSetNominalVoltage(null, msgs);
			case CatalogPackage.PRODUCT_VARIANT__RATED_POWER:
				return basicSetRatedPower(null, msgs);
			case CatalogPackage.PRODUCT_VARIANT__RATED_CURRENT:
				return basicSetRatedCurrent(null, msgs);
			case CatalogPackage.PRODUCT_VARIANT__LENGTH:
				return basicSetLength(null, msgs);
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
			case CatalogPackage.PRODUCT_VARIANT__ID:
				return getId();
			case CatalogPackage.PRODUCT_VARIANT__NAME:
				return getName();
			case CatalogPackage.PRODUCT_VARIANT__PRODUCT_IDS:
				return getProductIds();
			case CatalogPackage.PRODUCT_VARIANT__ARTICLE_NUMBERS:
				return getArticleNumbers();
			case CatalogPackage.PRODUCT_VARIANT__NOMINAL_VOLTAGE:
				return getNominalVoltage();
			case CatalogPackage.PRODUCT_VARIANT__RATED_POWER:
				return getRatedPower();
			case CatalogPackage.PRODUCT_VARIANT__RATED_CURRENT:
				return getRatedCurrent();
			case CatalogPackage.PRODUCT_VARIANT__LENGTH:
				return getLength();
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
			case CatalogPackage.PRODUCT_VARIANT__ID:
				setId((String)newValue);
				return;
			case CatalogPackage.PRODUCT_VARIANT__NAME:
				setName((String)newValue);
				return;
			case CatalogPackage.PRODUCT_VARIANT__PRODUCT_IDS:
				getProductIds().clear();
				getProductIds().addAll((Collection<? extends Integer>)newValue);
				return;
			case CatalogPackage.PRODUCT_VARIANT__ARTICLE_NUMBERS:
				getArticleNumbers().clear();
				getArticleNumbers().addAll((Collection<? extends ArticleNumberFact>)newValue);
				return;
			case CatalogPackage.PRODUCT_VARIANT__NOMINAL_VOLTAGE:
				setNominalVoltage((QuantityFact)newValue);
				return;
			case CatalogPackage.PRODUCT_VARIANT__RATED_POWER:
				setRatedPower((QuantityFact)newValue);
				return;
			case CatalogPackage.PRODUCT_VARIANT__RATED_CURRENT:
				setRatedCurrent((QuantityFact)newValue);
				return;
			case CatalogPackage.PRODUCT_VARIANT__LENGTH:
				setLength((QuantityFact)newValue);
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
			case CatalogPackage.PRODUCT_VARIANT__ID:
				setId(ID_EDEFAULT);
				return;
			case CatalogPackage.PRODUCT_VARIANT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CatalogPackage.PRODUCT_VARIANT__PRODUCT_IDS:
				getProductIds().clear();
				return;
			case CatalogPackage.PRODUCT_VARIANT__ARTICLE_NUMBERS:
				getArticleNumbers().clear();
				return;
			case CatalogPackage.PRODUCT_VARIANT__NOMINAL_VOLTAGE:
				setNominalVoltage((QuantityFact)null);
				return;
			case CatalogPackage.PRODUCT_VARIANT__RATED_POWER:
				setRatedPower((QuantityFact)null);
				return;
			case CatalogPackage.PRODUCT_VARIANT__RATED_CURRENT:
				setRatedCurrent((QuantityFact)null);
				return;
			case CatalogPackage.PRODUCT_VARIANT__LENGTH:
				setLength((QuantityFact)null);
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
			case CatalogPackage.PRODUCT_VARIANT__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case CatalogPackage.PRODUCT_VARIANT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CatalogPackage.PRODUCT_VARIANT__PRODUCT_IDS:
				return productIds != null && !productIds.isEmpty();
			case CatalogPackage.PRODUCT_VARIANT__ARTICLE_NUMBERS:
				return articleNumbers != null && !articleNumbers.isEmpty();
			case CatalogPackage.PRODUCT_VARIANT__NOMINAL_VOLTAGE:
				return nominalVoltage != null;
			case CatalogPackage.PRODUCT_VARIANT__RATED_POWER:
				return ratedPower != null;
			case CatalogPackage.PRODUCT_VARIANT__RATED_CURRENT:
				return ratedCurrent != null;
			case CatalogPackage.PRODUCT_VARIANT__LENGTH:
				return length != null;
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
		result.append(" (id: ");
		result.append(id);
		result.append(", name: ");
		result.append(name);
		result.append(", productIds: ");
		result.append(productIds);
		result.append(')');
		return result.toString();
	}

} //ProductVariantImpl
