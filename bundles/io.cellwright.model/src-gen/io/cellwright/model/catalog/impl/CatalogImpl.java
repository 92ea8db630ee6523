/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog.impl;

import io.cellwright.model.catalog.Catalog;
import io.cellwright.model.catalog.CatalogPackage;
import io.cellwright.model.catalog.CellChemistry;
import io.cellwright.model.catalog.ComparisonTable;
import io.cellwright.model.catalog.ProductFamily;
import io.cellwright.model.catalog.ProductType;
import io.cellwright.model.catalog.SourceDocument;
import io.cellwright.model.catalog.WiringReference;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Catalog</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.impl.CatalogImpl#getId <em>Id</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.CatalogImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.CatalogImpl#getProvider <em>Provider</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.CatalogImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.CatalogImpl#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.CatalogImpl#getRequires <em>Requires</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.CatalogImpl#getDocuments <em>Documents</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.CatalogImpl#getFamilies <em>Families</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.CatalogImpl#getProductTypes <em>Product Types</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.CatalogImpl#getChemistries <em>Chemistries</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.CatalogImpl#getComparisonTables <em>Comparison Tables</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.CatalogImpl#getWiringReferences <em>Wiring References</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CatalogImpl extends MinimalEObjectImpl.Container implements Catalog {
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
	 * The default value of the '{@link #getProvider() <em>Provider</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvider()
	 * @generated
	 * @ordered
	 */
	protected static final String PROVIDER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProvider() <em>Provider</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvider()
	 * @generated
	 * @ordered
	 */
	protected String provider = PROVIDER_EDEFAULT;

	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String FORMAT_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected String formatVersion = FORMAT_VERSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRequires() <em>Requires</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequires()
	 * @generated
	 * @ordered
	 */
	protected EList<String> requires;

	/**
	 * The cached value of the '{@link #getDocuments() <em>Documents</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocuments()
	 * @generated
	 * @ordered
	 */
	protected EList<SourceDocument> documents;

	/**
	 * The cached value of the '{@link #getFamilies() <em>Families</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFamilies()
	 * @generated
	 * @ordered
	 */
	protected EList<ProductFamily> families;

	/**
	 * The cached value of the '{@link #getProductTypes() <em>Product Types</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProductTypes()
	 * @generated
	 * @ordered
	 */
	protected EList<ProductType> productTypes;

	/**
	 * The cached value of the '{@link #getChemistries() <em>Chemistries</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChemistries()
	 * @generated
	 * @ordered
	 */
	protected EList<CellChemistry> chemistries;

	/**
	 * The cached value of the '{@link #getComparisonTables() <em>Comparison Tables</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComparisonTables()
	 * @generated
	 * @ordered
	 */
	protected EList<ComparisonTable> comparisonTables;

	/**
	 * The cached value of the '{@link #getWiringReferences() <em>Wiring References</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWiringReferences()
	 * @generated
	 * @ordered
	 */
	protected EList<WiringReference> wiringReferences;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CatalogImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.CATALOG;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.CATALOG__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.CATALOG__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProvider() {
		return provider;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProvider(String newProvider) {
		String oldProvider = provider;
		provider = newProvider;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.CATALOG__PROVIDER, oldProvider, provider));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.CATALOG__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFormatVersion() {
		return formatVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormatVersion(String newFormatVersion) {
		String oldFormatVersion = formatVersion;
		formatVersion = newFormatVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.CATALOG__FORMAT_VERSION, oldFormatVersion, formatVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRequires() {
		if (requires == null) {
			requires = new EDataTypeUniqueEList<String>(String.class, this, CatalogPackage.CATALOG__REQUIRES);
		}
		return requires;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SourceDocument> getDocuments() {
		if (documents == null) {
			documents = new EObjectContainmentEList<SourceDocument>(SourceDocument.class, this, CatalogPackage.CATALOG__DOCUMENTS);
		}
		return documents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProductFamily> getFamilies() {
		if (families == null) {
			families = new EObjectContainmentEList<ProductFamily>(ProductFamily.class, this, CatalogPackage.CATALOG__FAMILIES);
		}
		return families;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProductType> getProductTypes() {
		if (productTypes == null) {
			productTypes = new EObjectContainmentEList<ProductType>(ProductType.class, this, CatalogPackage.CATALOG__PRODUCT_TYPES);
		}
		return productTypes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CellChemistry> getChemistries() {
		if (chemistries == null) {
			chemistries = new EObjectContainmentEList<CellChemistry>(CellChemistry.class, this, CatalogPackage.CATALOG__CHEMISTRIES);
		}
		return chemistries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ComparisonTable> getComparisonTables() {
		if (comparisonTables == null) {
			comparisonTables = new EObjectContainmentEList<ComparisonTable>(ComparisonTable.class, this, CatalogPackage.CATALOG__COMPARISON_TABLES);
		}
		return comparisonTables;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<WiringReference> getWiringReferences() {
		if (wiringReferences == null) {
			wiringReferences = new EObjectContainmentEList<WiringReference>(WiringReference.class, this, CatalogPackage.CATALOG__WIRING_REFERENCES);
		}
		return wiringReferences;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CatalogPackage.CATALOG__DOCUMENTS:
				return ((InternalEList<?>)getDocuments()).basicRemove(otherEnd, msgs);
			case CatalogPackage.CATALOG__FAMILIES:
				return ((InternalEList<?>)getFamilies()).basicRemove(otherEnd, msgs);
			case CatalogPackage.CATALOG__PRODUCT_TYPES:
				return ((InternalEList<?>)getProductTypes()).basicRemove(otherEnd, msgs);
			case CatalogPackage.CATALOG__CHEMISTRIES:
				return ((InternalEList<?>)getChemistries()).basicRemove(otherEnd, msgs);
			case CatalogPackage.CATALOG__COMPARISON_TABLES:
				return ((InternalEList<?>)getComparisonTables()).basicRemove(otherEnd, msgs);
			case CatalogPackage.CATALOG__WIRING_REFERENCES:
				return ((InternalEList<?>)getWiringReferences()).basicRemove(otherEnd, msgs);
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
			case CatalogPackage.CATALOG__ID:
				return getId();
			case CatalogPackage.CATALOG__NAME:
				return getName();
			case CatalogPackage.CATALOG__PROVIDER:
				return getProvider();
			case CatalogPackage.CATALOG__VERSION:
				return getVersion();
			case CatalogPackage.CATALOG__FORMAT_VERSION:
				return getFormatVersion();
			case CatalogPackage.CATALOG__REQUIRES:
				return getRequires();
			case CatalogPackage.CATALOG__DOCUMENTS:
				return getDocuments();
			case CatalogPackage.CATALOG__FAMILIES:
				return getFamilies();
			case CatalogPackage.CATALOG__PRODUCT_TYPES:
				return getProductTypes();
			case CatalogPackage.CATALOG__CHEMISTRIES:
				return getChemistries();
			case CatalogPackage.CATALOG__COMPARISON_TABLES:
				return getComparisonTables();
			case CatalogPackage.CATALOG__WIRING_REFERENCES:
				return getWiringReferences();
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
			case CatalogPackage.CATALOG__ID:
				setId((String)newValue);
				return;
			case CatalogPackage.CATALOG__NAME:
				setName((String)newValue);
				return;
			case CatalogPackage.CATALOG__PROVIDER:
				setProvider((String)newValue);
				return;
			case CatalogPackage.CATALOG__VERSION:
				setVersion((String)newValue);
				return;
			case CatalogPackage.CATALOG__FORMAT_VERSION:
				setFormatVersion((String)newValue);
				return;
			case CatalogPackage.CATALOG__REQUIRES:
				getRequires().clear();
				getRequires().addAll((Collection<? extends String>)newValue);
				return;
			case CatalogPackage.CATALOG__DOCUMENTS:
				getDocuments().clear();
				getDocuments().addAll((Collection<? extends SourceDocument>)newValue);
				return;
			case CatalogPackage.CATALOG__FAMILIES:
				getFamilies().clear();
				getFamilies().addAll((Collection<? extends ProductFamily>)newValue);
				return;
			case CatalogPackage.CATALOG__PRODUCT_TYPES:
				getProductTypes().clear();
				getProductTypes().addAll((Collection<? extends ProductType>)newValue);
				return;
			case CatalogPackage.CATALOG__CHEMISTRIES:
				getChemistries().clear();
				getChemistries().addAll((Collection<? extends CellChemistry>)newValue);
				return;
			case CatalogPackage.CATALOG__COMPARISON_TABLES:
				getComparisonTables().clear();
				getComparisonTables().addAll((Collection<? extends ComparisonTable>)newValue);
				return;
			case CatalogPackage.CATALOG__WIRING_REFERENCES:
				getWiringReferences().clear();
				getWiringReferences().addAll((Collection<? extends WiringReference>)newValue);
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
			case CatalogPackage.CATALOG__ID:
				setId(ID_EDEFAULT);
				return;
			case CatalogPackage.CATALOG__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CatalogPackage.CATALOG__PROVIDER:
				setProvider(PROVIDER_EDEFAULT);
				return;
			case CatalogPackage.CATALOG__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case CatalogPackage.CATALOG__FORMAT_VERSION:
				setFormatVersion(FORMAT_VERSION_EDEFAULT);
				return;
			case CatalogPackage.CATALOG__REQUIRES:
				getRequires().clear();
				return;
			case CatalogPackage.CATALOG__DOCUMENTS:
				getDocuments().clear();
				return;
			case CatalogPackage.CATALOG__FAMILIES:
				getFamilies().clear();
				return;
			case CatalogPackage.CATALOG__PRODUCT_TYPES:
				getProductTypes().clear();
				return;
			case CatalogPackage.CATALOG__CHEMISTRIES:
				getChemistries().clear();
				return;
			case CatalogPackage.CATALOG__COMPARISON_TABLES:
				getComparisonTables().clear();
				return;
			case CatalogPackage.CATALOG__WIRING_REFERENCES:
				getWiringReferences().clear();
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
			case CatalogPackage.CATALOG__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case CatalogPackage.CATALOG__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CatalogPackage.CATALOG__PROVIDER:
				return PROVIDER_EDEFAULT == null ? provider != null : !PROVIDER_EDEFAULT.equals(provider);
			case CatalogPackage.CATALOG__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case CatalogPackage.CATALOG__FORMAT_VERSION:
				return FORMAT_VERSION_EDEFAULT == null ? formatVersion != null : !FORMAT_VERSION_EDEFAULT.equals(formatVersion);
			case CatalogPackage.CATALOG__REQUIRES:
				return requires != null && !requires.isEmpty();
			case CatalogPackage.CATALOG__DOCUMENTS:
				return documents != null && !documents.isEmpty();
			case CatalogPackage.CATALOG__FAMILIES:
				return families != null && !families.isEmpty();
			case CatalogPackage.CATALOG__PRODUCT_TYPES:
				return productTypes != null && !productTypes.isEmpty();
			case CatalogPackage.CATALOG__CHEMISTRIES:
				return chemistries != null && !chemistries.isEmpty();
			case CatalogPackage.CATALOG__COMPARISON_TABLES:
				return comparisonTables != null && !comparisonTables.isEmpty();
			case CatalogPackage.CATALOG__WIRING_REFERENCES:
				return wiringReferences != null && !wiringReferences.isEmpty();
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
		result.append(", provider: ");
		result.append(provider);
		result.append(", version: ");
		result.append(version);
		result.append(", formatVersion: ");
		result.append(formatVersion);
		result.append(", requires: ");
		result.append(requires);
		result.append(')');
		return result.toString();
	}

} //CatalogImpl
