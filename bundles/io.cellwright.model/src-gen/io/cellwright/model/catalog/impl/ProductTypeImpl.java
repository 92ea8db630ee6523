/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog.impl;

import io.cellwright.model.catalog.ArticleNumberFact;
import io.cellwright.model.catalog.CatalogPackage;
import io.cellwright.model.catalog.ConsumptionFact;
import io.cellwright.model.catalog.DimensionsFact;
import io.cellwright.model.catalog.DocumentLinkFact;
import io.cellwright.model.catalog.IncludedItemFact;
import io.cellwright.model.catalog.IpRatingFact;
import io.cellwright.model.catalog.LedIndicator;
import io.cellwright.model.catalog.LifecycleFact;
import io.cellwright.model.catalog.ProductCategory;
import io.cellwright.model.catalog.ProductFamily;
import io.cellwright.model.catalog.ProductType;
import io.cellwright.model.catalog.ProductVariant;
import io.cellwright.model.catalog.QuantityFact;
import io.cellwright.model.catalog.RangeFact;
import io.cellwright.model.catalog.RemoteControlRoute;
import io.cellwright.model.catalog.RemoteUseMode;
import io.cellwright.model.catalog.SettingDefinition;
import io.cellwright.model.catalog.SettingRole;
import io.cellwright.model.catalog.StandardsFact;
import io.cellwright.model.catalog.StatusCode;
import io.cellwright.model.catalog.TerminalDefinition;
import io.cellwright.model.catalog.TextFact;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Product Type</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.impl.ProductTypeImpl#getId <em>Id</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.ProductTypeImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.ProductTypeImpl#getManufacturer <em>Manufacturer</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.ProductTypeImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.ProductTypeImpl#getProductIds <em>Product Ids</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.ProductTypeImpl#getFamily <em>Family</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.ProductTypeImpl#getAliases <em>Aliases</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.ProductTypeImpl#getArticleNumbers <em>Article Numbers</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.ProductTypeImpl#getVariants <em>Variants</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.ProductTypeImpl#getTerminals <em>Terminals</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.ProductTypeImpl#getSettings <em>Settings</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.ProductTypeImpl#getRemoteUseModes <em>Remote Use Modes</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.ProductTypeImpl#getRemoteControlRoutes <em>Remote Control Routes</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.ProductTypeImpl#getConsumption <em>Consumption</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.ProductTypeImpl#getWeight <em>Weight</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.ProductTypeImpl#getDimensions <em>Dimensions</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.ProductTypeImpl#getProtection <em>Protection</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.ProductTypeImpl#getOperatingTemperature <em>Operating Temperature</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.ProductTypeImpl#getHumidityMaximum <em>Humidity Maximum</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.ProductTypeImpl#getHumidityAverage <em>Humidity Average</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.ProductTypeImpl#getStandards <em>Standards</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.ProductTypeImpl#getIncludedItems <em>Included Items</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.ProductTypeImpl#getLeds <em>Leds</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.ProductTypeImpl#getStatusCodes <em>Status Codes</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.ProductTypeImpl#getLifecycle <em>Lifecycle</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.ProductTypeImpl#getDatasheet <em>Datasheet</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.ProductTypeImpl#getRecommendations <em>Recommendations</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.ProductTypeImpl#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class ProductTypeImpl extends SourcedImpl implements ProductType {
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
	 * The default value of the '{@link #getManufacturer() <em>Manufacturer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManufacturer()
	 * @generated
	 * @ordered
	 */
	protected static final String MANUFACTURER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getManufacturer() <em>Manufacturer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManufacturer()
	 * @generated
	 * @ordered
	 */
	protected String manufacturer = MANUFACTURER_EDEFAULT;

	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final ProductCategory CATEGORY_EDEFAULT = ProductCategory.OTHER;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected ProductCategory category = CATEGORY_EDEFAULT;

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
	 * The cached value of the '{@link #getFamily() <em>Family</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFamily()
	 * @generated
	 * @ordered
	 */
	protected ProductFamily family;

	/**
	 * The cached value of the '{@link #getAliases() <em>Aliases</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAliases()
	 * @generated
	 * @ordered
	 */
	protected EList<TextFact> aliases;

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
	 * The cached value of the '{@link #getVariants() <em>Variants</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariants()
	 * @generated
	 * @ordered
	 */
	protected EList<ProductVariant> variants;

	/**
	 * The cached value of the '{@link #getTerminals() <em>Terminals</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTerminals()
	 * @generated
	 * @ordered
	 */
	protected EList<TerminalDefinition> terminals;

	/**
	 * The cached value of the '{@link #getSettings() <em>Settings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSettings()
	 * @generated
	 * @ordered
	 */
	protected EList<SettingDefinition> settings;

	/**
	 * The cached value of the '{@link #getRemoteUseModes() <em>Remote Use Modes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemoteUseModes()
	 * @generated
	 * @ordered
	 */
	protected EList<RemoteUseMode> remoteUseModes;

	/**
	 * The cached value of the '{@link #getRemoteControlRoutes() <em>Remote Control Routes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemoteControlRoutes()
	 * @generated
	 * @ordered
	 */
	protected EList<RemoteControlRoute> remoteControlRoutes;

	/**
	 * The cached value of the '{@link #getConsumption() <em>Consumption</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsumption()
	 * @generated
	 * @ordered
	 */
	protected EList<ConsumptionFact> consumption;

	/**
	 * The cached value of the '{@link #getWeight() <em>Weight</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeight()
	 * @generated
	 * @ordered
	 */
	protected QuantityFact weight;

	/**
	 * The cached value of the '{@link #getDimensions() <em>Dimensions</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDimensions()
	 * @generated
	 * @ordered
	 */
	protected DimensionsFact dimensions;

	/**
	 * The cached value of the '{@link #getProtection() <em>Protection</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtection()
	 * @generated
	 * @ordered
	 */
	protected IpRatingFact protection;

	/**
	 * The cached value of the '{@link #getOperatingTemperature() <em>Operating Temperature</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperatingTemperature()
	 * @generated
	 * @ordered
	 */
	protected RangeFact operatingTemperature;

	/**
	 * The cached value of the '{@link #getHumidityMaximum() <em>Humidity Maximum</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHumidityMaximum()
	 * @generated
	 * @ordered
	 */
	protected QuantityFact humidityMaximum;

	/**
	 * The cached value of the '{@link #getHumidityAverage() <em>Humidity Average</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHumidityAverage()
	 * @generated
	 * @ordered
	 */
	protected QuantityFact humidityAverage;

	/**
	 * The cached value of the '{@link #getStandards() <em>Standards</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStandards()
	 * @generated
	 * @ordered
	 */
	protected EList<StandardsFact> standards;

	/**
	 * The cached value of the '{@link #getIncludedItems() <em>Included Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIncludedItems()
	 * @generated
	 * @ordered
	 */
	protected EList<IncludedItemFact> includedItems;

	/**
	 * The cached value of the '{@link #getLeds() <em>Leds</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeds()
	 * @generated
	 * @ordered
	 */
	protected EList<LedIndicator> leds;

	/**
	 * The cached value of the '{@link #getStatusCodes() <em>Status Codes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusCodes()
	 * @generated
	 * @ordered
	 */
	protected EList<StatusCode> statusCodes;

	/**
	 * The cached value of the '{@link #getLifecycle() <em>Lifecycle</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLifecycle()
	 * @generated
	 * @ordered
	 */
	protected LifecycleFact lifecycle;

	/**
	 * The cached value of the '{@link #getDatasheet() <em>Datasheet</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDatasheet()
	 * @generated
	 * @ordered
	 */
	protected DocumentLinkFact datasheet;

	/**
	 * The cached value of the '{@link #getRecommendations() <em>Recommendations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecommendations()
	 * @generated
	 * @ordered
	 */
	protected EList<TextFact> recommendations;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected EList<TextFact> notes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProductTypeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.PRODUCT_TYPE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.PRODUCT_TYPE__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.PRODUCT_TYPE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getManufacturer() {
		return manufacturer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setManufacturer(String newManufacturer) {
		String oldManufacturer = manufacturer;
		manufacturer = newManufacturer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.PRODUCT_TYPE__MANUFACTURER, oldManufacturer, manufacturer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProductCategory getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(ProductCategory newCategory) {
		ProductCategory oldCategory = category;
		category = newCategory == null ? CATEGORY_EDEFAULT : newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.PRODUCT_TYPE__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getProductIds() {
		if (productIds == null) {
			productIds = new EDataTypeUniqueEList<Integer>(Integer.class, this, CatalogPackage.PRODUCT_TYPE__PRODUCT_IDS);
		}
		return productIds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProductFamily getFamily() {
		if (family != null && family.eIsProxy()) {
			InternalEObject oldFamily = (InternalEObject)family;
			family = (ProductFamily)eResolveProxy(oldFamily);
			if (family != oldFamily) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CatalogPackage.PRODUCT_TYPE__FAMILY, oldFamily, family));
			}
		}
		return family;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProductFamily basicGetFamily() {
		return family;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFamily(ProductFamily newFamily) {
		ProductFamily oldFamily = family;
		family = newFamily;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.PRODUCT_TYPE__FAMILY, oldFamily, family));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TextFact> getAliases() {
		if (aliases == null) {
			aliases = new EObjectContainmentEList<TextFact>(TextFact.class, this, CatalogPackage.PRODUCT_TYPE__ALIASES);
		}
		return aliases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ArticleNumberFact> getArticleNumbers() {
		if (articleNumbers == null) {
			articleNumbers = new EObjectContainmentEList<ArticleNumberFact>(ArticleNumberFact.class, this, CatalogPackage.PRODUCT_TYPE__ARTICLE_NUMBERS);
		}
		return articleNumbers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProductVariant> getVariants() {
		if (variants == null) {
			variants = new EObjectContainmentEList<ProductVariant>(ProductVariant.class, this, CatalogPackage.PRODUCT_TYPE__VARIANTS);
		}
		return variants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TerminalDefinition> getTerminals() {
		if (terminals == null) {
			terminals = new EObjectContainmentWithInverseEList<TerminalDefinition>(TerminalDefinition.class, this, CatalogPackage.PRODUCT_TYPE__TERMINALS, CatalogPackage.TERMINAL_DEFINITION__PRODUCT_TYPE);
		}
		return terminals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SettingDefinition> getSettings() {
		if (settings == null) {
			settings = new EObjectContainmentEList<SettingDefinition>(SettingDefinition.class, this, CatalogPackage.PRODUCT_TYPE__SETTINGS);
		}
		return settings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RemoteUseMode> getRemoteUseModes() {
		if (remoteUseModes == null) {
			remoteUseModes = new EObjectContainmentEList<RemoteUseMode>(RemoteUseMode.class, this, CatalogPackage.PRODUCT_TYPE__REMOTE_USE_MODES);
		}
		return remoteUseModes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RemoteControlRoute> getRemoteControlRoutes() {
		if (remoteControlRoutes == null) {
			remoteControlRoutes = new EObjectContainmentEList<RemoteControlRoute>(RemoteControlRoute.class, this, CatalogPackage.PRODUCT_TYPE__REMOTE_CONTROL_ROUTES);
		}
		return remoteControlRoutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ConsumptionFact> getConsumption() {
		if (consumption == null) {
			consumption = new EObjectContainmentEList<ConsumptionFact>(ConsumptionFact.class, this, CatalogPackage.PRODUCT_TYPE__CONSUMPTION);
		}
		return consumption;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantityFact getWeight() {
		return weight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetWeight(QuantityFact newWeight, NotificationChain msgs) {
		QuantityFact oldWeight = weight;
		weight = newWeight;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.PRODUCT_TYPE__WEIGHT, oldWeight, newWeight);
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
	public void setWeight(QuantityFact newWeight) {
		if (newWeight != weight) {
			NotificationChain msgs = null;
			if (weight != null)
				msgs = ((InternalEObject)weight).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.PRODUCT_TYPE__WEIGHT, null, msgs);
			if (newWeight != null)
				msgs = ((InternalEObject)newWeight).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.PRODUCT_TYPE__WEIGHT, null, msgs);
			msgs = basicSetWeight(newWeight, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.PRODUCT_TYPE__WEIGHT, newWeight, newWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DimensionsFact getDimensions() {
		return dimensions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDimensions(DimensionsFact newDimensions, NotificationChain msgs) {
		DimensionsFact oldDimensions = dimensions;
		dimensions = newDimensions;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.PRODUCT_TYPE__DIMENSIONS, oldDimensions, newDimensions);
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
	public void setDimensions(DimensionsFact newDimensions) {
		if (newDimensions != dimensions) {
			NotificationChain msgs = null;
			if (dimensions != null)
				msgs = ((InternalEObject)dimensions).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.PRODUCT_TYPE__DIMENSIONS, null, msgs);
			if (newDimensions != null)
				msgs = ((InternalEObject)newDimensions).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.PRODUCT_TYPE__DIMENSIONS, null, msgs);
			msgs = basicSetDimensions(newDimensions, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.PRODUCT_TYPE__DIMENSIONS, newDimensions, newDimensions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IpRatingFact getProtection() {
		return protection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetProtection(IpRatingFact newProtection, NotificationChain msgs) {
		IpRatingFact oldProtection = protection;
		protection = newProtection;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.PRODUCT_TYPE__PROTECTION, oldProtection, newProtection);
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
	public void setProtection(IpRatingFact newProtection) {
		if (newProtection != protection) {
			NotificationChain msgs = null;
			if (protection != null)
				msgs = ((InternalEObject)protection).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.PRODUCT_TYPE__PROTECTION, null, msgs);
			if (newProtection != null)
				msgs = ((InternalEObject)newProtection).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.PRODUCT_TYPE__PROTECTION, null, msgs);
			msgs = basicSetProtection(newProtection, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.PRODUCT_TYPE__PROTECTION, newProtection, newProtection));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RangeFact getOperatingTemperature() {
		return operatingTemperature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOperatingTemperature(RangeFact newOperatingTemperature, NotificationChain msgs) {
		RangeFact oldOperatingTemperature = operatingTemperature;
		operatingTemperature = newOperatingTemperature;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.PRODUCT_TYPE__OPERATING_TEMPERATURE, oldOperatingTemperature, newOperatingTemperature);
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
	public void setOperatingTemperature(RangeFact newOperatingTemperature) {
		if (newOperatingTemperature != operatingTemperature) {
			NotificationChain msgs = null;
			if (operatingTemperature != null)
				msgs = ((InternalEObject)operatingTemperature).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.PRODUCT_TYPE__OPERATING_TEMPERATURE, null, msgs);
			if (newOperatingTemperature != null)
				msgs = ((InternalEObject)newOperatingTemperature).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.PRODUCT_TYPE__OPERATING_TEMPERATURE, null, msgs);
			msgs = basicSetOperatingTemperature(newOperatingTemperature, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.PRODUCT_TYPE__OPERATING_TEMPERATURE, newOperatingTemperature, newOperatingTemperature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantityFact getHumidityMaximum() {
		return humidityMaximum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetHumidityMaximum(QuantityFact newHumidityMaximum, NotificationChain msgs) {
		QuantityFact oldHumidityMaximum = humidityMaximum;
		humidityMaximum = newHumidityMaximum;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.PRODUCT_TYPE__HUMIDITY_MAXIMUM, oldHumidityMaximum, newHumidityMaximum);
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
	public void setHumidityMaximum(QuantityFact newHumidityMaximum) {
		if (newHumidityMaximum != humidityMaximum) {
			NotificationChain msgs = null;
			if (humidityMaximum != null)
				msgs = ((InternalEObject)humidityMaximum).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.PRODUCT_TYPE__HUMIDITY_MAXIMUM, null, msgs);
			if (newHumidityMaximum != null)
				msgs = ((InternalEObject)newHumidityMaximum).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.PRODUCT_TYPE__HUMIDITY_MAXIMUM, null, msgs);
			msgs = basicSetHumidityMaximum(newHumidityMaximum, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.PRODUCT_TYPE__HUMIDITY_MAXIMUM, newHumidityMaximum, newHumidityMaximum));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantityFact getHumidityAverage() {
		return humidityAverage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetHumidityAverage(QuantityFact newHumidityAverage, NotificationChain msgs) {
		QuantityFact oldHumidityAverage = humidityAverage;
		humidityAverage = newHumidityAverage;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.PRODUCT_TYPE__HUMIDITY_AVERAGE, oldHumidityAverage, newHumidityAverage);
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
	public void setHumidityAverage(QuantityFact newHumidityAverage) {
		if (newHumidityAverage != humidityAverage) {
			NotificationChain msgs = null;
			if (humidityAverage != null)
				msgs = ((InternalEObject)humidityAverage).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.PRODUCT_TYPE__HUMIDITY_AVERAGE, null, msgs);
			if (newHumidityAverage != null)
				msgs = ((InternalEObject)newHumidityAverage).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.PRODUCT_TYPE__HUMIDITY_AVERAGE, null, msgs);
			msgs = basicSetHumidityAverage(newHumidityAverage, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.PRODUCT_TYPE__HUMIDITY_AVERAGE, newHumidityAverage, newHumidityAverage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StandardsFact> getStandards() {
		if (standards == null) {
			standards = new EObjectContainmentEList<StandardsFact>(StandardsFact.class, this, CatalogPackage.PRODUCT_TYPE__STANDARDS);
		}
		return standards;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<IncludedItemFact> getIncludedItems() {
		if (includedItems == null) {
			includedItems = new EObjectContainmentEList<IncludedItemFact>(IncludedItemFact.class, this, CatalogPackage.PRODUCT_TYPE__INCLUDED_ITEMS);
		}
		return includedItems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LedIndicator> getLeds() {
		if (leds == null) {
			leds = new EObjectContainmentEList<LedIndicator>(LedIndicator.class, this, CatalogPackage.PRODUCT_TYPE__LEDS);
		}
		return leds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StatusCode> getStatusCodes() {
		if (statusCodes == null) {
			statusCodes = new EObjectContainmentEList<StatusCode>(StatusCode.class, this, CatalogPackage.PRODUCT_TYPE__STATUS_CODES);
		}
		return statusCodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LifecycleFact getLifecycle() {
		return lifecycle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLifecycle(LifecycleFact newLifecycle, NotificationChain msgs) {
		LifecycleFact oldLifecycle = lifecycle;
		lifecycle = newLifecycle;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.PRODUCT_TYPE__LIFECYCLE, oldLifecycle, newLifecycle);
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
	public void setLifecycle(LifecycleFact newLifecycle) {
		if (newLifecycle != lifecycle) {
			NotificationChain msgs = null;
			if (lifecycle != null)
				msgs = ((InternalEObject)lifecycle).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.PRODUCT_TYPE__LIFECYCLE, null, msgs);
			if (newLifecycle != null)
				msgs = ((InternalEObject)newLifecycle).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.PRODUCT_TYPE__LIFECYCLE, null, msgs);
			msgs = basicSetLifecycle(newLifecycle, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.PRODUCT_TYPE__LIFECYCLE, newLifecycle, newLifecycle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DocumentLinkFact getDatasheet() {
		return datasheet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDatasheet(DocumentLinkFact newDatasheet, NotificationChain msgs) {
		DocumentLinkFact oldDatasheet = datasheet;
		datasheet = newDatasheet;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.PRODUCT_TYPE__DATASHEET, oldDatasheet, newDatasheet);
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
	public void setDatasheet(DocumentLinkFact newDatasheet) {
		if (newDatasheet != datasheet) {
			NotificationChain msgs = null;
			if (datasheet != null)
				msgs = ((InternalEObject)datasheet).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.PRODUCT_TYPE__DATASHEET, null, msgs);
			if (newDatasheet != null)
				msgs = ((InternalEObject)newDatasheet).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.PRODUCT_TYPE__DATASHEET, null, msgs);
			msgs = basicSetDatasheet(newDatasheet, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.PRODUCT_TYPE__DATASHEET, newDatasheet, newDatasheet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TextFact> getRecommendations() {
		if (recommendations == null) {
			recommendations = new EObjectContainmentEList<TextFact>(TextFact.class, this, CatalogPackage.PRODUCT_TYPE__RECOMMENDATIONS);
		}
		return recommendations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TextFact> getNotes() {
		if (notes == null) {
			notes = new EObjectContainmentEList<TextFact>(TextFact.class, this, CatalogPackage.PRODUCT_TYPE__NOTES);
		}
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TerminalDefinition findTerminal(final String id) {
		return io.cellwright.model.internal.operations.ProductTypeOperations.findTerminal(this, id);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SettingDefinition findSetting(final SettingRole role) {
		return io.cellwright.model.internal.operations.ProductTypeOperations.findSetting(this, role);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CatalogPackage.PRODUCT_TYPE__TERMINALS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getTerminals()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CatalogPackage.PRODUCT_TYPE__ALIASES:
				return ((InternalEList<?>)getAliases()).basicRemove(otherEnd, msgs);
			case CatalogPackage.PRODUCT_TYPE__ARTICLE_NUMBERS:
				return ((InternalEList<?>)getArticleNumbers()).basicRemove(otherEnd, msgs);
			case CatalogPackage.PRODUCT_TYPE__VARIANTS:
				return ((InternalEList<?>)getVariants()).basicRemove(otherEnd, msgs);
			case CatalogPackage.PRODUCT_TYPE__TERMINALS:
				return ((InternalEList<?>)getTerminals()).basicRemove(otherEnd, msgs);
			case CatalogPackage.PRODUCT_TYPE__SETTINGS:
				return ((InternalEList<?>)getSettings()).basicRemove(otherEnd, msgs);
			case CatalogPackage.PRODUCT_TYPE__REMOTE_USE_MODES:
				return ((InternalEList<?>)getRemoteUseModes()).basicRemove(otherEnd, msgs);
			case CatalogPackage.PRODUCT_TYPE__REMOTE_CONTROL_ROUTES:
				return ((InternalEList<?>)getRemoteControlRoutes()).basicRemove(otherEnd, msgs);
			case CatalogPackage.PRODUCT_TYPE__CONSUMPTION:
				return ((InternalEList<?>)getConsumption()).basicRemove(otherEnd, msgs);
			case CatalogPackage.PRODUCT_TYPE__WEIGHT:
				return basicSetWeight(null, msgs);
			case CatalogPackage.PRODUCT_TYPE__DIMENSIONS:
				return basicSetDimensions(null, msgs);
			case CatalogPackage.PRODUCT_TYPE__PROTECTION:
				return basicSetProtection(null, msgs);
			case CatalogPackage.PRODUCT_TYPE__OPERATING_TEMPERATURE:
				return basicSetOperatingTemperature(null, msgs);
			case CatalogPackage.PRODUCT_TYPE__HUMIDITY_MAXIMUM:
				return basicSetHumidityMaximum(null, msgs);
			case CatalogPackage.PRODUCT_TYPE__HUMIDITY_AVERAGE:
				return basicSetHumidityAverage(null, msgs);
			case CatalogPackage.PRODUCT_TYPE__STANDARDS:
				return ((InternalEList<?>)getStandards()).basicRemove(otherEnd, msgs);
			case CatalogPackage.PRODUCT_TYPE__INCLUDED_ITEMS:
				return ((InternalEList<?>)getIncludedItems()).basicRemove(otherEnd, msgs);
			case CatalogPackage.PRODUCT_TYPE__LEDS:
				return ((InternalEList<?>)getLeds()).basicRemove(otherEnd, msgs);
			case CatalogPackage.PRODUCT_TYPE__STATUS_CODES:
				return ((InternalEList<?>)getStatusCodes()).basicRemove(otherEnd, msgs);
			case CatalogPackage.PRODUCT_TYPE__LIFECYCLE:
				return basicSetLifecycle(null, msgs);
			case CatalogPackage.PRODUCT_TYPE__DATASHEET:
				return basicSetDatasheet(null, msgs);
			case CatalogPackage.PRODUCT_TYPE__RECOMMENDATIONS:
				return ((InternalEList<?>)getRecommendations()).basicRemove(otherEnd, msgs);
			case CatalogPackage.PRODUCT_TYPE__NOTES:
				return ((InternalEList<?>)getNotes()).basicRemove(otherEnd, msgs);
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
			case CatalogPackage.PRODUCT_TYPE__ID:
				return getId();
			case CatalogPackage.PRODUCT_TYPE__NAME:
				return getName();
			case CatalogPackage.PRODUCT_TYPE__MANUFACTURER:
				return getManufacturer();
			case CatalogPackage.PRODUCT_TYPE__CATEGORY:
				return getCategory();
			case CatalogPackage.PRODUCT_TYPE__PRODUCT_IDS:
				return getProductIds();
			case CatalogPackage.PRODUCT_TYPE__FAMILY:
				if (resolve) return getFamily();
				return basicGetFamily();
			case CatalogPackage.PRODUCT_TYPE__ALIASES:
				return getAliases();
			case CatalogPackage.PRODUCT_TYPE__ARTICLE_NUMBERS:
				return getArticleNumbers();
			case CatalogPackage.PRODUCT_TYPE__VARIANTS:
				return getVariants();
			case CatalogPackage.PRODUCT_TYPE__TERMINALS:
				return getTerminals();
			case CatalogPackage.PRODUCT_TYPE__SETTINGS:
				return getSettings();
			case CatalogPackage.PRODUCT_TYPE__REMOTE_USE_MODES:
				return getRemoteUseModes();
			case CatalogPackage.PRODUCT_TYPE__REMOTE_CONTROL_ROUTES:
				return getRemoteControlRoutes();
			case CatalogPackage.PRODUCT_TYPE__CONSUMPTION:
				return getConsumption();
			case CatalogPackage.PRODUCT_TYPE__WEIGHT:
				return getWeight();
			case CatalogPackage.PRODUCT_TYPE__DIMENSIONS:
				return getDimensions();
			case CatalogPackage.PRODUCT_TYPE__PROTECTION:
				return getProtection();
			case CatalogPackage.PRODUCT_TYPE__OPERATING_TEMPERATURE:
				return getOperatingTemperature();
			case CatalogPackage.PRODUCT_TYPE__HUMIDITY_MAXIMUM:
				return getHumidityMaximum();
			case CatalogPackage.PRODUCT_TYPE__HUMIDITY_AVERAGE:
				return getHumidityAverage();
			case CatalogPackage.PRODUCT_TYPE__STANDARDS:
				return getStandards();
			case CatalogPackage.PRODUCT_TYPE__INCLUDED_ITEMS:
				return getIncludedItems();
			case CatalogPackage.PRODUCT_TYPE__LEDS:
				return getLeds();
			case CatalogPackage.PRODUCT_TYPE__STATUS_CODES:
				return getStatusCodes();
			case CatalogPackage.PRODUCT_TYPE__LIFECYCLE:
				return getLifecycle();
			case CatalogPackage.PRODUCT_TYPE__DATASHEET:
				return getDatasheet();
			case CatalogPackage.PRODUCT_TYPE__RECOMMENDATIONS:
				return getRecommendations();
			case CatalogPackage.PRODUCT_TYPE__NOTES:
				return getNotes();
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
			case CatalogPackage.PRODUCT_TYPE__ID:
				setId((String)newValue);
				return;
			case CatalogPackage.PRODUCT_TYPE__NAME:
				setName((String)newValue);
				return;
			case CatalogPackage.PRODUCT_TYPE__MANUFACTURER:
				setManufacturer((String)newValue);
				return;
			case CatalogPackage.PRODUCT_TYPE__CATEGORY:
				setCategory((ProductCategory)newValue);
				return;
			case CatalogPackage.PRODUCT_TYPE__PRODUCT_IDS:
				getProductIds().clear();
				getProductIds().addAll((Collection<? extends Integer>)newValue);
				return;
			case CatalogPackage.PRODUCT_TYPE__FAMILY:
				setFamily((ProductFamily)newValue);
				return;
			case CatalogPackage.PRODUCT_TYPE__ALIASES:
				getAliases().clear();
				getAliases().addAll((Collection<? extends TextFact>)newValue);
				return;
			case CatalogPackage.PRODUCT_TYPE__ARTICLE_NUMBERS:
				getArticleNumbers().clear();
				getArticleNumbers().addAll((Collection<? extends ArticleNumberFact>)newValue);
				return;
			case CatalogPackage.PRODUCT_TYPE__VARIANTS:
				getVariants().clear();
				getVariants().addAll((Collection<? extends ProductVariant>)newValue);
				return;
			case CatalogPackage.PRODUCT_TYPE__TERMINALS:
				getTerminals().clear();
				getTerminals().addAll((Collection<? extends TerminalDefinition>)newValue);
				return;
			case CatalogPackage.PRODUCT_TYPE__SETTINGS:
				getSettings().clear();
				getSettings().addAll((Collection<? extends SettingDefinition>)newValue);
				return;
			case CatalogPackage.PRODUCT_TYPE__REMOTE_USE_MODES:
				getRemoteUseModes().clear();
				getRemoteUseModes().addAll((Collection<? extends RemoteUseMode>)newValue);
				return;
			case CatalogPackage.PRODUCT_TYPE__REMOTE_CONTROL_ROUTES:
				getRemoteControlRoutes().clear();
				getRemoteControlRoutes().addAll((Collection<? extends RemoteControlRoute>)newValue);
				return;
			case CatalogPackage.PRODUCT_TYPE__CONSUMPTION:
				getConsumption().clear();
				getConsumption().addAll((Collection<? extends ConsumptionFact>)newValue);
				return;
			case CatalogPackage.PRODUCT_TYPE__WEIGHT:
				setWeight((QuantityFact)newValue);
				return;
			case CatalogPackage.PRODUCT_TYPE__DIMENSIONS:
				setDimensions((DimensionsFact)newValue);
				return;
			case CatalogPackage.PRODUCT_TYPE__PROTECTION:
				setProtection((IpRatingFact)newValue);
				return;
			case CatalogPackage.PRODUCT_TYPE__OPERATING_TEMPERATURE:
				setOperatingTemperature((RangeFact)newValue);
				return;
			case CatalogPackage.PRODUCT_TYPE__HUMIDITY_MAXIMUM:
				setHumidityMaximum((QuantityFact)newValue);
				return;
			case CatalogPackage.PRODUCT_TYPE__HUMIDITY_AVERAGE:
				setHumidityAverage((QuantityFact)newValue);
				return;
			case CatalogPackage.PRODUCT_TYPE__STANDARDS:
				getStandards().clear();
				getStandards().addAll((Collection<? extends StandardsFact>)newValue);
				return;
			case CatalogPackage.PRODUCT_TYPE__INCLUDED_ITEMS:
				getIncludedItems().clear();
				getIncludedItems().addAll((Collection<? extends IncludedItemFact>)newValue);
				return;
			case CatalogPackage.PRODUCT_TYPE__LEDS:
				getLeds().clear();
				getLeds().addAll((Collection<? extends LedIndicator>)newValue);
				return;
			case CatalogPackage.PRODUCT_TYPE__STATUS_CODES:
				getStatusCodes().clear();
				getStatusCodes().addAll((Collection<? extends StatusCode>)newValue);
				return;
			case CatalogPackage.PRODUCT_TYPE__LIFECYCLE:
				setLifecycle((LifecycleFact)newValue);
				return;
			case CatalogPackage.PRODUCT_TYPE__DATASHEET:
				setDatasheet((DocumentLinkFact)newValue);
				return;
			case CatalogPackage.PRODUCT_TYPE__RECOMMENDATIONS:
				getRecommendations().clear();
				getRecommendations().addAll((Collection<? extends TextFact>)newValue);
				return;
			case CatalogPackage.PRODUCT_TYPE__NOTES:
				getNotes().clear();
				getNotes().addAll((Collection<? extends TextFact>)newValue);
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
			case CatalogPackage.PRODUCT_TYPE__ID:
				setId(ID_EDEFAULT);
				return;
			case CatalogPackage.PRODUCT_TYPE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CatalogPackage.PRODUCT_TYPE__MANUFACTURER:
				setManufacturer(MANUFACTURER_EDEFAULT);
				return;
			case CatalogPackage.PRODUCT_TYPE__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case CatalogPackage.PRODUCT_TYPE__PRODUCT_IDS:
				getProductIds().clear();
				return;
			case CatalogPackage.PRODUCT_TYPE__FAMILY:
				setFamily((ProductFamily)null);
				return;
			case CatalogPackage.PRODUCT_TYPE__ALIASES:
				getAliases().clear();
				return;
			case CatalogPackage.PRODUCT_TYPE__ARTICLE_NUMBERS:
				getArticleNumbers().clear();
				return;
			case CatalogPackage.PRODUCT_TYPE__VARIANTS:
				getVariants().clear();
				return;
			case CatalogPackage.PRODUCT_TYPE__TERMINALS:
				getTerminals().clear();
				return;
			case CatalogPackage.PRODUCT_TYPE__SETTINGS:
				getSettings().clear();
				return;
			case CatalogPackage.PRODUCT_TYPE__REMOTE_USE_MODES:
				getRemoteUseModes().clear();
				return;
			case CatalogPackage.PRODUCT_TYPE__REMOTE_CONTROL_ROUTES:
				getRemoteControlRoutes().clear();
				return;
			case CatalogPackage.PRODUCT_TYPE__CONSUMPTION:
				getConsumption().clear();
				return;
			case CatalogPackage.PRODUCT_TYPE__WEIGHT:
				setWeight((QuantityFact)null);
				return;
			case CatalogPackage.PRODUCT_TYPE__DIMENSIONS:
				setDimensions((DimensionsFact)null);
				return;
			case CatalogPackage.PRODUCT_TYPE__PROTECTION:
				setProtection((IpRatingFact)null);
				return;
			case CatalogPackage.PRODUCT_TYPE__OPERATING_TEMPERATURE:
				setOperatingTemperature((RangeFact)null);
				return;
			case CatalogPackage.PRODUCT_TYPE__HUMIDITY_MAXIMUM:
				setHumidityMaximum((QuantityFact)null);
				return;
			case CatalogPackage.PRODUCT_TYPE__HUMIDITY_AVERAGE:
				setHumidityAverage((QuantityFact)null);
				return;
			case CatalogPackage.PRODUCT_TYPE__STANDARDS:
				getStandards().clear();
				return;
			case CatalogPackage.PRODUCT_TYPE__INCLUDED_ITEMS:
				getIncludedItems().clear();
				return;
			case CatalogPackage.PRODUCT_TYPE__LEDS:
				getLeds().clear();
				return;
			case CatalogPackage.PRODUCT_TYPE__STATUS_CODES:
				getStatusCodes().clear();
				return;
			case CatalogPackage.PRODUCT_TYPE__LIFECYCLE:
				setLifecycle((LifecycleFact)null);
				return;
			case CatalogPackage.PRODUCT_TYPE__DATASHEET:
				setDatasheet((DocumentLinkFact)null);
				return;
			case CatalogPackage.PRODUCT_TYPE__RECOMMENDATIONS:
				getRecommendations().clear();
				return;
			case CatalogPackage.PRODUCT_TYPE__NOTES:
				getNotes().clear();
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
			case CatalogPackage.PRODUCT_TYPE__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case CatalogPackage.PRODUCT_TYPE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CatalogPackage.PRODUCT_TYPE__MANUFACTURER:
				return MANUFACTURER_EDEFAULT == null ? manufacturer != null : !MANUFACTURER_EDEFAULT.equals(manufacturer);
			case CatalogPackage.PRODUCT_TYPE__CATEGORY:
				return category != CATEGORY_EDEFAULT;
			case CatalogPackage.PRODUCT_TYPE__PRODUCT_IDS:
				return productIds != null && !productIds.isEmpty();
			case CatalogPackage.PRODUCT_TYPE__FAMILY:
				return family != null;
			case CatalogPackage.PRODUCT_TYPE__ALIASES:
				return aliases != null && !aliases.isEmpty();
			case CatalogPackage.PRODUCT_TYPE__ARTICLE_NUMBERS:
				return articleNumbers != null && !articleNumbers.isEmpty();
			case CatalogPackage.PRODUCT_TYPE__VARIANTS:
				return variants != null && !variants.isEmpty();
			case CatalogPackage.PRODUCT_TYPE__TERMINALS:
				return terminals != null && !terminals.isEmpty();
			case CatalogPackage.PRODUCT_TYPE__SETTINGS:
				return settings != null && !settings.isEmpty();
			case CatalogPackage.PRODUCT_TYPE__REMOTE_USE_MODES:
				return remoteUseModes != null && !remoteUseModes.isEmpty();
			case CatalogPackage.PRODUCT_TYPE__REMOTE_CONTROL_ROUTES:
				return remoteControlRoutes != null && !remoteControlRoutes.isEmpty();
			case CatalogPackage.PRODUCT_TYPE__CONSUMPTION:
				return consumption != null && !consumption.isEmpty();
			case CatalogPackage.PRODUCT_TYPE__WEIGHT:
				return weight != null;
			case CatalogPackage.PRODUCT_TYPE__DIMENSIONS:
				return dimensions != null;
			case CatalogPackage.PRODUCT_TYPE__PROTECTION:
				return protection != null;
			case CatalogPackage.PRODUCT_TYPE__OPERATING_TEMPERATURE:
				return operatingTemperature != null;
			case CatalogPackage.PRODUCT_TYPE__HUMIDITY_MAXIMUM:
				return humidityMaximum != null;
			case CatalogPackage.PRODUCT_TYPE__HUMIDITY_AVERAGE:
				return humidityAverage != null;
			case CatalogPackage.PRODUCT_TYPE__STANDARDS:
				return standards != null && !standards.isEmpty();
			case CatalogPackage.PRODUCT_TYPE__INCLUDED_ITEMS:
				return includedItems != null && !includedItems.isEmpty();
			case CatalogPackage.PRODUCT_TYPE__LEDS:
				return leds != null && !leds.isEmpty();
			case CatalogPackage.PRODUCT_TYPE__STATUS_CODES:
				return statusCodes != null && !statusCodes.isEmpty();
			case CatalogPackage.PRODUCT_TYPE__LIFECYCLE:
				return lifecycle != null;
			case CatalogPackage.PRODUCT_TYPE__DATASHEET:
				return datasheet != null;
			case CatalogPackage.PRODUCT_TYPE__RECOMMENDATIONS:
				return recommendations != null && !recommendations.isEmpty();
			case CatalogPackage.PRODUCT_TYPE__NOTES:
				return notes != null && !notes.isEmpty();
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
			case CatalogPackage.PRODUCT_TYPE___FIND_TERMINAL__STRING:
				return findTerminal((String)arguments.get(0));
			case CatalogPackage.PRODUCT_TYPE___FIND_SETTING__SETTINGROLE:
				return findSetting((SettingRole)arguments.get(0));
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
		result.append(" (id: ");
		result.append(id);
		result.append(", name: ");
		result.append(name);
		result.append(", manufacturer: ");
		result.append(manufacturer);
		result.append(", category: ");
		result.append(category);
		result.append(", productIds: ");
		result.append(productIds);
		result.append(')');
		return result.toString();
	}

} //ProductTypeImpl
