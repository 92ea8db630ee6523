/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Product catalog of Cellwright: product types (BMS models, batteries, devices, cables, fuses) with structured, typed and sourced specifications. Every specification value is a Fact that cites the document (file name) and the section or table row it was read from. Where documents disagree the ruling value is the Fact itself and the overruled values are kept as its alternatives, each with its own sources, plus a Ruling that says why. A catalog is contributed by a bundle; the built-in Victron catalog is one contribution among others.
 * <!-- end-model-doc -->
 * @see io.cellwright.model.catalog.CatalogFactory
 * @model kind="package"
 * @generated
 */
public interface CatalogPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "catalog";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://cellwright.io/catalog/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "catalog";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CatalogPackage eINSTANCE = io.cellwright.model.catalog.impl.CatalogPackageImpl.init();

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.CatalogImpl <em>Catalog</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.CatalogImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getCatalog()
	 * @generated
	 */
	int CATALOG = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__NAME = 1;

	/**
	 * The feature id for the '<em><b>Provider</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__PROVIDER = 2;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__VERSION = 3;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__FORMAT_VERSION = 4;

	/**
	 * The feature id for the '<em><b>Requires</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__REQUIRES = 5;

	/**
	 * The feature id for the '<em><b>Documents</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__DOCUMENTS = 6;

	/**
	 * The feature id for the '<em><b>Families</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__FAMILIES = 7;

	/**
	 * The feature id for the '<em><b>Product Types</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__PRODUCT_TYPES = 8;

	/**
	 * The feature id for the '<em><b>Chemistries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__CHEMISTRIES = 9;

	/**
	 * The feature id for the '<em><b>Comparison Tables</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__COMPARISON_TABLES = 10;

	/**
	 * The feature id for the '<em><b>Wiring References</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__WIRING_REFERENCES = 11;

	/**
	 * The number of structural features of the '<em>Catalog</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Catalog</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.SourceDocumentImpl <em>Source Document</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.SourceDocumentImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getSourceDocument()
	 * @generated
	 */
	int SOURCE_DOCUMENT = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>File Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__FILE_NAME = 1;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__TITLE = 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__KIND = 3;

	/**
	 * The feature id for the '<em><b>Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__REVISION = 4;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__DATE = 5;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__LANGUAGE = 6;

	/**
	 * The feature id for the '<em><b>Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__URI = 7;

	/**
	 * The feature id for the '<em><b>Supersedes</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__SUPERSEDES = 8;

	/**
	 * The number of structural features of the '<em>Source Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Source Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.SourceRefImpl <em>Source Ref</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.SourceRefImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getSourceRef()
	 * @generated
	 */
	int SOURCE_REF = 2;

	/**
	 * The feature id for the '<em><b>Document</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_REF__DOCUMENT = 0;

	/**
	 * The feature id for the '<em><b>Section</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_REF__SECTION = 1;

	/**
	 * The feature id for the '<em><b>Table</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_REF__TABLE = 2;

	/**
	 * The feature id for the '<em><b>Row</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_REF__ROW = 3;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_REF__COLUMN = 4;

	/**
	 * The feature id for the '<em><b>Quote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_REF__QUOTE = 5;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_REF__CONFIDENCE = 6;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_REF__COMMENT = 7;

	/**
	 * The number of structural features of the '<em>Source Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_REF_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Source Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_REF_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.SourcedImpl <em>Sourced</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.SourcedImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getSourced()
	 * @generated
	 */
	int SOURCED = 3;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCED__SOURCES = 0;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCED__COMMENT = 1;

	/**
	 * The number of structural features of the '<em>Sourced</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCED_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Sourced</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.RulingImpl <em>Ruling</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.RulingImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getRuling()
	 * @generated
	 */
	int RULING = 4;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULING__RATIONALE = 0;

	/**
	 * The feature id for the '<em><b>Principles</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULING__PRINCIPLES = 1;

	/**
	 * The feature id for the '<em><b>Decided By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULING__DECIDED_BY = 2;

	/**
	 * The number of structural features of the '<em>Ruling</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULING_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Ruling</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.FactImpl <em>Fact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.FactImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getFact()
	 * @generated
	 */
	int FACT = 5;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT__SOURCES = SOURCED__SOURCES;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT__COMMENT = SOURCED__COMMENT;

	/**
	 * The feature id for the '<em><b>Display Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT__DISPLAY_TEXT = SOURCED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Footnote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT__FOOTNOTE = SOURCED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Alternatives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT__ALTERNATIVES = SOURCED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Ruling</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT__RULING = SOURCED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT_FEATURE_COUNT = SOURCED_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Is Disputed</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT___IS_DISPUTED = SOURCED_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Is Overruled</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT___IS_OVERRULED = SOURCED_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT_OPERATION_COUNT = SOURCED_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.QuantityValue <em>Quantity Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.QuantityValue
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getQuantityValue()
	 * @generated
	 */
	int QUANTITY_VALUE = 6;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_VALUE__VALUE = 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_VALUE__UNIT = 1;

	/**
	 * The feature id for the '<em><b>Relation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_VALUE__RELATION = 2;

	/**
	 * The feature id for the '<em><b>Decimals</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_VALUE__DECIMALS = 3;

	/**
	 * The number of structural features of the '<em>Quantity Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_VALUE_FEATURE_COUNT = 4;

	/**
	 * The operation id for the '<em>Value In Base Unit</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_VALUE___VALUE_IN_BASE_UNIT = 0;

	/**
	 * The number of operations of the '<em>Quantity Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_VALUE_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.QuantityImpl <em>Quantity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.QuantityImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getQuantity()
	 * @generated
	 */
	int QUANTITY = 7;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY__VALUE = QUANTITY_VALUE__VALUE;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY__UNIT = QUANTITY_VALUE__UNIT;

	/**
	 * The feature id for the '<em><b>Relation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY__RELATION = QUANTITY_VALUE__RELATION;

	/**
	 * The feature id for the '<em><b>Decimals</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY__DECIMALS = QUANTITY_VALUE__DECIMALS;

	/**
	 * The number of structural features of the '<em>Quantity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_FEATURE_COUNT = QUANTITY_VALUE_FEATURE_COUNT + 0;

	/**
	 * The operation id for the '<em>Value In Base Unit</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY___VALUE_IN_BASE_UNIT = QUANTITY_VALUE___VALUE_IN_BASE_UNIT;

	/**
	 * The number of operations of the '<em>Quantity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_OPERATION_COUNT = QUANTITY_VALUE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.QuantityFactImpl <em>Quantity Fact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.QuantityFactImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getQuantityFact()
	 * @generated
	 */
	int QUANTITY_FACT = 8;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_FACT__SOURCES = FACT__SOURCES;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_FACT__COMMENT = FACT__COMMENT;

	/**
	 * The feature id for the '<em><b>Display Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_FACT__DISPLAY_TEXT = FACT__DISPLAY_TEXT;

	/**
	 * The feature id for the '<em><b>Footnote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_FACT__FOOTNOTE = FACT__FOOTNOTE;

	/**
	 * The feature id for the '<em><b>Alternatives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_FACT__ALTERNATIVES = FACT__ALTERNATIVES;

	/**
	 * The feature id for the '<em><b>Ruling</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_FACT__RULING = FACT__RULING;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_FACT__VALUE = FACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_FACT__UNIT = FACT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Relation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_FACT__RELATION = FACT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Decimals</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_FACT__DECIMALS = FACT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Quantity Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_FACT_FEATURE_COUNT = FACT_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Is Disputed</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_FACT___IS_DISPUTED = FACT___IS_DISPUTED;

	/**
	 * The operation id for the '<em>Is Overruled</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_FACT___IS_OVERRULED = FACT___IS_OVERRULED;

	/**
	 * The operation id for the '<em>Value In Base Unit</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_FACT___VALUE_IN_BASE_UNIT = FACT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Quantity Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_FACT_OPERATION_COUNT = FACT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.RangeFactImpl <em>Range Fact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.RangeFactImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getRangeFact()
	 * @generated
	 */
	int RANGE_FACT = 9;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANGE_FACT__SOURCES = FACT__SOURCES;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANGE_FACT__COMMENT = FACT__COMMENT;

	/**
	 * The feature id for the '<em><b>Display Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANGE_FACT__DISPLAY_TEXT = FACT__DISPLAY_TEXT;

	/**
	 * The feature id for the '<em><b>Footnote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANGE_FACT__FOOTNOTE = FACT__FOOTNOTE;

	/**
	 * The feature id for the '<em><b>Alternatives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANGE_FACT__ALTERNATIVES = FACT__ALTERNATIVES;

	/**
	 * The feature id for the '<em><b>Ruling</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANGE_FACT__RULING = FACT__RULING;

	/**
	 * The feature id for the '<em><b>Minimum</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANGE_FACT__MINIMUM = FACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Maximum</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANGE_FACT__MAXIMUM = FACT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Nominal</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANGE_FACT__NOMINAL = FACT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Range Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANGE_FACT_FEATURE_COUNT = FACT_FEATURE_COUNT + 3;

	/**
	 * The operation id for the '<em>Is Disputed</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANGE_FACT___IS_DISPUTED = FACT___IS_DISPUTED;

	/**
	 * The operation id for the '<em>Is Overruled</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANGE_FACT___IS_OVERRULED = FACT___IS_OVERRULED;

	/**
	 * The number of operations of the '<em>Range Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANGE_FACT_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.BooleanFactImpl <em>Boolean Fact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.BooleanFactImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getBooleanFact()
	 * @generated
	 */
	int BOOLEAN_FACT = 10;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOLEAN_FACT__SOURCES = FACT__SOURCES;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOLEAN_FACT__COMMENT = FACT__COMMENT;

	/**
	 * The feature id for the '<em><b>Display Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOLEAN_FACT__DISPLAY_TEXT = FACT__DISPLAY_TEXT;

	/**
	 * The feature id for the '<em><b>Footnote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOLEAN_FACT__FOOTNOTE = FACT__FOOTNOTE;

	/**
	 * The feature id for the '<em><b>Alternatives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOLEAN_FACT__ALTERNATIVES = FACT__ALTERNATIVES;

	/**
	 * The feature id for the '<em><b>Ruling</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOLEAN_FACT__RULING = FACT__RULING;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOLEAN_FACT__VALUE = FACT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Boolean Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOLEAN_FACT_FEATURE_COUNT = FACT_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Is Disputed</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOLEAN_FACT___IS_DISPUTED = FACT___IS_DISPUTED;

	/**
	 * The operation id for the '<em>Is Overruled</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOLEAN_FACT___IS_OVERRULED = FACT___IS_OVERRULED;

	/**
	 * The number of operations of the '<em>Boolean Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOLEAN_FACT_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.IntegerFactImpl <em>Integer Fact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.IntegerFactImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getIntegerFact()
	 * @generated
	 */
	int INTEGER_FACT = 11;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGER_FACT__SOURCES = FACT__SOURCES;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGER_FACT__COMMENT = FACT__COMMENT;

	/**
	 * The feature id for the '<em><b>Display Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGER_FACT__DISPLAY_TEXT = FACT__DISPLAY_TEXT;

	/**
	 * The feature id for the '<em><b>Footnote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGER_FACT__FOOTNOTE = FACT__FOOTNOTE;

	/**
	 * The feature id for the '<em><b>Alternatives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGER_FACT__ALTERNATIVES = FACT__ALTERNATIVES;

	/**
	 * The feature id for the '<em><b>Ruling</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGER_FACT__RULING = FACT__RULING;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGER_FACT__VALUE = FACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Relation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGER_FACT__RELATION = FACT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Integer Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGER_FACT_FEATURE_COUNT = FACT_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Is Disputed</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGER_FACT___IS_DISPUTED = FACT___IS_DISPUTED;

	/**
	 * The operation id for the '<em>Is Overruled</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGER_FACT___IS_OVERRULED = FACT___IS_OVERRULED;

	/**
	 * The number of operations of the '<em>Integer Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGER_FACT_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.TextFactImpl <em>Text Fact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.TextFactImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getTextFact()
	 * @generated
	 */
	int TEXT_FACT = 12;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_FACT__SOURCES = FACT__SOURCES;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_FACT__COMMENT = FACT__COMMENT;

	/**
	 * The feature id for the '<em><b>Display Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_FACT__DISPLAY_TEXT = FACT__DISPLAY_TEXT;

	/**
	 * The feature id for the '<em><b>Footnote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_FACT__FOOTNOTE = FACT__FOOTNOTE;

	/**
	 * The feature id for the '<em><b>Alternatives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_FACT__ALTERNATIVES = FACT__ALTERNATIVES;

	/**
	 * The feature id for the '<em><b>Ruling</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_FACT__RULING = FACT__RULING;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_FACT__TEXT = FACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_FACT__LANGUAGE = FACT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Text Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_FACT_FEATURE_COUNT = FACT_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Is Disputed</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_FACT___IS_DISPUTED = FACT___IS_DISPUTED;

	/**
	 * The operation id for the '<em>Is Overruled</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_FACT___IS_OVERRULED = FACT___IS_OVERRULED;

	/**
	 * The number of operations of the '<em>Text Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_FACT_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.QuantitySetFactImpl <em>Quantity Set Fact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.QuantitySetFactImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getQuantitySetFact()
	 * @generated
	 */
	int QUANTITY_SET_FACT = 13;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_SET_FACT__SOURCES = FACT__SOURCES;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_SET_FACT__COMMENT = FACT__COMMENT;

	/**
	 * The feature id for the '<em><b>Display Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_SET_FACT__DISPLAY_TEXT = FACT__DISPLAY_TEXT;

	/**
	 * The feature id for the '<em><b>Footnote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_SET_FACT__FOOTNOTE = FACT__FOOTNOTE;

	/**
	 * The feature id for the '<em><b>Alternatives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_SET_FACT__ALTERNATIVES = FACT__ALTERNATIVES;

	/**
	 * The feature id for the '<em><b>Ruling</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_SET_FACT__RULING = FACT__RULING;

	/**
	 * The feature id for the '<em><b>Values</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_SET_FACT__VALUES = FACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_SET_FACT__UNIT = FACT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Quantity Set Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_SET_FACT_FEATURE_COUNT = FACT_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Is Disputed</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_SET_FACT___IS_DISPUTED = FACT___IS_DISPUTED;

	/**
	 * The operation id for the '<em>Is Overruled</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_SET_FACT___IS_OVERRULED = FACT___IS_OVERRULED;

	/**
	 * The number of operations of the '<em>Quantity Set Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_SET_FACT_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.CapabilityFactImpl <em>Capability Fact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.CapabilityFactImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getCapabilityFact()
	 * @generated
	 */
	int CAPABILITY_FACT = 14;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPABILITY_FACT__SOURCES = FACT__SOURCES;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPABILITY_FACT__COMMENT = FACT__COMMENT;

	/**
	 * The feature id for the '<em><b>Display Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPABILITY_FACT__DISPLAY_TEXT = FACT__DISPLAY_TEXT;

	/**
	 * The feature id for the '<em><b>Footnote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPABILITY_FACT__FOOTNOTE = FACT__FOOTNOTE;

	/**
	 * The feature id for the '<em><b>Alternatives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPABILITY_FACT__ALTERNATIVES = FACT__ALTERNATIVES;

	/**
	 * The feature id for the '<em><b>Ruling</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPABILITY_FACT__RULING = FACT__RULING;

	/**
	 * The feature id for the '<em><b>Supported</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPABILITY_FACT__SUPPORTED = FACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Rating</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPABILITY_FACT__RATING = FACT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Capability Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPABILITY_FACT_FEATURE_COUNT = FACT_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Is Disputed</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPABILITY_FACT___IS_DISPUTED = FACT___IS_DISPUTED;

	/**
	 * The operation id for the '<em>Is Overruled</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPABILITY_FACT___IS_OVERRULED = FACT___IS_OVERRULED;

	/**
	 * The number of operations of the '<em>Capability Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPABILITY_FACT_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.AlternatorPortFactImpl <em>Alternator Port Fact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.AlternatorPortFactImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getAlternatorPortFact()
	 * @generated
	 */
	int ALTERNATOR_PORT_FACT = 15;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALTERNATOR_PORT_FACT__SOURCES = FACT__SOURCES;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALTERNATOR_PORT_FACT__COMMENT = FACT__COMMENT;

	/**
	 * The feature id for the '<em><b>Display Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALTERNATOR_PORT_FACT__DISPLAY_TEXT = FACT__DISPLAY_TEXT;

	/**
	 * The feature id for the '<em><b>Footnote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALTERNATOR_PORT_FACT__FOOTNOTE = FACT__FOOTNOTE;

	/**
	 * The feature id for the '<em><b>Alternatives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALTERNATOR_PORT_FACT__ALTERNATIVES = FACT__ALTERNATIVES;

	/**
	 * The feature id for the '<em><b>Ruling</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALTERNATOR_PORT_FACT__RULING = FACT__RULING;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALTERNATOR_PORT_FACT__MODE = FACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Max Charge Current</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALTERNATOR_PORT_FACT__MAX_CHARGE_CURRENT = FACT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>With Fuse</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALTERNATOR_PORT_FACT__WITH_FUSE = FACT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Alternator Port Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALTERNATOR_PORT_FACT_FEATURE_COUNT = FACT_FEATURE_COUNT + 3;

	/**
	 * The operation id for the '<em>Is Disputed</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALTERNATOR_PORT_FACT___IS_DISPUTED = FACT___IS_DISPUTED;

	/**
	 * The operation id for the '<em>Is Overruled</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALTERNATOR_PORT_FACT___IS_OVERRULED = FACT___IS_OVERRULED;

	/**
	 * The number of operations of the '<em>Alternator Port Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALTERNATOR_PORT_FACT_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.DataCommunicationFactImpl <em>Data Communication Fact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.DataCommunicationFactImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getDataCommunicationFact()
	 * @generated
	 */
	int DATA_COMMUNICATION_FACT = 16;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_COMMUNICATION_FACT__SOURCES = FACT__SOURCES;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_COMMUNICATION_FACT__COMMENT = FACT__COMMENT;

	/**
	 * The feature id for the '<em><b>Display Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_COMMUNICATION_FACT__DISPLAY_TEXT = FACT__DISPLAY_TEXT;

	/**
	 * The feature id for the '<em><b>Footnote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_COMMUNICATION_FACT__FOOTNOTE = FACT__FOOTNOTE;

	/**
	 * The feature id for the '<em><b>Alternatives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_COMMUNICATION_FACT__ALTERNATIVES = FACT__ALTERNATIVES;

	/**
	 * The feature id for the '<em><b>Ruling</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_COMMUNICATION_FACT__RULING = FACT__RULING;

	/**
	 * The feature id for the '<em><b>Protocols</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_COMMUNICATION_FACT__PROTOCOLS = FACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>With Gx Device</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_COMMUNICATION_FACT__WITH_GX_DEVICE = FACT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>With Inverter Charger</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_COMMUNICATION_FACT__WITH_INVERTER_CHARGER = FACT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Data Communication Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_COMMUNICATION_FACT_FEATURE_COUNT = FACT_FEATURE_COUNT + 3;

	/**
	 * The operation id for the '<em>Is Disputed</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_COMMUNICATION_FACT___IS_DISPUTED = FACT___IS_DISPUTED;

	/**
	 * The operation id for the '<em>Is Overruled</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_COMMUNICATION_FACT___IS_OVERRULED = FACT___IS_OVERRULED;

	/**
	 * The number of operations of the '<em>Data Communication Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_COMMUNICATION_FACT_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.SwitchedOutputFactImpl <em>Switched Output Fact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.SwitchedOutputFactImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getSwitchedOutputFact()
	 * @generated
	 */
	int SWITCHED_OUTPUT_FACT = 17;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCHED_OUTPUT_FACT__SOURCES = FACT__SOURCES;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCHED_OUTPUT_FACT__COMMENT = FACT__COMMENT;

	/**
	 * The feature id for the '<em><b>Display Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCHED_OUTPUT_FACT__DISPLAY_TEXT = FACT__DISPLAY_TEXT;

	/**
	 * The feature id for the '<em><b>Footnote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCHED_OUTPUT_FACT__FOOTNOTE = FACT__FOOTNOTE;

	/**
	 * The feature id for the '<em><b>Alternatives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCHED_OUTPUT_FACT__ALTERNATIVES = FACT__ALTERNATIVES;

	/**
	 * The feature id for the '<em><b>Ruling</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCHED_OUTPUT_FACT__RULING = FACT__RULING;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCHED_OUTPUT_FACT__KIND = FACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Max Current</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCHED_OUTPUT_FACT__MAX_CURRENT = FACT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Switched Output Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCHED_OUTPUT_FACT_FEATURE_COUNT = FACT_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Is Disputed</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCHED_OUTPUT_FACT___IS_DISPUTED = FACT___IS_DISPUTED;

	/**
	 * The operation id for the '<em>Is Overruled</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCHED_OUTPUT_FACT___IS_OVERRULED = FACT___IS_OVERRULED;

	/**
	 * The number of operations of the '<em>Switched Output Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCHED_OUTPUT_FACT_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.DimensionsFactImpl <em>Dimensions Fact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.DimensionsFactImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getDimensionsFact()
	 * @generated
	 */
	int DIMENSIONS_FACT = 18;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSIONS_FACT__SOURCES = FACT__SOURCES;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSIONS_FACT__COMMENT = FACT__COMMENT;

	/**
	 * The feature id for the '<em><b>Display Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSIONS_FACT__DISPLAY_TEXT = FACT__DISPLAY_TEXT;

	/**
	 * The feature id for the '<em><b>Footnote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSIONS_FACT__FOOTNOTE = FACT__FOOTNOTE;

	/**
	 * The feature id for the '<em><b>Alternatives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSIONS_FACT__ALTERNATIVES = FACT__ALTERNATIVES;

	/**
	 * The feature id for the '<em><b>Ruling</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSIONS_FACT__RULING = FACT__RULING;

	/**
	 * The feature id for the '<em><b>Sizes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSIONS_FACT__SIZES = FACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSIONS_FACT__UNIT = FACT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Axes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSIONS_FACT__AXES = FACT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Dimensions Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSIONS_FACT_FEATURE_COUNT = FACT_FEATURE_COUNT + 3;

	/**
	 * The operation id for the '<em>Is Disputed</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSIONS_FACT___IS_DISPUTED = FACT___IS_DISPUTED;

	/**
	 * The operation id for the '<em>Is Overruled</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSIONS_FACT___IS_OVERRULED = FACT___IS_OVERRULED;

	/**
	 * The number of operations of the '<em>Dimensions Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSIONS_FACT_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.IpRatingFactImpl <em>Ip Rating Fact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.IpRatingFactImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getIpRatingFact()
	 * @generated
	 */
	int IP_RATING_FACT = 19;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IP_RATING_FACT__SOURCES = FACT__SOURCES;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IP_RATING_FACT__COMMENT = FACT__COMMENT;

	/**
	 * The feature id for the '<em><b>Display Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IP_RATING_FACT__DISPLAY_TEXT = FACT__DISPLAY_TEXT;

	/**
	 * The feature id for the '<em><b>Footnote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IP_RATING_FACT__FOOTNOTE = FACT__FOOTNOTE;

	/**
	 * The feature id for the '<em><b>Alternatives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IP_RATING_FACT__ALTERNATIVES = FACT__ALTERNATIVES;

	/**
	 * The feature id for the '<em><b>Ruling</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IP_RATING_FACT__RULING = FACT__RULING;

	/**
	 * The feature id for the '<em><b>Solids</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IP_RATING_FACT__SOLIDS = FACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Liquids</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IP_RATING_FACT__LIQUIDS = FACT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IP_RATING_FACT__SCOPE = FACT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Ip Rating Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IP_RATING_FACT_FEATURE_COUNT = FACT_FEATURE_COUNT + 3;

	/**
	 * The operation id for the '<em>Is Disputed</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IP_RATING_FACT___IS_DISPUTED = FACT___IS_DISPUTED;

	/**
	 * The operation id for the '<em>Is Overruled</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IP_RATING_FACT___IS_OVERRULED = FACT___IS_OVERRULED;

	/**
	 * The number of operations of the '<em>Ip Rating Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IP_RATING_FACT_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.LifecycleFactImpl <em>Lifecycle Fact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.LifecycleFactImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getLifecycleFact()
	 * @generated
	 */
	int LIFECYCLE_FACT = 20;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFECYCLE_FACT__SOURCES = FACT__SOURCES;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFECYCLE_FACT__COMMENT = FACT__COMMENT;

	/**
	 * The feature id for the '<em><b>Display Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFECYCLE_FACT__DISPLAY_TEXT = FACT__DISPLAY_TEXT;

	/**
	 * The feature id for the '<em><b>Footnote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFECYCLE_FACT__FOOTNOTE = FACT__FOOTNOTE;

	/**
	 * The feature id for the '<em><b>Alternatives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFECYCLE_FACT__ALTERNATIVES = FACT__ALTERNATIVES;

	/**
	 * The feature id for the '<em><b>Ruling</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFECYCLE_FACT__RULING = FACT__RULING;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFECYCLE_FACT__STATUS = FACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Successor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFECYCLE_FACT__SUCCESSOR = FACT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Part Of</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFECYCLE_FACT__PART_OF = FACT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Lifecycle Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFECYCLE_FACT_FEATURE_COUNT = FACT_FEATURE_COUNT + 3;

	/**
	 * The operation id for the '<em>Is Disputed</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFECYCLE_FACT___IS_DISPUTED = FACT___IS_DISPUTED;

	/**
	 * The operation id for the '<em>Is Overruled</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFECYCLE_FACT___IS_OVERRULED = FACT___IS_OVERRULED;

	/**
	 * The number of operations of the '<em>Lifecycle Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFECYCLE_FACT_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.DocumentLinkFactImpl <em>Document Link Fact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.DocumentLinkFactImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getDocumentLinkFact()
	 * @generated
	 */
	int DOCUMENT_LINK_FACT = 21;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_LINK_FACT__SOURCES = FACT__SOURCES;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_LINK_FACT__COMMENT = FACT__COMMENT;

	/**
	 * The feature id for the '<em><b>Display Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_LINK_FACT__DISPLAY_TEXT = FACT__DISPLAY_TEXT;

	/**
	 * The feature id for the '<em><b>Footnote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_LINK_FACT__FOOTNOTE = FACT__FOOTNOTE;

	/**
	 * The feature id for the '<em><b>Alternatives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_LINK_FACT__ALTERNATIVES = FACT__ALTERNATIVES;

	/**
	 * The feature id for the '<em><b>Ruling</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_LINK_FACT__RULING = FACT__RULING;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_LINK_FACT__TITLE = FACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_LINK_FACT__URI = FACT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Document Link Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_LINK_FACT_FEATURE_COUNT = FACT_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Is Disputed</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_LINK_FACT___IS_DISPUTED = FACT___IS_DISPUTED;

	/**
	 * The operation id for the '<em>Is Overruled</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_LINK_FACT___IS_OVERRULED = FACT___IS_OVERRULED;

	/**
	 * The number of operations of the '<em>Document Link Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_LINK_FACT_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.OutputStateFactImpl <em>Output State Fact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.OutputStateFactImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getOutputStateFact()
	 * @generated
	 */
	int OUTPUT_STATE_FACT = 22;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT_STATE_FACT__SOURCES = FACT__SOURCES;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT_STATE_FACT__COMMENT = FACT__COMMENT;

	/**
	 * The feature id for the '<em><b>Display Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT_STATE_FACT__DISPLAY_TEXT = FACT__DISPLAY_TEXT;

	/**
	 * The feature id for the '<em><b>Footnote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT_STATE_FACT__FOOTNOTE = FACT__FOOTNOTE;

	/**
	 * The feature id for the '<em><b>Alternatives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT_STATE_FACT__ALTERNATIVES = FACT__ALTERNATIVES;

	/**
	 * The feature id for the '<em><b>Ruling</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT_STATE_FACT__RULING = FACT__RULING;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT_STATE_FACT__STATE = FACT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Output State Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT_STATE_FACT_FEATURE_COUNT = FACT_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Is Disputed</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT_STATE_FACT___IS_DISPUTED = FACT___IS_DISPUTED;

	/**
	 * The operation id for the '<em>Is Overruled</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT_STATE_FACT___IS_OVERRULED = FACT___IS_OVERRULED;

	/**
	 * The number of operations of the '<em>Output State Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT_STATE_FACT_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.ConnectorFactImpl <em>Connector Fact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.ConnectorFactImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getConnectorFact()
	 * @generated
	 */
	int CONNECTOR_FACT = 23;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTOR_FACT__SOURCES = FACT__SOURCES;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTOR_FACT__COMMENT = FACT__COMMENT;

	/**
	 * The feature id for the '<em><b>Display Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTOR_FACT__DISPLAY_TEXT = FACT__DISPLAY_TEXT;

	/**
	 * The feature id for the '<em><b>Footnote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTOR_FACT__FOOTNOTE = FACT__FOOTNOTE;

	/**
	 * The feature id for the '<em><b>Alternatives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTOR_FACT__ALTERNATIVES = FACT__ALTERNATIVES;

	/**
	 * The feature id for the '<em><b>Ruling</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTOR_FACT__RULING = FACT__RULING;

	/**
	 * The feature id for the '<em><b>Connector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTOR_FACT__CONNECTOR = FACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Poles</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTOR_FACT__POLES = FACT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Size</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTOR_FACT__SIZE = FACT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Mounting Torque</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTOR_FACT__MOUNTING_TORQUE = FACT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Connector Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTOR_FACT_FEATURE_COUNT = FACT_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Is Disputed</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTOR_FACT___IS_DISPUTED = FACT___IS_DISPUTED;

	/**
	 * The operation id for the '<em>Is Overruled</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTOR_FACT___IS_OVERRULED = FACT___IS_OVERRULED;

	/**
	 * The number of operations of the '<em>Connector Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTOR_FACT_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.ConsumptionFactImpl <em>Consumption Fact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.ConsumptionFactImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getConsumptionFact()
	 * @generated
	 */
	int CONSUMPTION_FACT = 24;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSUMPTION_FACT__SOURCES = QUANTITY_FACT__SOURCES;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSUMPTION_FACT__COMMENT = QUANTITY_FACT__COMMENT;

	/**
	 * The feature id for the '<em><b>Display Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSUMPTION_FACT__DISPLAY_TEXT = QUANTITY_FACT__DISPLAY_TEXT;

	/**
	 * The feature id for the '<em><b>Footnote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSUMPTION_FACT__FOOTNOTE = QUANTITY_FACT__FOOTNOTE;

	/**
	 * The feature id for the '<em><b>Alternatives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSUMPTION_FACT__ALTERNATIVES = QUANTITY_FACT__ALTERNATIVES;

	/**
	 * The feature id for the '<em><b>Ruling</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSUMPTION_FACT__RULING = QUANTITY_FACT__RULING;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSUMPTION_FACT__VALUE = QUANTITY_FACT__VALUE;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSUMPTION_FACT__UNIT = QUANTITY_FACT__UNIT;

	/**
	 * The feature id for the '<em><b>Relation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSUMPTION_FACT__RELATION = QUANTITY_FACT__RELATION;

	/**
	 * The feature id for the '<em><b>Decimals</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSUMPTION_FACT__DECIMALS = QUANTITY_FACT__DECIMALS;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSUMPTION_FACT__STATE = QUANTITY_FACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Excludes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSUMPTION_FACT__EXCLUDES = QUANTITY_FACT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Consumption Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSUMPTION_FACT_FEATURE_COUNT = QUANTITY_FACT_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Is Disputed</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSUMPTION_FACT___IS_DISPUTED = QUANTITY_FACT___IS_DISPUTED;

	/**
	 * The operation id for the '<em>Is Overruled</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSUMPTION_FACT___IS_OVERRULED = QUANTITY_FACT___IS_OVERRULED;

	/**
	 * The operation id for the '<em>Value In Base Unit</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSUMPTION_FACT___VALUE_IN_BASE_UNIT = QUANTITY_FACT___VALUE_IN_BASE_UNIT;

	/**
	 * The number of operations of the '<em>Consumption Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSUMPTION_FACT_OPERATION_COUNT = QUANTITY_FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.CapacityFactImpl <em>Capacity Fact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.CapacityFactImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getCapacityFact()
	 * @generated
	 */
	int CAPACITY_FACT = 25;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPACITY_FACT__SOURCES = QUANTITY_FACT__SOURCES;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPACITY_FACT__COMMENT = QUANTITY_FACT__COMMENT;

	/**
	 * The feature id for the '<em><b>Display Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPACITY_FACT__DISPLAY_TEXT = QUANTITY_FACT__DISPLAY_TEXT;

	/**
	 * The feature id for the '<em><b>Footnote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPACITY_FACT__FOOTNOTE = QUANTITY_FACT__FOOTNOTE;

	/**
	 * The feature id for the '<em><b>Alternatives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPACITY_FACT__ALTERNATIVES = QUANTITY_FACT__ALTERNATIVES;

	/**
	 * The feature id for the '<em><b>Ruling</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPACITY_FACT__RULING = QUANTITY_FACT__RULING;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPACITY_FACT__VALUE = QUANTITY_FACT__VALUE;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPACITY_FACT__UNIT = QUANTITY_FACT__UNIT;

	/**
	 * The feature id for the '<em><b>Relation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPACITY_FACT__RELATION = QUANTITY_FACT__RELATION;

	/**
	 * The feature id for the '<em><b>Decimals</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPACITY_FACT__DECIMALS = QUANTITY_FACT__DECIMALS;

	/**
	 * The feature id for the '<em><b>Temperature</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPACITY_FACT__TEMPERATURE = QUANTITY_FACT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Capacity Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPACITY_FACT_FEATURE_COUNT = QUANTITY_FACT_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Is Disputed</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPACITY_FACT___IS_DISPUTED = QUANTITY_FACT___IS_DISPUTED;

	/**
	 * The operation id for the '<em>Is Overruled</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPACITY_FACT___IS_OVERRULED = QUANTITY_FACT___IS_OVERRULED;

	/**
	 * The operation id for the '<em>Value In Base Unit</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPACITY_FACT___VALUE_IN_BASE_UNIT = QUANTITY_FACT___VALUE_IN_BASE_UNIT;

	/**
	 * The number of operations of the '<em>Capacity Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPACITY_FACT_OPERATION_COUNT = QUANTITY_FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.CycleLifeFactImpl <em>Cycle Life Fact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.CycleLifeFactImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getCycleLifeFact()
	 * @generated
	 */
	int CYCLE_LIFE_FACT = 26;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CYCLE_LIFE_FACT__SOURCES = FACT__SOURCES;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CYCLE_LIFE_FACT__COMMENT = FACT__COMMENT;

	/**
	 * The feature id for the '<em><b>Display Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CYCLE_LIFE_FACT__DISPLAY_TEXT = FACT__DISPLAY_TEXT;

	/**
	 * The feature id for the '<em><b>Footnote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CYCLE_LIFE_FACT__FOOTNOTE = FACT__FOOTNOTE;

	/**
	 * The feature id for the '<em><b>Alternatives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CYCLE_LIFE_FACT__ALTERNATIVES = FACT__ALTERNATIVES;

	/**
	 * The feature id for the '<em><b>Ruling</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CYCLE_LIFE_FACT__RULING = FACT__RULING;

	/**
	 * The feature id for the '<em><b>Cycles</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CYCLE_LIFE_FACT__CYCLES = FACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Depth Of Discharge</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CYCLE_LIFE_FACT__DEPTH_OF_DISCHARGE = FACT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Cycle Life Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CYCLE_LIFE_FACT_FEATURE_COUNT = FACT_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Is Disputed</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CYCLE_LIFE_FACT___IS_DISPUTED = FACT___IS_DISPUTED;

	/**
	 * The operation id for the '<em>Is Overruled</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CYCLE_LIFE_FACT___IS_OVERRULED = FACT___IS_OVERRULED;

	/**
	 * The number of operations of the '<em>Cycle Life Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CYCLE_LIFE_FACT_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.StandardsFactImpl <em>Standards Fact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.StandardsFactImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getStandardsFact()
	 * @generated
	 */
	int STANDARDS_FACT = 27;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARDS_FACT__SOURCES = FACT__SOURCES;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARDS_FACT__COMMENT = FACT__COMMENT;

	/**
	 * The feature id for the '<em><b>Display Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARDS_FACT__DISPLAY_TEXT = FACT__DISPLAY_TEXT;

	/**
	 * The feature id for the '<em><b>Footnote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARDS_FACT__FOOTNOTE = FACT__FOOTNOTE;

	/**
	 * The feature id for the '<em><b>Alternatives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARDS_FACT__ALTERNATIVES = FACT__ALTERNATIVES;

	/**
	 * The feature id for the '<em><b>Ruling</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARDS_FACT__RULING = FACT__RULING;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARDS_FACT__KIND = FACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Standards</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARDS_FACT__STANDARDS = FACT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Standards Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARDS_FACT_FEATURE_COUNT = FACT_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Is Disputed</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARDS_FACT___IS_DISPUTED = FACT___IS_DISPUTED;

	/**
	 * The operation id for the '<em>Is Overruled</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARDS_FACT___IS_OVERRULED = FACT___IS_OVERRULED;

	/**
	 * The number of operations of the '<em>Standards Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARDS_FACT_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.ArticleNumberFactImpl <em>Article Number Fact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.ArticleNumberFactImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getArticleNumberFact()
	 * @generated
	 */
	int ARTICLE_NUMBER_FACT = 28;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_NUMBER_FACT__SOURCES = FACT__SOURCES;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_NUMBER_FACT__COMMENT = FACT__COMMENT;

	/**
	 * The feature id for the '<em><b>Display Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_NUMBER_FACT__DISPLAY_TEXT = FACT__DISPLAY_TEXT;

	/**
	 * The feature id for the '<em><b>Footnote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_NUMBER_FACT__FOOTNOTE = FACT__FOOTNOTE;

	/**
	 * The feature id for the '<em><b>Alternatives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_NUMBER_FACT__ALTERNATIVES = FACT__ALTERNATIVES;

	/**
	 * The feature id for the '<em><b>Ruling</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_NUMBER_FACT__RULING = FACT__RULING;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_NUMBER_FACT__NUMBER = FACT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Article Number Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_NUMBER_FACT_FEATURE_COUNT = FACT_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Is Disputed</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_NUMBER_FACT___IS_DISPUTED = FACT___IS_DISPUTED;

	/**
	 * The operation id for the '<em>Is Overruled</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_NUMBER_FACT___IS_OVERRULED = FACT___IS_OVERRULED;

	/**
	 * The number of operations of the '<em>Article Number Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_NUMBER_FACT_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.IncludedItemFactImpl <em>Included Item Fact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.IncludedItemFactImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getIncludedItemFact()
	 * @generated
	 */
	int INCLUDED_ITEM_FACT = 29;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCLUDED_ITEM_FACT__SOURCES = FACT__SOURCES;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCLUDED_ITEM_FACT__COMMENT = FACT__COMMENT;

	/**
	 * The feature id for the '<em><b>Display Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCLUDED_ITEM_FACT__DISPLAY_TEXT = FACT__DISPLAY_TEXT;

	/**
	 * The feature id for the '<em><b>Footnote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCLUDED_ITEM_FACT__FOOTNOTE = FACT__FOOTNOTE;

	/**
	 * The feature id for the '<em><b>Alternatives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCLUDED_ITEM_FACT__ALTERNATIVES = FACT__ALTERNATIVES;

	/**
	 * The feature id for the '<em><b>Ruling</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCLUDED_ITEM_FACT__RULING = FACT__RULING;

	/**
	 * The feature id for the '<em><b>Quantity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCLUDED_ITEM_FACT__QUANTITY = FACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCLUDED_ITEM_FACT__DESCRIPTION = FACT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Product</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCLUDED_ITEM_FACT__PRODUCT = FACT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Included Item Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCLUDED_ITEM_FACT_FEATURE_COUNT = FACT_FEATURE_COUNT + 3;

	/**
	 * The operation id for the '<em>Is Disputed</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCLUDED_ITEM_FACT___IS_DISPUTED = FACT___IS_DISPUTED;

	/**
	 * The operation id for the '<em>Is Overruled</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCLUDED_ITEM_FACT___IS_OVERRULED = FACT___IS_OVERRULED;

	/**
	 * The number of operations of the '<em>Included Item Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INCLUDED_ITEM_FACT_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.ReserveFactImpl <em>Reserve Fact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.ReserveFactImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getReserveFact()
	 * @generated
	 */
	int RESERVE_FACT = 30;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVE_FACT__SOURCES = QUANTITY_FACT__SOURCES;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVE_FACT__COMMENT = QUANTITY_FACT__COMMENT;

	/**
	 * The feature id for the '<em><b>Display Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVE_FACT__DISPLAY_TEXT = QUANTITY_FACT__DISPLAY_TEXT;

	/**
	 * The feature id for the '<em><b>Footnote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVE_FACT__FOOTNOTE = QUANTITY_FACT__FOOTNOTE;

	/**
	 * The feature id for the '<em><b>Alternatives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVE_FACT__ALTERNATIVES = QUANTITY_FACT__ALTERNATIVES;

	/**
	 * The feature id for the '<em><b>Ruling</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVE_FACT__RULING = QUANTITY_FACT__RULING;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVE_FACT__VALUE = QUANTITY_FACT__VALUE;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVE_FACT__UNIT = QUANTITY_FACT__UNIT;

	/**
	 * The feature id for the '<em><b>Relation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVE_FACT__RELATION = QUANTITY_FACT__RELATION;

	/**
	 * The feature id for the '<em><b>Decimals</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVE_FACT__DECIMALS = QUANTITY_FACT__DECIMALS;

	/**
	 * The feature id for the '<em><b>Cell Voltage</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVE_FACT__CELL_VOLTAGE = QUANTITY_FACT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Reserve Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVE_FACT_FEATURE_COUNT = QUANTITY_FACT_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Is Disputed</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVE_FACT___IS_DISPUTED = QUANTITY_FACT___IS_DISPUTED;

	/**
	 * The operation id for the '<em>Is Overruled</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVE_FACT___IS_OVERRULED = QUANTITY_FACT___IS_OVERRULED;

	/**
	 * The operation id for the '<em>Value In Base Unit</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVE_FACT___VALUE_IN_BASE_UNIT = QUANTITY_FACT___VALUE_IN_BASE_UNIT;

	/**
	 * The number of operations of the '<em>Reserve Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVE_FACT_OPERATION_COUNT = QUANTITY_FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.OcvCurveFactImpl <em>Ocv Curve Fact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.OcvCurveFactImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getOcvCurveFact()
	 * @generated
	 */
	int OCV_CURVE_FACT = 31;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCV_CURVE_FACT__SOURCES = FACT__SOURCES;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCV_CURVE_FACT__COMMENT = FACT__COMMENT;

	/**
	 * The feature id for the '<em><b>Display Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCV_CURVE_FACT__DISPLAY_TEXT = FACT__DISPLAY_TEXT;

	/**
	 * The feature id for the '<em><b>Footnote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCV_CURVE_FACT__FOOTNOTE = FACT__FOOTNOTE;

	/**
	 * The feature id for the '<em><b>Alternatives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCV_CURVE_FACT__ALTERNATIVES = FACT__ALTERNATIVES;

	/**
	 * The feature id for the '<em><b>Ruling</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCV_CURVE_FACT__RULING = FACT__RULING;

	/**
	 * The feature id for the '<em><b>Conditions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCV_CURVE_FACT__CONDITIONS = FACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Points</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCV_CURVE_FACT__POINTS = FACT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Ocv Curve Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCV_CURVE_FACT_FEATURE_COUNT = FACT_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Is Disputed</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCV_CURVE_FACT___IS_DISPUTED = FACT___IS_DISPUTED;

	/**
	 * The operation id for the '<em>Is Overruled</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCV_CURVE_FACT___IS_OVERRULED = FACT___IS_OVERRULED;

	/**
	 * The number of operations of the '<em>Ocv Curve Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCV_CURVE_FACT_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.OcvPointImpl <em>Ocv Point</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.OcvPointImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getOcvPoint()
	 * @generated
	 */
	int OCV_POINT = 32;

	/**
	 * The feature id for the '<em><b>State Of Charge</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCV_POINT__STATE_OF_CHARGE = 0;

	/**
	 * The feature id for the '<em><b>Voltage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCV_POINT__VOLTAGE = 1;

	/**
	 * The number of structural features of the '<em>Ocv Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCV_POINT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Ocv Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCV_POINT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.ProductFamilyImpl <em>Product Family</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.ProductFamilyImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getProductFamily()
	 * @generated
	 */
	int PRODUCT_FAMILY = 33;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_FAMILY__SOURCES = SOURCED__SOURCES;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_FAMILY__COMMENT = SOURCED__COMMENT;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_FAMILY__ID = SOURCED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_FAMILY__NAME = SOURCED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_FAMILY__DESCRIPTION = SOURCED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Product Family</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_FAMILY_FEATURE_COUNT = SOURCED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Product Family</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_FAMILY_OPERATION_COUNT = SOURCED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.ProductTypeImpl <em>Product Type</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.ProductTypeImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getProductType()
	 * @generated
	 */
	int PRODUCT_TYPE = 34;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_TYPE__SOURCES = SOURCED__SOURCES;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_TYPE__COMMENT = SOURCED__COMMENT;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_TYPE__ID = SOURCED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_TYPE__NAME = SOURCED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Manufacturer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_TYPE__MANUFACTURER = SOURCED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_TYPE__CATEGORY = SOURCED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Product Ids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_TYPE__PRODUCT_IDS = SOURCED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Family</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_TYPE__FAMILY = SOURCED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_TYPE__ALIASES = SOURCED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Article Numbers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_TYPE__ARTICLE_NUMBERS = SOURCED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Variants</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_TYPE__VARIANTS = SOURCED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Terminals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_TYPE__TERMINALS = SOURCED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Settings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_TYPE__SETTINGS = SOURCED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Remote Use Modes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_TYPE__REMOTE_USE_MODES = SOURCED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Remote Control Routes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_TYPE__REMOTE_CONTROL_ROUTES = SOURCED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Consumption</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_TYPE__CONSUMPTION = SOURCED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_TYPE__WEIGHT = SOURCED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Dimensions</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_TYPE__DIMENSIONS = SOURCED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Protection</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_TYPE__PROTECTION = SOURCED_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Operating Temperature</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_TYPE__OPERATING_TEMPERATURE = SOURCED_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Humidity Maximum</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_TYPE__HUMIDITY_MAXIMUM = SOURCED_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Humidity Average</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_TYPE__HUMIDITY_AVERAGE = SOURCED_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Standards</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_TYPE__STANDARDS = SOURCED_FEATURE_COUNT + 20;

	/**
	 * The feature id for the '<em><b>Included Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_TYPE__INCLUDED_ITEMS = SOURCED_FEATURE_COUNT + 21;

	/**
	 * The feature id for the '<em><b>Leds</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_TYPE__LEDS = SOURCED_FEATURE_COUNT + 22;

	/**
	 * The feature id for the '<em><b>Status Codes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_TYPE__STATUS_CODES = SOURCED_FEATURE_COUNT + 23;

	/**
	 * The feature id for the '<em><b>Lifecycle</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_TYPE__LIFECYCLE = SOURCED_FEATURE_COUNT + 24;

	/**
	 * The feature id for the '<em><b>Datasheet</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_TYPE__DATASHEET = SOURCED_FEATURE_COUNT + 25;

	/**
	 * The feature id for the '<em><b>Recommendations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_TYPE__RECOMMENDATIONS = SOURCED_FEATURE_COUNT + 26;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_TYPE__NOTES = SOURCED_FEATURE_COUNT + 27;

	/**
	 * The number of structural features of the '<em>Product Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_TYPE_FEATURE_COUNT = SOURCED_FEATURE_COUNT + 28;

	/**
	 * The operation id for the '<em>Find Terminal</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_TYPE___FIND_TERMINAL__STRING = SOURCED_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Find Setting</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_TYPE___FIND_SETTING__SETTINGROLE = SOURCED_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Product Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_TYPE_OPERATION_COUNT = SOURCED_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.ProductVariantImpl <em>Product Variant</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.ProductVariantImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getProductVariant()
	 * @generated
	 */
	int PRODUCT_VARIANT = 35;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_VARIANT__SOURCES = SOURCED__SOURCES;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_VARIANT__COMMENT = SOURCED__COMMENT;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_VARIANT__ID = SOURCED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_VARIANT__NAME = SOURCED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Product Ids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_VARIANT__PRODUCT_IDS = SOURCED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Article Numbers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_VARIANT__ARTICLE_NUMBERS = SOURCED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Nominal Voltage</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_VARIANT__NOMINAL_VOLTAGE = SOURCED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Rated Power</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_VARIANT__RATED_POWER = SOURCED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Rated Current</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_VARIANT__RATED_CURRENT = SOURCED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Length</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_VARIANT__LENGTH = SOURCED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Product Variant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_VARIANT_FEATURE_COUNT = SOURCED_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Product Variant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_VARIANT_OPERATION_COUNT = SOURCED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.BmsModelImpl <em>Bms Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.BmsModelImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getBmsModel()
	 * @generated
	 */
	int BMS_MODEL = 36;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__SOURCES = PRODUCT_TYPE__SOURCES;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__COMMENT = PRODUCT_TYPE__COMMENT;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__ID = PRODUCT_TYPE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__NAME = PRODUCT_TYPE__NAME;

	/**
	 * The feature id for the '<em><b>Manufacturer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__MANUFACTURER = PRODUCT_TYPE__MANUFACTURER;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__CATEGORY = PRODUCT_TYPE__CATEGORY;

	/**
	 * The feature id for the '<em><b>Product Ids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__PRODUCT_IDS = PRODUCT_TYPE__PRODUCT_IDS;

	/**
	 * The feature id for the '<em><b>Family</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__FAMILY = PRODUCT_TYPE__FAMILY;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__ALIASES = PRODUCT_TYPE__ALIASES;

	/**
	 * The feature id for the '<em><b>Article Numbers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__ARTICLE_NUMBERS = PRODUCT_TYPE__ARTICLE_NUMBERS;

	/**
	 * The feature id for the '<em><b>Variants</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__VARIANTS = PRODUCT_TYPE__VARIANTS;

	/**
	 * The feature id for the '<em><b>Terminals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__TERMINALS = PRODUCT_TYPE__TERMINALS;

	/**
	 * The feature id for the '<em><b>Settings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__SETTINGS = PRODUCT_TYPE__SETTINGS;

	/**
	 * The feature id for the '<em><b>Remote Use Modes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__REMOTE_USE_MODES = PRODUCT_TYPE__REMOTE_USE_MODES;

	/**
	 * The feature id for the '<em><b>Remote Control Routes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__REMOTE_CONTROL_ROUTES = PRODUCT_TYPE__REMOTE_CONTROL_ROUTES;

	/**
	 * The feature id for the '<em><b>Consumption</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__CONSUMPTION = PRODUCT_TYPE__CONSUMPTION;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__WEIGHT = PRODUCT_TYPE__WEIGHT;

	/**
	 * The feature id for the '<em><b>Dimensions</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__DIMENSIONS = PRODUCT_TYPE__DIMENSIONS;

	/**
	 * The feature id for the '<em><b>Protection</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__PROTECTION = PRODUCT_TYPE__PROTECTION;

	/**
	 * The feature id for the '<em><b>Operating Temperature</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__OPERATING_TEMPERATURE = PRODUCT_TYPE__OPERATING_TEMPERATURE;

	/**
	 * The feature id for the '<em><b>Humidity Maximum</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__HUMIDITY_MAXIMUM = PRODUCT_TYPE__HUMIDITY_MAXIMUM;

	/**
	 * The feature id for the '<em><b>Humidity Average</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__HUMIDITY_AVERAGE = PRODUCT_TYPE__HUMIDITY_AVERAGE;

	/**
	 * The feature id for the '<em><b>Standards</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__STANDARDS = PRODUCT_TYPE__STANDARDS;

	/**
	 * The feature id for the '<em><b>Included Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__INCLUDED_ITEMS = PRODUCT_TYPE__INCLUDED_ITEMS;

	/**
	 * The feature id for the '<em><b>Leds</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__LEDS = PRODUCT_TYPE__LEDS;

	/**
	 * The feature id for the '<em><b>Status Codes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__STATUS_CODES = PRODUCT_TYPE__STATUS_CODES;

	/**
	 * The feature id for the '<em><b>Lifecycle</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__LIFECYCLE = PRODUCT_TYPE__LIFECYCLE;

	/**
	 * The feature id for the '<em><b>Datasheet</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__DATASHEET = PRODUCT_TYPE__DATASHEET;

	/**
	 * The feature id for the '<em><b>Recommendations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__RECOMMENDATIONS = PRODUCT_TYPE__RECOMMENDATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__NOTES = PRODUCT_TYPE__NOTES;

	/**
	 * The feature id for the '<em><b>System Voltages</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__SYSTEM_VOLTAGES = PRODUCT_TYPE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>System Connection</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__SYSTEM_CONNECTION = PRODUCT_TYPE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Alternator Port</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__ALTERNATOR_PORT = PRODUCT_TYPE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Battery Monitor</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__BATTERY_MONITOR = PRODUCT_TYPE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Bluetooth</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__BLUETOOTH = PRODUCT_TYPE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Data Communication</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__DATA_COMMUNICATION = PRODUCT_TYPE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Dvcc Control</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__DVCC_CONTROL = PRODUCT_TYPE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Discharge Terminal</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__DISCHARGE_TERMINAL = PRODUCT_TYPE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Charge Terminal</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__CHARGE_TERMINAL = PRODUCT_TYPE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Pre Alarm Terminal</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__PRE_ALARM_TERMINAL = PRODUCT_TYPE_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Remote On Off Terminal</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__REMOTE_ON_OFF_TERMINAL = PRODUCT_TYPE_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Auxiliary Output</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__AUXILIARY_OUTPUT = PRODUCT_TYPE_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Auxiliary Input</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__AUXILIARY_INPUT = PRODUCT_TYPE_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Firmware Update</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__FIRMWARE_UPDATE = PRODUCT_TYPE_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Max Batteries</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__MAX_BATTERIES = PRODUCT_TYPE_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Max Lynx Distributors</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__MAX_LYNX_DISTRIBUTORS = PRODUCT_TYPE_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Soft Switch</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__SOFT_SWITCH = PRODUCT_TYPE_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Instant Readout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__INSTANT_READOUT = PRODUCT_TYPE_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Ignition Proof</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__IGNITION_PROOF = PRODUCT_TYPE_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Alternator Fuse Table</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__ALTERNATOR_FUSE_TABLE = PRODUCT_TYPE_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Gnd Fuse</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__GND_FUSE = PRODUCT_TYPE_FEATURE_COUNT + 20;

	/**
	 * The feature id for the '<em><b>Gnd Fuse Factor</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__GND_FUSE_FACTOR = PRODUCT_TYPE_FEATURE_COUNT + 21;

	/**
	 * The feature id for the '<em><b>Charge Limit Hysteresis</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__CHARGE_LIMIT_HYSTERESIS = PRODUCT_TYPE_FEATURE_COUNT + 22;

	/**
	 * The feature id for the '<em><b>Charge Limit Resume Delay</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL__CHARGE_LIMIT_RESUME_DELAY = PRODUCT_TYPE_FEATURE_COUNT + 23;

	/**
	 * The number of structural features of the '<em>Bms Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL_FEATURE_COUNT = PRODUCT_TYPE_FEATURE_COUNT + 24;

	/**
	 * The operation id for the '<em>Find Terminal</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL___FIND_TERMINAL__STRING = PRODUCT_TYPE___FIND_TERMINAL__STRING;

	/**
	 * The operation id for the '<em>Find Setting</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL___FIND_SETTING__SETTINGROLE = PRODUCT_TYPE___FIND_SETTING__SETTINGROLE;

	/**
	 * The number of operations of the '<em>Bms Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_MODEL_OPERATION_COUNT = PRODUCT_TYPE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.LithiumBatteryModelImpl <em>Lithium Battery Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.LithiumBatteryModelImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getLithiumBatteryModel()
	 * @generated
	 */
	int LITHIUM_BATTERY_MODEL = 37;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__SOURCES = PRODUCT_TYPE__SOURCES;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__COMMENT = PRODUCT_TYPE__COMMENT;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__ID = PRODUCT_TYPE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__NAME = PRODUCT_TYPE__NAME;

	/**
	 * The feature id for the '<em><b>Manufacturer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__MANUFACTURER = PRODUCT_TYPE__MANUFACTURER;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__CATEGORY = PRODUCT_TYPE__CATEGORY;

	/**
	 * The feature id for the '<em><b>Product Ids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__PRODUCT_IDS = PRODUCT_TYPE__PRODUCT_IDS;

	/**
	 * The feature id for the '<em><b>Family</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__FAMILY = PRODUCT_TYPE__FAMILY;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__ALIASES = PRODUCT_TYPE__ALIASES;

	/**
	 * The feature id for the '<em><b>Article Numbers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__ARTICLE_NUMBERS = PRODUCT_TYPE__ARTICLE_NUMBERS;

	/**
	 * The feature id for the '<em><b>Variants</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__VARIANTS = PRODUCT_TYPE__VARIANTS;

	/**
	 * The feature id for the '<em><b>Terminals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__TERMINALS = PRODUCT_TYPE__TERMINALS;

	/**
	 * The feature id for the '<em><b>Settings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__SETTINGS = PRODUCT_TYPE__SETTINGS;

	/**
	 * The feature id for the '<em><b>Remote Use Modes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__REMOTE_USE_MODES = PRODUCT_TYPE__REMOTE_USE_MODES;

	/**
	 * The feature id for the '<em><b>Remote Control Routes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__REMOTE_CONTROL_ROUTES = PRODUCT_TYPE__REMOTE_CONTROL_ROUTES;

	/**
	 * The feature id for the '<em><b>Consumption</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__CONSUMPTION = PRODUCT_TYPE__CONSUMPTION;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__WEIGHT = PRODUCT_TYPE__WEIGHT;

	/**
	 * The feature id for the '<em><b>Dimensions</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__DIMENSIONS = PRODUCT_TYPE__DIMENSIONS;

	/**
	 * The feature id for the '<em><b>Protection</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__PROTECTION = PRODUCT_TYPE__PROTECTION;

	/**
	 * The feature id for the '<em><b>Operating Temperature</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__OPERATING_TEMPERATURE = PRODUCT_TYPE__OPERATING_TEMPERATURE;

	/**
	 * The feature id for the '<em><b>Humidity Maximum</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__HUMIDITY_MAXIMUM = PRODUCT_TYPE__HUMIDITY_MAXIMUM;

	/**
	 * The feature id for the '<em><b>Humidity Average</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__HUMIDITY_AVERAGE = PRODUCT_TYPE__HUMIDITY_AVERAGE;

	/**
	 * The feature id for the '<em><b>Standards</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__STANDARDS = PRODUCT_TYPE__STANDARDS;

	/**
	 * The feature id for the '<em><b>Included Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__INCLUDED_ITEMS = PRODUCT_TYPE__INCLUDED_ITEMS;

	/**
	 * The feature id for the '<em><b>Leds</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__LEDS = PRODUCT_TYPE__LEDS;

	/**
	 * The feature id for the '<em><b>Status Codes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__STATUS_CODES = PRODUCT_TYPE__STATUS_CODES;

	/**
	 * The feature id for the '<em><b>Lifecycle</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__LIFECYCLE = PRODUCT_TYPE__LIFECYCLE;

	/**
	 * The feature id for the '<em><b>Datasheet</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__DATASHEET = PRODUCT_TYPE__DATASHEET;

	/**
	 * The feature id for the '<em><b>Recommendations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__RECOMMENDATIONS = PRODUCT_TYPE__RECOMMENDATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__NOTES = PRODUCT_TYPE__NOTES;

	/**
	 * The feature id for the '<em><b>Nominal Voltage</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__NOMINAL_VOLTAGE = PRODUCT_TYPE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Cells In Series</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__CELLS_IN_SERIES = PRODUCT_TYPE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Capacities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__CAPACITIES = PRODUCT_TYPE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Energy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__ENERGY = PRODUCT_TYPE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Max Continuous Discharge Current</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__MAX_CONTINUOUS_DISCHARGE_CURRENT = PRODUCT_TYPE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Recommended Discharge Current</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__RECOMMENDED_DISCHARGE_CURRENT = PRODUCT_TYPE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Max Charge Current</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__MAX_CHARGE_CURRENT = PRODUCT_TYPE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Recommended Charge Current</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__RECOMMENDED_CHARGE_CURRENT = PRODUCT_TYPE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Charge Voltage</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__CHARGE_VOLTAGE = PRODUCT_TYPE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Float Voltage</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__FLOAT_VOLTAGE = PRODUCT_TYPE_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>End Of Discharge Voltage</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__END_OF_DISCHARGE_VOLTAGE = PRODUCT_TYPE_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Discharge Temperature</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__DISCHARGE_TEMPERATURE = PRODUCT_TYPE_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Charge Temperature</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__CHARGE_TEMPERATURE = PRODUCT_TYPE_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Round Trip Efficiency</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__ROUND_TRIP_EFFICIENCY = PRODUCT_TYPE_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Cycle Life</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__CYCLE_LIFE = PRODUCT_TYPE_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Max In Series</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__MAX_IN_SERIES = PRODUCT_TYPE_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Max Per System</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__MAX_PER_SYSTEM = PRODUCT_TYPE_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Pre Alarm Support</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__PRE_ALARM_SUPPORT = PRODUCT_TYPE_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Internal Resistance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__INTERNAL_RESISTANCE = PRODUCT_TYPE_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Charge Disconnect Cell Voltage</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_CELL_VOLTAGE = PRODUCT_TYPE_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Charge Disconnect High Temperature</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_HIGH_TEMPERATURE = PRODUCT_TYPE_FEATURE_COUNT + 20;

	/**
	 * The feature id for the '<em><b>Charge Disconnect Low Temperature</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_LOW_TEMPERATURE = PRODUCT_TYPE_FEATURE_COUNT + 21;

	/**
	 * The feature id for the '<em><b>Reserve After Disconnect</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__RESERVE_AFTER_DISCONNECT = PRODUCT_TYPE_FEATURE_COUNT + 22;

	/**
	 * The feature id for the '<em><b>Chemistry</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL__CHEMISTRY = PRODUCT_TYPE_FEATURE_COUNT + 23;

	/**
	 * The number of structural features of the '<em>Lithium Battery Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL_FEATURE_COUNT = PRODUCT_TYPE_FEATURE_COUNT + 24;

	/**
	 * The operation id for the '<em>Find Terminal</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL___FIND_TERMINAL__STRING = PRODUCT_TYPE___FIND_TERMINAL__STRING;

	/**
	 * The operation id for the '<em>Find Setting</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL___FIND_SETTING__SETTINGROLE = PRODUCT_TYPE___FIND_SETTING__SETTINGROLE;

	/**
	 * The number of operations of the '<em>Lithium Battery Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITHIUM_BATTERY_MODEL_OPERATION_COUNT = PRODUCT_TYPE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.DeviceTypeImpl <em>Device Type</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.DeviceTypeImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getDeviceType()
	 * @generated
	 */
	int DEVICE_TYPE = 38;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TYPE__SOURCES = PRODUCT_TYPE__SOURCES;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TYPE__COMMENT = PRODUCT_TYPE__COMMENT;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TYPE__ID = PRODUCT_TYPE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TYPE__NAME = PRODUCT_TYPE__NAME;

	/**
	 * The feature id for the '<em><b>Manufacturer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TYPE__MANUFACTURER = PRODUCT_TYPE__MANUFACTURER;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TYPE__CATEGORY = PRODUCT_TYPE__CATEGORY;

	/**
	 * The feature id for the '<em><b>Product Ids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TYPE__PRODUCT_IDS = PRODUCT_TYPE__PRODUCT_IDS;

	/**
	 * The feature id for the '<em><b>Family</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TYPE__FAMILY = PRODUCT_TYPE__FAMILY;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TYPE__ALIASES = PRODUCT_TYPE__ALIASES;

	/**
	 * The feature id for the '<em><b>Article Numbers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TYPE__ARTICLE_NUMBERS = PRODUCT_TYPE__ARTICLE_NUMBERS;

	/**
	 * The feature id for the '<em><b>Variants</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TYPE__VARIANTS = PRODUCT_TYPE__VARIANTS;

	/**
	 * The feature id for the '<em><b>Terminals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TYPE__TERMINALS = PRODUCT_TYPE__TERMINALS;

	/**
	 * The feature id for the '<em><b>Settings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TYPE__SETTINGS = PRODUCT_TYPE__SETTINGS;

	/**
	 * The feature id for the '<em><b>Remote Use Modes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TYPE__REMOTE_USE_MODES = PRODUCT_TYPE__REMOTE_USE_MODES;

	/**
	 * The feature id for the '<em><b>Remote Control Routes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TYPE__REMOTE_CONTROL_ROUTES = PRODUCT_TYPE__REMOTE_CONTROL_ROUTES;

	/**
	 * The feature id for the '<em><b>Consumption</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TYPE__CONSUMPTION = PRODUCT_TYPE__CONSUMPTION;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TYPE__WEIGHT = PRODUCT_TYPE__WEIGHT;

	/**
	 * The feature id for the '<em><b>Dimensions</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TYPE__DIMENSIONS = PRODUCT_TYPE__DIMENSIONS;

	/**
	 * The feature id for the '<em><b>Protection</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TYPE__PROTECTION = PRODUCT_TYPE__PROTECTION;

	/**
	 * The feature id for the '<em><b>Operating Temperature</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TYPE__OPERATING_TEMPERATURE = PRODUCT_TYPE__OPERATING_TEMPERATURE;

	/**
	 * The feature id for the '<em><b>Humidity Maximum</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TYPE__HUMIDITY_MAXIMUM = PRODUCT_TYPE__HUMIDITY_MAXIMUM;

	/**
	 * The feature id for the '<em><b>Humidity Average</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TYPE__HUMIDITY_AVERAGE = PRODUCT_TYPE__HUMIDITY_AVERAGE;

	/**
	 * The feature id for the '<em><b>Standards</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TYPE__STANDARDS = PRODUCT_TYPE__STANDARDS;

	/**
	 * The feature id for the '<em><b>Included Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TYPE__INCLUDED_ITEMS = PRODUCT_TYPE__INCLUDED_ITEMS;

	/**
	 * The feature id for the '<em><b>Leds</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TYPE__LEDS = PRODUCT_TYPE__LEDS;

	/**
	 * The feature id for the '<em><b>Status Codes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TYPE__STATUS_CODES = PRODUCT_TYPE__STATUS_CODES;

	/**
	 * The feature id for the '<em><b>Lifecycle</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TYPE__LIFECYCLE = PRODUCT_TYPE__LIFECYCLE;

	/**
	 * The feature id for the '<em><b>Datasheet</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TYPE__DATASHEET = PRODUCT_TYPE__DATASHEET;

	/**
	 * The feature id for the '<em><b>Recommendations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TYPE__RECOMMENDATIONS = PRODUCT_TYPE__RECOMMENDATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TYPE__NOTES = PRODUCT_TYPE__NOTES;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TYPE__ROLES = PRODUCT_TYPE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Nominal Voltages</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TYPE__NOMINAL_VOLTAGES = PRODUCT_TYPE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Rated Power</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TYPE__RATED_POWER = PRODUCT_TYPE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Rated Current</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TYPE__RATED_CURRENT = PRODUCT_TYPE_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Device Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TYPE_FEATURE_COUNT = PRODUCT_TYPE_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Find Terminal</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TYPE___FIND_TERMINAL__STRING = PRODUCT_TYPE___FIND_TERMINAL__STRING;

	/**
	 * The operation id for the '<em>Find Setting</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TYPE___FIND_SETTING__SETTINGROLE = PRODUCT_TYPE___FIND_SETTING__SETTINGROLE;

	/**
	 * The number of operations of the '<em>Device Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TYPE_OPERATION_COUNT = PRODUCT_TYPE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.AccessoryCableTypeImpl <em>Accessory Cable Type</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.AccessoryCableTypeImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getAccessoryCableType()
	 * @generated
	 */
	int ACCESSORY_CABLE_TYPE = 39;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESSORY_CABLE_TYPE__SOURCES = PRODUCT_TYPE__SOURCES;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESSORY_CABLE_TYPE__COMMENT = PRODUCT_TYPE__COMMENT;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESSORY_CABLE_TYPE__ID = PRODUCT_TYPE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESSORY_CABLE_TYPE__NAME = PRODUCT_TYPE__NAME;

	/**
	 * The feature id for the '<em><b>Manufacturer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESSORY_CABLE_TYPE__MANUFACTURER = PRODUCT_TYPE__MANUFACTURER;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESSORY_CABLE_TYPE__CATEGORY = PRODUCT_TYPE__CATEGORY;

	/**
	 * The feature id for the '<em><b>Product Ids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESSORY_CABLE_TYPE__PRODUCT_IDS = PRODUCT_TYPE__PRODUCT_IDS;

	/**
	 * The feature id for the '<em><b>Family</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESSORY_CABLE_TYPE__FAMILY = PRODUCT_TYPE__FAMILY;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESSORY_CABLE_TYPE__ALIASES = PRODUCT_TYPE__ALIASES;

	/**
	 * The feature id for the '<em><b>Article Numbers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESSORY_CABLE_TYPE__ARTICLE_NUMBERS = PRODUCT_TYPE__ARTICLE_NUMBERS;

	/**
	 * The feature id for the '<em><b>Variants</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESSORY_CABLE_TYPE__VARIANTS = PRODUCT_TYPE__VARIANTS;

	/**
	 * The feature id for the '<em><b>Terminals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESSORY_CABLE_TYPE__TERMINALS = PRODUCT_TYPE__TERMINALS;

	/**
	 * The feature id for the '<em><b>Settings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESSORY_CABLE_TYPE__SETTINGS = PRODUCT_TYPE__SETTINGS;

	/**
	 * The feature id for the '<em><b>Remote Use Modes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESSORY_CABLE_TYPE__REMOTE_USE_MODES = PRODUCT_TYPE__REMOTE_USE_MODES;

	/**
	 * The feature id for the '<em><b>Remote Control Routes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESSORY_CABLE_TYPE__REMOTE_CONTROL_ROUTES = PRODUCT_TYPE__REMOTE_CONTROL_ROUTES;

	/**
	 * The feature id for the '<em><b>Consumption</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESSORY_CABLE_TYPE__CONSUMPTION = PRODUCT_TYPE__CONSUMPTION;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESSORY_CABLE_TYPE__WEIGHT = PRODUCT_TYPE__WEIGHT;

	/**
	 * The feature id for the '<em><b>Dimensions</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESSORY_CABLE_TYPE__DIMENSIONS = PRODUCT_TYPE__DIMENSIONS;

	/**
	 * The feature id for the '<em><b>Protection</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESSORY_CABLE_TYPE__PROTECTION = PRODUCT_TYPE__PROTECTION;

	/**
	 * The feature id for the '<em><b>Operating Temperature</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESSORY_CABLE_TYPE__OPERATING_TEMPERATURE = PRODUCT_TYPE__OPERATING_TEMPERATURE;

	/**
	 * The feature id for the '<em><b>Humidity Maximum</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESSORY_CABLE_TYPE__HUMIDITY_MAXIMUM = PRODUCT_TYPE__HUMIDITY_MAXIMUM;

	/**
	 * The feature id for the '<em><b>Humidity Average</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESSORY_CABLE_TYPE__HUMIDITY_AVERAGE = PRODUCT_TYPE__HUMIDITY_AVERAGE;

	/**
	 * The feature id for the '<em><b>Standards</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESSORY_CABLE_TYPE__STANDARDS = PRODUCT_TYPE__STANDARDS;

	/**
	 * The feature id for the '<em><b>Included Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESSORY_CABLE_TYPE__INCLUDED_ITEMS = PRODUCT_TYPE__INCLUDED_ITEMS;

	/**
	 * The feature id for the '<em><b>Leds</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESSORY_CABLE_TYPE__LEDS = PRODUCT_TYPE__LEDS;

	/**
	 * The feature id for the '<em><b>Status Codes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESSORY_CABLE_TYPE__STATUS_CODES = PRODUCT_TYPE__STATUS_CODES;

	/**
	 * The feature id for the '<em><b>Lifecycle</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESSORY_CABLE_TYPE__LIFECYCLE = PRODUCT_TYPE__LIFECYCLE;

	/**
	 * The feature id for the '<em><b>Datasheet</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESSORY_CABLE_TYPE__DATASHEET = PRODUCT_TYPE__DATASHEET;

	/**
	 * The feature id for the '<em><b>Recommendations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESSORY_CABLE_TYPE__RECOMMENDATIONS = PRODUCT_TYPE__RECOMMENDATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESSORY_CABLE_TYPE__NOTES = PRODUCT_TYPE__NOTES;

	/**
	 * The feature id for the '<em><b>Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESSORY_CABLE_TYPE__FUNCTION = PRODUCT_TYPE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Pieces Per Pack</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESSORY_CABLE_TYPE__PIECES_PER_PACK = PRODUCT_TYPE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Inverting</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESSORY_CABLE_TYPE__INVERTING = PRODUCT_TYPE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Length</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESSORY_CABLE_TYPE__LENGTH = PRODUCT_TYPE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Wires</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESSORY_CABLE_TYPE__WIRES = PRODUCT_TYPE_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Accessory Cable Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESSORY_CABLE_TYPE_FEATURE_COUNT = PRODUCT_TYPE_FEATURE_COUNT + 5;

	/**
	 * The operation id for the '<em>Find Terminal</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESSORY_CABLE_TYPE___FIND_TERMINAL__STRING = PRODUCT_TYPE___FIND_TERMINAL__STRING;

	/**
	 * The operation id for the '<em>Find Setting</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESSORY_CABLE_TYPE___FIND_SETTING__SETTINGROLE = PRODUCT_TYPE___FIND_SETTING__SETTINGROLE;

	/**
	 * The number of operations of the '<em>Accessory Cable Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESSORY_CABLE_TYPE_OPERATION_COUNT = PRODUCT_TYPE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.FuseTypeImpl <em>Fuse Type</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.FuseTypeImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getFuseType()
	 * @generated
	 */
	int FUSE_TYPE = 40;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TYPE__SOURCES = PRODUCT_TYPE__SOURCES;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TYPE__COMMENT = PRODUCT_TYPE__COMMENT;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TYPE__ID = PRODUCT_TYPE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TYPE__NAME = PRODUCT_TYPE__NAME;

	/**
	 * The feature id for the '<em><b>Manufacturer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TYPE__MANUFACTURER = PRODUCT_TYPE__MANUFACTURER;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TYPE__CATEGORY = PRODUCT_TYPE__CATEGORY;

	/**
	 * The feature id for the '<em><b>Product Ids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TYPE__PRODUCT_IDS = PRODUCT_TYPE__PRODUCT_IDS;

	/**
	 * The feature id for the '<em><b>Family</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TYPE__FAMILY = PRODUCT_TYPE__FAMILY;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TYPE__ALIASES = PRODUCT_TYPE__ALIASES;

	/**
	 * The feature id for the '<em><b>Article Numbers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TYPE__ARTICLE_NUMBERS = PRODUCT_TYPE__ARTICLE_NUMBERS;

	/**
	 * The feature id for the '<em><b>Variants</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TYPE__VARIANTS = PRODUCT_TYPE__VARIANTS;

	/**
	 * The feature id for the '<em><b>Terminals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TYPE__TERMINALS = PRODUCT_TYPE__TERMINALS;

	/**
	 * The feature id for the '<em><b>Settings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TYPE__SETTINGS = PRODUCT_TYPE__SETTINGS;

	/**
	 * The feature id for the '<em><b>Remote Use Modes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TYPE__REMOTE_USE_MODES = PRODUCT_TYPE__REMOTE_USE_MODES;

	/**
	 * The feature id for the '<em><b>Remote Control Routes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TYPE__REMOTE_CONTROL_ROUTES = PRODUCT_TYPE__REMOTE_CONTROL_ROUTES;

	/**
	 * The feature id for the '<em><b>Consumption</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TYPE__CONSUMPTION = PRODUCT_TYPE__CONSUMPTION;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TYPE__WEIGHT = PRODUCT_TYPE__WEIGHT;

	/**
	 * The feature id for the '<em><b>Dimensions</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TYPE__DIMENSIONS = PRODUCT_TYPE__DIMENSIONS;

	/**
	 * The feature id for the '<em><b>Protection</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TYPE__PROTECTION = PRODUCT_TYPE__PROTECTION;

	/**
	 * The feature id for the '<em><b>Operating Temperature</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TYPE__OPERATING_TEMPERATURE = PRODUCT_TYPE__OPERATING_TEMPERATURE;

	/**
	 * The feature id for the '<em><b>Humidity Maximum</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TYPE__HUMIDITY_MAXIMUM = PRODUCT_TYPE__HUMIDITY_MAXIMUM;

	/**
	 * The feature id for the '<em><b>Humidity Average</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TYPE__HUMIDITY_AVERAGE = PRODUCT_TYPE__HUMIDITY_AVERAGE;

	/**
	 * The feature id for the '<em><b>Standards</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TYPE__STANDARDS = PRODUCT_TYPE__STANDARDS;

	/**
	 * The feature id for the '<em><b>Included Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TYPE__INCLUDED_ITEMS = PRODUCT_TYPE__INCLUDED_ITEMS;

	/**
	 * The feature id for the '<em><b>Leds</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TYPE__LEDS = PRODUCT_TYPE__LEDS;

	/**
	 * The feature id for the '<em><b>Status Codes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TYPE__STATUS_CODES = PRODUCT_TYPE__STATUS_CODES;

	/**
	 * The feature id for the '<em><b>Lifecycle</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TYPE__LIFECYCLE = PRODUCT_TYPE__LIFECYCLE;

	/**
	 * The feature id for the '<em><b>Datasheet</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TYPE__DATASHEET = PRODUCT_TYPE__DATASHEET;

	/**
	 * The feature id for the '<em><b>Recommendations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TYPE__RECOMMENDATIONS = PRODUCT_TYPE__RECOMMENDATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TYPE__NOTES = PRODUCT_TYPE__NOTES;

	/**
	 * The feature id for the '<em><b>Fuse Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TYPE__FUSE_KIND = PRODUCT_TYPE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Ratings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TYPE__RATINGS = PRODUCT_TYPE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Max Voltage</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TYPE__MAX_VOLTAGE = PRODUCT_TYPE_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Fuse Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TYPE_FEATURE_COUNT = PRODUCT_TYPE_FEATURE_COUNT + 3;

	/**
	 * The operation id for the '<em>Find Terminal</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TYPE___FIND_TERMINAL__STRING = PRODUCT_TYPE___FIND_TERMINAL__STRING;

	/**
	 * The operation id for the '<em>Find Setting</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TYPE___FIND_SETTING__SETTINGROLE = PRODUCT_TYPE___FIND_SETTING__SETTINGROLE;

	/**
	 * The number of operations of the '<em>Fuse Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TYPE_OPERATION_COUNT = PRODUCT_TYPE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.CableWireImpl <em>Cable Wire</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.CableWireImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getCableWire()
	 * @generated
	 */
	int CABLE_WIRE = 41;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CABLE_WIRE__ID = 0;

	/**
	 * The feature id for the '<em><b>Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CABLE_WIRE__COLOUR = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CABLE_WIRE__DESCRIPTION = 2;

	/**
	 * The number of structural features of the '<em>Cable Wire</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CABLE_WIRE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Cable Wire</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CABLE_WIRE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.TerminalDefinitionImpl <em>Terminal Definition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.TerminalDefinitionImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getTerminalDefinition()
	 * @generated
	 */
	int TERMINAL_DEFINITION = 42;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMINAL_DEFINITION__SOURCES = SOURCED__SOURCES;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMINAL_DEFINITION__COMMENT = SOURCED__COMMENT;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMINAL_DEFINITION__ID = SOURCED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMINAL_DEFINITION__LABEL = SOURCED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMINAL_DEFINITION__KIND = SOURCED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMINAL_DEFINITION__DIRECTION = SOURCED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Connector Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMINAL_DEFINITION__CONNECTOR_GROUP = SOURCED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Side</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMINAL_DEFINITION__SIDE = SOURCED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMINAL_DEFINITION__ORDER = SOURCED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Connector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMINAL_DEFINITION__CONNECTOR = SOURCED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Power</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMINAL_DEFINITION__POWER = SOURCED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Output</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMINAL_DEFINITION__OUTPUT = SOURCED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Remote Input</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMINAL_DEFINITION__REMOTE_INPUT = SOURCED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Product Type</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMINAL_DEFINITION__PRODUCT_TYPE = SOURCED_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Terminal Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMINAL_DEFINITION_FEATURE_COUNT = SOURCED_FEATURE_COUNT + 12;

	/**
	 * The number of operations of the '<em>Terminal Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMINAL_DEFINITION_OPERATION_COUNT = SOURCED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.PowerPortSpecImpl <em>Power Port Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.PowerPortSpecImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getPowerPortSpec()
	 * @generated
	 */
	int POWER_PORT_SPEC = 43;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER_PORT_SPEC__DIRECTION = 0;

	/**
	 * The feature id for the '<em><b>Continuous Current</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER_PORT_SPEC__CONTINUOUS_CURRENT = 1;

	/**
	 * The feature id for the '<em><b>Peak Current</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER_PORT_SPEC__PEAK_CURRENT = 2;

	/**
	 * The feature id for the '<em><b>Enable Voltage</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER_PORT_SPEC__ENABLE_VOLTAGE = 3;

	/**
	 * The feature id for the '<em><b>Reverse Current Blocked</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER_PORT_SPEC__REVERSE_CURRENT_BLOCKED = 4;

	/**
	 * The feature id for the '<em><b>Current Limit Of Fuse Rating</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER_PORT_SPEC__CURRENT_LIMIT_OF_FUSE_RATING = 5;

	/**
	 * The number of structural features of the '<em>Power Port Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER_PORT_SPEC_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Power Port Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER_PORT_SPEC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.OutputBehaviourImpl <em>Output Behaviour</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.OutputBehaviourImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getOutputBehaviour()
	 * @generated
	 */
	int OUTPUT_BEHAVIOUR = 44;

	/**
	 * The feature id for the '<em><b>Trigger</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT_BEHAVIOUR__TRIGGER = 0;

	/**
	 * The feature id for the '<em><b>Normal State</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT_BEHAVIOUR__NORMAL_STATE = 1;

	/**
	 * The feature id for the '<em><b>Active State</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT_BEHAVIOUR__ACTIVE_STATE = 2;

	/**
	 * The feature id for the '<em><b>High Level Below Battery</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT_BEHAVIOUR__HIGH_LEVEL_BELOW_BATTERY = 3;

	/**
	 * The feature id for the '<em><b>Source Current Limit</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT_BEHAVIOUR__SOURCE_CURRENT_LIMIT = 4;

	/**
	 * The feature id for the '<em><b>Sink Current</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT_BEHAVIOUR__SINK_CURRENT = 5;

	/**
	 * The feature id for the '<em><b>Contact Rating</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT_BEHAVIOUR__CONTACT_RATING = 6;

	/**
	 * The feature id for the '<em><b>Short Circuit Protected</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT_BEHAVIOUR__SHORT_CIRCUIT_PROTECTED = 7;

	/**
	 * The feature id for the '<em><b>Inductive Load Allowed</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT_BEHAVIOUR__INDUCTIVE_LOAD_ALLOWED = 8;

	/**
	 * The feature id for the '<em><b>Lead Time</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT_BEHAVIOUR__LEAD_TIME = 9;

	/**
	 * The number of structural features of the '<em>Output Behaviour</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT_BEHAVIOUR_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Output Behaviour</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT_BEHAVIOUR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.RemoteInputBehaviourImpl <em>Remote Input Behaviour</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.RemoteInputBehaviourImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getRemoteInputBehaviour()
	 * @generated
	 */
	int REMOTE_INPUT_BEHAVIOUR = 45;

	/**
	 * The feature id for the '<em><b>Activation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_INPUT_BEHAVIOUR__ACTIVATION = 0;

	/**
	 * The feature id for the '<em><b>Threshold</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_INPUT_BEHAVIOUR__THRESHOLD = 1;

	/**
	 * The feature id for the '<em><b>Partner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_INPUT_BEHAVIOUR__PARTNER = 2;

	/**
	 * The number of structural features of the '<em>Remote Input Behaviour</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_INPUT_BEHAVIOUR_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Remote Input Behaviour</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_INPUT_BEHAVIOUR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.RemoteUseModeImpl <em>Remote Use Mode</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.RemoteUseModeImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getRemoteUseMode()
	 * @generated
	 */
	int REMOTE_USE_MODE = 46;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_USE_MODE__SOURCES = FACT__SOURCES;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_USE_MODE__COMMENT = FACT__COMMENT;

	/**
	 * The feature id for the '<em><b>Display Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_USE_MODE__DISPLAY_TEXT = FACT__DISPLAY_TEXT;

	/**
	 * The feature id for the '<em><b>Footnote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_USE_MODE__FOOTNOTE = FACT__FOOTNOTE;

	/**
	 * The feature id for the '<em><b>Alternatives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_USE_MODE__ALTERNATIVES = FACT__ALTERNATIVES;

	/**
	 * The feature id for the '<em><b>Ruling</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_USE_MODE__RULING = FACT__RULING;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_USE_MODE__LABEL = FACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_USE_MODE__CONDITION = FACT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_USE_MODE__ON = FACT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Threshold</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_USE_MODE__THRESHOLD = FACT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Remote Use Mode</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_USE_MODE_FEATURE_COUNT = FACT_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Is Disputed</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_USE_MODE___IS_DISPUTED = FACT___IS_DISPUTED;

	/**
	 * The operation id for the '<em>Is Overruled</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_USE_MODE___IS_OVERRULED = FACT___IS_OVERRULED;

	/**
	 * The number of operations of the '<em>Remote Use Mode</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_USE_MODE_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.RemoteControlRouteImpl <em>Remote Control Route</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.RemoteControlRouteImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getRemoteControlRoute()
	 * @generated
	 */
	int REMOTE_CONTROL_ROUTE = 47;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_CONTROL_ROUTE__SOURCES = SOURCED__SOURCES;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_CONTROL_ROUTE__COMMENT = SOURCED__COMMENT;

	/**
	 * The feature id for the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_CONTROL_ROUTE__METHOD = SOURCED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Bms Outputs</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_CONTROL_ROUTE__BMS_OUTPUTS = SOURCED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Target Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_CONTROL_ROUTE__TARGET_DESCRIPTION = SOURCED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Cable Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_CONTROL_ROUTE__CABLE_COUNT = SOURCED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Requires All Outputs High</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_CONTROL_ROUTE__REQUIRES_ALL_OUTPUTS_HIGH = SOURCED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_CONTROL_ROUTE__CONDITION = SOURCED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>See Document</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_CONTROL_ROUTE__SEE_DOCUMENT = SOURCED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Target Terminals</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_CONTROL_ROUTE__TARGET_TERMINALS = SOURCED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Cable</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_CONTROL_ROUTE__CABLE = SOURCED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Wire Connections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_CONTROL_ROUTE__WIRE_CONNECTIONS = SOURCED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Intermediate Device</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_CONTROL_ROUTE__INTERMEDIATE_DEVICE = SOURCED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Power Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_CONTROL_ROUTE__POWER_PORT = SOURCED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Variants</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_CONTROL_ROUTE__VARIANTS = SOURCED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Bms Models</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_CONTROL_ROUTE__BMS_MODELS = SOURCED_FEATURE_COUNT + 13;

	/**
	 * The number of structural features of the '<em>Remote Control Route</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_CONTROL_ROUTE_FEATURE_COUNT = SOURCED_FEATURE_COUNT + 14;

	/**
	 * The number of operations of the '<em>Remote Control Route</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_CONTROL_ROUTE_OPERATION_COUNT = SOURCED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.CableWireConnectionImpl <em>Cable Wire Connection</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.CableWireConnectionImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getCableWireConnection()
	 * @generated
	 */
	int CABLE_WIRE_CONNECTION = 48;

	/**
	 * The feature id for the '<em><b>Wire</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CABLE_WIRE_CONNECTION__WIRE = 0;

	/**
	 * The feature id for the '<em><b>Target Terminal</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CABLE_WIRE_CONNECTION__TARGET_TERMINAL = 1;

	/**
	 * The feature id for the '<em><b>Target Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CABLE_WIRE_CONNECTION__TARGET_DESCRIPTION = 2;

	/**
	 * The number of structural features of the '<em>Cable Wire Connection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CABLE_WIRE_CONNECTION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Cable Wire Connection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CABLE_WIRE_CONNECTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.SettingDefinitionImpl <em>Setting Definition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.SettingDefinitionImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getSettingDefinition()
	 * @generated
	 */
	int SETTING_DEFINITION = 49;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTING_DEFINITION__SOURCES = SOURCED__SOURCES;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTING_DEFINITION__COMMENT = SOURCED__COMMENT;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTING_DEFINITION__KEY = SOURCED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTING_DEFINITION__LABEL = SOURCED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTING_DEFINITION__DESCRIPTION = SOURCED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTING_DEFINITION__ROLE = SOURCED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTING_DEFINITION__CHANNEL = SOURCED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Setting Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTING_DEFINITION_FEATURE_COUNT = SOURCED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Setting Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTING_DEFINITION_OPERATION_COUNT = SOURCED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.NumberSettingDefinitionImpl <em>Number Setting Definition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.NumberSettingDefinitionImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getNumberSettingDefinition()
	 * @generated
	 */
	int NUMBER_SETTING_DEFINITION = 50;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_SETTING_DEFINITION__SOURCES = SETTING_DEFINITION__SOURCES;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_SETTING_DEFINITION__COMMENT = SETTING_DEFINITION__COMMENT;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_SETTING_DEFINITION__KEY = SETTING_DEFINITION__KEY;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_SETTING_DEFINITION__LABEL = SETTING_DEFINITION__LABEL;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_SETTING_DEFINITION__DESCRIPTION = SETTING_DEFINITION__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_SETTING_DEFINITION__ROLE = SETTING_DEFINITION__ROLE;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_SETTING_DEFINITION__CHANNEL = SETTING_DEFINITION__CHANNEL;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_SETTING_DEFINITION__UNIT = SETTING_DEFINITION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_SETTING_DEFINITION__STEP = SETTING_DEFINITION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Range</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_SETTING_DEFINITION__RANGE = SETTING_DEFINITION_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Default Value</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_SETTING_DEFINITION__DEFAULT_VALUE = SETTING_DEFINITION_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Number Setting Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_SETTING_DEFINITION_FEATURE_COUNT = SETTING_DEFINITION_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Number Setting Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_SETTING_DEFINITION_OPERATION_COUNT = SETTING_DEFINITION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.ChoiceSettingDefinitionImpl <em>Choice Setting Definition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.ChoiceSettingDefinitionImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getChoiceSettingDefinition()
	 * @generated
	 */
	int CHOICE_SETTING_DEFINITION = 51;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_SETTING_DEFINITION__SOURCES = SETTING_DEFINITION__SOURCES;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_SETTING_DEFINITION__COMMENT = SETTING_DEFINITION__COMMENT;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_SETTING_DEFINITION__KEY = SETTING_DEFINITION__KEY;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_SETTING_DEFINITION__LABEL = SETTING_DEFINITION__LABEL;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_SETTING_DEFINITION__DESCRIPTION = SETTING_DEFINITION__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_SETTING_DEFINITION__ROLE = SETTING_DEFINITION__ROLE;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_SETTING_DEFINITION__CHANNEL = SETTING_DEFINITION__CHANNEL;

	/**
	 * The feature id for the '<em><b>Options</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_SETTING_DEFINITION__OPTIONS = SETTING_DEFINITION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Default Option</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_SETTING_DEFINITION__DEFAULT_OPTION = SETTING_DEFINITION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Choice Setting Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_SETTING_DEFINITION_FEATURE_COUNT = SETTING_DEFINITION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Choice Setting Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_SETTING_DEFINITION_OPERATION_COUNT = SETTING_DEFINITION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.BooleanSettingDefinitionImpl <em>Boolean Setting Definition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.BooleanSettingDefinitionImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getBooleanSettingDefinition()
	 * @generated
	 */
	int BOOLEAN_SETTING_DEFINITION = 52;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOLEAN_SETTING_DEFINITION__SOURCES = SETTING_DEFINITION__SOURCES;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOLEAN_SETTING_DEFINITION__COMMENT = SETTING_DEFINITION__COMMENT;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOLEAN_SETTING_DEFINITION__KEY = SETTING_DEFINITION__KEY;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOLEAN_SETTING_DEFINITION__LABEL = SETTING_DEFINITION__LABEL;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOLEAN_SETTING_DEFINITION__DESCRIPTION = SETTING_DEFINITION__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOLEAN_SETTING_DEFINITION__ROLE = SETTING_DEFINITION__ROLE;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOLEAN_SETTING_DEFINITION__CHANNEL = SETTING_DEFINITION__CHANNEL;

	/**
	 * The feature id for the '<em><b>Default Value</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOLEAN_SETTING_DEFINITION__DEFAULT_VALUE = SETTING_DEFINITION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Boolean Setting Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOLEAN_SETTING_DEFINITION_FEATURE_COUNT = SETTING_DEFINITION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Boolean Setting Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOLEAN_SETTING_DEFINITION_OPERATION_COUNT = SETTING_DEFINITION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.SettingOptionImpl <em>Setting Option</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.SettingOptionImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getSettingOption()
	 * @generated
	 */
	int SETTING_OPTION = 53;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTING_OPTION__KEY = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTING_OPTION__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTING_OPTION__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTING_OPTION__ROLE = 3;

	/**
	 * The feature id for the '<em><b>Fuse</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTING_OPTION__FUSE = 4;

	/**
	 * The number of structural features of the '<em>Setting Option</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTING_OPTION_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Setting Option</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTING_OPTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.FuseTableEntryImpl <em>Fuse Table Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.FuseTableEntryImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getFuseTableEntry()
	 * @generated
	 */
	int FUSE_TABLE_ENTRY = 54;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TABLE_ENTRY__SOURCES = FACT__SOURCES;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TABLE_ENTRY__COMMENT = FACT__COMMENT;

	/**
	 * The feature id for the '<em><b>Display Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TABLE_ENTRY__DISPLAY_TEXT = FACT__DISPLAY_TEXT;

	/**
	 * The feature id for the '<em><b>Footnote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TABLE_ENTRY__FOOTNOTE = FACT__FOOTNOTE;

	/**
	 * The feature id for the '<em><b>Alternatives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TABLE_ENTRY__ALTERNATIVES = FACT__ALTERNATIVES;

	/**
	 * The feature id for the '<em><b>Ruling</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TABLE_ENTRY__RULING = FACT__RULING;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TABLE_ENTRY__ID = FACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Fuse Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TABLE_ENTRY__FUSE_COUNT = FACT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Fuse Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TABLE_ENTRY__FUSE_KIND = FACT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Fuse Rating</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TABLE_ENTRY__FUSE_RATING = FACT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Max Charge Current</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TABLE_ENTRY__MAX_CHARGE_CURRENT = FACT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Fuse Table Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TABLE_ENTRY_FEATURE_COUNT = FACT_FEATURE_COUNT + 5;

	/**
	 * The operation id for the '<em>Is Disputed</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TABLE_ENTRY___IS_DISPUTED = FACT___IS_DISPUTED;

	/**
	 * The operation id for the '<em>Is Overruled</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TABLE_ENTRY___IS_OVERRULED = FACT___IS_OVERRULED;

	/**
	 * The number of operations of the '<em>Fuse Table Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUSE_TABLE_ENTRY_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.LedIndicatorImpl <em>Led Indicator</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.LedIndicatorImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getLedIndicator()
	 * @generated
	 */
	int LED_INDICATOR = 55;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LED_INDICATOR__SOURCES = FACT__SOURCES;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LED_INDICATOR__COMMENT = FACT__COMMENT;

	/**
	 * The feature id for the '<em><b>Display Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LED_INDICATOR__DISPLAY_TEXT = FACT__DISPLAY_TEXT;

	/**
	 * The feature id for the '<em><b>Footnote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LED_INDICATOR__FOOTNOTE = FACT__FOOTNOTE;

	/**
	 * The feature id for the '<em><b>Alternatives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LED_INDICATOR__ALTERNATIVES = FACT__ALTERNATIVES;

	/**
	 * The feature id for the '<em><b>Ruling</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LED_INDICATOR__RULING = FACT__RULING;

	/**
	 * The feature id for the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LED_INDICATOR__POSITION = FACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LED_INDICATOR__COLOUR = FACT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LED_INDICATOR__FUNCTION = FACT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>States</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LED_INDICATOR__STATES = FACT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Led Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LED_INDICATOR_FEATURE_COUNT = FACT_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Is Disputed</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LED_INDICATOR___IS_DISPUTED = FACT___IS_DISPUTED;

	/**
	 * The operation id for the '<em>Is Overruled</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LED_INDICATOR___IS_OVERRULED = FACT___IS_OVERRULED;

	/**
	 * The number of operations of the '<em>Led Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LED_INDICATOR_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.LedStateImpl <em>Led State</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.LedStateImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getLedState()
	 * @generated
	 */
	int LED_STATE = 56;

	/**
	 * The feature id for the '<em><b>Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LED_STATE__PATTERN = 0;

	/**
	 * The feature id for the '<em><b>Meaning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LED_STATE__MEANING = 1;

	/**
	 * The number of structural features of the '<em>Led State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LED_STATE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Led State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LED_STATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.StatusCodeImpl <em>Status Code</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.StatusCodeImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getStatusCode()
	 * @generated
	 */
	int STATUS_CODE = 57;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CODE__SOURCES = FACT__SOURCES;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CODE__COMMENT = FACT__COMMENT;

	/**
	 * The feature id for the '<em><b>Display Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CODE__DISPLAY_TEXT = FACT__DISPLAY_TEXT;

	/**
	 * The feature id for the '<em><b>Footnote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CODE__FOOTNOTE = FACT__FOOTNOTE;

	/**
	 * The feature id for the '<em><b>Alternatives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CODE__ALTERNATIVES = FACT__ALTERNATIVES;

	/**
	 * The feature id for the '<em><b>Ruling</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CODE__RULING = FACT__RULING;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CODE__CODE = FACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CODE__SEVERITY = FACT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CODE__TITLE = FACT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CODE__DESCRIPTION = FACT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Remedy Steps</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CODE__REMEDY_STEPS = FACT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>User Correctable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CODE__USER_CORRECTABLE = FACT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Removed In Firmware</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CODE__REMOVED_IN_FIRMWARE = FACT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Status Code</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CODE_FEATURE_COUNT = FACT_FEATURE_COUNT + 7;

	/**
	 * The operation id for the '<em>Is Disputed</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CODE___IS_DISPUTED = FACT___IS_DISPUTED;

	/**
	 * The operation id for the '<em>Is Overruled</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CODE___IS_OVERRULED = FACT___IS_OVERRULED;

	/**
	 * The number of operations of the '<em>Status Code</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CODE_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.CellChemistryImpl <em>Cell Chemistry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.CellChemistryImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getCellChemistry()
	 * @generated
	 */
	int CELL_CHEMISTRY = 58;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_CHEMISTRY__SOURCES = SOURCED__SOURCES;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_CHEMISTRY__COMMENT = SOURCED__COMMENT;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_CHEMISTRY__ID = SOURCED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_CHEMISTRY__NAME = SOURCED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Nominal Cell Voltage</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_CHEMISTRY__NOMINAL_CELL_VOLTAGE = SOURCED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Ocv Curve</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_CHEMISTRY__OCV_CURVE = SOURCED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Cell Chemistry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_CHEMISTRY_FEATURE_COUNT = SOURCED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Cell Chemistry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_CHEMISTRY_OPERATION_COUNT = SOURCED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.ComparisonTableImpl <em>Comparison Table</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.ComparisonTableImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getComparisonTable()
	 * @generated
	 */
	int COMPARISON_TABLE = 59;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON_TABLE__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON_TABLE__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Corner Header</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON_TABLE__CORNER_HEADER = 2;

	/**
	 * The feature id for the '<em><b>Source</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON_TABLE__SOURCE = 3;

	/**
	 * The feature id for the '<em><b>Columns</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON_TABLE__COLUMNS = 4;

	/**
	 * The feature id for the '<em><b>Rows</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON_TABLE__ROWS = 5;

	/**
	 * The number of structural features of the '<em>Comparison Table</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON_TABLE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Comparison Table</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON_TABLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.ComparisonColumnImpl <em>Comparison Column</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.ComparisonColumnImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getComparisonColumn()
	 * @generated
	 */
	int COMPARISON_COLUMN = 60;

	/**
	 * The feature id for the '<em><b>Header</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON_COLUMN__HEADER = 0;

	/**
	 * The feature id for the '<em><b>Product</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON_COLUMN__PRODUCT = 1;

	/**
	 * The number of structural features of the '<em>Comparison Column</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON_COLUMN_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Comparison Column</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON_COLUMN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.ComparisonRowImpl <em>Comparison Row</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.ComparisonRowImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getComparisonRow()
	 * @generated
	 */
	int COMPARISON_ROW = 61;

	/**
	 * The feature id for the '<em><b>Header</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON_ROW__HEADER = 0;

	/**
	 * The feature id for the '<em><b>Style</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON_ROW__STYLE = 1;

	/**
	 * The feature id for the '<em><b>Path</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON_ROW__PATH = 2;

	/**
	 * The number of structural features of the '<em>Comparison Row</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON_ROW_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Comparison Row</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON_ROW_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.WiringReferenceImpl <em>Wiring Reference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.WiringReferenceImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getWiringReference()
	 * @generated
	 */
	int WIRING_REFERENCE = 62;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIRING_REFERENCE__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIRING_REFERENCE__NAME = 1;

	/**
	 * The feature id for the '<em><b>Conductor Resistivity</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIRING_REFERENCE__CONDUCTOR_RESISTIVITY = 2;

	/**
	 * The feature id for the '<em><b>Conductor Conductivity</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIRING_REFERENCE__CONDUCTOR_CONDUCTIVITY = 3;

	/**
	 * The feature id for the '<em><b>Resistance Temperature Coefficient</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIRING_REFERENCE__RESISTANCE_TEMPERATURE_COEFFICIENT = 4;

	/**
	 * The feature id for the '<em><b>Ampacity</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIRING_REFERENCE__AMPACITY = 5;

	/**
	 * The feature id for the '<em><b>Bundling Derating</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIRING_REFERENCE__BUNDLING_DERATING = 6;

	/**
	 * The feature id for the '<em><b>Voltage Drop Limits</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIRING_REFERENCE__VOLTAGE_DROP_LIMITS = 7;

	/**
	 * The feature id for the '<em><b>Fuse Minimum Of Device Current</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIRING_REFERENCE__FUSE_MINIMUM_OF_DEVICE_CURRENT = 8;

	/**
	 * The feature id for the '<em><b>System Voltage Guides</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIRING_REFERENCE__SYSTEM_VOLTAGE_GUIDES = 9;

	/**
	 * The number of structural features of the '<em>Wiring Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIRING_REFERENCE_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Wiring Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIRING_REFERENCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.AmpacityFactImpl <em>Ampacity Fact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.AmpacityFactImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getAmpacityFact()
	 * @generated
	 */
	int AMPACITY_FACT = 63;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMPACITY_FACT__SOURCES = FACT__SOURCES;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMPACITY_FACT__COMMENT = FACT__COMMENT;

	/**
	 * The feature id for the '<em><b>Display Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMPACITY_FACT__DISPLAY_TEXT = FACT__DISPLAY_TEXT;

	/**
	 * The feature id for the '<em><b>Footnote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMPACITY_FACT__FOOTNOTE = FACT__FOOTNOTE;

	/**
	 * The feature id for the '<em><b>Alternatives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMPACITY_FACT__ALTERNATIVES = FACT__ALTERNATIVES;

	/**
	 * The feature id for the '<em><b>Ruling</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMPACITY_FACT__RULING = FACT__RULING;

	/**
	 * The feature id for the '<em><b>Conditions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMPACITY_FACT__CONDITIONS = FACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Cross Section</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMPACITY_FACT__CROSS_SECTION = FACT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Current</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMPACITY_FACT__CURRENT = FACT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Ampacity Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMPACITY_FACT_FEATURE_COUNT = FACT_FEATURE_COUNT + 3;

	/**
	 * The operation id for the '<em>Is Disputed</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMPACITY_FACT___IS_DISPUTED = FACT___IS_DISPUTED;

	/**
	 * The operation id for the '<em>Is Overruled</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMPACITY_FACT___IS_OVERRULED = FACT___IS_OVERRULED;

	/**
	 * The number of operations of the '<em>Ampacity Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMPACITY_FACT_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.VoltageDropLimitFactImpl <em>Voltage Drop Limit Fact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.VoltageDropLimitFactImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getVoltageDropLimitFact()
	 * @generated
	 */
	int VOLTAGE_DROP_LIMIT_FACT = 64;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLTAGE_DROP_LIMIT_FACT__SOURCES = QUANTITY_FACT__SOURCES;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLTAGE_DROP_LIMIT_FACT__COMMENT = QUANTITY_FACT__COMMENT;

	/**
	 * The feature id for the '<em><b>Display Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLTAGE_DROP_LIMIT_FACT__DISPLAY_TEXT = QUANTITY_FACT__DISPLAY_TEXT;

	/**
	 * The feature id for the '<em><b>Footnote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLTAGE_DROP_LIMIT_FACT__FOOTNOTE = QUANTITY_FACT__FOOTNOTE;

	/**
	 * The feature id for the '<em><b>Alternatives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLTAGE_DROP_LIMIT_FACT__ALTERNATIVES = QUANTITY_FACT__ALTERNATIVES;

	/**
	 * The feature id for the '<em><b>Ruling</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLTAGE_DROP_LIMIT_FACT__RULING = QUANTITY_FACT__RULING;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLTAGE_DROP_LIMIT_FACT__VALUE = QUANTITY_FACT__VALUE;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLTAGE_DROP_LIMIT_FACT__UNIT = QUANTITY_FACT__UNIT;

	/**
	 * The feature id for the '<em><b>Relation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLTAGE_DROP_LIMIT_FACT__RELATION = QUANTITY_FACT__RELATION;

	/**
	 * The feature id for the '<em><b>Decimals</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLTAGE_DROP_LIMIT_FACT__DECIMALS = QUANTITY_FACT__DECIMALS;

	/**
	 * The feature id for the '<em><b>Context</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLTAGE_DROP_LIMIT_FACT__CONTEXT = QUANTITY_FACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>System Voltage</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLTAGE_DROP_LIMIT_FACT__SYSTEM_VOLTAGE = QUANTITY_FACT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Voltage Drop Limit Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLTAGE_DROP_LIMIT_FACT_FEATURE_COUNT = QUANTITY_FACT_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Is Disputed</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLTAGE_DROP_LIMIT_FACT___IS_DISPUTED = QUANTITY_FACT___IS_DISPUTED;

	/**
	 * The operation id for the '<em>Is Overruled</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLTAGE_DROP_LIMIT_FACT___IS_OVERRULED = QUANTITY_FACT___IS_OVERRULED;

	/**
	 * The operation id for the '<em>Value In Base Unit</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLTAGE_DROP_LIMIT_FACT___VALUE_IN_BASE_UNIT = QUANTITY_FACT___VALUE_IN_BASE_UNIT;

	/**
	 * The number of operations of the '<em>Voltage Drop Limit Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLTAGE_DROP_LIMIT_FACT_OPERATION_COUNT = QUANTITY_FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.impl.SystemVoltageGuideFactImpl <em>System Voltage Guide Fact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.impl.SystemVoltageGuideFactImpl
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getSystemVoltageGuideFact()
	 * @generated
	 */
	int SYSTEM_VOLTAGE_GUIDE_FACT = 65;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_VOLTAGE_GUIDE_FACT__SOURCES = FACT__SOURCES;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_VOLTAGE_GUIDE_FACT__COMMENT = FACT__COMMENT;

	/**
	 * The feature id for the '<em><b>Display Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_VOLTAGE_GUIDE_FACT__DISPLAY_TEXT = FACT__DISPLAY_TEXT;

	/**
	 * The feature id for the '<em><b>Footnote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_VOLTAGE_GUIDE_FACT__FOOTNOTE = FACT__FOOTNOTE;

	/**
	 * The feature id for the '<em><b>Alternatives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_VOLTAGE_GUIDE_FACT__ALTERNATIVES = FACT__ALTERNATIVES;

	/**
	 * The feature id for the '<em><b>Ruling</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_VOLTAGE_GUIDE_FACT__RULING = FACT__RULING;

	/**
	 * The feature id for the '<em><b>System Voltage</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_VOLTAGE_GUIDE_FACT__SYSTEM_VOLTAGE = FACT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Max Inverter Power</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_VOLTAGE_GUIDE_FACT__MAX_INVERTER_POWER = FACT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>System Voltage Guide Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_VOLTAGE_GUIDE_FACT_FEATURE_COUNT = FACT_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Is Disputed</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_VOLTAGE_GUIDE_FACT___IS_DISPUTED = FACT___IS_DISPUTED;

	/**
	 * The operation id for the '<em>Is Overruled</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_VOLTAGE_GUIDE_FACT___IS_OVERRULED = FACT___IS_OVERRULED;

	/**
	 * The number of operations of the '<em>System Voltage Guide Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_VOLTAGE_GUIDE_FACT_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.Unit <em>Unit</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.Unit
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getUnit()
	 * @generated
	 */
	int UNIT = 66;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.Relation <em>Relation</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.Relation
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getRelation()
	 * @generated
	 */
	int RELATION = 67;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.SourceConfidence <em>Source Confidence</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.SourceConfidence
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getSourceConfidence()
	 * @generated
	 */
	int SOURCE_CONFIDENCE = 68;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.DocumentKind <em>Document Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.DocumentKind
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getDocumentKind()
	 * @generated
	 */
	int DOCUMENT_KIND = 69;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.RulingPrinciple <em>Ruling Principle</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.RulingPrinciple
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getRulingPrinciple()
	 * @generated
	 */
	int RULING_PRINCIPLE = 70;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.ProductCategory <em>Product Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.ProductCategory
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getProductCategory()
	 * @generated
	 */
	int PRODUCT_CATEGORY = 71;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.DeviceRole <em>Device Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.DeviceRole
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getDeviceRole()
	 * @generated
	 */
	int DEVICE_ROLE = 72;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.TerminalKind <em>Terminal Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.TerminalKind
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getTerminalKind()
	 * @generated
	 */
	int TERMINAL_KIND = 73;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.TerminalDirection <em>Terminal Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.TerminalDirection
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getTerminalDirection()
	 * @generated
	 */
	int TERMINAL_DIRECTION = 74;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.DiagramSide <em>Diagram Side</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.DiagramSide
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getDiagramSide()
	 * @generated
	 */
	int DIAGRAM_SIDE = 75;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.OutputState <em>Output State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.OutputState
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getOutputState()
	 * @generated
	 */
	int OUTPUT_STATE = 76;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.OutputTrigger <em>Output Trigger</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.OutputTrigger
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getOutputTrigger()
	 * @generated
	 */
	int OUTPUT_TRIGGER = 77;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.OutputSwitchingKind <em>Output Switching Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.OutputSwitchingKind
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getOutputSwitchingKind()
	 * @generated
	 */
	int OUTPUT_SWITCHING_KIND = 78;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.RemoteActivation <em>Remote Activation</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.RemoteActivation
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getRemoteActivation()
	 * @generated
	 */
	int REMOTE_ACTIVATION = 79;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.RemoteCondition <em>Remote Condition</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.RemoteCondition
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getRemoteCondition()
	 * @generated
	 */
	int REMOTE_CONDITION = 80;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.AlternatorPortMode <em>Alternator Port Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.AlternatorPortMode
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getAlternatorPortMode()
	 * @generated
	 */
	int ALTERNATOR_PORT_MODE = 81;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.CommunicationProtocol <em>Communication Protocol</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.CommunicationProtocol
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getCommunicationProtocol()
	 * @generated
	 */
	int COMMUNICATION_PROTOCOL = 82;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.DimensionAxes <em>Dimension Axes</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.DimensionAxes
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getDimensionAxes()
	 * @generated
	 */
	int DIMENSION_AXES = 83;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.LifecycleStatus <em>Lifecycle Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.LifecycleStatus
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getLifecycleStatus()
	 * @generated
	 */
	int LIFECYCLE_STATUS = 84;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.StandardKind <em>Standard Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.StandardKind
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getStandardKind()
	 * @generated
	 */
	int STANDARD_KIND = 85;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.ConnectorType <em>Connector Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.ConnectorType
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getConnectorType()
	 * @generated
	 */
	int CONNECTOR_TYPE = 86;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.PowerState <em>Power State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.PowerState
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getPowerState()
	 * @generated
	 */
	int POWER_STATE = 87;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.CurrentDirection <em>Current Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.CurrentDirection
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getCurrentDirection()
	 * @generated
	 */
	int CURRENT_DIRECTION = 88;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.FuseKind <em>Fuse Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.FuseKind
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getFuseKind()
	 * @generated
	 */
	int FUSE_KIND = 89;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.LedColour <em>Led Colour</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.LedColour
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getLedColour()
	 * @generated
	 */
	int LED_COLOUR = 90;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.LedPattern <em>Led Pattern</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.LedPattern
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getLedPattern()
	 * @generated
	 */
	int LED_PATTERN = 91;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.LedFunction <em>Led Function</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.LedFunction
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getLedFunction()
	 * @generated
	 */
	int LED_FUNCTION = 92;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.CodeSeverity <em>Code Severity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.CodeSeverity
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getCodeSeverity()
	 * @generated
	 */
	int CODE_SEVERITY = 93;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.SettingRole <em>Setting Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.SettingRole
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getSettingRole()
	 * @generated
	 */
	int SETTING_ROLE = 94;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.OptionRole <em>Option Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.OptionRole
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getOptionRole()
	 * @generated
	 */
	int OPTION_ROLE = 95;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.ConfigurationChannel <em>Configuration Channel</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.ConfigurationChannel
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getConfigurationChannel()
	 * @generated
	 */
	int CONFIGURATION_CHANNEL = 96;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.ControlMethod <em>Control Method</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.ControlMethod
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getControlMethod()
	 * @generated
	 */
	int CONTROL_METHOD = 97;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.CableFunction <em>Cable Function</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.CableFunction
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getCableFunction()
	 * @generated
	 */
	int CABLE_FUNCTION = 98;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.WireColour <em>Wire Colour</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.WireColour
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getWireColour()
	 * @generated
	 */
	int WIRE_COLOUR = 99;

	/**
	 * The meta object id for the '{@link io.cellwright.model.catalog.CellStyle <em>Cell Style</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.catalog.CellStyle
	 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getCellStyle()
	 * @generated
	 */
	int CELL_STYLE = 100;


	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.Catalog <em>Catalog</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Catalog</em>'.
	 * @see io.cellwright.model.catalog.Catalog
	 * @generated
	 */
	EClass getCatalog();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.Catalog#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.cellwright.model.catalog.Catalog#getId()
	 * @see #getCatalog()
	 * @generated
	 */
	EAttribute getCatalog_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.Catalog#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.cellwright.model.catalog.Catalog#getName()
	 * @see #getCatalog()
	 * @generated
	 */
	EAttribute getCatalog_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.Catalog#getProvider <em>Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Provider</em>'.
	 * @see io.cellwright.model.catalog.Catalog#getProvider()
	 * @see #getCatalog()
	 * @generated
	 */
	EAttribute getCatalog_Provider();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.Catalog#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see io.cellwright.model.catalog.Catalog#getVersion()
	 * @see #getCatalog()
	 * @generated
	 */
	EAttribute getCatalog_Version();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.Catalog#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see io.cellwright.model.catalog.Catalog#getFormatVersion()
	 * @see #getCatalog()
	 * @generated
	 */
	EAttribute getCatalog_FormatVersion();

	/**
	 * Returns the meta object for the attribute list '{@link io.cellwright.model.catalog.Catalog#getRequires <em>Requires</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Requires</em>'.
	 * @see io.cellwright.model.catalog.Catalog#getRequires()
	 * @see #getCatalog()
	 * @generated
	 */
	EAttribute getCatalog_Requires();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cellwright.model.catalog.Catalog#getDocuments <em>Documents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Documents</em>'.
	 * @see io.cellwright.model.catalog.Catalog#getDocuments()
	 * @see #getCatalog()
	 * @generated
	 */
	EReference getCatalog_Documents();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cellwright.model.catalog.Catalog#getFamilies <em>Families</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Families</em>'.
	 * @see io.cellwright.model.catalog.Catalog#getFamilies()
	 * @see #getCatalog()
	 * @generated
	 */
	EReference getCatalog_Families();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cellwright.model.catalog.Catalog#getProductTypes <em>Product Types</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Product Types</em>'.
	 * @see io.cellwright.model.catalog.Catalog#getProductTypes()
	 * @see #getCatalog()
	 * @generated
	 */
	EReference getCatalog_ProductTypes();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cellwright.model.catalog.Catalog#getChemistries <em>Chemistries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Chemistries</em>'.
	 * @see io.cellwright.model.catalog.Catalog#getChemistries()
	 * @see #getCatalog()
	 * @generated
	 */
	EReference getCatalog_Chemistries();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cellwright.model.catalog.Catalog#getComparisonTables <em>Comparison Tables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Comparison Tables</em>'.
	 * @see io.cellwright.model.catalog.Catalog#getComparisonTables()
	 * @see #getCatalog()
	 * @generated
	 */
	EReference getCatalog_ComparisonTables();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cellwright.model.catalog.Catalog#getWiringReferences <em>Wiring References</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Wiring References</em>'.
	 * @see io.cellwright.model.catalog.Catalog#getWiringReferences()
	 * @see #getCatalog()
	 * @generated
	 */
	EReference getCatalog_WiringReferences();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.SourceDocument <em>Source Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Source Document</em>'.
	 * @see io.cellwright.model.catalog.SourceDocument
	 * @generated
	 */
	EClass getSourceDocument();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.SourceDocument#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.cellwright.model.catalog.SourceDocument#getId()
	 * @see #getSourceDocument()
	 * @generated
	 */
	EAttribute getSourceDocument_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.SourceDocument#getFileName <em>File Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File Name</em>'.
	 * @see io.cellwright.model.catalog.SourceDocument#getFileName()
	 * @see #getSourceDocument()
	 * @generated
	 */
	EAttribute getSourceDocument_FileName();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.SourceDocument#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see io.cellwright.model.catalog.SourceDocument#getTitle()
	 * @see #getSourceDocument()
	 * @generated
	 */
	EAttribute getSourceDocument_Title();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.SourceDocument#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.cellwright.model.catalog.SourceDocument#getKind()
	 * @see #getSourceDocument()
	 * @generated
	 */
	EAttribute getSourceDocument_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.SourceDocument#getRevision <em>Revision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Revision</em>'.
	 * @see io.cellwright.model.catalog.SourceDocument#getRevision()
	 * @see #getSourceDocument()
	 * @generated
	 */
	EAttribute getSourceDocument_Revision();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.SourceDocument#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see io.cellwright.model.catalog.SourceDocument#getDate()
	 * @see #getSourceDocument()
	 * @generated
	 */
	EAttribute getSourceDocument_Date();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.SourceDocument#getLanguage <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language</em>'.
	 * @see io.cellwright.model.catalog.SourceDocument#getLanguage()
	 * @see #getSourceDocument()
	 * @generated
	 */
	EAttribute getSourceDocument_Language();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.SourceDocument#getUri <em>Uri</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uri</em>'.
	 * @see io.cellwright.model.catalog.SourceDocument#getUri()
	 * @see #getSourceDocument()
	 * @generated
	 */
	EAttribute getSourceDocument_Uri();

	/**
	 * Returns the meta object for the reference list '{@link io.cellwright.model.catalog.SourceDocument#getSupersedes <em>Supersedes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Supersedes</em>'.
	 * @see io.cellwright.model.catalog.SourceDocument#getSupersedes()
	 * @see #getSourceDocument()
	 * @generated
	 */
	EReference getSourceDocument_Supersedes();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.SourceRef <em>Source Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Source Ref</em>'.
	 * @see io.cellwright.model.catalog.SourceRef
	 * @generated
	 */
	EClass getSourceRef();

	/**
	 * Returns the meta object for the reference '{@link io.cellwright.model.catalog.SourceRef#getDocument <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Document</em>'.
	 * @see io.cellwright.model.catalog.SourceRef#getDocument()
	 * @see #getSourceRef()
	 * @generated
	 */
	EReference getSourceRef_Document();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.SourceRef#getSection <em>Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Section</em>'.
	 * @see io.cellwright.model.catalog.SourceRef#getSection()
	 * @see #getSourceRef()
	 * @generated
	 */
	EAttribute getSourceRef_Section();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.SourceRef#getTable <em>Table</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Table</em>'.
	 * @see io.cellwright.model.catalog.SourceRef#getTable()
	 * @see #getSourceRef()
	 * @generated
	 */
	EAttribute getSourceRef_Table();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.SourceRef#getRow <em>Row</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Row</em>'.
	 * @see io.cellwright.model.catalog.SourceRef#getRow()
	 * @see #getSourceRef()
	 * @generated
	 */
	EAttribute getSourceRef_Row();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.SourceRef#getColumn <em>Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Column</em>'.
	 * @see io.cellwright.model.catalog.SourceRef#getColumn()
	 * @see #getSourceRef()
	 * @generated
	 */
	EAttribute getSourceRef_Column();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.SourceRef#getQuote <em>Quote</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quote</em>'.
	 * @see io.cellwright.model.catalog.SourceRef#getQuote()
	 * @see #getSourceRef()
	 * @generated
	 */
	EAttribute getSourceRef_Quote();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.SourceRef#getConfidence <em>Confidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confidence</em>'.
	 * @see io.cellwright.model.catalog.SourceRef#getConfidence()
	 * @see #getSourceRef()
	 * @generated
	 */
	EAttribute getSourceRef_Confidence();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.SourceRef#getComment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment</em>'.
	 * @see io.cellwright.model.catalog.SourceRef#getComment()
	 * @see #getSourceRef()
	 * @generated
	 */
	EAttribute getSourceRef_Comment();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.Sourced <em>Sourced</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sourced</em>'.
	 * @see io.cellwright.model.catalog.Sourced
	 * @generated
	 */
	EClass getSourced();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cellwright.model.catalog.Sourced#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sources</em>'.
	 * @see io.cellwright.model.catalog.Sourced#getSources()
	 * @see #getSourced()
	 * @generated
	 */
	EReference getSourced_Sources();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.Sourced#getComment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment</em>'.
	 * @see io.cellwright.model.catalog.Sourced#getComment()
	 * @see #getSourced()
	 * @generated
	 */
	EAttribute getSourced_Comment();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.Ruling <em>Ruling</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ruling</em>'.
	 * @see io.cellwright.model.catalog.Ruling
	 * @generated
	 */
	EClass getRuling();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.Ruling#getRationale <em>Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rationale</em>'.
	 * @see io.cellwright.model.catalog.Ruling#getRationale()
	 * @see #getRuling()
	 * @generated
	 */
	EAttribute getRuling_Rationale();

	/**
	 * Returns the meta object for the attribute list '{@link io.cellwright.model.catalog.Ruling#getPrinciples <em>Principles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Principles</em>'.
	 * @see io.cellwright.model.catalog.Ruling#getPrinciples()
	 * @see #getRuling()
	 * @generated
	 */
	EAttribute getRuling_Principles();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.Ruling#getDecidedBy <em>Decided By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decided By</em>'.
	 * @see io.cellwright.model.catalog.Ruling#getDecidedBy()
	 * @see #getRuling()
	 * @generated
	 */
	EAttribute getRuling_DecidedBy();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.Fact <em>Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fact</em>'.
	 * @see io.cellwright.model.catalog.Fact
	 * @generated
	 */
	EClass getFact();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.Fact#getDisplayText <em>Display Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Display Text</em>'.
	 * @see io.cellwright.model.catalog.Fact#getDisplayText()
	 * @see #getFact()
	 * @generated
	 */
	EAttribute getFact_DisplayText();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.Fact#getFootnote <em>Footnote</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Footnote</em>'.
	 * @see io.cellwright.model.catalog.Fact#getFootnote()
	 * @see #getFact()
	 * @generated
	 */
	EAttribute getFact_Footnote();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cellwright.model.catalog.Fact#getAlternatives <em>Alternatives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Alternatives</em>'.
	 * @see io.cellwright.model.catalog.Fact#getAlternatives()
	 * @see #getFact()
	 * @generated
	 */
	EReference getFact_Alternatives();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.Fact#getRuling <em>Ruling</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Ruling</em>'.
	 * @see io.cellwright.model.catalog.Fact#getRuling()
	 * @see #getFact()
	 * @generated
	 */
	EReference getFact_Ruling();

	/**
	 * Returns the meta object for the '{@link io.cellwright.model.catalog.Fact#isDisputed() <em>Is Disputed</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Disputed</em>' operation.
	 * @see io.cellwright.model.catalog.Fact#isDisputed()
	 * @generated
	 */
	EOperation getFact__IsDisputed();

	/**
	 * Returns the meta object for the '{@link io.cellwright.model.catalog.Fact#isOverruled() <em>Is Overruled</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Overruled</em>' operation.
	 * @see io.cellwright.model.catalog.Fact#isOverruled()
	 * @generated
	 */
	EOperation getFact__IsOverruled();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.QuantityValue <em>Quantity Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Quantity Value</em>'.
	 * @see io.cellwright.model.catalog.QuantityValue
	 * @generated
	 */
	EClass getQuantityValue();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.QuantityValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see io.cellwright.model.catalog.QuantityValue#getValue()
	 * @see #getQuantityValue()
	 * @generated
	 */
	EAttribute getQuantityValue_Value();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.QuantityValue#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see io.cellwright.model.catalog.QuantityValue#getUnit()
	 * @see #getQuantityValue()
	 * @generated
	 */
	EAttribute getQuantityValue_Unit();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.QuantityValue#getRelation <em>Relation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Relation</em>'.
	 * @see io.cellwright.model.catalog.QuantityValue#getRelation()
	 * @see #getQuantityValue()
	 * @generated
	 */
	EAttribute getQuantityValue_Relation();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.QuantityValue#getDecimals <em>Decimals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decimals</em>'.
	 * @see io.cellwright.model.catalog.QuantityValue#getDecimals()
	 * @see #getQuantityValue()
	 * @generated
	 */
	EAttribute getQuantityValue_Decimals();

	/**
	 * Returns the meta object for the '{@link io.cellwright.model.catalog.QuantityValue#valueInBaseUnit() <em>Value In Base Unit</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Value In Base Unit</em>' operation.
	 * @see io.cellwright.model.catalog.QuantityValue#valueInBaseUnit()
	 * @generated
	 */
	EOperation getQuantityValue__ValueInBaseUnit();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.Quantity <em>Quantity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Quantity</em>'.
	 * @see io.cellwright.model.catalog.Quantity
	 * @generated
	 */
	EClass getQuantity();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.QuantityFact <em>Quantity Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Quantity Fact</em>'.
	 * @see io.cellwright.model.catalog.QuantityFact
	 * @generated
	 */
	EClass getQuantityFact();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.RangeFact <em>Range Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Range Fact</em>'.
	 * @see io.cellwright.model.catalog.RangeFact
	 * @generated
	 */
	EClass getRangeFact();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.RangeFact#getMinimum <em>Minimum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Minimum</em>'.
	 * @see io.cellwright.model.catalog.RangeFact#getMinimum()
	 * @see #getRangeFact()
	 * @generated
	 */
	EReference getRangeFact_Minimum();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.RangeFact#getMaximum <em>Maximum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Maximum</em>'.
	 * @see io.cellwright.model.catalog.RangeFact#getMaximum()
	 * @see #getRangeFact()
	 * @generated
	 */
	EReference getRangeFact_Maximum();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.RangeFact#getNominal <em>Nominal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Nominal</em>'.
	 * @see io.cellwright.model.catalog.RangeFact#getNominal()
	 * @see #getRangeFact()
	 * @generated
	 */
	EReference getRangeFact_Nominal();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.BooleanFact <em>Boolean Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Boolean Fact</em>'.
	 * @see io.cellwright.model.catalog.BooleanFact
	 * @generated
	 */
	EClass getBooleanFact();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.BooleanFact#isValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see io.cellwright.model.catalog.BooleanFact#isValue()
	 * @see #getBooleanFact()
	 * @generated
	 */
	EAttribute getBooleanFact_Value();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.IntegerFact <em>Integer Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Integer Fact</em>'.
	 * @see io.cellwright.model.catalog.IntegerFact
	 * @generated
	 */
	EClass getIntegerFact();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.IntegerFact#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see io.cellwright.model.catalog.IntegerFact#getValue()
	 * @see #getIntegerFact()
	 * @generated
	 */
	EAttribute getIntegerFact_Value();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.IntegerFact#getRelation <em>Relation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Relation</em>'.
	 * @see io.cellwright.model.catalog.IntegerFact#getRelation()
	 * @see #getIntegerFact()
	 * @generated
	 */
	EAttribute getIntegerFact_Relation();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.TextFact <em>Text Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Text Fact</em>'.
	 * @see io.cellwright.model.catalog.TextFact
	 * @generated
	 */
	EClass getTextFact();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.TextFact#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see io.cellwright.model.catalog.TextFact#getText()
	 * @see #getTextFact()
	 * @generated
	 */
	EAttribute getTextFact_Text();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.TextFact#getLanguage <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language</em>'.
	 * @see io.cellwright.model.catalog.TextFact#getLanguage()
	 * @see #getTextFact()
	 * @generated
	 */
	EAttribute getTextFact_Language();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.QuantitySetFact <em>Quantity Set Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Quantity Set Fact</em>'.
	 * @see io.cellwright.model.catalog.QuantitySetFact
	 * @generated
	 */
	EClass getQuantitySetFact();

	/**
	 * Returns the meta object for the attribute list '{@link io.cellwright.model.catalog.QuantitySetFact#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Values</em>'.
	 * @see io.cellwright.model.catalog.QuantitySetFact#getValues()
	 * @see #getQuantitySetFact()
	 * @generated
	 */
	EAttribute getQuantitySetFact_Values();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.QuantitySetFact#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see io.cellwright.model.catalog.QuantitySetFact#getUnit()
	 * @see #getQuantitySetFact()
	 * @generated
	 */
	EAttribute getQuantitySetFact_Unit();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.CapabilityFact <em>Capability Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Capability Fact</em>'.
	 * @see io.cellwright.model.catalog.CapabilityFact
	 * @generated
	 */
	EClass getCapabilityFact();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.CapabilityFact#isSupported <em>Supported</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Supported</em>'.
	 * @see io.cellwright.model.catalog.CapabilityFact#isSupported()
	 * @see #getCapabilityFact()
	 * @generated
	 */
	EAttribute getCapabilityFact_Supported();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.CapabilityFact#getRating <em>Rating</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Rating</em>'.
	 * @see io.cellwright.model.catalog.CapabilityFact#getRating()
	 * @see #getCapabilityFact()
	 * @generated
	 */
	EReference getCapabilityFact_Rating();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.AlternatorPortFact <em>Alternator Port Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Alternator Port Fact</em>'.
	 * @see io.cellwright.model.catalog.AlternatorPortFact
	 * @generated
	 */
	EClass getAlternatorPortFact();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.AlternatorPortFact#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see io.cellwright.model.catalog.AlternatorPortFact#getMode()
	 * @see #getAlternatorPortFact()
	 * @generated
	 */
	EAttribute getAlternatorPortFact_Mode();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.AlternatorPortFact#getMaxChargeCurrent <em>Max Charge Current</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Max Charge Current</em>'.
	 * @see io.cellwright.model.catalog.AlternatorPortFact#getMaxChargeCurrent()
	 * @see #getAlternatorPortFact()
	 * @generated
	 */
	EReference getAlternatorPortFact_MaxChargeCurrent();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.AlternatorPortFact#getWithFuse <em>With Fuse</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>With Fuse</em>'.
	 * @see io.cellwright.model.catalog.AlternatorPortFact#getWithFuse()
	 * @see #getAlternatorPortFact()
	 * @generated
	 */
	EReference getAlternatorPortFact_WithFuse();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.DataCommunicationFact <em>Data Communication Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Data Communication Fact</em>'.
	 * @see io.cellwright.model.catalog.DataCommunicationFact
	 * @generated
	 */
	EClass getDataCommunicationFact();

	/**
	 * Returns the meta object for the attribute list '{@link io.cellwright.model.catalog.DataCommunicationFact#getProtocols <em>Protocols</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Protocols</em>'.
	 * @see io.cellwright.model.catalog.DataCommunicationFact#getProtocols()
	 * @see #getDataCommunicationFact()
	 * @generated
	 */
	EAttribute getDataCommunicationFact_Protocols();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.DataCommunicationFact#isWithGxDevice <em>With Gx Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>With Gx Device</em>'.
	 * @see io.cellwright.model.catalog.DataCommunicationFact#isWithGxDevice()
	 * @see #getDataCommunicationFact()
	 * @generated
	 */
	EAttribute getDataCommunicationFact_WithGxDevice();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.DataCommunicationFact#isWithInverterCharger <em>With Inverter Charger</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>With Inverter Charger</em>'.
	 * @see io.cellwright.model.catalog.DataCommunicationFact#isWithInverterCharger()
	 * @see #getDataCommunicationFact()
	 * @generated
	 */
	EAttribute getDataCommunicationFact_WithInverterCharger();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.SwitchedOutputFact <em>Switched Output Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Switched Output Fact</em>'.
	 * @see io.cellwright.model.catalog.SwitchedOutputFact
	 * @generated
	 */
	EClass getSwitchedOutputFact();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.SwitchedOutputFact#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.cellwright.model.catalog.SwitchedOutputFact#getKind()
	 * @see #getSwitchedOutputFact()
	 * @generated
	 */
	EAttribute getSwitchedOutputFact_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.SwitchedOutputFact#getMaxCurrent <em>Max Current</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Max Current</em>'.
	 * @see io.cellwright.model.catalog.SwitchedOutputFact#getMaxCurrent()
	 * @see #getSwitchedOutputFact()
	 * @generated
	 */
	EReference getSwitchedOutputFact_MaxCurrent();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.DimensionsFact <em>Dimensions Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dimensions Fact</em>'.
	 * @see io.cellwright.model.catalog.DimensionsFact
	 * @generated
	 */
	EClass getDimensionsFact();

	/**
	 * Returns the meta object for the attribute list '{@link io.cellwright.model.catalog.DimensionsFact#getSizes <em>Sizes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Sizes</em>'.
	 * @see io.cellwright.model.catalog.DimensionsFact#getSizes()
	 * @see #getDimensionsFact()
	 * @generated
	 */
	EAttribute getDimensionsFact_Sizes();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.DimensionsFact#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see io.cellwright.model.catalog.DimensionsFact#getUnit()
	 * @see #getDimensionsFact()
	 * @generated
	 */
	EAttribute getDimensionsFact_Unit();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.DimensionsFact#getAxes <em>Axes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Axes</em>'.
	 * @see io.cellwright.model.catalog.DimensionsFact#getAxes()
	 * @see #getDimensionsFact()
	 * @generated
	 */
	EAttribute getDimensionsFact_Axes();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.IpRatingFact <em>Ip Rating Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ip Rating Fact</em>'.
	 * @see io.cellwright.model.catalog.IpRatingFact
	 * @generated
	 */
	EClass getIpRatingFact();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.IpRatingFact#getSolids <em>Solids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Solids</em>'.
	 * @see io.cellwright.model.catalog.IpRatingFact#getSolids()
	 * @see #getIpRatingFact()
	 * @generated
	 */
	EAttribute getIpRatingFact_Solids();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.IpRatingFact#getLiquids <em>Liquids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Liquids</em>'.
	 * @see io.cellwright.model.catalog.IpRatingFact#getLiquids()
	 * @see #getIpRatingFact()
	 * @generated
	 */
	EAttribute getIpRatingFact_Liquids();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.IpRatingFact#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope</em>'.
	 * @see io.cellwright.model.catalog.IpRatingFact#getScope()
	 * @see #getIpRatingFact()
	 * @generated
	 */
	EAttribute getIpRatingFact_Scope();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.LifecycleFact <em>Lifecycle Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Lifecycle Fact</em>'.
	 * @see io.cellwright.model.catalog.LifecycleFact
	 * @generated
	 */
	EClass getLifecycleFact();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.LifecycleFact#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see io.cellwright.model.catalog.LifecycleFact#getStatus()
	 * @see #getLifecycleFact()
	 * @generated
	 */
	EAttribute getLifecycleFact_Status();

	/**
	 * Returns the meta object for the reference '{@link io.cellwright.model.catalog.LifecycleFact#getSuccessor <em>Successor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Successor</em>'.
	 * @see io.cellwright.model.catalog.LifecycleFact#getSuccessor()
	 * @see #getLifecycleFact()
	 * @generated
	 */
	EReference getLifecycleFact_Successor();

	/**
	 * Returns the meta object for the reference '{@link io.cellwright.model.catalog.LifecycleFact#getPartOf <em>Part Of</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Part Of</em>'.
	 * @see io.cellwright.model.catalog.LifecycleFact#getPartOf()
	 * @see #getLifecycleFact()
	 * @generated
	 */
	EReference getLifecycleFact_PartOf();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.DocumentLinkFact <em>Document Link Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Document Link Fact</em>'.
	 * @see io.cellwright.model.catalog.DocumentLinkFact
	 * @generated
	 */
	EClass getDocumentLinkFact();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.DocumentLinkFact#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see io.cellwright.model.catalog.DocumentLinkFact#getTitle()
	 * @see #getDocumentLinkFact()
	 * @generated
	 */
	EAttribute getDocumentLinkFact_Title();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.DocumentLinkFact#getUri <em>Uri</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uri</em>'.
	 * @see io.cellwright.model.catalog.DocumentLinkFact#getUri()
	 * @see #getDocumentLinkFact()
	 * @generated
	 */
	EAttribute getDocumentLinkFact_Uri();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.OutputStateFact <em>Output State Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Output State Fact</em>'.
	 * @see io.cellwright.model.catalog.OutputStateFact
	 * @generated
	 */
	EClass getOutputStateFact();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.OutputStateFact#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see io.cellwright.model.catalog.OutputStateFact#getState()
	 * @see #getOutputStateFact()
	 * @generated
	 */
	EAttribute getOutputStateFact_State();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.ConnectorFact <em>Connector Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Connector Fact</em>'.
	 * @see io.cellwright.model.catalog.ConnectorFact
	 * @generated
	 */
	EClass getConnectorFact();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.ConnectorFact#getConnector <em>Connector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Connector</em>'.
	 * @see io.cellwright.model.catalog.ConnectorFact#getConnector()
	 * @see #getConnectorFact()
	 * @generated
	 */
	EAttribute getConnectorFact_Connector();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.ConnectorFact#getPoles <em>Poles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Poles</em>'.
	 * @see io.cellwright.model.catalog.ConnectorFact#getPoles()
	 * @see #getConnectorFact()
	 * @generated
	 */
	EAttribute getConnectorFact_Poles();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.ConnectorFact#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Size</em>'.
	 * @see io.cellwright.model.catalog.ConnectorFact#getSize()
	 * @see #getConnectorFact()
	 * @generated
	 */
	EReference getConnectorFact_Size();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.ConnectorFact#getMountingTorque <em>Mounting Torque</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Mounting Torque</em>'.
	 * @see io.cellwright.model.catalog.ConnectorFact#getMountingTorque()
	 * @see #getConnectorFact()
	 * @generated
	 */
	EReference getConnectorFact_MountingTorque();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.ConsumptionFact <em>Consumption Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Consumption Fact</em>'.
	 * @see io.cellwright.model.catalog.ConsumptionFact
	 * @generated
	 */
	EClass getConsumptionFact();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.ConsumptionFact#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see io.cellwright.model.catalog.ConsumptionFact#getState()
	 * @see #getConsumptionFact()
	 * @generated
	 */
	EAttribute getConsumptionFact_State();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.ConsumptionFact#getExcludes <em>Excludes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Excludes</em>'.
	 * @see io.cellwright.model.catalog.ConsumptionFact#getExcludes()
	 * @see #getConsumptionFact()
	 * @generated
	 */
	EAttribute getConsumptionFact_Excludes();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.CapacityFact <em>Capacity Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Capacity Fact</em>'.
	 * @see io.cellwright.model.catalog.CapacityFact
	 * @generated
	 */
	EClass getCapacityFact();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.CapacityFact#getTemperature <em>Temperature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Temperature</em>'.
	 * @see io.cellwright.model.catalog.CapacityFact#getTemperature()
	 * @see #getCapacityFact()
	 * @generated
	 */
	EReference getCapacityFact_Temperature();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.CycleLifeFact <em>Cycle Life Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cycle Life Fact</em>'.
	 * @see io.cellwright.model.catalog.CycleLifeFact
	 * @generated
	 */
	EClass getCycleLifeFact();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.CycleLifeFact#getCycles <em>Cycles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cycles</em>'.
	 * @see io.cellwright.model.catalog.CycleLifeFact#getCycles()
	 * @see #getCycleLifeFact()
	 * @generated
	 */
	EAttribute getCycleLifeFact_Cycles();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.CycleLifeFact#getDepthOfDischarge <em>Depth Of Discharge</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Depth Of Discharge</em>'.
	 * @see io.cellwright.model.catalog.CycleLifeFact#getDepthOfDischarge()
	 * @see #getCycleLifeFact()
	 * @generated
	 */
	EReference getCycleLifeFact_DepthOfDischarge();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.StandardsFact <em>Standards Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Standards Fact</em>'.
	 * @see io.cellwright.model.catalog.StandardsFact
	 * @generated
	 */
	EClass getStandardsFact();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.StandardsFact#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.cellwright.model.catalog.StandardsFact#getKind()
	 * @see #getStandardsFact()
	 * @generated
	 */
	EAttribute getStandardsFact_Kind();

	/**
	 * Returns the meta object for the attribute list '{@link io.cellwright.model.catalog.StandardsFact#getStandards <em>Standards</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Standards</em>'.
	 * @see io.cellwright.model.catalog.StandardsFact#getStandards()
	 * @see #getStandardsFact()
	 * @generated
	 */
	EAttribute getStandardsFact_Standards();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.ArticleNumberFact <em>Article Number Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Article Number Fact</em>'.
	 * @see io.cellwright.model.catalog.ArticleNumberFact
	 * @generated
	 */
	EClass getArticleNumberFact();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.ArticleNumberFact#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see io.cellwright.model.catalog.ArticleNumberFact#getNumber()
	 * @see #getArticleNumberFact()
	 * @generated
	 */
	EAttribute getArticleNumberFact_Number();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.IncludedItemFact <em>Included Item Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Included Item Fact</em>'.
	 * @see io.cellwright.model.catalog.IncludedItemFact
	 * @generated
	 */
	EClass getIncludedItemFact();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.IncludedItemFact#getQuantity <em>Quantity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quantity</em>'.
	 * @see io.cellwright.model.catalog.IncludedItemFact#getQuantity()
	 * @see #getIncludedItemFact()
	 * @generated
	 */
	EAttribute getIncludedItemFact_Quantity();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.IncludedItemFact#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see io.cellwright.model.catalog.IncludedItemFact#getDescription()
	 * @see #getIncludedItemFact()
	 * @generated
	 */
	EAttribute getIncludedItemFact_Description();

	/**
	 * Returns the meta object for the reference '{@link io.cellwright.model.catalog.IncludedItemFact#getProduct <em>Product</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Product</em>'.
	 * @see io.cellwright.model.catalog.IncludedItemFact#getProduct()
	 * @see #getIncludedItemFact()
	 * @generated
	 */
	EReference getIncludedItemFact_Product();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.ReserveFact <em>Reserve Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reserve Fact</em>'.
	 * @see io.cellwright.model.catalog.ReserveFact
	 * @generated
	 */
	EClass getReserveFact();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.ReserveFact#getCellVoltage <em>Cell Voltage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Cell Voltage</em>'.
	 * @see io.cellwright.model.catalog.ReserveFact#getCellVoltage()
	 * @see #getReserveFact()
	 * @generated
	 */
	EReference getReserveFact_CellVoltage();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.OcvCurveFact <em>Ocv Curve Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ocv Curve Fact</em>'.
	 * @see io.cellwright.model.catalog.OcvCurveFact
	 * @generated
	 */
	EClass getOcvCurveFact();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.OcvCurveFact#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Conditions</em>'.
	 * @see io.cellwright.model.catalog.OcvCurveFact#getConditions()
	 * @see #getOcvCurveFact()
	 * @generated
	 */
	EAttribute getOcvCurveFact_Conditions();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cellwright.model.catalog.OcvCurveFact#getPoints <em>Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Points</em>'.
	 * @see io.cellwright.model.catalog.OcvCurveFact#getPoints()
	 * @see #getOcvCurveFact()
	 * @generated
	 */
	EReference getOcvCurveFact_Points();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.OcvPoint <em>Ocv Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ocv Point</em>'.
	 * @see io.cellwright.model.catalog.OcvPoint
	 * @generated
	 */
	EClass getOcvPoint();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.OcvPoint#getStateOfCharge <em>State Of Charge</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State Of Charge</em>'.
	 * @see io.cellwright.model.catalog.OcvPoint#getStateOfCharge()
	 * @see #getOcvPoint()
	 * @generated
	 */
	EAttribute getOcvPoint_StateOfCharge();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.OcvPoint#getVoltage <em>Voltage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Voltage</em>'.
	 * @see io.cellwright.model.catalog.OcvPoint#getVoltage()
	 * @see #getOcvPoint()
	 * @generated
	 */
	EAttribute getOcvPoint_Voltage();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.ProductFamily <em>Product Family</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Product Family</em>'.
	 * @see io.cellwright.model.catalog.ProductFamily
	 * @generated
	 */
	EClass getProductFamily();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.ProductFamily#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.cellwright.model.catalog.ProductFamily#getId()
	 * @see #getProductFamily()
	 * @generated
	 */
	EAttribute getProductFamily_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.ProductFamily#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.cellwright.model.catalog.ProductFamily#getName()
	 * @see #getProductFamily()
	 * @generated
	 */
	EAttribute getProductFamily_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.ProductFamily#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see io.cellwright.model.catalog.ProductFamily#getDescription()
	 * @see #getProductFamily()
	 * @generated
	 */
	EAttribute getProductFamily_Description();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.ProductType <em>Product Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Product Type</em>'.
	 * @see io.cellwright.model.catalog.ProductType
	 * @generated
	 */
	EClass getProductType();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.ProductType#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.cellwright.model.catalog.ProductType#getId()
	 * @see #getProductType()
	 * @generated
	 */
	EAttribute getProductType_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.ProductType#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.cellwright.model.catalog.ProductType#getName()
	 * @see #getProductType()
	 * @generated
	 */
	EAttribute getProductType_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.ProductType#getManufacturer <em>Manufacturer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Manufacturer</em>'.
	 * @see io.cellwright.model.catalog.ProductType#getManufacturer()
	 * @see #getProductType()
	 * @generated
	 */
	EAttribute getProductType_Manufacturer();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.ProductType#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see io.cellwright.model.catalog.ProductType#getCategory()
	 * @see #getProductType()
	 * @generated
	 */
	EAttribute getProductType_Category();

	/**
	 * Returns the meta object for the attribute list '{@link io.cellwright.model.catalog.ProductType#getProductIds <em>Product Ids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Product Ids</em>'.
	 * @see io.cellwright.model.catalog.ProductType#getProductIds()
	 * @see #getProductType()
	 * @generated
	 */
	EAttribute getProductType_ProductIds();

	/**
	 * Returns the meta object for the reference '{@link io.cellwright.model.catalog.ProductType#getFamily <em>Family</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Family</em>'.
	 * @see io.cellwright.model.catalog.ProductType#getFamily()
	 * @see #getProductType()
	 * @generated
	 */
	EReference getProductType_Family();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cellwright.model.catalog.ProductType#getAliases <em>Aliases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Aliases</em>'.
	 * @see io.cellwright.model.catalog.ProductType#getAliases()
	 * @see #getProductType()
	 * @generated
	 */
	EReference getProductType_Aliases();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cellwright.model.catalog.ProductType#getArticleNumbers <em>Article Numbers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Article Numbers</em>'.
	 * @see io.cellwright.model.catalog.ProductType#getArticleNumbers()
	 * @see #getProductType()
	 * @generated
	 */
	EReference getProductType_ArticleNumbers();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cellwright.model.catalog.ProductType#getVariants <em>Variants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Variants</em>'.
	 * @see io.cellwright.model.catalog.ProductType#getVariants()
	 * @see #getProductType()
	 * @generated
	 */
	EReference getProductType_Variants();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cellwright.model.catalog.ProductType#getTerminals <em>Terminals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Terminals</em>'.
	 * @see io.cellwright.model.catalog.ProductType#getTerminals()
	 * @see #getProductType()
	 * @generated
	 */
	EReference getProductType_Terminals();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cellwright.model.catalog.ProductType#getSettings <em>Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Settings</em>'.
	 * @see io.cellwright.model.catalog.ProductType#getSettings()
	 * @see #getProductType()
	 * @generated
	 */
	EReference getProductType_Settings();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cellwright.model.catalog.ProductType#getRemoteUseModes <em>Remote Use Modes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Remote Use Modes</em>'.
	 * @see io.cellwright.model.catalog.ProductType#getRemoteUseModes()
	 * @see #getProductType()
	 * @generated
	 */
	EReference getProductType_RemoteUseModes();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cellwright.model.catalog.ProductType#getRemoteControlRoutes <em>Remote Control Routes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Remote Control Routes</em>'.
	 * @see io.cellwright.model.catalog.ProductType#getRemoteControlRoutes()
	 * @see #getProductType()
	 * @generated
	 */
	EReference getProductType_RemoteControlRoutes();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cellwright.model.catalog.ProductType#getConsumption <em>Consumption</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Consumption</em>'.
	 * @see io.cellwright.model.catalog.ProductType#getConsumption()
	 * @see #getProductType()
	 * @generated
	 */
	EReference getProductType_Consumption();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.ProductType#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Weight</em>'.
	 * @see io.cellwright.model.catalog.ProductType#getWeight()
	 * @see #getProductType()
	 * @generated
	 */
	EReference getProductType_Weight();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.ProductType#getDimensions <em>Dimensions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Dimensions</em>'.
	 * @see io.cellwright.model.catalog.ProductType#getDimensions()
	 * @see #getProductType()
	 * @generated
	 */
	EReference getProductType_Dimensions();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.ProductType#getProtection <em>Protection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Protection</em>'.
	 * @see io.cellwright.model.catalog.ProductType#getProtection()
	 * @see #getProductType()
	 * @generated
	 */
	EReference getProductType_Protection();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.ProductType#getOperatingTemperature <em>Operating Temperature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Operating Temperature</em>'.
	 * @see io.cellwright.model.catalog.ProductType#getOperatingTemperature()
	 * @see #getProductType()
	 * @generated
	 */
	EReference getProductType_OperatingTemperature();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.ProductType#getHumidityMaximum <em>Humidity Maximum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Humidity Maximum</em>'.
	 * @see io.cellwright.model.catalog.ProductType#getHumidityMaximum()
	 * @see #getProductType()
	 * @generated
	 */
	EReference getProductType_HumidityMaximum();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.ProductType#getHumidityAverage <em>Humidity Average</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Humidity Average</em>'.
	 * @see io.cellwright.model.catalog.ProductType#getHumidityAverage()
	 * @see #getProductType()
	 * @generated
	 */
	EReference getProductType_HumidityAverage();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cellwright.model.catalog.ProductType#getStandards <em>Standards</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Standards</em>'.
	 * @see io.cellwright.model.catalog.ProductType#getStandards()
	 * @see #getProductType()
	 * @generated
	 */
	EReference getProductType_Standards();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cellwright.model.catalog.ProductType#getIncludedItems <em>Included Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Included Items</em>'.
	 * @see io.cellwright.model.catalog.ProductType#getIncludedItems()
	 * @see #getProductType()
	 * @generated
	 */
	EReference getProductType_IncludedItems();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cellwright.model.catalog.ProductType#getLeds <em>Leds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Leds</em>'.
	 * @see io.cellwright.model.catalog.ProductType#getLeds()
	 * @see #getProductType()
	 * @generated
	 */
	EReference getProductType_Leds();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cellwright.model.catalog.ProductType#getStatusCodes <em>Status Codes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Status Codes</em>'.
	 * @see io.cellwright.model.catalog.ProductType#getStatusCodes()
	 * @see #getProductType()
	 * @generated
	 */
	EReference getProductType_StatusCodes();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.ProductType#getLifecycle <em>Lifecycle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Lifecycle</em>'.
	 * @see io.cellwright.model.catalog.ProductType#getLifecycle()
	 * @see #getProductType()
	 * @generated
	 */
	EReference getProductType_Lifecycle();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.ProductType#getDatasheet <em>Datasheet</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Datasheet</em>'.
	 * @see io.cellwright.model.catalog.ProductType#getDatasheet()
	 * @see #getProductType()
	 * @generated
	 */
	EReference getProductType_Datasheet();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cellwright.model.catalog.ProductType#getRecommendations <em>Recommendations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Recommendations</em>'.
	 * @see io.cellwright.model.catalog.ProductType#getRecommendations()
	 * @see #getProductType()
	 * @generated
	 */
	EReference getProductType_Recommendations();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cellwright.model.catalog.ProductType#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Notes</em>'.
	 * @see io.cellwright.model.catalog.ProductType#getNotes()
	 * @see #getProductType()
	 * @generated
	 */
	EReference getProductType_Notes();

	/**
	 * Returns the meta object for the '{@link io.cellwright.model.catalog.ProductType#findTerminal(java.lang.String) <em>Find Terminal</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Find Terminal</em>' operation.
	 * @see io.cellwright.model.catalog.ProductType#findTerminal(java.lang.String)
	 * @generated
	 */
	EOperation getProductType__FindTerminal__String();

	/**
	 * Returns the meta object for the '{@link io.cellwright.model.catalog.ProductType#findSetting(io.cellwright.model.catalog.SettingRole) <em>Find Setting</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Find Setting</em>' operation.
	 * @see io.cellwright.model.catalog.ProductType#findSetting(io.cellwright.model.catalog.SettingRole)
	 * @generated
	 */
	EOperation getProductType__FindSetting__SettingRole();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.ProductVariant <em>Product Variant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Product Variant</em>'.
	 * @see io.cellwright.model.catalog.ProductVariant
	 * @generated
	 */
	EClass getProductVariant();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.ProductVariant#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.cellwright.model.catalog.ProductVariant#getId()
	 * @see #getProductVariant()
	 * @generated
	 */
	EAttribute getProductVariant_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.ProductVariant#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.cellwright.model.catalog.ProductVariant#getName()
	 * @see #getProductVariant()
	 * @generated
	 */
	EAttribute getProductVariant_Name();

	/**
	 * Returns the meta object for the attribute list '{@link io.cellwright.model.catalog.ProductVariant#getProductIds <em>Product Ids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Product Ids</em>'.
	 * @see io.cellwright.model.catalog.ProductVariant#getProductIds()
	 * @see #getProductVariant()
	 * @generated
	 */
	EAttribute getProductVariant_ProductIds();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cellwright.model.catalog.ProductVariant#getArticleNumbers <em>Article Numbers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Article Numbers</em>'.
	 * @see io.cellwright.model.catalog.ProductVariant#getArticleNumbers()
	 * @see #getProductVariant()
	 * @generated
	 */
	EReference getProductVariant_ArticleNumbers();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.ProductVariant#getNominalVoltage <em>Nominal Voltage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Nominal Voltage</em>'.
	 * @see io.cellwright.model.catalog.ProductVariant#getNominalVoltage()
	 * @see #getProductVariant()
	 * @generated
	 */
	EReference getProductVariant_NominalVoltage();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.ProductVariant#getRatedPower <em>Rated Power</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Rated Power</em>'.
	 * @see io.cellwright.model.catalog.ProductVariant#getRatedPower()
	 * @see #getProductVariant()
	 * @generated
	 */
	EReference getProductVariant_RatedPower();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.ProductVariant#getRatedCurrent <em>Rated Current</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Rated Current</em>'.
	 * @see io.cellwright.model.catalog.ProductVariant#getRatedCurrent()
	 * @see #getProductVariant()
	 * @generated
	 */
	EReference getProductVariant_RatedCurrent();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.ProductVariant#getLength <em>Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Length</em>'.
	 * @see io.cellwright.model.catalog.ProductVariant#getLength()
	 * @see #getProductVariant()
	 * @generated
	 */
	EReference getProductVariant_Length();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.BmsModel <em>Bms Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Bms Model</em>'.
	 * @see io.cellwright.model.catalog.BmsModel
	 * @generated
	 */
	EClass getBmsModel();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.BmsModel#getSystemVoltages <em>System Voltages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>System Voltages</em>'.
	 * @see io.cellwright.model.catalog.BmsModel#getSystemVoltages()
	 * @see #getBmsModel()
	 * @generated
	 */
	EReference getBmsModel_SystemVoltages();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.BmsModel#getSystemConnection <em>System Connection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>System Connection</em>'.
	 * @see io.cellwright.model.catalog.BmsModel#getSystemConnection()
	 * @see #getBmsModel()
	 * @generated
	 */
	EReference getBmsModel_SystemConnection();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.BmsModel#getAlternatorPort <em>Alternator Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Alternator Port</em>'.
	 * @see io.cellwright.model.catalog.BmsModel#getAlternatorPort()
	 * @see #getBmsModel()
	 * @generated
	 */
	EReference getBmsModel_AlternatorPort();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.BmsModel#getBatteryMonitor <em>Battery Monitor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Battery Monitor</em>'.
	 * @see io.cellwright.model.catalog.BmsModel#getBatteryMonitor()
	 * @see #getBmsModel()
	 * @generated
	 */
	EReference getBmsModel_BatteryMonitor();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.BmsModel#getBluetooth <em>Bluetooth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Bluetooth</em>'.
	 * @see io.cellwright.model.catalog.BmsModel#getBluetooth()
	 * @see #getBmsModel()
	 * @generated
	 */
	EReference getBmsModel_Bluetooth();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.BmsModel#getDataCommunication <em>Data Communication</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Data Communication</em>'.
	 * @see io.cellwright.model.catalog.BmsModel#getDataCommunication()
	 * @see #getBmsModel()
	 * @generated
	 */
	EReference getBmsModel_DataCommunication();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.BmsModel#getDvccControl <em>Dvcc Control</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Dvcc Control</em>'.
	 * @see io.cellwright.model.catalog.BmsModel#getDvccControl()
	 * @see #getBmsModel()
	 * @generated
	 */
	EReference getBmsModel_DvccControl();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.BmsModel#getDischargeTerminal <em>Discharge Terminal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Discharge Terminal</em>'.
	 * @see io.cellwright.model.catalog.BmsModel#getDischargeTerminal()
	 * @see #getBmsModel()
	 * @generated
	 */
	EReference getBmsModel_DischargeTerminal();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.BmsModel#getChargeTerminal <em>Charge Terminal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Charge Terminal</em>'.
	 * @see io.cellwright.model.catalog.BmsModel#getChargeTerminal()
	 * @see #getBmsModel()
	 * @generated
	 */
	EReference getBmsModel_ChargeTerminal();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.BmsModel#getPreAlarmTerminal <em>Pre Alarm Terminal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Pre Alarm Terminal</em>'.
	 * @see io.cellwright.model.catalog.BmsModel#getPreAlarmTerminal()
	 * @see #getBmsModel()
	 * @generated
	 */
	EReference getBmsModel_PreAlarmTerminal();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.BmsModel#getRemoteOnOffTerminal <em>Remote On Off Terminal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Remote On Off Terminal</em>'.
	 * @see io.cellwright.model.catalog.BmsModel#getRemoteOnOffTerminal()
	 * @see #getBmsModel()
	 * @generated
	 */
	EReference getBmsModel_RemoteOnOffTerminal();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.BmsModel#getAuxiliaryOutput <em>Auxiliary Output</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Auxiliary Output</em>'.
	 * @see io.cellwright.model.catalog.BmsModel#getAuxiliaryOutput()
	 * @see #getBmsModel()
	 * @generated
	 */
	EReference getBmsModel_AuxiliaryOutput();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.BmsModel#getAuxiliaryInput <em>Auxiliary Input</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Auxiliary Input</em>'.
	 * @see io.cellwright.model.catalog.BmsModel#getAuxiliaryInput()
	 * @see #getBmsModel()
	 * @generated
	 */
	EReference getBmsModel_AuxiliaryInput();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.BmsModel#getFirmwareUpdate <em>Firmware Update</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Firmware Update</em>'.
	 * @see io.cellwright.model.catalog.BmsModel#getFirmwareUpdate()
	 * @see #getBmsModel()
	 * @generated
	 */
	EReference getBmsModel_FirmwareUpdate();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.BmsModel#getMaxBatteries <em>Max Batteries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Max Batteries</em>'.
	 * @see io.cellwright.model.catalog.BmsModel#getMaxBatteries()
	 * @see #getBmsModel()
	 * @generated
	 */
	EReference getBmsModel_MaxBatteries();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.BmsModel#getMaxLynxDistributors <em>Max Lynx Distributors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Max Lynx Distributors</em>'.
	 * @see io.cellwright.model.catalog.BmsModel#getMaxLynxDistributors()
	 * @see #getBmsModel()
	 * @generated
	 */
	EReference getBmsModel_MaxLynxDistributors();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.BmsModel#getSoftSwitch <em>Soft Switch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Soft Switch</em>'.
	 * @see io.cellwright.model.catalog.BmsModel#getSoftSwitch()
	 * @see #getBmsModel()
	 * @generated
	 */
	EReference getBmsModel_SoftSwitch();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.BmsModel#getInstantReadout <em>Instant Readout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Instant Readout</em>'.
	 * @see io.cellwright.model.catalog.BmsModel#getInstantReadout()
	 * @see #getBmsModel()
	 * @generated
	 */
	EReference getBmsModel_InstantReadout();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.BmsModel#getIgnitionProof <em>Ignition Proof</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Ignition Proof</em>'.
	 * @see io.cellwright.model.catalog.BmsModel#getIgnitionProof()
	 * @see #getBmsModel()
	 * @generated
	 */
	EReference getBmsModel_IgnitionProof();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cellwright.model.catalog.BmsModel#getAlternatorFuseTable <em>Alternator Fuse Table</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Alternator Fuse Table</em>'.
	 * @see io.cellwright.model.catalog.BmsModel#getAlternatorFuseTable()
	 * @see #getBmsModel()
	 * @generated
	 */
	EReference getBmsModel_AlternatorFuseTable();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.BmsModel#getGndFuse <em>Gnd Fuse</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Gnd Fuse</em>'.
	 * @see io.cellwright.model.catalog.BmsModel#getGndFuse()
	 * @see #getBmsModel()
	 * @generated
	 */
	EReference getBmsModel_GndFuse();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.BmsModel#getGndFuseFactor <em>Gnd Fuse Factor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Gnd Fuse Factor</em>'.
	 * @see io.cellwright.model.catalog.BmsModel#getGndFuseFactor()
	 * @see #getBmsModel()
	 * @generated
	 */
	EReference getBmsModel_GndFuseFactor();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.BmsModel#getChargeLimitHysteresis <em>Charge Limit Hysteresis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Charge Limit Hysteresis</em>'.
	 * @see io.cellwright.model.catalog.BmsModel#getChargeLimitHysteresis()
	 * @see #getBmsModel()
	 * @generated
	 */
	EReference getBmsModel_ChargeLimitHysteresis();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.BmsModel#getChargeLimitResumeDelay <em>Charge Limit Resume Delay</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Charge Limit Resume Delay</em>'.
	 * @see io.cellwright.model.catalog.BmsModel#getChargeLimitResumeDelay()
	 * @see #getBmsModel()
	 * @generated
	 */
	EReference getBmsModel_ChargeLimitResumeDelay();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.LithiumBatteryModel <em>Lithium Battery Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Lithium Battery Model</em>'.
	 * @see io.cellwright.model.catalog.LithiumBatteryModel
	 * @generated
	 */
	EClass getLithiumBatteryModel();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.LithiumBatteryModel#getNominalVoltage <em>Nominal Voltage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Nominal Voltage</em>'.
	 * @see io.cellwright.model.catalog.LithiumBatteryModel#getNominalVoltage()
	 * @see #getLithiumBatteryModel()
	 * @generated
	 */
	EReference getLithiumBatteryModel_NominalVoltage();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.LithiumBatteryModel#getCellsInSeries <em>Cells In Series</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Cells In Series</em>'.
	 * @see io.cellwright.model.catalog.LithiumBatteryModel#getCellsInSeries()
	 * @see #getLithiumBatteryModel()
	 * @generated
	 */
	EReference getLithiumBatteryModel_CellsInSeries();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cellwright.model.catalog.LithiumBatteryModel#getCapacities <em>Capacities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Capacities</em>'.
	 * @see io.cellwright.model.catalog.LithiumBatteryModel#getCapacities()
	 * @see #getLithiumBatteryModel()
	 * @generated
	 */
	EReference getLithiumBatteryModel_Capacities();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.LithiumBatteryModel#getEnergy <em>Energy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Energy</em>'.
	 * @see io.cellwright.model.catalog.LithiumBatteryModel#getEnergy()
	 * @see #getLithiumBatteryModel()
	 * @generated
	 */
	EReference getLithiumBatteryModel_Energy();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.LithiumBatteryModel#getMaxContinuousDischargeCurrent <em>Max Continuous Discharge Current</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Max Continuous Discharge Current</em>'.
	 * @see io.cellwright.model.catalog.LithiumBatteryModel#getMaxContinuousDischargeCurrent()
	 * @see #getLithiumBatteryModel()
	 * @generated
	 */
	EReference getLithiumBatteryModel_MaxContinuousDischargeCurrent();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.LithiumBatteryModel#getRecommendedDischargeCurrent <em>Recommended Discharge Current</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Recommended Discharge Current</em>'.
	 * @see io.cellwright.model.catalog.LithiumBatteryModel#getRecommendedDischargeCurrent()
	 * @see #getLithiumBatteryModel()
	 * @generated
	 */
	EReference getLithiumBatteryModel_RecommendedDischargeCurrent();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.LithiumBatteryModel#getMaxChargeCurrent <em>Max Charge Current</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Max Charge Current</em>'.
	 * @see io.cellwright.model.catalog.LithiumBatteryModel#getMaxChargeCurrent()
	 * @see #getLithiumBatteryModel()
	 * @generated
	 */
	EReference getLithiumBatteryModel_MaxChargeCurrent();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.LithiumBatteryModel#getRecommendedChargeCurrent <em>Recommended Charge Current</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Recommended Charge Current</em>'.
	 * @see io.cellwright.model.catalog.LithiumBatteryModel#getRecommendedChargeCurrent()
	 * @see #getLithiumBatteryModel()
	 * @generated
	 */
	EReference getLithiumBatteryModel_RecommendedChargeCurrent();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.LithiumBatteryModel#getChargeVoltage <em>Charge Voltage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Charge Voltage</em>'.
	 * @see io.cellwright.model.catalog.LithiumBatteryModel#getChargeVoltage()
	 * @see #getLithiumBatteryModel()
	 * @generated
	 */
	EReference getLithiumBatteryModel_ChargeVoltage();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.LithiumBatteryModel#getFloatVoltage <em>Float Voltage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Float Voltage</em>'.
	 * @see io.cellwright.model.catalog.LithiumBatteryModel#getFloatVoltage()
	 * @see #getLithiumBatteryModel()
	 * @generated
	 */
	EReference getLithiumBatteryModel_FloatVoltage();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.LithiumBatteryModel#getEndOfDischargeVoltage <em>End Of Discharge Voltage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>End Of Discharge Voltage</em>'.
	 * @see io.cellwright.model.catalog.LithiumBatteryModel#getEndOfDischargeVoltage()
	 * @see #getLithiumBatteryModel()
	 * @generated
	 */
	EReference getLithiumBatteryModel_EndOfDischargeVoltage();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.LithiumBatteryModel#getDischargeTemperature <em>Discharge Temperature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Discharge Temperature</em>'.
	 * @see io.cellwright.model.catalog.LithiumBatteryModel#getDischargeTemperature()
	 * @see #getLithiumBatteryModel()
	 * @generated
	 */
	EReference getLithiumBatteryModel_DischargeTemperature();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.LithiumBatteryModel#getChargeTemperature <em>Charge Temperature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Charge Temperature</em>'.
	 * @see io.cellwright.model.catalog.LithiumBatteryModel#getChargeTemperature()
	 * @see #getLithiumBatteryModel()
	 * @generated
	 */
	EReference getLithiumBatteryModel_ChargeTemperature();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.LithiumBatteryModel#getRoundTripEfficiency <em>Round Trip Efficiency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Round Trip Efficiency</em>'.
	 * @see io.cellwright.model.catalog.LithiumBatteryModel#getRoundTripEfficiency()
	 * @see #getLithiumBatteryModel()
	 * @generated
	 */
	EReference getLithiumBatteryModel_RoundTripEfficiency();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cellwright.model.catalog.LithiumBatteryModel#getCycleLife <em>Cycle Life</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cycle Life</em>'.
	 * @see io.cellwright.model.catalog.LithiumBatteryModel#getCycleLife()
	 * @see #getLithiumBatteryModel()
	 * @generated
	 */
	EReference getLithiumBatteryModel_CycleLife();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.LithiumBatteryModel#getMaxInSeries <em>Max In Series</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Max In Series</em>'.
	 * @see io.cellwright.model.catalog.LithiumBatteryModel#getMaxInSeries()
	 * @see #getLithiumBatteryModel()
	 * @generated
	 */
	EReference getLithiumBatteryModel_MaxInSeries();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.LithiumBatteryModel#getMaxPerSystem <em>Max Per System</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Max Per System</em>'.
	 * @see io.cellwright.model.catalog.LithiumBatteryModel#getMaxPerSystem()
	 * @see #getLithiumBatteryModel()
	 * @generated
	 */
	EReference getLithiumBatteryModel_MaxPerSystem();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.LithiumBatteryModel#getPreAlarmSupport <em>Pre Alarm Support</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Pre Alarm Support</em>'.
	 * @see io.cellwright.model.catalog.LithiumBatteryModel#getPreAlarmSupport()
	 * @see #getLithiumBatteryModel()
	 * @generated
	 */
	EReference getLithiumBatteryModel_PreAlarmSupport();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.LithiumBatteryModel#getInternalResistance <em>Internal Resistance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Internal Resistance</em>'.
	 * @see io.cellwright.model.catalog.LithiumBatteryModel#getInternalResistance()
	 * @see #getLithiumBatteryModel()
	 * @generated
	 */
	EReference getLithiumBatteryModel_InternalResistance();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.LithiumBatteryModel#getChargeDisconnectCellVoltage <em>Charge Disconnect Cell Voltage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Charge Disconnect Cell Voltage</em>'.
	 * @see io.cellwright.model.catalog.LithiumBatteryModel#getChargeDisconnectCellVoltage()
	 * @see #getLithiumBatteryModel()
	 * @generated
	 */
	EReference getLithiumBatteryModel_ChargeDisconnectCellVoltage();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.LithiumBatteryModel#getChargeDisconnectHighTemperature <em>Charge Disconnect High Temperature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Charge Disconnect High Temperature</em>'.
	 * @see io.cellwright.model.catalog.LithiumBatteryModel#getChargeDisconnectHighTemperature()
	 * @see #getLithiumBatteryModel()
	 * @generated
	 */
	EReference getLithiumBatteryModel_ChargeDisconnectHighTemperature();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.LithiumBatteryModel#getChargeDisconnectLowTemperature <em>Charge Disconnect Low Temperature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Charge Disconnect Low Temperature</em>'.
	 * @see io.cellwright.model.catalog.LithiumBatteryModel#getChargeDisconnectLowTemperature()
	 * @see #getLithiumBatteryModel()
	 * @generated
	 */
	EReference getLithiumBatteryModel_ChargeDisconnectLowTemperature();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cellwright.model.catalog.LithiumBatteryModel#getReserveAfterDisconnect <em>Reserve After Disconnect</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Reserve After Disconnect</em>'.
	 * @see io.cellwright.model.catalog.LithiumBatteryModel#getReserveAfterDisconnect()
	 * @see #getLithiumBatteryModel()
	 * @generated
	 */
	EReference getLithiumBatteryModel_ReserveAfterDisconnect();

	/**
	 * Returns the meta object for the reference '{@link io.cellwright.model.catalog.LithiumBatteryModel#getChemistry <em>Chemistry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Chemistry</em>'.
	 * @see io.cellwright.model.catalog.LithiumBatteryModel#getChemistry()
	 * @see #getLithiumBatteryModel()
	 * @generated
	 */
	EReference getLithiumBatteryModel_Chemistry();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.DeviceType <em>Device Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device Type</em>'.
	 * @see io.cellwright.model.catalog.DeviceType
	 * @generated
	 */
	EClass getDeviceType();

	/**
	 * Returns the meta object for the attribute list '{@link io.cellwright.model.catalog.DeviceType#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Roles</em>'.
	 * @see io.cellwright.model.catalog.DeviceType#getRoles()
	 * @see #getDeviceType()
	 * @generated
	 */
	EAttribute getDeviceType_Roles();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.DeviceType#getNominalVoltages <em>Nominal Voltages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Nominal Voltages</em>'.
	 * @see io.cellwright.model.catalog.DeviceType#getNominalVoltages()
	 * @see #getDeviceType()
	 * @generated
	 */
	EReference getDeviceType_NominalVoltages();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.DeviceType#getRatedPower <em>Rated Power</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Rated Power</em>'.
	 * @see io.cellwright.model.catalog.DeviceType#getRatedPower()
	 * @see #getDeviceType()
	 * @generated
	 */
	EReference getDeviceType_RatedPower();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.DeviceType#getRatedCurrent <em>Rated Current</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Rated Current</em>'.
	 * @see io.cellwright.model.catalog.DeviceType#getRatedCurrent()
	 * @see #getDeviceType()
	 * @generated
	 */
	EReference getDeviceType_RatedCurrent();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.AccessoryCableType <em>Accessory Cable Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Accessory Cable Type</em>'.
	 * @see io.cellwright.model.catalog.AccessoryCableType
	 * @generated
	 */
	EClass getAccessoryCableType();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.AccessoryCableType#getFunction <em>Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Function</em>'.
	 * @see io.cellwright.model.catalog.AccessoryCableType#getFunction()
	 * @see #getAccessoryCableType()
	 * @generated
	 */
	EAttribute getAccessoryCableType_Function();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.AccessoryCableType#getPiecesPerPack <em>Pieces Per Pack</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pieces Per Pack</em>'.
	 * @see io.cellwright.model.catalog.AccessoryCableType#getPiecesPerPack()
	 * @see #getAccessoryCableType()
	 * @generated
	 */
	EAttribute getAccessoryCableType_PiecesPerPack();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.AccessoryCableType#getInverting <em>Inverting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Inverting</em>'.
	 * @see io.cellwright.model.catalog.AccessoryCableType#getInverting()
	 * @see #getAccessoryCableType()
	 * @generated
	 */
	EReference getAccessoryCableType_Inverting();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.AccessoryCableType#getLength <em>Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Length</em>'.
	 * @see io.cellwright.model.catalog.AccessoryCableType#getLength()
	 * @see #getAccessoryCableType()
	 * @generated
	 */
	EReference getAccessoryCableType_Length();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cellwright.model.catalog.AccessoryCableType#getWires <em>Wires</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Wires</em>'.
	 * @see io.cellwright.model.catalog.AccessoryCableType#getWires()
	 * @see #getAccessoryCableType()
	 * @generated
	 */
	EReference getAccessoryCableType_Wires();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.FuseType <em>Fuse Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fuse Type</em>'.
	 * @see io.cellwright.model.catalog.FuseType
	 * @generated
	 */
	EClass getFuseType();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.FuseType#getFuseKind <em>Fuse Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fuse Kind</em>'.
	 * @see io.cellwright.model.catalog.FuseType#getFuseKind()
	 * @see #getFuseType()
	 * @generated
	 */
	EAttribute getFuseType_FuseKind();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.FuseType#getRatings <em>Ratings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Ratings</em>'.
	 * @see io.cellwright.model.catalog.FuseType#getRatings()
	 * @see #getFuseType()
	 * @generated
	 */
	EReference getFuseType_Ratings();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.FuseType#getMaxVoltage <em>Max Voltage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Max Voltage</em>'.
	 * @see io.cellwright.model.catalog.FuseType#getMaxVoltage()
	 * @see #getFuseType()
	 * @generated
	 */
	EReference getFuseType_MaxVoltage();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.CableWire <em>Cable Wire</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cable Wire</em>'.
	 * @see io.cellwright.model.catalog.CableWire
	 * @generated
	 */
	EClass getCableWire();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.CableWire#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.cellwright.model.catalog.CableWire#getId()
	 * @see #getCableWire()
	 * @generated
	 */
	EAttribute getCableWire_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.CableWire#getColour <em>Colour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Colour</em>'.
	 * @see io.cellwright.model.catalog.CableWire#getColour()
	 * @see #getCableWire()
	 * @generated
	 */
	EAttribute getCableWire_Colour();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.CableWire#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see io.cellwright.model.catalog.CableWire#getDescription()
	 * @see #getCableWire()
	 * @generated
	 */
	EAttribute getCableWire_Description();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.TerminalDefinition <em>Terminal Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Terminal Definition</em>'.
	 * @see io.cellwright.model.catalog.TerminalDefinition
	 * @generated
	 */
	EClass getTerminalDefinition();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.TerminalDefinition#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.cellwright.model.catalog.TerminalDefinition#getId()
	 * @see #getTerminalDefinition()
	 * @generated
	 */
	EAttribute getTerminalDefinition_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.TerminalDefinition#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see io.cellwright.model.catalog.TerminalDefinition#getLabel()
	 * @see #getTerminalDefinition()
	 * @generated
	 */
	EAttribute getTerminalDefinition_Label();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.TerminalDefinition#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.cellwright.model.catalog.TerminalDefinition#getKind()
	 * @see #getTerminalDefinition()
	 * @generated
	 */
	EAttribute getTerminalDefinition_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.TerminalDefinition#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see io.cellwright.model.catalog.TerminalDefinition#getDirection()
	 * @see #getTerminalDefinition()
	 * @generated
	 */
	EAttribute getTerminalDefinition_Direction();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.TerminalDefinition#getConnectorGroup <em>Connector Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Connector Group</em>'.
	 * @see io.cellwright.model.catalog.TerminalDefinition#getConnectorGroup()
	 * @see #getTerminalDefinition()
	 * @generated
	 */
	EAttribute getTerminalDefinition_ConnectorGroup();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.TerminalDefinition#getSide <em>Side</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Side</em>'.
	 * @see io.cellwright.model.catalog.TerminalDefinition#getSide()
	 * @see #getTerminalDefinition()
	 * @generated
	 */
	EAttribute getTerminalDefinition_Side();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.TerminalDefinition#getOrder <em>Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Order</em>'.
	 * @see io.cellwright.model.catalog.TerminalDefinition#getOrder()
	 * @see #getTerminalDefinition()
	 * @generated
	 */
	EAttribute getTerminalDefinition_Order();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.TerminalDefinition#getConnector <em>Connector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Connector</em>'.
	 * @see io.cellwright.model.catalog.TerminalDefinition#getConnector()
	 * @see #getTerminalDefinition()
	 * @generated
	 */
	EReference getTerminalDefinition_Connector();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.TerminalDefinition#getPower <em>Power</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Power</em>'.
	 * @see io.cellwright.model.catalog.TerminalDefinition#getPower()
	 * @see #getTerminalDefinition()
	 * @generated
	 */
	EReference getTerminalDefinition_Power();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.TerminalDefinition#getOutput <em>Output</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Output</em>'.
	 * @see io.cellwright.model.catalog.TerminalDefinition#getOutput()
	 * @see #getTerminalDefinition()
	 * @generated
	 */
	EReference getTerminalDefinition_Output();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.TerminalDefinition#getRemoteInput <em>Remote Input</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Remote Input</em>'.
	 * @see io.cellwright.model.catalog.TerminalDefinition#getRemoteInput()
	 * @see #getTerminalDefinition()
	 * @generated
	 */
	EReference getTerminalDefinition_RemoteInput();

	/**
	 * Returns the meta object for the container reference '{@link io.cellwright.model.catalog.TerminalDefinition#getProductType <em>Product Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Product Type</em>'.
	 * @see io.cellwright.model.catalog.TerminalDefinition#getProductType()
	 * @see #getTerminalDefinition()
	 * @generated
	 */
	EReference getTerminalDefinition_ProductType();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.PowerPortSpec <em>Power Port Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Power Port Spec</em>'.
	 * @see io.cellwright.model.catalog.PowerPortSpec
	 * @generated
	 */
	EClass getPowerPortSpec();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.PowerPortSpec#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see io.cellwright.model.catalog.PowerPortSpec#getDirection()
	 * @see #getPowerPortSpec()
	 * @generated
	 */
	EAttribute getPowerPortSpec_Direction();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.PowerPortSpec#getContinuousCurrent <em>Continuous Current</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Continuous Current</em>'.
	 * @see io.cellwright.model.catalog.PowerPortSpec#getContinuousCurrent()
	 * @see #getPowerPortSpec()
	 * @generated
	 */
	EReference getPowerPortSpec_ContinuousCurrent();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.PowerPortSpec#getPeakCurrent <em>Peak Current</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Peak Current</em>'.
	 * @see io.cellwright.model.catalog.PowerPortSpec#getPeakCurrent()
	 * @see #getPowerPortSpec()
	 * @generated
	 */
	EReference getPowerPortSpec_PeakCurrent();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.PowerPortSpec#getEnableVoltage <em>Enable Voltage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Enable Voltage</em>'.
	 * @see io.cellwright.model.catalog.PowerPortSpec#getEnableVoltage()
	 * @see #getPowerPortSpec()
	 * @generated
	 */
	EReference getPowerPortSpec_EnableVoltage();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.PowerPortSpec#getReverseCurrentBlocked <em>Reverse Current Blocked</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Reverse Current Blocked</em>'.
	 * @see io.cellwright.model.catalog.PowerPortSpec#getReverseCurrentBlocked()
	 * @see #getPowerPortSpec()
	 * @generated
	 */
	EReference getPowerPortSpec_ReverseCurrentBlocked();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.PowerPortSpec#getCurrentLimitOfFuseRating <em>Current Limit Of Fuse Rating</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Current Limit Of Fuse Rating</em>'.
	 * @see io.cellwright.model.catalog.PowerPortSpec#getCurrentLimitOfFuseRating()
	 * @see #getPowerPortSpec()
	 * @generated
	 */
	EReference getPowerPortSpec_CurrentLimitOfFuseRating();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.OutputBehaviour <em>Output Behaviour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Output Behaviour</em>'.
	 * @see io.cellwright.model.catalog.OutputBehaviour
	 * @generated
	 */
	EClass getOutputBehaviour();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.OutputBehaviour#getTrigger <em>Trigger</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trigger</em>'.
	 * @see io.cellwright.model.catalog.OutputBehaviour#getTrigger()
	 * @see #getOutputBehaviour()
	 * @generated
	 */
	EAttribute getOutputBehaviour_Trigger();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.OutputBehaviour#getNormalState <em>Normal State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Normal State</em>'.
	 * @see io.cellwright.model.catalog.OutputBehaviour#getNormalState()
	 * @see #getOutputBehaviour()
	 * @generated
	 */
	EReference getOutputBehaviour_NormalState();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.OutputBehaviour#getActiveState <em>Active State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Active State</em>'.
	 * @see io.cellwright.model.catalog.OutputBehaviour#getActiveState()
	 * @see #getOutputBehaviour()
	 * @generated
	 */
	EReference getOutputBehaviour_ActiveState();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.OutputBehaviour#getHighLevelBelowBattery <em>High Level Below Battery</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>High Level Below Battery</em>'.
	 * @see io.cellwright.model.catalog.OutputBehaviour#getHighLevelBelowBattery()
	 * @see #getOutputBehaviour()
	 * @generated
	 */
	EReference getOutputBehaviour_HighLevelBelowBattery();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.OutputBehaviour#getSourceCurrentLimit <em>Source Current Limit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Source Current Limit</em>'.
	 * @see io.cellwright.model.catalog.OutputBehaviour#getSourceCurrentLimit()
	 * @see #getOutputBehaviour()
	 * @generated
	 */
	EReference getOutputBehaviour_SourceCurrentLimit();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.OutputBehaviour#getSinkCurrent <em>Sink Current</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Sink Current</em>'.
	 * @see io.cellwright.model.catalog.OutputBehaviour#getSinkCurrent()
	 * @see #getOutputBehaviour()
	 * @generated
	 */
	EReference getOutputBehaviour_SinkCurrent();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.OutputBehaviour#getContactRating <em>Contact Rating</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Contact Rating</em>'.
	 * @see io.cellwright.model.catalog.OutputBehaviour#getContactRating()
	 * @see #getOutputBehaviour()
	 * @generated
	 */
	EReference getOutputBehaviour_ContactRating();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.OutputBehaviour#getShortCircuitProtected <em>Short Circuit Protected</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Short Circuit Protected</em>'.
	 * @see io.cellwright.model.catalog.OutputBehaviour#getShortCircuitProtected()
	 * @see #getOutputBehaviour()
	 * @generated
	 */
	EReference getOutputBehaviour_ShortCircuitProtected();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.OutputBehaviour#getInductiveLoadAllowed <em>Inductive Load Allowed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Inductive Load Allowed</em>'.
	 * @see io.cellwright.model.catalog.OutputBehaviour#getInductiveLoadAllowed()
	 * @see #getOutputBehaviour()
	 * @generated
	 */
	EReference getOutputBehaviour_InductiveLoadAllowed();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.OutputBehaviour#getLeadTime <em>Lead Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Lead Time</em>'.
	 * @see io.cellwright.model.catalog.OutputBehaviour#getLeadTime()
	 * @see #getOutputBehaviour()
	 * @generated
	 */
	EReference getOutputBehaviour_LeadTime();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.RemoteInputBehaviour <em>Remote Input Behaviour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Remote Input Behaviour</em>'.
	 * @see io.cellwright.model.catalog.RemoteInputBehaviour
	 * @generated
	 */
	EClass getRemoteInputBehaviour();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.RemoteInputBehaviour#getActivation <em>Activation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Activation</em>'.
	 * @see io.cellwright.model.catalog.RemoteInputBehaviour#getActivation()
	 * @see #getRemoteInputBehaviour()
	 * @generated
	 */
	EAttribute getRemoteInputBehaviour_Activation();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.RemoteInputBehaviour#getThreshold <em>Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Threshold</em>'.
	 * @see io.cellwright.model.catalog.RemoteInputBehaviour#getThreshold()
	 * @see #getRemoteInputBehaviour()
	 * @generated
	 */
	EReference getRemoteInputBehaviour_Threshold();

	/**
	 * Returns the meta object for the reference '{@link io.cellwright.model.catalog.RemoteInputBehaviour#getPartner <em>Partner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Partner</em>'.
	 * @see io.cellwright.model.catalog.RemoteInputBehaviour#getPartner()
	 * @see #getRemoteInputBehaviour()
	 * @generated
	 */
	EReference getRemoteInputBehaviour_Partner();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.RemoteUseMode <em>Remote Use Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Remote Use Mode</em>'.
	 * @see io.cellwright.model.catalog.RemoteUseMode
	 * @generated
	 */
	EClass getRemoteUseMode();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.RemoteUseMode#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see io.cellwright.model.catalog.RemoteUseMode#getLabel()
	 * @see #getRemoteUseMode()
	 * @generated
	 */
	EAttribute getRemoteUseMode_Label();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.RemoteUseMode#getCondition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Condition</em>'.
	 * @see io.cellwright.model.catalog.RemoteUseMode#getCondition()
	 * @see #getRemoteUseMode()
	 * @generated
	 */
	EAttribute getRemoteUseMode_Condition();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.RemoteUseMode#isOn <em>On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>On</em>'.
	 * @see io.cellwright.model.catalog.RemoteUseMode#isOn()
	 * @see #getRemoteUseMode()
	 * @generated
	 */
	EAttribute getRemoteUseMode_On();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.RemoteUseMode#getThreshold <em>Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Threshold</em>'.
	 * @see io.cellwright.model.catalog.RemoteUseMode#getThreshold()
	 * @see #getRemoteUseMode()
	 * @generated
	 */
	EReference getRemoteUseMode_Threshold();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.RemoteControlRoute <em>Remote Control Route</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Remote Control Route</em>'.
	 * @see io.cellwright.model.catalog.RemoteControlRoute
	 * @generated
	 */
	EClass getRemoteControlRoute();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.RemoteControlRoute#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method</em>'.
	 * @see io.cellwright.model.catalog.RemoteControlRoute#getMethod()
	 * @see #getRemoteControlRoute()
	 * @generated
	 */
	EAttribute getRemoteControlRoute_Method();

	/**
	 * Returns the meta object for the attribute list '{@link io.cellwright.model.catalog.RemoteControlRoute#getBmsOutputs <em>Bms Outputs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Bms Outputs</em>'.
	 * @see io.cellwright.model.catalog.RemoteControlRoute#getBmsOutputs()
	 * @see #getRemoteControlRoute()
	 * @generated
	 */
	EAttribute getRemoteControlRoute_BmsOutputs();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.RemoteControlRoute#getTargetDescription <em>Target Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Description</em>'.
	 * @see io.cellwright.model.catalog.RemoteControlRoute#getTargetDescription()
	 * @see #getRemoteControlRoute()
	 * @generated
	 */
	EAttribute getRemoteControlRoute_TargetDescription();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.RemoteControlRoute#getCableCount <em>Cable Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cable Count</em>'.
	 * @see io.cellwright.model.catalog.RemoteControlRoute#getCableCount()
	 * @see #getRemoteControlRoute()
	 * @generated
	 */
	EAttribute getRemoteControlRoute_CableCount();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.RemoteControlRoute#isRequiresAllOutputsHigh <em>Requires All Outputs High</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Requires All Outputs High</em>'.
	 * @see io.cellwright.model.catalog.RemoteControlRoute#isRequiresAllOutputsHigh()
	 * @see #getRemoteControlRoute()
	 * @generated
	 */
	EAttribute getRemoteControlRoute_RequiresAllOutputsHigh();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.RemoteControlRoute#getCondition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Condition</em>'.
	 * @see io.cellwright.model.catalog.RemoteControlRoute#getCondition()
	 * @see #getRemoteControlRoute()
	 * @generated
	 */
	EAttribute getRemoteControlRoute_Condition();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.RemoteControlRoute#getSeeDocument <em>See Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>See Document</em>'.
	 * @see io.cellwright.model.catalog.RemoteControlRoute#getSeeDocument()
	 * @see #getRemoteControlRoute()
	 * @generated
	 */
	EAttribute getRemoteControlRoute_SeeDocument();

	/**
	 * Returns the meta object for the reference list '{@link io.cellwright.model.catalog.RemoteControlRoute#getTargetTerminals <em>Target Terminals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Target Terminals</em>'.
	 * @see io.cellwright.model.catalog.RemoteControlRoute#getTargetTerminals()
	 * @see #getRemoteControlRoute()
	 * @generated
	 */
	EReference getRemoteControlRoute_TargetTerminals();

	/**
	 * Returns the meta object for the reference '{@link io.cellwright.model.catalog.RemoteControlRoute#getCable <em>Cable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Cable</em>'.
	 * @see io.cellwright.model.catalog.RemoteControlRoute#getCable()
	 * @see #getRemoteControlRoute()
	 * @generated
	 */
	EReference getRemoteControlRoute_Cable();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cellwright.model.catalog.RemoteControlRoute#getWireConnections <em>Wire Connections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Wire Connections</em>'.
	 * @see io.cellwright.model.catalog.RemoteControlRoute#getWireConnections()
	 * @see #getRemoteControlRoute()
	 * @generated
	 */
	EReference getRemoteControlRoute_WireConnections();

	/**
	 * Returns the meta object for the reference '{@link io.cellwright.model.catalog.RemoteControlRoute#getIntermediateDevice <em>Intermediate Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Intermediate Device</em>'.
	 * @see io.cellwright.model.catalog.RemoteControlRoute#getIntermediateDevice()
	 * @see #getRemoteControlRoute()
	 * @generated
	 */
	EReference getRemoteControlRoute_IntermediateDevice();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.RemoteControlRoute#getPowerPort <em>Power Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Power Port</em>'.
	 * @see io.cellwright.model.catalog.RemoteControlRoute#getPowerPort()
	 * @see #getRemoteControlRoute()
	 * @generated
	 */
	EAttribute getRemoteControlRoute_PowerPort();

	/**
	 * Returns the meta object for the reference list '{@link io.cellwright.model.catalog.RemoteControlRoute#getVariants <em>Variants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Variants</em>'.
	 * @see io.cellwright.model.catalog.RemoteControlRoute#getVariants()
	 * @see #getRemoteControlRoute()
	 * @generated
	 */
	EReference getRemoteControlRoute_Variants();

	/**
	 * Returns the meta object for the reference list '{@link io.cellwright.model.catalog.RemoteControlRoute#getBmsModels <em>Bms Models</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Bms Models</em>'.
	 * @see io.cellwright.model.catalog.RemoteControlRoute#getBmsModels()
	 * @see #getRemoteControlRoute()
	 * @generated
	 */
	EReference getRemoteControlRoute_BmsModels();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.CableWireConnection <em>Cable Wire Connection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cable Wire Connection</em>'.
	 * @see io.cellwright.model.catalog.CableWireConnection
	 * @generated
	 */
	EClass getCableWireConnection();

	/**
	 * Returns the meta object for the reference '{@link io.cellwright.model.catalog.CableWireConnection#getWire <em>Wire</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Wire</em>'.
	 * @see io.cellwright.model.catalog.CableWireConnection#getWire()
	 * @see #getCableWireConnection()
	 * @generated
	 */
	EReference getCableWireConnection_Wire();

	/**
	 * Returns the meta object for the reference '{@link io.cellwright.model.catalog.CableWireConnection#getTargetTerminal <em>Target Terminal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target Terminal</em>'.
	 * @see io.cellwright.model.catalog.CableWireConnection#getTargetTerminal()
	 * @see #getCableWireConnection()
	 * @generated
	 */
	EReference getCableWireConnection_TargetTerminal();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.CableWireConnection#getTargetDescription <em>Target Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Description</em>'.
	 * @see io.cellwright.model.catalog.CableWireConnection#getTargetDescription()
	 * @see #getCableWireConnection()
	 * @generated
	 */
	EAttribute getCableWireConnection_TargetDescription();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.SettingDefinition <em>Setting Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Setting Definition</em>'.
	 * @see io.cellwright.model.catalog.SettingDefinition
	 * @generated
	 */
	EClass getSettingDefinition();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.SettingDefinition#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see io.cellwright.model.catalog.SettingDefinition#getKey()
	 * @see #getSettingDefinition()
	 * @generated
	 */
	EAttribute getSettingDefinition_Key();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.SettingDefinition#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see io.cellwright.model.catalog.SettingDefinition#getLabel()
	 * @see #getSettingDefinition()
	 * @generated
	 */
	EAttribute getSettingDefinition_Label();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.SettingDefinition#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see io.cellwright.model.catalog.SettingDefinition#getDescription()
	 * @see #getSettingDefinition()
	 * @generated
	 */
	EAttribute getSettingDefinition_Description();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.SettingDefinition#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see io.cellwright.model.catalog.SettingDefinition#getRole()
	 * @see #getSettingDefinition()
	 * @generated
	 */
	EAttribute getSettingDefinition_Role();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.SettingDefinition#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channel</em>'.
	 * @see io.cellwright.model.catalog.SettingDefinition#getChannel()
	 * @see #getSettingDefinition()
	 * @generated
	 */
	EAttribute getSettingDefinition_Channel();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.NumberSettingDefinition <em>Number Setting Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Number Setting Definition</em>'.
	 * @see io.cellwright.model.catalog.NumberSettingDefinition
	 * @generated
	 */
	EClass getNumberSettingDefinition();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.NumberSettingDefinition#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see io.cellwright.model.catalog.NumberSettingDefinition#getUnit()
	 * @see #getNumberSettingDefinition()
	 * @generated
	 */
	EAttribute getNumberSettingDefinition_Unit();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.NumberSettingDefinition#getStep <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Step</em>'.
	 * @see io.cellwright.model.catalog.NumberSettingDefinition#getStep()
	 * @see #getNumberSettingDefinition()
	 * @generated
	 */
	EAttribute getNumberSettingDefinition_Step();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.NumberSettingDefinition#getRange <em>Range</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Range</em>'.
	 * @see io.cellwright.model.catalog.NumberSettingDefinition#getRange()
	 * @see #getNumberSettingDefinition()
	 * @generated
	 */
	EReference getNumberSettingDefinition_Range();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.NumberSettingDefinition#getDefaultValue <em>Default Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Default Value</em>'.
	 * @see io.cellwright.model.catalog.NumberSettingDefinition#getDefaultValue()
	 * @see #getNumberSettingDefinition()
	 * @generated
	 */
	EReference getNumberSettingDefinition_DefaultValue();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.ChoiceSettingDefinition <em>Choice Setting Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Choice Setting Definition</em>'.
	 * @see io.cellwright.model.catalog.ChoiceSettingDefinition
	 * @generated
	 */
	EClass getChoiceSettingDefinition();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cellwright.model.catalog.ChoiceSettingDefinition#getOptions <em>Options</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Options</em>'.
	 * @see io.cellwright.model.catalog.ChoiceSettingDefinition#getOptions()
	 * @see #getChoiceSettingDefinition()
	 * @generated
	 */
	EReference getChoiceSettingDefinition_Options();

	/**
	 * Returns the meta object for the reference '{@link io.cellwright.model.catalog.ChoiceSettingDefinition#getDefaultOption <em>Default Option</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Default Option</em>'.
	 * @see io.cellwright.model.catalog.ChoiceSettingDefinition#getDefaultOption()
	 * @see #getChoiceSettingDefinition()
	 * @generated
	 */
	EReference getChoiceSettingDefinition_DefaultOption();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.BooleanSettingDefinition <em>Boolean Setting Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Boolean Setting Definition</em>'.
	 * @see io.cellwright.model.catalog.BooleanSettingDefinition
	 * @generated
	 */
	EClass getBooleanSettingDefinition();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.BooleanSettingDefinition#getDefaultValue <em>Default Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Default Value</em>'.
	 * @see io.cellwright.model.catalog.BooleanSettingDefinition#getDefaultValue()
	 * @see #getBooleanSettingDefinition()
	 * @generated
	 */
	EReference getBooleanSettingDefinition_DefaultValue();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.SettingOption <em>Setting Option</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Setting Option</em>'.
	 * @see io.cellwright.model.catalog.SettingOption
	 * @generated
	 */
	EClass getSettingOption();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.SettingOption#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see io.cellwright.model.catalog.SettingOption#getKey()
	 * @see #getSettingOption()
	 * @generated
	 */
	EAttribute getSettingOption_Key();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.SettingOption#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see io.cellwright.model.catalog.SettingOption#getLabel()
	 * @see #getSettingOption()
	 * @generated
	 */
	EAttribute getSettingOption_Label();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.SettingOption#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see io.cellwright.model.catalog.SettingOption#getDescription()
	 * @see #getSettingOption()
	 * @generated
	 */
	EAttribute getSettingOption_Description();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.SettingOption#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see io.cellwright.model.catalog.SettingOption#getRole()
	 * @see #getSettingOption()
	 * @generated
	 */
	EAttribute getSettingOption_Role();

	/**
	 * Returns the meta object for the reference '{@link io.cellwright.model.catalog.SettingOption#getFuse <em>Fuse</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Fuse</em>'.
	 * @see io.cellwright.model.catalog.SettingOption#getFuse()
	 * @see #getSettingOption()
	 * @generated
	 */
	EReference getSettingOption_Fuse();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.FuseTableEntry <em>Fuse Table Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fuse Table Entry</em>'.
	 * @see io.cellwright.model.catalog.FuseTableEntry
	 * @generated
	 */
	EClass getFuseTableEntry();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.FuseTableEntry#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.cellwright.model.catalog.FuseTableEntry#getId()
	 * @see #getFuseTableEntry()
	 * @generated
	 */
	EAttribute getFuseTableEntry_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.FuseTableEntry#getFuseCount <em>Fuse Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fuse Count</em>'.
	 * @see io.cellwright.model.catalog.FuseTableEntry#getFuseCount()
	 * @see #getFuseTableEntry()
	 * @generated
	 */
	EAttribute getFuseTableEntry_FuseCount();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.FuseTableEntry#getFuseKind <em>Fuse Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fuse Kind</em>'.
	 * @see io.cellwright.model.catalog.FuseTableEntry#getFuseKind()
	 * @see #getFuseTableEntry()
	 * @generated
	 */
	EAttribute getFuseTableEntry_FuseKind();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.FuseTableEntry#getFuseRating <em>Fuse Rating</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Fuse Rating</em>'.
	 * @see io.cellwright.model.catalog.FuseTableEntry#getFuseRating()
	 * @see #getFuseTableEntry()
	 * @generated
	 */
	EReference getFuseTableEntry_FuseRating();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.FuseTableEntry#getMaxChargeCurrent <em>Max Charge Current</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Max Charge Current</em>'.
	 * @see io.cellwright.model.catalog.FuseTableEntry#getMaxChargeCurrent()
	 * @see #getFuseTableEntry()
	 * @generated
	 */
	EReference getFuseTableEntry_MaxChargeCurrent();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.LedIndicator <em>Led Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Led Indicator</em>'.
	 * @see io.cellwright.model.catalog.LedIndicator
	 * @generated
	 */
	EClass getLedIndicator();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.LedIndicator#getPosition <em>Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Position</em>'.
	 * @see io.cellwright.model.catalog.LedIndicator#getPosition()
	 * @see #getLedIndicator()
	 * @generated
	 */
	EAttribute getLedIndicator_Position();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.LedIndicator#getColour <em>Colour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Colour</em>'.
	 * @see io.cellwright.model.catalog.LedIndicator#getColour()
	 * @see #getLedIndicator()
	 * @generated
	 */
	EAttribute getLedIndicator_Colour();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.LedIndicator#getFunction <em>Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Function</em>'.
	 * @see io.cellwright.model.catalog.LedIndicator#getFunction()
	 * @see #getLedIndicator()
	 * @generated
	 */
	EAttribute getLedIndicator_Function();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cellwright.model.catalog.LedIndicator#getStates <em>States</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>States</em>'.
	 * @see io.cellwright.model.catalog.LedIndicator#getStates()
	 * @see #getLedIndicator()
	 * @generated
	 */
	EReference getLedIndicator_States();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.LedState <em>Led State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Led State</em>'.
	 * @see io.cellwright.model.catalog.LedState
	 * @generated
	 */
	EClass getLedState();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.LedState#getPattern <em>Pattern</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pattern</em>'.
	 * @see io.cellwright.model.catalog.LedState#getPattern()
	 * @see #getLedState()
	 * @generated
	 */
	EAttribute getLedState_Pattern();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.LedState#getMeaning <em>Meaning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Meaning</em>'.
	 * @see io.cellwright.model.catalog.LedState#getMeaning()
	 * @see #getLedState()
	 * @generated
	 */
	EAttribute getLedState_Meaning();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.StatusCode <em>Status Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Status Code</em>'.
	 * @see io.cellwright.model.catalog.StatusCode
	 * @generated
	 */
	EClass getStatusCode();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.StatusCode#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see io.cellwright.model.catalog.StatusCode#getCode()
	 * @see #getStatusCode()
	 * @generated
	 */
	EAttribute getStatusCode_Code();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.StatusCode#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see io.cellwright.model.catalog.StatusCode#getSeverity()
	 * @see #getStatusCode()
	 * @generated
	 */
	EAttribute getStatusCode_Severity();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.StatusCode#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see io.cellwright.model.catalog.StatusCode#getTitle()
	 * @see #getStatusCode()
	 * @generated
	 */
	EAttribute getStatusCode_Title();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.StatusCode#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see io.cellwright.model.catalog.StatusCode#getDescription()
	 * @see #getStatusCode()
	 * @generated
	 */
	EAttribute getStatusCode_Description();

	/**
	 * Returns the meta object for the attribute list '{@link io.cellwright.model.catalog.StatusCode#getRemedySteps <em>Remedy Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Remedy Steps</em>'.
	 * @see io.cellwright.model.catalog.StatusCode#getRemedySteps()
	 * @see #getStatusCode()
	 * @generated
	 */
	EAttribute getStatusCode_RemedySteps();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.StatusCode#isUserCorrectable <em>User Correctable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User Correctable</em>'.
	 * @see io.cellwright.model.catalog.StatusCode#isUserCorrectable()
	 * @see #getStatusCode()
	 * @generated
	 */
	EAttribute getStatusCode_UserCorrectable();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.StatusCode#getRemovedInFirmware <em>Removed In Firmware</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Removed In Firmware</em>'.
	 * @see io.cellwright.model.catalog.StatusCode#getRemovedInFirmware()
	 * @see #getStatusCode()
	 * @generated
	 */
	EAttribute getStatusCode_RemovedInFirmware();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.CellChemistry <em>Cell Chemistry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cell Chemistry</em>'.
	 * @see io.cellwright.model.catalog.CellChemistry
	 * @generated
	 */
	EClass getCellChemistry();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.CellChemistry#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.cellwright.model.catalog.CellChemistry#getId()
	 * @see #getCellChemistry()
	 * @generated
	 */
	EAttribute getCellChemistry_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.CellChemistry#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.cellwright.model.catalog.CellChemistry#getName()
	 * @see #getCellChemistry()
	 * @generated
	 */
	EAttribute getCellChemistry_Name();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.CellChemistry#getNominalCellVoltage <em>Nominal Cell Voltage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Nominal Cell Voltage</em>'.
	 * @see io.cellwright.model.catalog.CellChemistry#getNominalCellVoltage()
	 * @see #getCellChemistry()
	 * @generated
	 */
	EReference getCellChemistry_NominalCellVoltage();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.CellChemistry#getOcvCurve <em>Ocv Curve</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Ocv Curve</em>'.
	 * @see io.cellwright.model.catalog.CellChemistry#getOcvCurve()
	 * @see #getCellChemistry()
	 * @generated
	 */
	EReference getCellChemistry_OcvCurve();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.ComparisonTable <em>Comparison Table</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Comparison Table</em>'.
	 * @see io.cellwright.model.catalog.ComparisonTable
	 * @generated
	 */
	EClass getComparisonTable();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.ComparisonTable#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.cellwright.model.catalog.ComparisonTable#getId()
	 * @see #getComparisonTable()
	 * @generated
	 */
	EAttribute getComparisonTable_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.ComparisonTable#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see io.cellwright.model.catalog.ComparisonTable#getTitle()
	 * @see #getComparisonTable()
	 * @generated
	 */
	EAttribute getComparisonTable_Title();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.ComparisonTable#getCornerHeader <em>Corner Header</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Corner Header</em>'.
	 * @see io.cellwright.model.catalog.ComparisonTable#getCornerHeader()
	 * @see #getComparisonTable()
	 * @generated
	 */
	EAttribute getComparisonTable_CornerHeader();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.ComparisonTable#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Source</em>'.
	 * @see io.cellwright.model.catalog.ComparisonTable#getSource()
	 * @see #getComparisonTable()
	 * @generated
	 */
	EReference getComparisonTable_Source();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cellwright.model.catalog.ComparisonTable#getColumns <em>Columns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Columns</em>'.
	 * @see io.cellwright.model.catalog.ComparisonTable#getColumns()
	 * @see #getComparisonTable()
	 * @generated
	 */
	EReference getComparisonTable_Columns();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cellwright.model.catalog.ComparisonTable#getRows <em>Rows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rows</em>'.
	 * @see io.cellwright.model.catalog.ComparisonTable#getRows()
	 * @see #getComparisonTable()
	 * @generated
	 */
	EReference getComparisonTable_Rows();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.ComparisonColumn <em>Comparison Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Comparison Column</em>'.
	 * @see io.cellwright.model.catalog.ComparisonColumn
	 * @generated
	 */
	EClass getComparisonColumn();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.ComparisonColumn#getHeader <em>Header</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Header</em>'.
	 * @see io.cellwright.model.catalog.ComparisonColumn#getHeader()
	 * @see #getComparisonColumn()
	 * @generated
	 */
	EAttribute getComparisonColumn_Header();

	/**
	 * Returns the meta object for the reference '{@link io.cellwright.model.catalog.ComparisonColumn#getProduct <em>Product</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Product</em>'.
	 * @see io.cellwright.model.catalog.ComparisonColumn#getProduct()
	 * @see #getComparisonColumn()
	 * @generated
	 */
	EReference getComparisonColumn_Product();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.ComparisonRow <em>Comparison Row</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Comparison Row</em>'.
	 * @see io.cellwright.model.catalog.ComparisonRow
	 * @generated
	 */
	EClass getComparisonRow();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.ComparisonRow#getHeader <em>Header</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Header</em>'.
	 * @see io.cellwright.model.catalog.ComparisonRow#getHeader()
	 * @see #getComparisonRow()
	 * @generated
	 */
	EAttribute getComparisonRow_Header();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.ComparisonRow#getStyle <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Style</em>'.
	 * @see io.cellwright.model.catalog.ComparisonRow#getStyle()
	 * @see #getComparisonRow()
	 * @generated
	 */
	EAttribute getComparisonRow_Style();

	/**
	 * Returns the meta object for the reference list '{@link io.cellwright.model.catalog.ComparisonRow#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Path</em>'.
	 * @see io.cellwright.model.catalog.ComparisonRow#getPath()
	 * @see #getComparisonRow()
	 * @generated
	 */
	EReference getComparisonRow_Path();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.WiringReference <em>Wiring Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Wiring Reference</em>'.
	 * @see io.cellwright.model.catalog.WiringReference
	 * @generated
	 */
	EClass getWiringReference();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.WiringReference#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.cellwright.model.catalog.WiringReference#getId()
	 * @see #getWiringReference()
	 * @generated
	 */
	EAttribute getWiringReference_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.WiringReference#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.cellwright.model.catalog.WiringReference#getName()
	 * @see #getWiringReference()
	 * @generated
	 */
	EAttribute getWiringReference_Name();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.WiringReference#getConductorResistivity <em>Conductor Resistivity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Conductor Resistivity</em>'.
	 * @see io.cellwright.model.catalog.WiringReference#getConductorResistivity()
	 * @see #getWiringReference()
	 * @generated
	 */
	EReference getWiringReference_ConductorResistivity();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.WiringReference#getConductorConductivity <em>Conductor Conductivity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Conductor Conductivity</em>'.
	 * @see io.cellwright.model.catalog.WiringReference#getConductorConductivity()
	 * @see #getWiringReference()
	 * @generated
	 */
	EReference getWiringReference_ConductorConductivity();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.WiringReference#getResistanceTemperatureCoefficient <em>Resistance Temperature Coefficient</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Resistance Temperature Coefficient</em>'.
	 * @see io.cellwright.model.catalog.WiringReference#getResistanceTemperatureCoefficient()
	 * @see #getWiringReference()
	 * @generated
	 */
	EReference getWiringReference_ResistanceTemperatureCoefficient();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cellwright.model.catalog.WiringReference#getAmpacity <em>Ampacity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ampacity</em>'.
	 * @see io.cellwright.model.catalog.WiringReference#getAmpacity()
	 * @see #getWiringReference()
	 * @generated
	 */
	EReference getWiringReference_Ampacity();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.WiringReference#getBundlingDerating <em>Bundling Derating</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Bundling Derating</em>'.
	 * @see io.cellwright.model.catalog.WiringReference#getBundlingDerating()
	 * @see #getWiringReference()
	 * @generated
	 */
	EReference getWiringReference_BundlingDerating();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cellwright.model.catalog.WiringReference#getVoltageDropLimits <em>Voltage Drop Limits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Voltage Drop Limits</em>'.
	 * @see io.cellwright.model.catalog.WiringReference#getVoltageDropLimits()
	 * @see #getWiringReference()
	 * @generated
	 */
	EReference getWiringReference_VoltageDropLimits();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.WiringReference#getFuseMinimumOfDeviceCurrent <em>Fuse Minimum Of Device Current</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Fuse Minimum Of Device Current</em>'.
	 * @see io.cellwright.model.catalog.WiringReference#getFuseMinimumOfDeviceCurrent()
	 * @see #getWiringReference()
	 * @generated
	 */
	EReference getWiringReference_FuseMinimumOfDeviceCurrent();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cellwright.model.catalog.WiringReference#getSystemVoltageGuides <em>System Voltage Guides</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>System Voltage Guides</em>'.
	 * @see io.cellwright.model.catalog.WiringReference#getSystemVoltageGuides()
	 * @see #getWiringReference()
	 * @generated
	 */
	EReference getWiringReference_SystemVoltageGuides();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.AmpacityFact <em>Ampacity Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ampacity Fact</em>'.
	 * @see io.cellwright.model.catalog.AmpacityFact
	 * @generated
	 */
	EClass getAmpacityFact();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.AmpacityFact#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Conditions</em>'.
	 * @see io.cellwright.model.catalog.AmpacityFact#getConditions()
	 * @see #getAmpacityFact()
	 * @generated
	 */
	EAttribute getAmpacityFact_Conditions();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.AmpacityFact#getCrossSection <em>Cross Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Cross Section</em>'.
	 * @see io.cellwright.model.catalog.AmpacityFact#getCrossSection()
	 * @see #getAmpacityFact()
	 * @generated
	 */
	EReference getAmpacityFact_CrossSection();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.AmpacityFact#getCurrent <em>Current</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Current</em>'.
	 * @see io.cellwright.model.catalog.AmpacityFact#getCurrent()
	 * @see #getAmpacityFact()
	 * @generated
	 */
	EReference getAmpacityFact_Current();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.VoltageDropLimitFact <em>Voltage Drop Limit Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Voltage Drop Limit Fact</em>'.
	 * @see io.cellwright.model.catalog.VoltageDropLimitFact
	 * @generated
	 */
	EClass getVoltageDropLimitFact();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.catalog.VoltageDropLimitFact#getContext <em>Context</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Context</em>'.
	 * @see io.cellwright.model.catalog.VoltageDropLimitFact#getContext()
	 * @see #getVoltageDropLimitFact()
	 * @generated
	 */
	EAttribute getVoltageDropLimitFact_Context();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.VoltageDropLimitFact#getSystemVoltage <em>System Voltage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>System Voltage</em>'.
	 * @see io.cellwright.model.catalog.VoltageDropLimitFact#getSystemVoltage()
	 * @see #getVoltageDropLimitFact()
	 * @generated
	 */
	EReference getVoltageDropLimitFact_SystemVoltage();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.catalog.SystemVoltageGuideFact <em>System Voltage Guide Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>System Voltage Guide Fact</em>'.
	 * @see io.cellwright.model.catalog.SystemVoltageGuideFact
	 * @generated
	 */
	EClass getSystemVoltageGuideFact();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.SystemVoltageGuideFact#getSystemVoltage <em>System Voltage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>System Voltage</em>'.
	 * @see io.cellwright.model.catalog.SystemVoltageGuideFact#getSystemVoltage()
	 * @see #getSystemVoltageGuideFact()
	 * @generated
	 */
	EReference getSystemVoltageGuideFact_SystemVoltage();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.catalog.SystemVoltageGuideFact#getMaxInverterPower <em>Max Inverter Power</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Max Inverter Power</em>'.
	 * @see io.cellwright.model.catalog.SystemVoltageGuideFact#getMaxInverterPower()
	 * @see #getSystemVoltageGuideFact()
	 * @generated
	 */
	EReference getSystemVoltageGuideFact_MaxInverterPower();

	/**
	 * Returns the meta object for enum '{@link io.cellwright.model.catalog.Unit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Unit</em>'.
	 * @see io.cellwright.model.catalog.Unit
	 * @generated
	 */
	EEnum getUnit();

	/**
	 * Returns the meta object for enum '{@link io.cellwright.model.catalog.Relation <em>Relation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Relation</em>'.
	 * @see io.cellwright.model.catalog.Relation
	 * @generated
	 */
	EEnum getRelation();

	/**
	 * Returns the meta object for enum '{@link io.cellwright.model.catalog.SourceConfidence <em>Source Confidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Source Confidence</em>'.
	 * @see io.cellwright.model.catalog.SourceConfidence
	 * @generated
	 */
	EEnum getSourceConfidence();

	/**
	 * Returns the meta object for enum '{@link io.cellwright.model.catalog.DocumentKind <em>Document Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Document Kind</em>'.
	 * @see io.cellwright.model.catalog.DocumentKind
	 * @generated
	 */
	EEnum getDocumentKind();

	/**
	 * Returns the meta object for enum '{@link io.cellwright.model.catalog.RulingPrinciple <em>Ruling Principle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Ruling Principle</em>'.
	 * @see io.cellwright.model.catalog.RulingPrinciple
	 * @generated
	 */
	EEnum getRulingPrinciple();

	/**
	 * Returns the meta object for enum '{@link io.cellwright.model.catalog.ProductCategory <em>Product Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Product Category</em>'.
	 * @see io.cellwright.model.catalog.ProductCategory
	 * @generated
	 */
	EEnum getProductCategory();

	/**
	 * Returns the meta object for enum '{@link io.cellwright.model.catalog.DeviceRole <em>Device Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Device Role</em>'.
	 * @see io.cellwright.model.catalog.DeviceRole
	 * @generated
	 */
	EEnum getDeviceRole();

	/**
	 * Returns the meta object for enum '{@link io.cellwright.model.catalog.TerminalKind <em>Terminal Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Terminal Kind</em>'.
	 * @see io.cellwright.model.catalog.TerminalKind
	 * @generated
	 */
	EEnum getTerminalKind();

	/**
	 * Returns the meta object for enum '{@link io.cellwright.model.catalog.TerminalDirection <em>Terminal Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Terminal Direction</em>'.
	 * @see io.cellwright.model.catalog.TerminalDirection
	 * @generated
	 */
	EEnum getTerminalDirection();

	/**
	 * Returns the meta object for enum '{@link io.cellwright.model.catalog.DiagramSide <em>Diagram Side</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Diagram Side</em>'.
	 * @see io.cellwright.model.catalog.DiagramSide
	 * @generated
	 */
	EEnum getDiagramSide();

	/**
	 * Returns the meta object for enum '{@link io.cellwright.model.catalog.OutputState <em>Output State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Output State</em>'.
	 * @see io.cellwright.model.catalog.OutputState
	 * @generated
	 */
	EEnum getOutputState();

	/**
	 * Returns the meta object for enum '{@link io.cellwright.model.catalog.OutputTrigger <em>Output Trigger</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Output Trigger</em>'.
	 * @see io.cellwright.model.catalog.OutputTrigger
	 * @generated
	 */
	EEnum getOutputTrigger();

	/**
	 * Returns the meta object for enum '{@link io.cellwright.model.catalog.OutputSwitchingKind <em>Output Switching Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Output Switching Kind</em>'.
	 * @see io.cellwright.model.catalog.OutputSwitchingKind
	 * @generated
	 */
	EEnum getOutputSwitchingKind();

	/**
	 * Returns the meta object for enum '{@link io.cellwright.model.catalog.RemoteActivation <em>Remote Activation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Remote Activation</em>'.
	 * @see io.cellwright.model.catalog.RemoteActivation
	 * @generated
	 */
	EEnum getRemoteActivation();

	/**
	 * Returns the meta object for enum '{@link io.cellwright.model.catalog.RemoteCondition <em>Remote Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Remote Condition</em>'.
	 * @see io.cellwright.model.catalog.RemoteCondition
	 * @generated
	 */
	EEnum getRemoteCondition();

	/**
	 * Returns the meta object for enum '{@link io.cellwright.model.catalog.AlternatorPortMode <em>Alternator Port Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Alternator Port Mode</em>'.
	 * @see io.cellwright.model.catalog.AlternatorPortMode
	 * @generated
	 */
	EEnum getAlternatorPortMode();

	/**
	 * Returns the meta object for enum '{@link io.cellwright.model.catalog.CommunicationProtocol <em>Communication Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Communication Protocol</em>'.
	 * @see io.cellwright.model.catalog.CommunicationProtocol
	 * @generated
	 */
	EEnum getCommunicationProtocol();

	/**
	 * Returns the meta object for enum '{@link io.cellwright.model.catalog.DimensionAxes <em>Dimension Axes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Dimension Axes</em>'.
	 * @see io.cellwright.model.catalog.DimensionAxes
	 * @generated
	 */
	EEnum getDimensionAxes();

	/**
	 * Returns the meta object for enum '{@link io.cellwright.model.catalog.LifecycleStatus <em>Lifecycle Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Lifecycle Status</em>'.
	 * @see io.cellwright.model.catalog.LifecycleStatus
	 * @generated
	 */
	EEnum getLifecycleStatus();

	/**
	 * Returns the meta object for enum '{@link io.cellwright.model.catalog.StandardKind <em>Standard Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Standard Kind</em>'.
	 * @see io.cellwright.model.catalog.StandardKind
	 * @generated
	 */
	EEnum getStandardKind();

	/**
	 * Returns the meta object for enum '{@link io.cellwright.model.catalog.ConnectorType <em>Connector Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Connector Type</em>'.
	 * @see io.cellwright.model.catalog.ConnectorType
	 * @generated
	 */
	EEnum getConnectorType();

	/**
	 * Returns the meta object for enum '{@link io.cellwright.model.catalog.PowerState <em>Power State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Power State</em>'.
	 * @see io.cellwright.model.catalog.PowerState
	 * @generated
	 */
	EEnum getPowerState();

	/**
	 * Returns the meta object for enum '{@link io.cellwright.model.catalog.CurrentDirection <em>Current Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Current Direction</em>'.
	 * @see io.cellwright.model.catalog.CurrentDirection
	 * @generated
	 */
	EEnum getCurrentDirection();

	/**
	 * Returns the meta object for enum '{@link io.cellwright.model.catalog.FuseKind <em>Fuse Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Fuse Kind</em>'.
	 * @see io.cellwright.model.catalog.FuseKind
	 * @generated
	 */
	EEnum getFuseKind();

	/**
	 * Returns the meta object for enum '{@link io.cellwright.model.catalog.LedColour <em>Led Colour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Led Colour</em>'.
	 * @see io.cellwright.model.catalog.LedColour
	 * @generated
	 */
	EEnum getLedColour();

	/**
	 * Returns the meta object for enum '{@link io.cellwright.model.catalog.LedPattern <em>Led Pattern</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Led Pattern</em>'.
	 * @see io.cellwright.model.catalog.LedPattern
	 * @generated
	 */
	EEnum getLedPattern();

	/**
	 * Returns the meta object for enum '{@link io.cellwright.model.catalog.LedFunction <em>Led Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Led Function</em>'.
	 * @see io.cellwright.model.catalog.LedFunction
	 * @generated
	 */
	EEnum getLedFunction();

	/**
	 * Returns the meta object for enum '{@link io.cellwright.model.catalog.CodeSeverity <em>Code Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Code Severity</em>'.
	 * @see io.cellwright.model.catalog.CodeSeverity
	 * @generated
	 */
	EEnum getCodeSeverity();

	/**
	 * Returns the meta object for enum '{@link io.cellwright.model.catalog.SettingRole <em>Setting Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Setting Role</em>'.
	 * @see io.cellwright.model.catalog.SettingRole
	 * @generated
	 */
	EEnum getSettingRole();

	/**
	 * Returns the meta object for enum '{@link io.cellwright.model.catalog.OptionRole <em>Option Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Option Role</em>'.
	 * @see io.cellwright.model.catalog.OptionRole
	 * @generated
	 */
	EEnum getOptionRole();

	/**
	 * Returns the meta object for enum '{@link io.cellwright.model.catalog.ConfigurationChannel <em>Configuration Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Configuration Channel</em>'.
	 * @see io.cellwright.model.catalog.ConfigurationChannel
	 * @generated
	 */
	EEnum getConfigurationChannel();

	/**
	 * Returns the meta object for enum '{@link io.cellwright.model.catalog.ControlMethod <em>Control Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Control Method</em>'.
	 * @see io.cellwright.model.catalog.ControlMethod
	 * @generated
	 */
	EEnum getControlMethod();

	/**
	 * Returns the meta object for enum '{@link io.cellwright.model.catalog.CableFunction <em>Cable Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Cable Function</em>'.
	 * @see io.cellwright.model.catalog.CableFunction
	 * @generated
	 */
	EEnum getCableFunction();

	/**
	 * Returns the meta object for enum '{@link io.cellwright.model.catalog.WireColour <em>Wire Colour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Wire Colour</em>'.
	 * @see io.cellwright.model.catalog.WireColour
	 * @generated
	 */
	EEnum getWireColour();

	/**
	 * Returns the meta object for enum '{@link io.cellwright.model.catalog.CellStyle <em>Cell Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Cell Style</em>'.
	 * @see io.cellwright.model.catalog.CellStyle
	 * @generated
	 */
	EEnum getCellStyle();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CatalogFactory getCatalogFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.CatalogImpl <em>Catalog</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.CatalogImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getCatalog()
		 * @generated
		 */
		EClass CATALOG = eINSTANCE.getCatalog();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG__ID = eINSTANCE.getCatalog_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG__NAME = eINSTANCE.getCatalog_Name();

		/**
		 * The meta object literal for the '<em><b>Provider</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG__PROVIDER = eINSTANCE.getCatalog_Provider();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG__VERSION = eINSTANCE.getCatalog_Version();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG__FORMAT_VERSION = eINSTANCE.getCatalog_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Requires</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG__REQUIRES = eINSTANCE.getCatalog_Requires();

		/**
		 * The meta object literal for the '<em><b>Documents</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOG__DOCUMENTS = eINSTANCE.getCatalog_Documents();

		/**
		 * The meta object literal for the '<em><b>Families</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOG__FAMILIES = eINSTANCE.getCatalog_Families();

		/**
		 * The meta object literal for the '<em><b>Product Types</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOG__PRODUCT_TYPES = eINSTANCE.getCatalog_ProductTypes();

		/**
		 * The meta object literal for the '<em><b>Chemistries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOG__CHEMISTRIES = eINSTANCE.getCatalog_Chemistries();

		/**
		 * The meta object literal for the '<em><b>Comparison Tables</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOG__COMPARISON_TABLES = eINSTANCE.getCatalog_ComparisonTables();

		/**
		 * The meta object literal for the '<em><b>Wiring References</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOG__WIRING_REFERENCES = eINSTANCE.getCatalog_WiringReferences();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.SourceDocumentImpl <em>Source Document</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.SourceDocumentImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getSourceDocument()
		 * @generated
		 */
		EClass SOURCE_DOCUMENT = eINSTANCE.getSourceDocument();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_DOCUMENT__ID = eINSTANCE.getSourceDocument_Id();

		/**
		 * The meta object literal for the '<em><b>File Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_DOCUMENT__FILE_NAME = eINSTANCE.getSourceDocument_FileName();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_DOCUMENT__TITLE = eINSTANCE.getSourceDocument_Title();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_DOCUMENT__KIND = eINSTANCE.getSourceDocument_Kind();

		/**
		 * The meta object literal for the '<em><b>Revision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_DOCUMENT__REVISION = eINSTANCE.getSourceDocument_Revision();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_DOCUMENT__DATE = eINSTANCE.getSourceDocument_Date();

		/**
		 * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_DOCUMENT__LANGUAGE = eINSTANCE.getSourceDocument_Language();

		/**
		 * The meta object literal for the '<em><b>Uri</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_DOCUMENT__URI = eINSTANCE.getSourceDocument_Uri();

		/**
		 * The meta object literal for the '<em><b>Supersedes</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOURCE_DOCUMENT__SUPERSEDES = eINSTANCE.getSourceDocument_Supersedes();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.SourceRefImpl <em>Source Ref</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.SourceRefImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getSourceRef()
		 * @generated
		 */
		EClass SOURCE_REF = eINSTANCE.getSourceRef();

		/**
		 * The meta object literal for the '<em><b>Document</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOURCE_REF__DOCUMENT = eINSTANCE.getSourceRef_Document();

		/**
		 * The meta object literal for the '<em><b>Section</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_REF__SECTION = eINSTANCE.getSourceRef_Section();

		/**
		 * The meta object literal for the '<em><b>Table</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_REF__TABLE = eINSTANCE.getSourceRef_Table();

		/**
		 * The meta object literal for the '<em><b>Row</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_REF__ROW = eINSTANCE.getSourceRef_Row();

		/**
		 * The meta object literal for the '<em><b>Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_REF__COLUMN = eINSTANCE.getSourceRef_Column();

		/**
		 * The meta object literal for the '<em><b>Quote</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_REF__QUOTE = eINSTANCE.getSourceRef_Quote();

		/**
		 * The meta object literal for the '<em><b>Confidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_REF__CONFIDENCE = eINSTANCE.getSourceRef_Confidence();

		/**
		 * The meta object literal for the '<em><b>Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_REF__COMMENT = eINSTANCE.getSourceRef_Comment();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.SourcedImpl <em>Sourced</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.SourcedImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getSourced()
		 * @generated
		 */
		EClass SOURCED = eINSTANCE.getSourced();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOURCED__SOURCES = eINSTANCE.getSourced_Sources();

		/**
		 * The meta object literal for the '<em><b>Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCED__COMMENT = eINSTANCE.getSourced_Comment();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.RulingImpl <em>Ruling</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.RulingImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getRuling()
		 * @generated
		 */
		EClass RULING = eINSTANCE.getRuling();

		/**
		 * The meta object literal for the '<em><b>Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULING__RATIONALE = eINSTANCE.getRuling_Rationale();

		/**
		 * The meta object literal for the '<em><b>Principles</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULING__PRINCIPLES = eINSTANCE.getRuling_Principles();

		/**
		 * The meta object literal for the '<em><b>Decided By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULING__DECIDED_BY = eINSTANCE.getRuling_DecidedBy();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.FactImpl <em>Fact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.FactImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getFact()
		 * @generated
		 */
		EClass FACT = eINSTANCE.getFact();

		/**
		 * The meta object literal for the '<em><b>Display Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACT__DISPLAY_TEXT = eINSTANCE.getFact_DisplayText();

		/**
		 * The meta object literal for the '<em><b>Footnote</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACT__FOOTNOTE = eINSTANCE.getFact_Footnote();

		/**
		 * The meta object literal for the '<em><b>Alternatives</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FACT__ALTERNATIVES = eINSTANCE.getFact_Alternatives();

		/**
		 * The meta object literal for the '<em><b>Ruling</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FACT__RULING = eINSTANCE.getFact_Ruling();

		/**
		 * The meta object literal for the '<em><b>Is Disputed</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation FACT___IS_DISPUTED = eINSTANCE.getFact__IsDisputed();

		/**
		 * The meta object literal for the '<em><b>Is Overruled</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation FACT___IS_OVERRULED = eINSTANCE.getFact__IsOverruled();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.QuantityValue <em>Quantity Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.QuantityValue
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getQuantityValue()
		 * @generated
		 */
		EClass QUANTITY_VALUE = eINSTANCE.getQuantityValue();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUANTITY_VALUE__VALUE = eINSTANCE.getQuantityValue_Value();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUANTITY_VALUE__UNIT = eINSTANCE.getQuantityValue_Unit();

		/**
		 * The meta object literal for the '<em><b>Relation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUANTITY_VALUE__RELATION = eINSTANCE.getQuantityValue_Relation();

		/**
		 * The meta object literal for the '<em><b>Decimals</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUANTITY_VALUE__DECIMALS = eINSTANCE.getQuantityValue_Decimals();

		/**
		 * The meta object literal for the '<em><b>Value In Base Unit</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation QUANTITY_VALUE___VALUE_IN_BASE_UNIT = eINSTANCE.getQuantityValue__ValueInBaseUnit();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.QuantityImpl <em>Quantity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.QuantityImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getQuantity()
		 * @generated
		 */
		EClass QUANTITY = eINSTANCE.getQuantity();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.QuantityFactImpl <em>Quantity Fact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.QuantityFactImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getQuantityFact()
		 * @generated
		 */
		EClass QUANTITY_FACT = eINSTANCE.getQuantityFact();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.RangeFactImpl <em>Range Fact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.RangeFactImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getRangeFact()
		 * @generated
		 */
		EClass RANGE_FACT = eINSTANCE.getRangeFact();

		/**
		 * The meta object literal for the '<em><b>Minimum</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RANGE_FACT__MINIMUM = eINSTANCE.getRangeFact_Minimum();

		/**
		 * The meta object literal for the '<em><b>Maximum</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RANGE_FACT__MAXIMUM = eINSTANCE.getRangeFact_Maximum();

		/**
		 * The meta object literal for the '<em><b>Nominal</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RANGE_FACT__NOMINAL = eINSTANCE.getRangeFact_Nominal();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.BooleanFactImpl <em>Boolean Fact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.BooleanFactImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getBooleanFact()
		 * @generated
		 */
		EClass BOOLEAN_FACT = eINSTANCE.getBooleanFact();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOOLEAN_FACT__VALUE = eINSTANCE.getBooleanFact_Value();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.IntegerFactImpl <em>Integer Fact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.IntegerFactImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getIntegerFact()
		 * @generated
		 */
		EClass INTEGER_FACT = eINSTANCE.getIntegerFact();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTEGER_FACT__VALUE = eINSTANCE.getIntegerFact_Value();

		/**
		 * The meta object literal for the '<em><b>Relation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTEGER_FACT__RELATION = eINSTANCE.getIntegerFact_Relation();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.TextFactImpl <em>Text Fact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.TextFactImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getTextFact()
		 * @generated
		 */
		EClass TEXT_FACT = eINSTANCE.getTextFact();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_FACT__TEXT = eINSTANCE.getTextFact_Text();

		/**
		 * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_FACT__LANGUAGE = eINSTANCE.getTextFact_Language();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.QuantitySetFactImpl <em>Quantity Set Fact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.QuantitySetFactImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getQuantitySetFact()
		 * @generated
		 */
		EClass QUANTITY_SET_FACT = eINSTANCE.getQuantitySetFact();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUANTITY_SET_FACT__VALUES = eINSTANCE.getQuantitySetFact_Values();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUANTITY_SET_FACT__UNIT = eINSTANCE.getQuantitySetFact_Unit();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.CapabilityFactImpl <em>Capability Fact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.CapabilityFactImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getCapabilityFact()
		 * @generated
		 */
		EClass CAPABILITY_FACT = eINSTANCE.getCapabilityFact();

		/**
		 * The meta object literal for the '<em><b>Supported</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAPABILITY_FACT__SUPPORTED = eINSTANCE.getCapabilityFact_Supported();

		/**
		 * The meta object literal for the '<em><b>Rating</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAPABILITY_FACT__RATING = eINSTANCE.getCapabilityFact_Rating();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.AlternatorPortFactImpl <em>Alternator Port Fact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.AlternatorPortFactImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getAlternatorPortFact()
		 * @generated
		 */
		EClass ALTERNATOR_PORT_FACT = eINSTANCE.getAlternatorPortFact();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALTERNATOR_PORT_FACT__MODE = eINSTANCE.getAlternatorPortFact_Mode();

		/**
		 * The meta object literal for the '<em><b>Max Charge Current</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ALTERNATOR_PORT_FACT__MAX_CHARGE_CURRENT = eINSTANCE.getAlternatorPortFact_MaxChargeCurrent();

		/**
		 * The meta object literal for the '<em><b>With Fuse</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ALTERNATOR_PORT_FACT__WITH_FUSE = eINSTANCE.getAlternatorPortFact_WithFuse();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.DataCommunicationFactImpl <em>Data Communication Fact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.DataCommunicationFactImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getDataCommunicationFact()
		 * @generated
		 */
		EClass DATA_COMMUNICATION_FACT = eINSTANCE.getDataCommunicationFact();

		/**
		 * The meta object literal for the '<em><b>Protocols</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_COMMUNICATION_FACT__PROTOCOLS = eINSTANCE.getDataCommunicationFact_Protocols();

		/**
		 * The meta object literal for the '<em><b>With Gx Device</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_COMMUNICATION_FACT__WITH_GX_DEVICE = eINSTANCE.getDataCommunicationFact_WithGxDevice();

		/**
		 * The meta object literal for the '<em><b>With Inverter Charger</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_COMMUNICATION_FACT__WITH_INVERTER_CHARGER = eINSTANCE.getDataCommunicationFact_WithInverterCharger();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.SwitchedOutputFactImpl <em>Switched Output Fact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.SwitchedOutputFactImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getSwitchedOutputFact()
		 * @generated
		 */
		EClass SWITCHED_OUTPUT_FACT = eINSTANCE.getSwitchedOutputFact();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWITCHED_OUTPUT_FACT__KIND = eINSTANCE.getSwitchedOutputFact_Kind();

		/**
		 * The meta object literal for the '<em><b>Max Current</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SWITCHED_OUTPUT_FACT__MAX_CURRENT = eINSTANCE.getSwitchedOutputFact_MaxCurrent();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.DimensionsFactImpl <em>Dimensions Fact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.DimensionsFactImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getDimensionsFact()
		 * @generated
		 */
		EClass DIMENSIONS_FACT = eINSTANCE.getDimensionsFact();

		/**
		 * The meta object literal for the '<em><b>Sizes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIMENSIONS_FACT__SIZES = eINSTANCE.getDimensionsFact_Sizes();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIMENSIONS_FACT__UNIT = eINSTANCE.getDimensionsFact_Unit();

		/**
		 * The meta object literal for the '<em><b>Axes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIMENSIONS_FACT__AXES = eINSTANCE.getDimensionsFact_Axes();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.IpRatingFactImpl <em>Ip Rating Fact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.IpRatingFactImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getIpRatingFact()
		 * @generated
		 */
		EClass IP_RATING_FACT = eINSTANCE.getIpRatingFact();

		/**
		 * The meta object literal for the '<em><b>Solids</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IP_RATING_FACT__SOLIDS = eINSTANCE.getIpRatingFact_Solids();

		/**
		 * The meta object literal for the '<em><b>Liquids</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IP_RATING_FACT__LIQUIDS = eINSTANCE.getIpRatingFact_Liquids();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IP_RATING_FACT__SCOPE = eINSTANCE.getIpRatingFact_Scope();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.LifecycleFactImpl <em>Lifecycle Fact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.LifecycleFactImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getLifecycleFact()
		 * @generated
		 */
		EClass LIFECYCLE_FACT = eINSTANCE.getLifecycleFact();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIFECYCLE_FACT__STATUS = eINSTANCE.getLifecycleFact_Status();

		/**
		 * The meta object literal for the '<em><b>Successor</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LIFECYCLE_FACT__SUCCESSOR = eINSTANCE.getLifecycleFact_Successor();

		/**
		 * The meta object literal for the '<em><b>Part Of</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LIFECYCLE_FACT__PART_OF = eINSTANCE.getLifecycleFact_PartOf();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.DocumentLinkFactImpl <em>Document Link Fact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.DocumentLinkFactImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getDocumentLinkFact()
		 * @generated
		 */
		EClass DOCUMENT_LINK_FACT = eINSTANCE.getDocumentLinkFact();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_LINK_FACT__TITLE = eINSTANCE.getDocumentLinkFact_Title();

		/**
		 * The meta object literal for the '<em><b>Uri</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_LINK_FACT__URI = eINSTANCE.getDocumentLinkFact_Uri();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.OutputStateFactImpl <em>Output State Fact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.OutputStateFactImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getOutputStateFact()
		 * @generated
		 */
		EClass OUTPUT_STATE_FACT = eINSTANCE.getOutputStateFact();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTPUT_STATE_FACT__STATE = eINSTANCE.getOutputStateFact_State();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.ConnectorFactImpl <em>Connector Fact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.ConnectorFactImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getConnectorFact()
		 * @generated
		 */
		EClass CONNECTOR_FACT = eINSTANCE.getConnectorFact();

		/**
		 * The meta object literal for the '<em><b>Connector</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTOR_FACT__CONNECTOR = eINSTANCE.getConnectorFact_Connector();

		/**
		 * The meta object literal for the '<em><b>Poles</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTOR_FACT__POLES = eINSTANCE.getConnectorFact_Poles();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONNECTOR_FACT__SIZE = eINSTANCE.getConnectorFact_Size();

		/**
		 * The meta object literal for the '<em><b>Mounting Torque</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONNECTOR_FACT__MOUNTING_TORQUE = eINSTANCE.getConnectorFact_MountingTorque();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.ConsumptionFactImpl <em>Consumption Fact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.ConsumptionFactImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getConsumptionFact()
		 * @generated
		 */
		EClass CONSUMPTION_FACT = eINSTANCE.getConsumptionFact();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSUMPTION_FACT__STATE = eINSTANCE.getConsumptionFact_State();

		/**
		 * The meta object literal for the '<em><b>Excludes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSUMPTION_FACT__EXCLUDES = eINSTANCE.getConsumptionFact_Excludes();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.CapacityFactImpl <em>Capacity Fact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.CapacityFactImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getCapacityFact()
		 * @generated
		 */
		EClass CAPACITY_FACT = eINSTANCE.getCapacityFact();

		/**
		 * The meta object literal for the '<em><b>Temperature</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAPACITY_FACT__TEMPERATURE = eINSTANCE.getCapacityFact_Temperature();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.CycleLifeFactImpl <em>Cycle Life Fact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.CycleLifeFactImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getCycleLifeFact()
		 * @generated
		 */
		EClass CYCLE_LIFE_FACT = eINSTANCE.getCycleLifeFact();

		/**
		 * The meta object literal for the '<em><b>Cycles</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CYCLE_LIFE_FACT__CYCLES = eINSTANCE.getCycleLifeFact_Cycles();

		/**
		 * The meta object literal for the '<em><b>Depth Of Discharge</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CYCLE_LIFE_FACT__DEPTH_OF_DISCHARGE = eINSTANCE.getCycleLifeFact_DepthOfDischarge();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.StandardsFactImpl <em>Standards Fact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.StandardsFactImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getStandardsFact()
		 * @generated
		 */
		EClass STANDARDS_FACT = eINSTANCE.getStandardsFact();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDARDS_FACT__KIND = eINSTANCE.getStandardsFact_Kind();

		/**
		 * The meta object literal for the '<em><b>Standards</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDARDS_FACT__STANDARDS = eINSTANCE.getStandardsFact_Standards();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.ArticleNumberFactImpl <em>Article Number Fact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.ArticleNumberFactImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getArticleNumberFact()
		 * @generated
		 */
		EClass ARTICLE_NUMBER_FACT = eINSTANCE.getArticleNumberFact();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE_NUMBER_FACT__NUMBER = eINSTANCE.getArticleNumberFact_Number();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.IncludedItemFactImpl <em>Included Item Fact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.IncludedItemFactImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getIncludedItemFact()
		 * @generated
		 */
		EClass INCLUDED_ITEM_FACT = eINSTANCE.getIncludedItemFact();

		/**
		 * The meta object literal for the '<em><b>Quantity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INCLUDED_ITEM_FACT__QUANTITY = eINSTANCE.getIncludedItemFact_Quantity();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INCLUDED_ITEM_FACT__DESCRIPTION = eINSTANCE.getIncludedItemFact_Description();

		/**
		 * The meta object literal for the '<em><b>Product</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INCLUDED_ITEM_FACT__PRODUCT = eINSTANCE.getIncludedItemFact_Product();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.ReserveFactImpl <em>Reserve Fact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.ReserveFactImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getReserveFact()
		 * @generated
		 */
		EClass RESERVE_FACT = eINSTANCE.getReserveFact();

		/**
		 * The meta object literal for the '<em><b>Cell Voltage</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESERVE_FACT__CELL_VOLTAGE = eINSTANCE.getReserveFact_CellVoltage();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.OcvCurveFactImpl <em>Ocv Curve Fact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.OcvCurveFactImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getOcvCurveFact()
		 * @generated
		 */
		EClass OCV_CURVE_FACT = eINSTANCE.getOcvCurveFact();

		/**
		 * The meta object literal for the '<em><b>Conditions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OCV_CURVE_FACT__CONDITIONS = eINSTANCE.getOcvCurveFact_Conditions();

		/**
		 * The meta object literal for the '<em><b>Points</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OCV_CURVE_FACT__POINTS = eINSTANCE.getOcvCurveFact_Points();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.OcvPointImpl <em>Ocv Point</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.OcvPointImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getOcvPoint()
		 * @generated
		 */
		EClass OCV_POINT = eINSTANCE.getOcvPoint();

		/**
		 * The meta object literal for the '<em><b>State Of Charge</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OCV_POINT__STATE_OF_CHARGE = eINSTANCE.getOcvPoint_StateOfCharge();

		/**
		 * The meta object literal for the '<em><b>Voltage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OCV_POINT__VOLTAGE = eINSTANCE.getOcvPoint_Voltage();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.ProductFamilyImpl <em>Product Family</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.ProductFamilyImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getProductFamily()
		 * @generated
		 */
		EClass PRODUCT_FAMILY = eINSTANCE.getProductFamily();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRODUCT_FAMILY__ID = eINSTANCE.getProductFamily_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRODUCT_FAMILY__NAME = eINSTANCE.getProductFamily_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRODUCT_FAMILY__DESCRIPTION = eINSTANCE.getProductFamily_Description();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.ProductTypeImpl <em>Product Type</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.ProductTypeImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getProductType()
		 * @generated
		 */
		EClass PRODUCT_TYPE = eINSTANCE.getProductType();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRODUCT_TYPE__ID = eINSTANCE.getProductType_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRODUCT_TYPE__NAME = eINSTANCE.getProductType_Name();

		/**
		 * The meta object literal for the '<em><b>Manufacturer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRODUCT_TYPE__MANUFACTURER = eINSTANCE.getProductType_Manufacturer();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRODUCT_TYPE__CATEGORY = eINSTANCE.getProductType_Category();

		/**
		 * The meta object literal for the '<em><b>Product Ids</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRODUCT_TYPE__PRODUCT_IDS = eINSTANCE.getProductType_ProductIds();

		/**
		 * The meta object literal for the '<em><b>Family</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRODUCT_TYPE__FAMILY = eINSTANCE.getProductType_Family();

		/**
		 * The meta object literal for the '<em><b>Aliases</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRODUCT_TYPE__ALIASES = eINSTANCE.getProductType_Aliases();

		/**
		 * The meta object literal for the '<em><b>Article Numbers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRODUCT_TYPE__ARTICLE_NUMBERS = eINSTANCE.getProductType_ArticleNumbers();

		/**
		 * The meta object literal for the '<em><b>Variants</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRODUCT_TYPE__VARIANTS = eINSTANCE.getProductType_Variants();

		/**
		 * The meta object literal for the '<em><b>Terminals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRODUCT_TYPE__TERMINALS = eINSTANCE.getProductType_Terminals();

		/**
		 * The meta object literal for the '<em><b>Settings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRODUCT_TYPE__SETTINGS = eINSTANCE.getProductType_Settings();

		/**
		 * The meta object literal for the '<em><b>Remote Use Modes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRODUCT_TYPE__REMOTE_USE_MODES = eINSTANCE.getProductType_RemoteUseModes();

		/**
		 * The meta object literal for the '<em><b>Remote Control Routes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRODUCT_TYPE__REMOTE_CONTROL_ROUTES = eINSTANCE.getProductType_RemoteControlRoutes();

		/**
		 * The meta object literal for the '<em><b>Consumption</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRODUCT_TYPE__CONSUMPTION = eINSTANCE.getProductType_Consumption();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRODUCT_TYPE__WEIGHT = eINSTANCE.getProductType_Weight();

		/**
		 * The meta object literal for the '<em><b>Dimensions</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRODUCT_TYPE__DIMENSIONS = eINSTANCE.getProductType_Dimensions();

		/**
		 * The meta object literal for the '<em><b>Protection</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRODUCT_TYPE__PROTECTION = eINSTANCE.getProductType_Protection();

		/**
		 * The meta object literal for the '<em><b>Operating Temperature</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRODUCT_TYPE__OPERATING_TEMPERATURE = eINSTANCE.getProductType_OperatingTemperature();

		/**
		 * The meta object literal for the '<em><b>Humidity Maximum</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRODUCT_TYPE__HUMIDITY_MAXIMUM = eINSTANCE.getProductType_HumidityMaximum();

		/**
		 * The meta object literal for the '<em><b>Humidity Average</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRODUCT_TYPE__HUMIDITY_AVERAGE = eINSTANCE.getProductType_HumidityAverage();

		/**
		 * The meta object literal for the '<em><b>Standards</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRODUCT_TYPE__STANDARDS = eINSTANCE.getProductType_Standards();

		/**
		 * The meta object literal for the '<em><b>Included Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRODUCT_TYPE__INCLUDED_ITEMS = eINSTANCE.getProductType_IncludedItems();

		/**
		 * The meta object literal for the '<em><b>Leds</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRODUCT_TYPE__LEDS = eINSTANCE.getProductType_Leds();

		/**
		 * The meta object literal for the '<em><b>Status Codes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRODUCT_TYPE__STATUS_CODES = eINSTANCE.getProductType_StatusCodes();

		/**
		 * The meta object literal for the '<em><b>Lifecycle</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRODUCT_TYPE__LIFECYCLE = eINSTANCE.getProductType_Lifecycle();

		/**
		 * The meta object literal for the '<em><b>Datasheet</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRODUCT_TYPE__DATASHEET = eINSTANCE.getProductType_Datasheet();

		/**
		 * The meta object literal for the '<em><b>Recommendations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRODUCT_TYPE__RECOMMENDATIONS = eINSTANCE.getProductType_Recommendations();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRODUCT_TYPE__NOTES = eINSTANCE.getProductType_Notes();

		/**
		 * The meta object literal for the '<em><b>Find Terminal</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PRODUCT_TYPE___FIND_TERMINAL__STRING = eINSTANCE.getProductType__FindTerminal__String();

		/**
		 * The meta object literal for the '<em><b>Find Setting</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PRODUCT_TYPE___FIND_SETTING__SETTINGROLE = eINSTANCE.getProductType__FindSetting__SettingRole();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.ProductVariantImpl <em>Product Variant</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.ProductVariantImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getProductVariant()
		 * @generated
		 */
		EClass PRODUCT_VARIANT = eINSTANCE.getProductVariant();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRODUCT_VARIANT__ID = eINSTANCE.getProductVariant_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRODUCT_VARIANT__NAME = eINSTANCE.getProductVariant_Name();

		/**
		 * The meta object literal for the '<em><b>Product Ids</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRODUCT_VARIANT__PRODUCT_IDS = eINSTANCE.getProductVariant_ProductIds();

		/**
		 * The meta object literal for the '<em><b>Article Numbers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRODUCT_VARIANT__ARTICLE_NUMBERS = eINSTANCE.getProductVariant_ArticleNumbers();

		/**
		 * The meta object literal for the '<em><b>Nominal Voltage</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRODUCT_VARIANT__NOMINAL_VOLTAGE = eINSTANCE.getProductVariant_NominalVoltage();

		/**
		 * The meta object literal for the '<em><b>Rated Power</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRODUCT_VARIANT__RATED_POWER = eINSTANCE.getProductVariant_RatedPower();

		/**
		 * The meta object literal for the '<em><b>Rated Current</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRODUCT_VARIANT__RATED_CURRENT = eINSTANCE.getProductVariant_RatedCurrent();

		/**
		 * The meta object literal for the '<em><b>Length</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRODUCT_VARIANT__LENGTH = eINSTANCE.getProductVariant_Length();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.BmsModelImpl <em>Bms Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.BmsModelImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getBmsModel()
		 * @generated
		 */
		EClass BMS_MODEL = eINSTANCE.getBmsModel();

		/**
		 * The meta object literal for the '<em><b>System Voltages</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BMS_MODEL__SYSTEM_VOLTAGES = eINSTANCE.getBmsModel_SystemVoltages();

		/**
		 * The meta object literal for the '<em><b>System Connection</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BMS_MODEL__SYSTEM_CONNECTION = eINSTANCE.getBmsModel_SystemConnection();

		/**
		 * The meta object literal for the '<em><b>Alternator Port</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BMS_MODEL__ALTERNATOR_PORT = eINSTANCE.getBmsModel_AlternatorPort();

		/**
		 * The meta object literal for the '<em><b>Battery Monitor</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BMS_MODEL__BATTERY_MONITOR = eINSTANCE.getBmsModel_BatteryMonitor();

		/**
		 * The meta object literal for the '<em><b>Bluetooth</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BMS_MODEL__BLUETOOTH = eINSTANCE.getBmsModel_Bluetooth();

		/**
		 * The meta object literal for the '<em><b>Data Communication</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BMS_MODEL__DATA_COMMUNICATION = eINSTANCE.getBmsModel_DataCommunication();

		/**
		 * The meta object literal for the '<em><b>Dvcc Control</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BMS_MODEL__DVCC_CONTROL = eINSTANCE.getBmsModel_DvccControl();

		/**
		 * The meta object literal for the '<em><b>Discharge Terminal</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BMS_MODEL__DISCHARGE_TERMINAL = eINSTANCE.getBmsModel_DischargeTerminal();

		/**
		 * The meta object literal for the '<em><b>Charge Terminal</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BMS_MODEL__CHARGE_TERMINAL = eINSTANCE.getBmsModel_ChargeTerminal();

		/**
		 * The meta object literal for the '<em><b>Pre Alarm Terminal</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BMS_MODEL__PRE_ALARM_TERMINAL = eINSTANCE.getBmsModel_PreAlarmTerminal();

		/**
		 * The meta object literal for the '<em><b>Remote On Off Terminal</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BMS_MODEL__REMOTE_ON_OFF_TERMINAL = eINSTANCE.getBmsModel_RemoteOnOffTerminal();

		/**
		 * The meta object literal for the '<em><b>Auxiliary Output</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BMS_MODEL__AUXILIARY_OUTPUT = eINSTANCE.getBmsModel_AuxiliaryOutput();

		/**
		 * The meta object literal for the '<em><b>Auxiliary Input</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BMS_MODEL__AUXILIARY_INPUT = eINSTANCE.getBmsModel_AuxiliaryInput();

		/**
		 * The meta object literal for the '<em><b>Firmware Update</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BMS_MODEL__FIRMWARE_UPDATE = eINSTANCE.getBmsModel_FirmwareUpdate();

		/**
		 * The meta object literal for the '<em><b>Max Batteries</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BMS_MODEL__MAX_BATTERIES = eINSTANCE.getBmsModel_MaxBatteries();

		/**
		 * The meta object literal for the '<em><b>Max Lynx Distributors</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BMS_MODEL__MAX_LYNX_DISTRIBUTORS = eINSTANCE.getBmsModel_MaxLynxDistributors();

		/**
		 * The meta object literal for the '<em><b>Soft Switch</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BMS_MODEL__SOFT_SWITCH = eINSTANCE.getBmsModel_SoftSwitch();

		/**
		 * The meta object literal for the '<em><b>Instant Readout</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BMS_MODEL__INSTANT_READOUT = eINSTANCE.getBmsModel_InstantReadout();

		/**
		 * The meta object literal for the '<em><b>Ignition Proof</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BMS_MODEL__IGNITION_PROOF = eINSTANCE.getBmsModel_IgnitionProof();

		/**
		 * The meta object literal for the '<em><b>Alternator Fuse Table</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BMS_MODEL__ALTERNATOR_FUSE_TABLE = eINSTANCE.getBmsModel_AlternatorFuseTable();

		/**
		 * The meta object literal for the '<em><b>Gnd Fuse</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BMS_MODEL__GND_FUSE = eINSTANCE.getBmsModel_GndFuse();

		/**
		 * The meta object literal for the '<em><b>Gnd Fuse Factor</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BMS_MODEL__GND_FUSE_FACTOR = eINSTANCE.getBmsModel_GndFuseFactor();

		/**
		 * The meta object literal for the '<em><b>Charge Limit Hysteresis</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BMS_MODEL__CHARGE_LIMIT_HYSTERESIS = eINSTANCE.getBmsModel_ChargeLimitHysteresis();

		/**
		 * The meta object literal for the '<em><b>Charge Limit Resume Delay</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BMS_MODEL__CHARGE_LIMIT_RESUME_DELAY = eINSTANCE.getBmsModel_ChargeLimitResumeDelay();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.LithiumBatteryModelImpl <em>Lithium Battery Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.LithiumBatteryModelImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getLithiumBatteryModel()
		 * @generated
		 */
		EClass LITHIUM_BATTERY_MODEL = eINSTANCE.getLithiumBatteryModel();

		/**
		 * The meta object literal for the '<em><b>Nominal Voltage</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LITHIUM_BATTERY_MODEL__NOMINAL_VOLTAGE = eINSTANCE.getLithiumBatteryModel_NominalVoltage();

		/**
		 * The meta object literal for the '<em><b>Cells In Series</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LITHIUM_BATTERY_MODEL__CELLS_IN_SERIES = eINSTANCE.getLithiumBatteryModel_CellsInSeries();

		/**
		 * The meta object literal for the '<em><b>Capacities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LITHIUM_BATTERY_MODEL__CAPACITIES = eINSTANCE.getLithiumBatteryModel_Capacities();

		/**
		 * The meta object literal for the '<em><b>Energy</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LITHIUM_BATTERY_MODEL__ENERGY = eINSTANCE.getLithiumBatteryModel_Energy();

		/**
		 * The meta object literal for the '<em><b>Max Continuous Discharge Current</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LITHIUM_BATTERY_MODEL__MAX_CONTINUOUS_DISCHARGE_CURRENT = eINSTANCE.getLithiumBatteryModel_MaxContinuousDischargeCurrent();

		/**
		 * The meta object literal for the '<em><b>Recommended Discharge Current</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LITHIUM_BATTERY_MODEL__RECOMMENDED_DISCHARGE_CURRENT = eINSTANCE.getLithiumBatteryModel_RecommendedDischargeCurrent();

		/**
		 * The meta object literal for the '<em><b>Max Charge Current</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LITHIUM_BATTERY_MODEL__MAX_CHARGE_CURRENT = eINSTANCE.getLithiumBatteryModel_MaxChargeCurrent();

		/**
		 * The meta object literal for the '<em><b>Recommended Charge Current</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LITHIUM_BATTERY_MODEL__RECOMMENDED_CHARGE_CURRENT = eINSTANCE.getLithiumBatteryModel_RecommendedChargeCurrent();

		/**
		 * The meta object literal for the '<em><b>Charge Voltage</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LITHIUM_BATTERY_MODEL__CHARGE_VOLTAGE = eINSTANCE.getLithiumBatteryModel_ChargeVoltage();

		/**
		 * The meta object literal for the '<em><b>Float Voltage</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LITHIUM_BATTERY_MODEL__FLOAT_VOLTAGE = eINSTANCE.getLithiumBatteryModel_FloatVoltage();

		/**
		 * The meta object literal for the '<em><b>End Of Discharge Voltage</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LITHIUM_BATTERY_MODEL__END_OF_DISCHARGE_VOLTAGE = eINSTANCE.getLithiumBatteryModel_EndOfDischargeVoltage();

		/**
		 * The meta object literal for the '<em><b>Discharge Temperature</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LITHIUM_BATTERY_MODEL__DISCHARGE_TEMPERATURE = eINSTANCE.getLithiumBatteryModel_DischargeTemperature();

		/**
		 * The meta object literal for the '<em><b>Charge Temperature</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LITHIUM_BATTERY_MODEL__CHARGE_TEMPERATURE = eINSTANCE.getLithiumBatteryModel_ChargeTemperature();

		/**
		 * The meta object literal for the '<em><b>Round Trip Efficiency</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LITHIUM_BATTERY_MODEL__ROUND_TRIP_EFFICIENCY = eINSTANCE.getLithiumBatteryModel_RoundTripEfficiency();

		/**
		 * The meta object literal for the '<em><b>Cycle Life</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LITHIUM_BATTERY_MODEL__CYCLE_LIFE = eINSTANCE.getLithiumBatteryModel_CycleLife();

		/**
		 * The meta object literal for the '<em><b>Max In Series</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LITHIUM_BATTERY_MODEL__MAX_IN_SERIES = eINSTANCE.getLithiumBatteryModel_MaxInSeries();

		/**
		 * The meta object literal for the '<em><b>Max Per System</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LITHIUM_BATTERY_MODEL__MAX_PER_SYSTEM = eINSTANCE.getLithiumBatteryModel_MaxPerSystem();

		/**
		 * The meta object literal for the '<em><b>Pre Alarm Support</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LITHIUM_BATTERY_MODEL__PRE_ALARM_SUPPORT = eINSTANCE.getLithiumBatteryModel_PreAlarmSupport();

		/**
		 * The meta object literal for the '<em><b>Internal Resistance</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LITHIUM_BATTERY_MODEL__INTERNAL_RESISTANCE = eINSTANCE.getLithiumBatteryModel_InternalResistance();

		/**
		 * The meta object literal for the '<em><b>Charge Disconnect Cell Voltage</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_CELL_VOLTAGE = eINSTANCE.getLithiumBatteryModel_ChargeDisconnectCellVoltage();

		/**
		 * The meta object literal for the '<em><b>Charge Disconnect High Temperature</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_HIGH_TEMPERATURE = eINSTANCE.getLithiumBatteryModel_ChargeDisconnectHighTemperature();

		/**
		 * The meta object literal for the '<em><b>Charge Disconnect Low Temperature</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_LOW_TEMPERATURE = eINSTANCE.getLithiumBatteryModel_ChargeDisconnectLowTemperature();

		/**
		 * The meta object literal for the '<em><b>Reserve After Disconnect</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LITHIUM_BATTERY_MODEL__RESERVE_AFTER_DISCONNECT = eINSTANCE.getLithiumBatteryModel_ReserveAfterDisconnect();

		/**
		 * The meta object literal for the '<em><b>Chemistry</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LITHIUM_BATTERY_MODEL__CHEMISTRY = eINSTANCE.getLithiumBatteryModel_Chemistry();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.DeviceTypeImpl <em>Device Type</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.DeviceTypeImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getDeviceType()
		 * @generated
		 */
		EClass DEVICE_TYPE = eINSTANCE.getDeviceType();

		/**
		 * The meta object literal for the '<em><b>Roles</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_TYPE__ROLES = eINSTANCE.getDeviceType_Roles();

		/**
		 * The meta object literal for the '<em><b>Nominal Voltages</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE_TYPE__NOMINAL_VOLTAGES = eINSTANCE.getDeviceType_NominalVoltages();

		/**
		 * The meta object literal for the '<em><b>Rated Power</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE_TYPE__RATED_POWER = eINSTANCE.getDeviceType_RatedPower();

		/**
		 * The meta object literal for the '<em><b>Rated Current</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE_TYPE__RATED_CURRENT = eINSTANCE.getDeviceType_RatedCurrent();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.AccessoryCableTypeImpl <em>Accessory Cable Type</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.AccessoryCableTypeImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getAccessoryCableType()
		 * @generated
		 */
		EClass ACCESSORY_CABLE_TYPE = eINSTANCE.getAccessoryCableType();

		/**
		 * The meta object literal for the '<em><b>Function</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCESSORY_CABLE_TYPE__FUNCTION = eINSTANCE.getAccessoryCableType_Function();

		/**
		 * The meta object literal for the '<em><b>Pieces Per Pack</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCESSORY_CABLE_TYPE__PIECES_PER_PACK = eINSTANCE.getAccessoryCableType_PiecesPerPack();

		/**
		 * The meta object literal for the '<em><b>Inverting</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCESSORY_CABLE_TYPE__INVERTING = eINSTANCE.getAccessoryCableType_Inverting();

		/**
		 * The meta object literal for the '<em><b>Length</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCESSORY_CABLE_TYPE__LENGTH = eINSTANCE.getAccessoryCableType_Length();

		/**
		 * The meta object literal for the '<em><b>Wires</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCESSORY_CABLE_TYPE__WIRES = eINSTANCE.getAccessoryCableType_Wires();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.FuseTypeImpl <em>Fuse Type</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.FuseTypeImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getFuseType()
		 * @generated
		 */
		EClass FUSE_TYPE = eINSTANCE.getFuseType();

		/**
		 * The meta object literal for the '<em><b>Fuse Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUSE_TYPE__FUSE_KIND = eINSTANCE.getFuseType_FuseKind();

		/**
		 * The meta object literal for the '<em><b>Ratings</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FUSE_TYPE__RATINGS = eINSTANCE.getFuseType_Ratings();

		/**
		 * The meta object literal for the '<em><b>Max Voltage</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FUSE_TYPE__MAX_VOLTAGE = eINSTANCE.getFuseType_MaxVoltage();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.CableWireImpl <em>Cable Wire</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.CableWireImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getCableWire()
		 * @generated
		 */
		EClass CABLE_WIRE = eINSTANCE.getCableWire();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CABLE_WIRE__ID = eINSTANCE.getCableWire_Id();

		/**
		 * The meta object literal for the '<em><b>Colour</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CABLE_WIRE__COLOUR = eINSTANCE.getCableWire_Colour();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CABLE_WIRE__DESCRIPTION = eINSTANCE.getCableWire_Description();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.TerminalDefinitionImpl <em>Terminal Definition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.TerminalDefinitionImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getTerminalDefinition()
		 * @generated
		 */
		EClass TERMINAL_DEFINITION = eINSTANCE.getTerminalDefinition();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERMINAL_DEFINITION__ID = eINSTANCE.getTerminalDefinition_Id();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERMINAL_DEFINITION__LABEL = eINSTANCE.getTerminalDefinition_Label();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERMINAL_DEFINITION__KIND = eINSTANCE.getTerminalDefinition_Kind();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERMINAL_DEFINITION__DIRECTION = eINSTANCE.getTerminalDefinition_Direction();

		/**
		 * The meta object literal for the '<em><b>Connector Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERMINAL_DEFINITION__CONNECTOR_GROUP = eINSTANCE.getTerminalDefinition_ConnectorGroup();

		/**
		 * The meta object literal for the '<em><b>Side</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERMINAL_DEFINITION__SIDE = eINSTANCE.getTerminalDefinition_Side();

		/**
		 * The meta object literal for the '<em><b>Order</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERMINAL_DEFINITION__ORDER = eINSTANCE.getTerminalDefinition_Order();

		/**
		 * The meta object literal for the '<em><b>Connector</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TERMINAL_DEFINITION__CONNECTOR = eINSTANCE.getTerminalDefinition_Connector();

		/**
		 * The meta object literal for the '<em><b>Power</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TERMINAL_DEFINITION__POWER = eINSTANCE.getTerminalDefinition_Power();

		/**
		 * The meta object literal for the '<em><b>Output</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TERMINAL_DEFINITION__OUTPUT = eINSTANCE.getTerminalDefinition_Output();

		/**
		 * The meta object literal for the '<em><b>Remote Input</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TERMINAL_DEFINITION__REMOTE_INPUT = eINSTANCE.getTerminalDefinition_RemoteInput();

		/**
		 * The meta object literal for the '<em><b>Product Type</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TERMINAL_DEFINITION__PRODUCT_TYPE = eINSTANCE.getTerminalDefinition_ProductType();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.PowerPortSpecImpl <em>Power Port Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.PowerPortSpecImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getPowerPortSpec()
		 * @generated
		 */
		EClass POWER_PORT_SPEC = eINSTANCE.getPowerPortSpec();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POWER_PORT_SPEC__DIRECTION = eINSTANCE.getPowerPortSpec_Direction();

		/**
		 * The meta object literal for the '<em><b>Continuous Current</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POWER_PORT_SPEC__CONTINUOUS_CURRENT = eINSTANCE.getPowerPortSpec_ContinuousCurrent();

		/**
		 * The meta object literal for the '<em><b>Peak Current</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POWER_PORT_SPEC__PEAK_CURRENT = eINSTANCE.getPowerPortSpec_PeakCurrent();

		/**
		 * The meta object literal for the '<em><b>Enable Voltage</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POWER_PORT_SPEC__ENABLE_VOLTAGE = eINSTANCE.getPowerPortSpec_EnableVoltage();

		/**
		 * The meta object literal for the '<em><b>Reverse Current Blocked</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POWER_PORT_SPEC__REVERSE_CURRENT_BLOCKED = eINSTANCE.getPowerPortSpec_ReverseCurrentBlocked();

		/**
		 * The meta object literal for the '<em><b>Current Limit Of Fuse Rating</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POWER_PORT_SPEC__CURRENT_LIMIT_OF_FUSE_RATING = eINSTANCE.getPowerPortSpec_CurrentLimitOfFuseRating();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.OutputBehaviourImpl <em>Output Behaviour</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.OutputBehaviourImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getOutputBehaviour()
		 * @generated
		 */
		EClass OUTPUT_BEHAVIOUR = eINSTANCE.getOutputBehaviour();

		/**
		 * The meta object literal for the '<em><b>Trigger</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTPUT_BEHAVIOUR__TRIGGER = eINSTANCE.getOutputBehaviour_Trigger();

		/**
		 * The meta object literal for the '<em><b>Normal State</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OUTPUT_BEHAVIOUR__NORMAL_STATE = eINSTANCE.getOutputBehaviour_NormalState();

		/**
		 * The meta object literal for the '<em><b>Active State</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OUTPUT_BEHAVIOUR__ACTIVE_STATE = eINSTANCE.getOutputBehaviour_ActiveState();

		/**
		 * The meta object literal for the '<em><b>High Level Below Battery</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OUTPUT_BEHAVIOUR__HIGH_LEVEL_BELOW_BATTERY = eINSTANCE.getOutputBehaviour_HighLevelBelowBattery();

		/**
		 * The meta object literal for the '<em><b>Source Current Limit</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OUTPUT_BEHAVIOUR__SOURCE_CURRENT_LIMIT = eINSTANCE.getOutputBehaviour_SourceCurrentLimit();

		/**
		 * The meta object literal for the '<em><b>Sink Current</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OUTPUT_BEHAVIOUR__SINK_CURRENT = eINSTANCE.getOutputBehaviour_SinkCurrent();

		/**
		 * The meta object literal for the '<em><b>Contact Rating</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OUTPUT_BEHAVIOUR__CONTACT_RATING = eINSTANCE.getOutputBehaviour_ContactRating();

		/**
		 * The meta object literal for the '<em><b>Short Circuit Protected</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OUTPUT_BEHAVIOUR__SHORT_CIRCUIT_PROTECTED = eINSTANCE.getOutputBehaviour_ShortCircuitProtected();

		/**
		 * The meta object literal for the '<em><b>Inductive Load Allowed</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OUTPUT_BEHAVIOUR__INDUCTIVE_LOAD_ALLOWED = eINSTANCE.getOutputBehaviour_InductiveLoadAllowed();

		/**
		 * The meta object literal for the '<em><b>Lead Time</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OUTPUT_BEHAVIOUR__LEAD_TIME = eINSTANCE.getOutputBehaviour_LeadTime();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.RemoteInputBehaviourImpl <em>Remote Input Behaviour</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.RemoteInputBehaviourImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getRemoteInputBehaviour()
		 * @generated
		 */
		EClass REMOTE_INPUT_BEHAVIOUR = eINSTANCE.getRemoteInputBehaviour();

		/**
		 * The meta object literal for the '<em><b>Activation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMOTE_INPUT_BEHAVIOUR__ACTIVATION = eINSTANCE.getRemoteInputBehaviour_Activation();

		/**
		 * The meta object literal for the '<em><b>Threshold</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REMOTE_INPUT_BEHAVIOUR__THRESHOLD = eINSTANCE.getRemoteInputBehaviour_Threshold();

		/**
		 * The meta object literal for the '<em><b>Partner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REMOTE_INPUT_BEHAVIOUR__PARTNER = eINSTANCE.getRemoteInputBehaviour_Partner();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.RemoteUseModeImpl <em>Remote Use Mode</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.RemoteUseModeImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getRemoteUseMode()
		 * @generated
		 */
		EClass REMOTE_USE_MODE = eINSTANCE.getRemoteUseMode();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMOTE_USE_MODE__LABEL = eINSTANCE.getRemoteUseMode_Label();

		/**
		 * The meta object literal for the '<em><b>Condition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMOTE_USE_MODE__CONDITION = eINSTANCE.getRemoteUseMode_Condition();

		/**
		 * The meta object literal for the '<em><b>On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMOTE_USE_MODE__ON = eINSTANCE.getRemoteUseMode_On();

		/**
		 * The meta object literal for the '<em><b>Threshold</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REMOTE_USE_MODE__THRESHOLD = eINSTANCE.getRemoteUseMode_Threshold();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.RemoteControlRouteImpl <em>Remote Control Route</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.RemoteControlRouteImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getRemoteControlRoute()
		 * @generated
		 */
		EClass REMOTE_CONTROL_ROUTE = eINSTANCE.getRemoteControlRoute();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMOTE_CONTROL_ROUTE__METHOD = eINSTANCE.getRemoteControlRoute_Method();

		/**
		 * The meta object literal for the '<em><b>Bms Outputs</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMOTE_CONTROL_ROUTE__BMS_OUTPUTS = eINSTANCE.getRemoteControlRoute_BmsOutputs();

		/**
		 * The meta object literal for the '<em><b>Target Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMOTE_CONTROL_ROUTE__TARGET_DESCRIPTION = eINSTANCE.getRemoteControlRoute_TargetDescription();

		/**
		 * The meta object literal for the '<em><b>Cable Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMOTE_CONTROL_ROUTE__CABLE_COUNT = eINSTANCE.getRemoteControlRoute_CableCount();

		/**
		 * The meta object literal for the '<em><b>Requires All Outputs High</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMOTE_CONTROL_ROUTE__REQUIRES_ALL_OUTPUTS_HIGH = eINSTANCE.getRemoteControlRoute_RequiresAllOutputsHigh();

		/**
		 * The meta object literal for the '<em><b>Condition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMOTE_CONTROL_ROUTE__CONDITION = eINSTANCE.getRemoteControlRoute_Condition();

		/**
		 * The meta object literal for the '<em><b>See Document</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMOTE_CONTROL_ROUTE__SEE_DOCUMENT = eINSTANCE.getRemoteControlRoute_SeeDocument();

		/**
		 * The meta object literal for the '<em><b>Target Terminals</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REMOTE_CONTROL_ROUTE__TARGET_TERMINALS = eINSTANCE.getRemoteControlRoute_TargetTerminals();

		/**
		 * The meta object literal for the '<em><b>Cable</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REMOTE_CONTROL_ROUTE__CABLE = eINSTANCE.getRemoteControlRoute_Cable();

		/**
		 * The meta object literal for the '<em><b>Wire Connections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REMOTE_CONTROL_ROUTE__WIRE_CONNECTIONS = eINSTANCE.getRemoteControlRoute_WireConnections();

		/**
		 * The meta object literal for the '<em><b>Intermediate Device</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REMOTE_CONTROL_ROUTE__INTERMEDIATE_DEVICE = eINSTANCE.getRemoteControlRoute_IntermediateDevice();

		/**
		 * The meta object literal for the '<em><b>Power Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMOTE_CONTROL_ROUTE__POWER_PORT = eINSTANCE.getRemoteControlRoute_PowerPort();

		/**
		 * The meta object literal for the '<em><b>Variants</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REMOTE_CONTROL_ROUTE__VARIANTS = eINSTANCE.getRemoteControlRoute_Variants();

		/**
		 * The meta object literal for the '<em><b>Bms Models</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REMOTE_CONTROL_ROUTE__BMS_MODELS = eINSTANCE.getRemoteControlRoute_BmsModels();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.CableWireConnectionImpl <em>Cable Wire Connection</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.CableWireConnectionImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getCableWireConnection()
		 * @generated
		 */
		EClass CABLE_WIRE_CONNECTION = eINSTANCE.getCableWireConnection();

		/**
		 * The meta object literal for the '<em><b>Wire</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CABLE_WIRE_CONNECTION__WIRE = eINSTANCE.getCableWireConnection_Wire();

		/**
		 * The meta object literal for the '<em><b>Target Terminal</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CABLE_WIRE_CONNECTION__TARGET_TERMINAL = eINSTANCE.getCableWireConnection_TargetTerminal();

		/**
		 * The meta object literal for the '<em><b>Target Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CABLE_WIRE_CONNECTION__TARGET_DESCRIPTION = eINSTANCE.getCableWireConnection_TargetDescription();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.SettingDefinitionImpl <em>Setting Definition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.SettingDefinitionImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getSettingDefinition()
		 * @generated
		 */
		EClass SETTING_DEFINITION = eINSTANCE.getSettingDefinition();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SETTING_DEFINITION__KEY = eINSTANCE.getSettingDefinition_Key();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SETTING_DEFINITION__LABEL = eINSTANCE.getSettingDefinition_Label();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SETTING_DEFINITION__DESCRIPTION = eINSTANCE.getSettingDefinition_Description();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SETTING_DEFINITION__ROLE = eINSTANCE.getSettingDefinition_Role();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SETTING_DEFINITION__CHANNEL = eINSTANCE.getSettingDefinition_Channel();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.NumberSettingDefinitionImpl <em>Number Setting Definition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.NumberSettingDefinitionImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getNumberSettingDefinition()
		 * @generated
		 */
		EClass NUMBER_SETTING_DEFINITION = eINSTANCE.getNumberSettingDefinition();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NUMBER_SETTING_DEFINITION__UNIT = eINSTANCE.getNumberSettingDefinition_Unit();

		/**
		 * The meta object literal for the '<em><b>Step</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NUMBER_SETTING_DEFINITION__STEP = eINSTANCE.getNumberSettingDefinition_Step();

		/**
		 * The meta object literal for the '<em><b>Range</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NUMBER_SETTING_DEFINITION__RANGE = eINSTANCE.getNumberSettingDefinition_Range();

		/**
		 * The meta object literal for the '<em><b>Default Value</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NUMBER_SETTING_DEFINITION__DEFAULT_VALUE = eINSTANCE.getNumberSettingDefinition_DefaultValue();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.ChoiceSettingDefinitionImpl <em>Choice Setting Definition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.ChoiceSettingDefinitionImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getChoiceSettingDefinition()
		 * @generated
		 */
		EClass CHOICE_SETTING_DEFINITION = eINSTANCE.getChoiceSettingDefinition();

		/**
		 * The meta object literal for the '<em><b>Options</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHOICE_SETTING_DEFINITION__OPTIONS = eINSTANCE.getChoiceSettingDefinition_Options();

		/**
		 * The meta object literal for the '<em><b>Default Option</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHOICE_SETTING_DEFINITION__DEFAULT_OPTION = eINSTANCE.getChoiceSettingDefinition_DefaultOption();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.BooleanSettingDefinitionImpl <em>Boolean Setting Definition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.BooleanSettingDefinitionImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getBooleanSettingDefinition()
		 * @generated
		 */
		EClass BOOLEAN_SETTING_DEFINITION = eINSTANCE.getBooleanSettingDefinition();

		/**
		 * The meta object literal for the '<em><b>Default Value</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BOOLEAN_SETTING_DEFINITION__DEFAULT_VALUE = eINSTANCE.getBooleanSettingDefinition_DefaultValue();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.SettingOptionImpl <em>Setting Option</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.SettingOptionImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getSettingOption()
		 * @generated
		 */
		EClass SETTING_OPTION = eINSTANCE.getSettingOption();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SETTING_OPTION__KEY = eINSTANCE.getSettingOption_Key();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SETTING_OPTION__LABEL = eINSTANCE.getSettingOption_Label();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SETTING_OPTION__DESCRIPTION = eINSTANCE.getSettingOption_Description();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SETTING_OPTION__ROLE = eINSTANCE.getSettingOption_Role();

		/**
		 * The meta object literal for the '<em><b>Fuse</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SETTING_OPTION__FUSE = eINSTANCE.getSettingOption_Fuse();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.FuseTableEntryImpl <em>Fuse Table Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.FuseTableEntryImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getFuseTableEntry()
		 * @generated
		 */
		EClass FUSE_TABLE_ENTRY = eINSTANCE.getFuseTableEntry();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUSE_TABLE_ENTRY__ID = eINSTANCE.getFuseTableEntry_Id();

		/**
		 * The meta object literal for the '<em><b>Fuse Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUSE_TABLE_ENTRY__FUSE_COUNT = eINSTANCE.getFuseTableEntry_FuseCount();

		/**
		 * The meta object literal for the '<em><b>Fuse Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUSE_TABLE_ENTRY__FUSE_KIND = eINSTANCE.getFuseTableEntry_FuseKind();

		/**
		 * The meta object literal for the '<em><b>Fuse Rating</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FUSE_TABLE_ENTRY__FUSE_RATING = eINSTANCE.getFuseTableEntry_FuseRating();

		/**
		 * The meta object literal for the '<em><b>Max Charge Current</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FUSE_TABLE_ENTRY__MAX_CHARGE_CURRENT = eINSTANCE.getFuseTableEntry_MaxChargeCurrent();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.LedIndicatorImpl <em>Led Indicator</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.LedIndicatorImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getLedIndicator()
		 * @generated
		 */
		EClass LED_INDICATOR = eINSTANCE.getLedIndicator();

		/**
		 * The meta object literal for the '<em><b>Position</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LED_INDICATOR__POSITION = eINSTANCE.getLedIndicator_Position();

		/**
		 * The meta object literal for the '<em><b>Colour</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LED_INDICATOR__COLOUR = eINSTANCE.getLedIndicator_Colour();

		/**
		 * The meta object literal for the '<em><b>Function</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LED_INDICATOR__FUNCTION = eINSTANCE.getLedIndicator_Function();

		/**
		 * The meta object literal for the '<em><b>States</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LED_INDICATOR__STATES = eINSTANCE.getLedIndicator_States();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.LedStateImpl <em>Led State</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.LedStateImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getLedState()
		 * @generated
		 */
		EClass LED_STATE = eINSTANCE.getLedState();

		/**
		 * The meta object literal for the '<em><b>Pattern</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LED_STATE__PATTERN = eINSTANCE.getLedState_Pattern();

		/**
		 * The meta object literal for the '<em><b>Meaning</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LED_STATE__MEANING = eINSTANCE.getLedState_Meaning();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.StatusCodeImpl <em>Status Code</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.StatusCodeImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getStatusCode()
		 * @generated
		 */
		EClass STATUS_CODE = eINSTANCE.getStatusCode();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_CODE__CODE = eINSTANCE.getStatusCode_Code();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_CODE__SEVERITY = eINSTANCE.getStatusCode_Severity();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_CODE__TITLE = eINSTANCE.getStatusCode_Title();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_CODE__DESCRIPTION = eINSTANCE.getStatusCode_Description();

		/**
		 * The meta object literal for the '<em><b>Remedy Steps</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_CODE__REMEDY_STEPS = eINSTANCE.getStatusCode_RemedySteps();

		/**
		 * The meta object literal for the '<em><b>User Correctable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_CODE__USER_CORRECTABLE = eINSTANCE.getStatusCode_UserCorrectable();

		/**
		 * The meta object literal for the '<em><b>Removed In Firmware</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_CODE__REMOVED_IN_FIRMWARE = eINSTANCE.getStatusCode_RemovedInFirmware();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.CellChemistryImpl <em>Cell Chemistry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.CellChemistryImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getCellChemistry()
		 * @generated
		 */
		EClass CELL_CHEMISTRY = eINSTANCE.getCellChemistry();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CELL_CHEMISTRY__ID = eINSTANCE.getCellChemistry_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CELL_CHEMISTRY__NAME = eINSTANCE.getCellChemistry_Name();

		/**
		 * The meta object literal for the '<em><b>Nominal Cell Voltage</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CELL_CHEMISTRY__NOMINAL_CELL_VOLTAGE = eINSTANCE.getCellChemistry_NominalCellVoltage();

		/**
		 * The meta object literal for the '<em><b>Ocv Curve</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CELL_CHEMISTRY__OCV_CURVE = eINSTANCE.getCellChemistry_OcvCurve();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.ComparisonTableImpl <em>Comparison Table</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.ComparisonTableImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getComparisonTable()
		 * @generated
		 */
		EClass COMPARISON_TABLE = eINSTANCE.getComparisonTable();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPARISON_TABLE__ID = eINSTANCE.getComparisonTable_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPARISON_TABLE__TITLE = eINSTANCE.getComparisonTable_Title();

		/**
		 * The meta object literal for the '<em><b>Corner Header</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPARISON_TABLE__CORNER_HEADER = eINSTANCE.getComparisonTable_CornerHeader();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPARISON_TABLE__SOURCE = eINSTANCE.getComparisonTable_Source();

		/**
		 * The meta object literal for the '<em><b>Columns</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPARISON_TABLE__COLUMNS = eINSTANCE.getComparisonTable_Columns();

		/**
		 * The meta object literal for the '<em><b>Rows</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPARISON_TABLE__ROWS = eINSTANCE.getComparisonTable_Rows();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.ComparisonColumnImpl <em>Comparison Column</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.ComparisonColumnImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getComparisonColumn()
		 * @generated
		 */
		EClass COMPARISON_COLUMN = eINSTANCE.getComparisonColumn();

		/**
		 * The meta object literal for the '<em><b>Header</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPARISON_COLUMN__HEADER = eINSTANCE.getComparisonColumn_Header();

		/**
		 * The meta object literal for the '<em><b>Product</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPARISON_COLUMN__PRODUCT = eINSTANCE.getComparisonColumn_Product();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.ComparisonRowImpl <em>Comparison Row</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.ComparisonRowImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getComparisonRow()
		 * @generated
		 */
		EClass COMPARISON_ROW = eINSTANCE.getComparisonRow();

		/**
		 * The meta object literal for the '<em><b>Header</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPARISON_ROW__HEADER = eINSTANCE.getComparisonRow_Header();

		/**
		 * The meta object literal for the '<em><b>Style</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPARISON_ROW__STYLE = eINSTANCE.getComparisonRow_Style();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPARISON_ROW__PATH = eINSTANCE.getComparisonRow_Path();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.WiringReferenceImpl <em>Wiring Reference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.WiringReferenceImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getWiringReference()
		 * @generated
		 */
		EClass WIRING_REFERENCE = eINSTANCE.getWiringReference();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WIRING_REFERENCE__ID = eINSTANCE.getWiringReference_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WIRING_REFERENCE__NAME = eINSTANCE.getWiringReference_Name();

		/**
		 * The meta object literal for the '<em><b>Conductor Resistivity</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WIRING_REFERENCE__CONDUCTOR_RESISTIVITY = eINSTANCE.getWiringReference_ConductorResistivity();

		/**
		 * The meta object literal for the '<em><b>Conductor Conductivity</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WIRING_REFERENCE__CONDUCTOR_CONDUCTIVITY = eINSTANCE.getWiringReference_ConductorConductivity();

		/**
		 * The meta object literal for the '<em><b>Resistance Temperature Coefficient</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WIRING_REFERENCE__RESISTANCE_TEMPERATURE_COEFFICIENT = eINSTANCE.getWiringReference_ResistanceTemperatureCoefficient();

		/**
		 * The meta object literal for the '<em><b>Ampacity</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WIRING_REFERENCE__AMPACITY = eINSTANCE.getWiringReference_Ampacity();

		/**
		 * The meta object literal for the '<em><b>Bundling Derating</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WIRING_REFERENCE__BUNDLING_DERATING = eINSTANCE.getWiringReference_BundlingDerating();

		/**
		 * The meta object literal for the '<em><b>Voltage Drop Limits</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WIRING_REFERENCE__VOLTAGE_DROP_LIMITS = eINSTANCE.getWiringReference_VoltageDropLimits();

		/**
		 * The meta object literal for the '<em><b>Fuse Minimum Of Device Current</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WIRING_REFERENCE__FUSE_MINIMUM_OF_DEVICE_CURRENT = eINSTANCE.getWiringReference_FuseMinimumOfDeviceCurrent();

		/**
		 * The meta object literal for the '<em><b>System Voltage Guides</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WIRING_REFERENCE__SYSTEM_VOLTAGE_GUIDES = eINSTANCE.getWiringReference_SystemVoltageGuides();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.AmpacityFactImpl <em>Ampacity Fact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.AmpacityFactImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getAmpacityFact()
		 * @generated
		 */
		EClass AMPACITY_FACT = eINSTANCE.getAmpacityFact();

		/**
		 * The meta object literal for the '<em><b>Conditions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AMPACITY_FACT__CONDITIONS = eINSTANCE.getAmpacityFact_Conditions();

		/**
		 * The meta object literal for the '<em><b>Cross Section</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AMPACITY_FACT__CROSS_SECTION = eINSTANCE.getAmpacityFact_CrossSection();

		/**
		 * The meta object literal for the '<em><b>Current</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AMPACITY_FACT__CURRENT = eINSTANCE.getAmpacityFact_Current();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.VoltageDropLimitFactImpl <em>Voltage Drop Limit Fact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.VoltageDropLimitFactImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getVoltageDropLimitFact()
		 * @generated
		 */
		EClass VOLTAGE_DROP_LIMIT_FACT = eINSTANCE.getVoltageDropLimitFact();

		/**
		 * The meta object literal for the '<em><b>Context</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLTAGE_DROP_LIMIT_FACT__CONTEXT = eINSTANCE.getVoltageDropLimitFact_Context();

		/**
		 * The meta object literal for the '<em><b>System Voltage</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VOLTAGE_DROP_LIMIT_FACT__SYSTEM_VOLTAGE = eINSTANCE.getVoltageDropLimitFact_SystemVoltage();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.impl.SystemVoltageGuideFactImpl <em>System Voltage Guide Fact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.impl.SystemVoltageGuideFactImpl
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getSystemVoltageGuideFact()
		 * @generated
		 */
		EClass SYSTEM_VOLTAGE_GUIDE_FACT = eINSTANCE.getSystemVoltageGuideFact();

		/**
		 * The meta object literal for the '<em><b>System Voltage</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYSTEM_VOLTAGE_GUIDE_FACT__SYSTEM_VOLTAGE = eINSTANCE.getSystemVoltageGuideFact_SystemVoltage();

		/**
		 * The meta object literal for the '<em><b>Max Inverter Power</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYSTEM_VOLTAGE_GUIDE_FACT__MAX_INVERTER_POWER = eINSTANCE.getSystemVoltageGuideFact_MaxInverterPower();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.Unit <em>Unit</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.Unit
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getUnit()
		 * @generated
		 */
		EEnum UNIT = eINSTANCE.getUnit();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.Relation <em>Relation</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.Relation
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getRelation()
		 * @generated
		 */
		EEnum RELATION = eINSTANCE.getRelation();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.SourceConfidence <em>Source Confidence</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.SourceConfidence
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getSourceConfidence()
		 * @generated
		 */
		EEnum SOURCE_CONFIDENCE = eINSTANCE.getSourceConfidence();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.DocumentKind <em>Document Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.DocumentKind
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getDocumentKind()
		 * @generated
		 */
		EEnum DOCUMENT_KIND = eINSTANCE.getDocumentKind();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.RulingPrinciple <em>Ruling Principle</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.RulingPrinciple
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getRulingPrinciple()
		 * @generated
		 */
		EEnum RULING_PRINCIPLE = eINSTANCE.getRulingPrinciple();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.ProductCategory <em>Product Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.ProductCategory
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getProductCategory()
		 * @generated
		 */
		EEnum PRODUCT_CATEGORY = eINSTANCE.getProductCategory();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.DeviceRole <em>Device Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.DeviceRole
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getDeviceRole()
		 * @generated
		 */
		EEnum DEVICE_ROLE = eINSTANCE.getDeviceRole();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.TerminalKind <em>Terminal Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.TerminalKind
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getTerminalKind()
		 * @generated
		 */
		EEnum TERMINAL_KIND = eINSTANCE.getTerminalKind();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.TerminalDirection <em>Terminal Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.TerminalDirection
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getTerminalDirection()
		 * @generated
		 */
		EEnum TERMINAL_DIRECTION = eINSTANCE.getTerminalDirection();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.DiagramSide <em>Diagram Side</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.DiagramSide
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getDiagramSide()
		 * @generated
		 */
		EEnum DIAGRAM_SIDE = eINSTANCE.getDiagramSide();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.OutputState <em>Output State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.OutputState
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getOutputState()
		 * @generated
		 */
		EEnum OUTPUT_STATE = eINSTANCE.getOutputState();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.OutputTrigger <em>Output Trigger</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.OutputTrigger
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getOutputTrigger()
		 * @generated
		 */
		EEnum OUTPUT_TRIGGER = eINSTANCE.getOutputTrigger();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.OutputSwitchingKind <em>Output Switching Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.OutputSwitchingKind
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getOutputSwitchingKind()
		 * @generated
		 */
		EEnum OUTPUT_SWITCHING_KIND = eINSTANCE.getOutputSwitchingKind();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.RemoteActivation <em>Remote Activation</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.RemoteActivation
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getRemoteActivation()
		 * @generated
		 */
		EEnum REMOTE_ACTIVATION = eINSTANCE.getRemoteActivation();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.RemoteCondition <em>Remote Condition</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.RemoteCondition
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getRemoteCondition()
		 * @generated
		 */
		EEnum REMOTE_CONDITION = eINSTANCE.getRemoteCondition();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.AlternatorPortMode <em>Alternator Port Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.AlternatorPortMode
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getAlternatorPortMode()
		 * @generated
		 */
		EEnum ALTERNATOR_PORT_MODE = eINSTANCE.getAlternatorPortMode();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.CommunicationProtocol <em>Communication Protocol</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.CommunicationProtocol
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getCommunicationProtocol()
		 * @generated
		 */
		EEnum COMMUNICATION_PROTOCOL = eINSTANCE.getCommunicationProtocol();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.DimensionAxes <em>Dimension Axes</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.DimensionAxes
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getDimensionAxes()
		 * @generated
		 */
		EEnum DIMENSION_AXES = eINSTANCE.getDimensionAxes();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.LifecycleStatus <em>Lifecycle Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.LifecycleStatus
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getLifecycleStatus()
		 * @generated
		 */
		EEnum LIFECYCLE_STATUS = eINSTANCE.getLifecycleStatus();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.StandardKind <em>Standard Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.StandardKind
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getStandardKind()
		 * @generated
		 */
		EEnum STANDARD_KIND = eINSTANCE.getStandardKind();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.ConnectorType <em>Connector Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.ConnectorType
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getConnectorType()
		 * @generated
		 */
		EEnum CONNECTOR_TYPE = eINSTANCE.getConnectorType();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.PowerState <em>Power State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.PowerState
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getPowerState()
		 * @generated
		 */
		EEnum POWER_STATE = eINSTANCE.getPowerState();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.CurrentDirection <em>Current Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.CurrentDirection
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getCurrentDirection()
		 * @generated
		 */
		EEnum CURRENT_DIRECTION = eINSTANCE.getCurrentDirection();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.FuseKind <em>Fuse Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.FuseKind
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getFuseKind()
		 * @generated
		 */
		EEnum FUSE_KIND = eINSTANCE.getFuseKind();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.LedColour <em>Led Colour</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.LedColour
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getLedColour()
		 * @generated
		 */
		EEnum LED_COLOUR = eINSTANCE.getLedColour();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.LedPattern <em>Led Pattern</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.LedPattern
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getLedPattern()
		 * @generated
		 */
		EEnum LED_PATTERN = eINSTANCE.getLedPattern();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.LedFunction <em>Led Function</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.LedFunction
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getLedFunction()
		 * @generated
		 */
		EEnum LED_FUNCTION = eINSTANCE.getLedFunction();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.CodeSeverity <em>Code Severity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.CodeSeverity
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getCodeSeverity()
		 * @generated
		 */
		EEnum CODE_SEVERITY = eINSTANCE.getCodeSeverity();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.SettingRole <em>Setting Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.SettingRole
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getSettingRole()
		 * @generated
		 */
		EEnum SETTING_ROLE = eINSTANCE.getSettingRole();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.OptionRole <em>Option Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.OptionRole
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getOptionRole()
		 * @generated
		 */
		EEnum OPTION_ROLE = eINSTANCE.getOptionRole();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.ConfigurationChannel <em>Configuration Channel</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.ConfigurationChannel
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getConfigurationChannel()
		 * @generated
		 */
		EEnum CONFIGURATION_CHANNEL = eINSTANCE.getConfigurationChannel();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.ControlMethod <em>Control Method</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.ControlMethod
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getControlMethod()
		 * @generated
		 */
		EEnum CONTROL_METHOD = eINSTANCE.getControlMethod();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.CableFunction <em>Cable Function</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.CableFunction
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getCableFunction()
		 * @generated
		 */
		EEnum CABLE_FUNCTION = eINSTANCE.getCableFunction();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.WireColour <em>Wire Colour</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.WireColour
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getWireColour()
		 * @generated
		 */
		EEnum WIRE_COLOUR = eINSTANCE.getWireColour();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.catalog.CellStyle <em>Cell Style</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.catalog.CellStyle
		 * @see io.cellwright.model.catalog.impl.CatalogPackageImpl#getCellStyle()
		 * @generated
		 */
		EEnum CELL_STYLE = eINSTANCE.getCellStyle();

	}

} //CatalogPackage
