/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Product Type</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A type of product that can be placed in a design. Common specifications live here; subclasses add the typed specifications of their category. Facts not yet typed go to 'notes'.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.ProductType#getId <em>Id</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.ProductType#getName <em>Name</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.ProductType#getManufacturer <em>Manufacturer</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.ProductType#getCategory <em>Category</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.ProductType#getProductIds <em>Product Ids</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.ProductType#getFamily <em>Family</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.ProductType#getAliases <em>Aliases</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.ProductType#getArticleNumbers <em>Article Numbers</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.ProductType#getVariants <em>Variants</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.ProductType#getTerminals <em>Terminals</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.ProductType#getSettings <em>Settings</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.ProductType#getRemoteUseModes <em>Remote Use Modes</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.ProductType#getRemoteControlRoutes <em>Remote Control Routes</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.ProductType#getConsumption <em>Consumption</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.ProductType#getWeight <em>Weight</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.ProductType#getDimensions <em>Dimensions</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.ProductType#getProtection <em>Protection</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.ProductType#getOperatingTemperature <em>Operating Temperature</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.ProductType#getHumidityMaximum <em>Humidity Maximum</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.ProductType#getHumidityAverage <em>Humidity Average</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.ProductType#getStandards <em>Standards</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.ProductType#getIncludedItems <em>Included Items</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.ProductType#getLeds <em>Leds</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.ProductType#getStatusCodes <em>Status Codes</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.ProductType#getLifecycle <em>Lifecycle</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.ProductType#getDatasheet <em>Datasheet</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.ProductType#getRecommendations <em>Recommendations</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.ProductType#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getProductType()
 * @model abstract="true"
 * @generated
 */
public interface ProductType extends Sourced {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stable id, unique in its catalog, e.g. 'smart-bms-12-200'. Designs reference it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getProductType_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.ProductType#getId <em>Id</em>}' attribute.
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
	 * Name as the manufacturer writes it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getProductType_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.ProductType#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Manufacturer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Manufacturer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Manufacturer</em>' attribute.
	 * @see #setManufacturer(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getProductType_Manufacturer()
	 * @model
	 * @generated
	 */
	String getManufacturer();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.ProductType#getManufacturer <em>Manufacturer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Manufacturer</em>' attribute.
	 * @see #getManufacturer()
	 * @generated
	 */
	void setManufacturer(String value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cellwright.model.catalog.ProductCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Category.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see io.cellwright.model.catalog.ProductCategory
	 * @see #setCategory(ProductCategory)
	 * @see io.cellwright.model.catalog.CatalogPackage#getProductType_Category()
	 * @model
	 * @generated
	 */
	ProductCategory getCategory();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.ProductType#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see io.cellwright.model.catalog.ProductCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(ProductCategory value);

	/**
	 * Returns the value of the '<em><b>Product Ids</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Venus OS / VictronConnect product ids (ProductId on MQTT), for matching live devices.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Product Ids</em>' attribute list.
	 * @see io.cellwright.model.catalog.CatalogPackage#getProductType_ProductIds()
	 * @model
	 * @generated
	 */
	EList<Integer> getProductIds();

	/**
	 * Returns the value of the '<em><b>Family</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Family this product belongs to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Family</em>' reference.
	 * @see #setFamily(ProductFamily)
	 * @see io.cellwright.model.catalog.CatalogPackage#getProductType_Family()
	 * @model
	 * @generated
	 */
	ProductFamily getFamily();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.ProductType#getFamily <em>Family</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Family</em>' reference.
	 * @see #getFamily()
	 * @generated
	 */
	void setFamily(ProductFamily value);

	/**
	 * Returns the value of the '<em><b>Aliases</b></em>' containment reference list.
	 * The list contents are of type {@link io.cellwright.model.catalog.TextFact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Other names the documents use ('Smart BMS 12/200' in 002).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Aliases</em>' containment reference list.
	 * @see io.cellwright.model.catalog.CatalogPackage#getProductType_Aliases()
	 * @model containment="true"
	 * @generated
	 */
	EList<TextFact> getAliases();

	/**
	 * Returns the value of the '<em><b>Article Numbers</b></em>' containment reference list.
	 * The list contents are of type {@link io.cellwright.model.catalog.ArticleNumberFact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Article numbers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Article Numbers</em>' containment reference list.
	 * @see io.cellwright.model.catalog.CatalogPackage#getProductType_ArticleNumbers()
	 * @model containment="true"
	 * @generated
	 */
	EList<ArticleNumberFact> getArticleNumbers();

	/**
	 * Returns the value of the '<em><b>Variants</b></em>' containment reference list.
	 * The list contents are of type {@link io.cellwright.model.catalog.ProductVariant}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Variants (ratings, lengths) that share this type's specification.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Variants</em>' containment reference list.
	 * @see io.cellwright.model.catalog.CatalogPackage#getProductType_Variants()
	 * @model containment="true" keys="id"
	 * @generated
	 */
	EList<ProductVariant> getVariants();

	/**
	 * Returns the value of the '<em><b>Terminals</b></em>' containment reference list.
	 * The list contents are of type {@link io.cellwright.model.catalog.TerminalDefinition}.
	 * It is bidirectional and its opposite is '{@link io.cellwright.model.catalog.TerminalDefinition#getProductType <em>Product Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Terminals (ports).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Terminals</em>' containment reference list.
	 * @see io.cellwright.model.catalog.CatalogPackage#getProductType_Terminals()
	 * @see io.cellwright.model.catalog.TerminalDefinition#getProductType
	 * @model opposite="productType" containment="true" keys="id"
	 * @generated
	 */
	EList<TerminalDefinition> getTerminals();

	/**
	 * Returns the value of the '<em><b>Settings</b></em>' containment reference list.
	 * The list contents are of type {@link io.cellwright.model.catalog.SettingDefinition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Settings a design can give this product.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Settings</em>' containment reference list.
	 * @see io.cellwright.model.catalog.CatalogPackage#getProductType_Settings()
	 * @model containment="true" keys="key"
	 * @generated
	 */
	EList<SettingDefinition> getSettings();

	/**
	 * Returns the value of the '<em><b>Remote Use Modes</b></em>' containment reference list.
	 * The list contents are of type {@link io.cellwright.model.catalog.RemoteUseMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Use modes of the remote on/off terminals.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Remote Use Modes</em>' containment reference list.
	 * @see io.cellwright.model.catalog.CatalogPackage#getProductType_RemoteUseModes()
	 * @model containment="true"
	 * @generated
	 */
	EList<RemoteUseMode> getRemoteUseModes();

	/**
	 * Returns the value of the '<em><b>Remote Control Routes</b></em>' containment reference list.
	 * The list contents are of type {@link io.cellwright.model.catalog.RemoteControlRoute}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How a BMS output drives this product's remote on/off input (001 Appendix A). Several routes are alternatives.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Remote Control Routes</em>' containment reference list.
	 * @see io.cellwright.model.catalog.CatalogPackage#getProductType_RemoteControlRoutes()
	 * @model containment="true"
	 * @generated
	 */
	EList<RemoteControlRoute> getRemoteControlRoutes();

	/**
	 * Returns the value of the '<em><b>Consumption</b></em>' containment reference list.
	 * The list contents are of type {@link io.cellwright.model.catalog.ConsumptionFact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Own consumption per operating state.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Consumption</em>' containment reference list.
	 * @see io.cellwright.model.catalog.CatalogPackage#getProductType_Consumption()
	 * @model containment="true"
	 * @generated
	 */
	EList<ConsumptionFact> getConsumption();

	/**
	 * Returns the value of the '<em><b>Weight</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Weight.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weight</em>' containment reference.
	 * @see #setWeight(QuantityFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getProductType_Weight()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='mass'"
	 * @generated
	 */
	QuantityFact getWeight();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.ProductType#getWeight <em>Weight</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight</em>' containment reference.
	 * @see #getWeight()
	 * @generated
	 */
	void setWeight(QuantityFact value);

	/**
	 * Returns the value of the '<em><b>Dimensions</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Outer dimensions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dimensions</em>' containment reference.
	 * @see #setDimensions(DimensionsFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getProductType_Dimensions()
	 * @model containment="true"
	 * @generated
	 */
	DimensionsFact getDimensions();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.ProductType#getDimensions <em>Dimensions</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dimensions</em>' containment reference.
	 * @see #getDimensions()
	 * @generated
	 */
	void setDimensions(DimensionsFact value);

	/**
	 * Returns the value of the '<em><b>Protection</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ingress protection.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Protection</em>' containment reference.
	 * @see #setProtection(IpRatingFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getProductType_Protection()
	 * @model containment="true"
	 * @generated
	 */
	IpRatingFact getProtection();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.ProductType#getProtection <em>Protection</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protection</em>' containment reference.
	 * @see #getProtection()
	 * @generated
	 */
	void setProtection(IpRatingFact value);

	/**
	 * Returns the value of the '<em><b>Operating Temperature</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Operating temperature range.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Operating Temperature</em>' containment reference.
	 * @see #setOperatingTemperature(RangeFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getProductType_OperatingTemperature()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='temperature'"
	 * @generated
	 */
	RangeFact getOperatingTemperature();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.ProductType#getOperatingTemperature <em>Operating Temperature</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operating Temperature</em>' containment reference.
	 * @see #getOperatingTemperature()
	 * @generated
	 */
	void setOperatingTemperature(RangeFact value);

	/**
	 * Returns the value of the '<em><b>Humidity Maximum</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Maximum humidity.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Humidity Maximum</em>' containment reference.
	 * @see #setHumidityMaximum(QuantityFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getProductType_HumidityMaximum()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='dimensionless'"
	 * @generated
	 */
	QuantityFact getHumidityMaximum();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.ProductType#getHumidityMaximum <em>Humidity Maximum</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Humidity Maximum</em>' containment reference.
	 * @see #getHumidityMaximum()
	 * @generated
	 */
	void setHumidityMaximum(QuantityFact value);

	/**
	 * Returns the value of the '<em><b>Humidity Average</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Average humidity.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Humidity Average</em>' containment reference.
	 * @see #setHumidityAverage(QuantityFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getProductType_HumidityAverage()
	 * @model containment="true"
	 *        annotation="http://cellwright.io/model/quantity dimension='dimensionless'"
	 * @generated
	 */
	QuantityFact getHumidityAverage();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.ProductType#getHumidityAverage <em>Humidity Average</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Humidity Average</em>' containment reference.
	 * @see #getHumidityAverage()
	 * @generated
	 */
	void setHumidityAverage(QuantityFact value);

	/**
	 * Returns the value of the '<em><b>Standards</b></em>' containment reference list.
	 * The list contents are of type {@link io.cellwright.model.catalog.StandardsFact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Standards.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Standards</em>' containment reference list.
	 * @see io.cellwright.model.catalog.CatalogPackage#getProductType_Standards()
	 * @model containment="true"
	 * @generated
	 */
	EList<StandardsFact> getStandards();

	/**
	 * Returns the value of the '<em><b>Included Items</b></em>' containment reference list.
	 * The list contents are of type {@link io.cellwright.model.catalog.IncludedItemFact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is in the box.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Included Items</em>' containment reference list.
	 * @see io.cellwright.model.catalog.CatalogPackage#getProductType_IncludedItems()
	 * @model containment="true"
	 * @generated
	 */
	EList<IncludedItemFact> getIncludedItems();

	/**
	 * Returns the value of the '<em><b>Leds</b></em>' containment reference list.
	 * The list contents are of type {@link io.cellwright.model.catalog.LedIndicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * LED indicators, left to right.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Leds</em>' containment reference list.
	 * @see io.cellwright.model.catalog.CatalogPackage#getProductType_Leds()
	 * @model containment="true"
	 * @generated
	 */
	EList<LedIndicator> getLeds();

	/**
	 * Returns the value of the '<em><b>Status Codes</b></em>' containment reference list.
	 * The list contents are of type {@link io.cellwright.model.catalog.StatusCode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Error, alarm and warning codes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status Codes</em>' containment reference list.
	 * @see io.cellwright.model.catalog.CatalogPackage#getProductType_StatusCodes()
	 * @model containment="true"
	 * @generated
	 */
	EList<StatusCode> getStatusCodes();

	/**
	 * Returns the value of the '<em><b>Lifecycle</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Commercial status (002 row 'Remarks').
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lifecycle</em>' containment reference.
	 * @see #setLifecycle(LifecycleFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getProductType_Lifecycle()
	 * @model containment="true"
	 * @generated
	 */
	LifecycleFact getLifecycle();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.ProductType#getLifecycle <em>Lifecycle</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lifecycle</em>' containment reference.
	 * @see #getLifecycle()
	 * @generated
	 */
	void setLifecycle(LifecycleFact value);

	/**
	 * Returns the value of the '<em><b>Datasheet</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Datasheet link (002 row 'Datasheet').
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Datasheet</em>' containment reference.
	 * @see #setDatasheet(DocumentLinkFact)
	 * @see io.cellwright.model.catalog.CatalogPackage#getProductType_Datasheet()
	 * @model containment="true"
	 * @generated
	 */
	DocumentLinkFact getDatasheet();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.ProductType#getDatasheet <em>Datasheet</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Datasheet</em>' containment reference.
	 * @see #getDatasheet()
	 * @generated
	 */
	void setDatasheet(DocumentLinkFact value);

	/**
	 * Returns the value of the '<em><b>Recommendations</b></em>' containment reference list.
	 * The list contents are of type {@link io.cellwright.model.catalog.TextFact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * System design recommendations.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recommendations</em>' containment reference list.
	 * @see io.cellwright.model.catalog.CatalogPackage#getProductType_Recommendations()
	 * @model containment="true"
	 * @generated
	 */
	EList<TextFact> getRecommendations();

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' containment reference list.
	 * The list contents are of type {@link io.cellwright.model.catalog.TextFact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sourced facts that have no typed feature yet.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notes</em>' containment reference list.
	 * @see io.cellwright.model.catalog.CatalogPackage#getProductType_Notes()
	 * @model containment="true"
	 * @generated
	 */
	EList<TextFact> getNotes();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The terminal with this id, or null.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	TerminalDefinition findTerminal(String id);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The first setting with this role, or null.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	SettingDefinition findSetting(SettingRole role);

} // ProductType
