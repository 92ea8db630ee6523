/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Catalog</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Root of one catalog contribution (one XMI file). A contributing bundle supplies one or more catalogs; the catalog service assembles them. Elements of other catalogs are referenced by logical URI (cellwright:/catalog/<id>#<element id>), so a third-party catalog can use Victron accessories and documents.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.Catalog#getId <em>Id</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.Catalog#getName <em>Name</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.Catalog#getProvider <em>Provider</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.Catalog#getVersion <em>Version</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.Catalog#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.Catalog#getRequires <em>Requires</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.Catalog#getDocuments <em>Documents</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.Catalog#getFamilies <em>Families</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.Catalog#getProductTypes <em>Product Types</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.Catalog#getChemistries <em>Chemistries</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.Catalog#getComparisonTables <em>Comparison Tables</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.Catalog#getWiringReferences <em>Wiring References</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getCatalog()
 * @model
 * @generated
 */
public interface Catalog extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stable catalog id, e.g. 'victron'. Unique among all contributions; part of the logical URI.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getCatalog_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.Catalog#getId <em>Id</em>}' attribute.
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
	 * Human readable name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getCatalog_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.Catalog#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Provider</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who maintains this catalog.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provider</em>' attribute.
	 * @see #setProvider(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getCatalog_Provider()
	 * @model
	 * @generated
	 */
	String getProvider();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.Catalog#getProvider <em>Provider</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provider</em>' attribute.
	 * @see #getProvider()
	 * @generated
	 */
	void setProvider(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Content version of this catalog (changes whenever data changes).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getCatalog_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.Catalog#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version of the catalog file format, for migration (1.0 for nsURI .../catalog/1.0).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format Version</em>' attribute.
	 * @see #setFormatVersion(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getCatalog_FormatVersion()
	 * @model required="true"
	 * @generated
	 */
	String getFormatVersion();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.Catalog#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Version</em>' attribute.
	 * @see #getFormatVersion()
	 * @generated
	 */
	void setFormatVersion(String value);

	/**
	 * Returns the value of the '<em><b>Requires</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ids of other catalogs whose elements this catalog references.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Requires</em>' attribute list.
	 * @see io.cellwright.model.catalog.CatalogPackage#getCatalog_Requires()
	 * @model
	 * @generated
	 */
	EList<String> getRequires();

	/**
	 * Returns the value of the '<em><b>Documents</b></em>' containment reference list.
	 * The list contents are of type {@link io.cellwright.model.catalog.SourceDocument}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Source documents the facts of this catalog cite.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Documents</em>' containment reference list.
	 * @see io.cellwright.model.catalog.CatalogPackage#getCatalog_Documents()
	 * @model containment="true"
	 * @generated
	 */
	EList<SourceDocument> getDocuments();

	/**
	 * Returns the value of the '<em><b>Families</b></em>' containment reference list.
	 * The list contents are of type {@link io.cellwright.model.catalog.ProductFamily}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Product families and systems.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Families</em>' containment reference list.
	 * @see io.cellwright.model.catalog.CatalogPackage#getCatalog_Families()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProductFamily> getFamilies();

	/**
	 * Returns the value of the '<em><b>Product Types</b></em>' containment reference list.
	 * The list contents are of type {@link io.cellwright.model.catalog.ProductType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Product types.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Product Types</em>' containment reference list.
	 * @see io.cellwright.model.catalog.CatalogPackage#getCatalog_ProductTypes()
	 * @model containment="true" keys="id"
	 * @generated
	 */
	EList<ProductType> getProductTypes();

	/**
	 * Returns the value of the '<em><b>Chemistries</b></em>' containment reference list.
	 * The list contents are of type {@link io.cellwright.model.catalog.CellChemistry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cell chemistries (open-circuit voltage curves...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Chemistries</em>' containment reference list.
	 * @see io.cellwright.model.catalog.CatalogPackage#getCatalog_Chemistries()
	 * @model containment="true"
	 * @generated
	 */
	EList<CellChemistry> getChemistries();

	/**
	 * Returns the value of the '<em><b>Comparison Tables</b></em>' containment reference list.
	 * The list contents are of type {@link io.cellwright.model.catalog.ComparisonTable}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Tables that can be printed back from the typed facts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Comparison Tables</em>' containment reference list.
	 * @see io.cellwright.model.catalog.CatalogPackage#getCatalog_ComparisonTables()
	 * @model containment="true"
	 * @generated
	 */
	EList<ComparisonTable> getComparisonTables();

	/**
	 * Returns the value of the '<em><b>Wiring References</b></em>' containment reference list.
	 * The list contents are of type {@link io.cellwright.model.catalog.WiringReference}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cable, voltage drop and fuse reference data.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Wiring References</em>' containment reference list.
	 * @see io.cellwright.model.catalog.CatalogPackage#getCatalog_WiringReferences()
	 * @model containment="true"
	 * @generated
	 */
	EList<WiringReference> getWiringReferences();

} // Catalog
