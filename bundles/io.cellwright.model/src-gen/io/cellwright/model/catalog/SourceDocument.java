/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Source Document</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A document facts are read from, e.g. 001 = Smart BMS 12-200 manual Rev 08.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.SourceDocument#getId <em>Id</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.SourceDocument#getFileName <em>File Name</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.SourceDocument#getTitle <em>Title</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.SourceDocument#getKind <em>Kind</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.SourceDocument#getRevision <em>Revision</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.SourceDocument#getDate <em>Date</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.SourceDocument#getLanguage <em>Language</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.SourceDocument#getUri <em>Uri</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.SourceDocument#getSupersedes <em>Supersedes</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getSourceDocument()
 * @model
 * @generated
 */
public interface SourceDocument extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Short id used in citations, e.g. '001'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getSourceDocument_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.SourceDocument#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>File Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * File name of the stored copy, e.g. '001_72a3431c6a465bd0.txt'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>File Name</em>' attribute.
	 * @see #setFileName(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getSourceDocument_FileName()
	 * @model
	 * @generated
	 */
	String getFileName();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.SourceDocument#getFileName <em>File Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File Name</em>' attribute.
	 * @see #getFileName()
	 * @generated
	 */
	void setFileName(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Title.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getSourceDocument_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.SourceDocument#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cellwright.model.catalog.DocumentKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Kind of document.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see io.cellwright.model.catalog.DocumentKind
	 * @see #setKind(DocumentKind)
	 * @see io.cellwright.model.catalog.CatalogPackage#getSourceDocument_Kind()
	 * @model
	 * @generated
	 */
	DocumentKind getKind();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.SourceDocument#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see io.cellwright.model.catalog.DocumentKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(DocumentKind value);

	/**
	 * Returns the value of the '<em><b>Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Revision or edition as printed, e.g. 'Rev 08'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Revision</em>' attribute.
	 * @see #setRevision(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getSourceDocument_Revision()
	 * @model
	 * @generated
	 */
	String getRevision();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.SourceDocument#getRevision <em>Revision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Revision</em>' attribute.
	 * @see #getRevision()
	 * @generated
	 */
	void setRevision(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Publication date as printed, e.g. '03/2024'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getSourceDocument_Date()
	 * @model
	 * @generated
	 */
	String getDate();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.SourceDocument#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(String value);

	/**
	 * Returns the value of the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * IETF language tag, e.g. 'en', 'nl'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Language</em>' attribute.
	 * @see #setLanguage(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getSourceDocument_Language()
	 * @model
	 * @generated
	 */
	String getLanguage();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.SourceDocument#getLanguage <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Language</em>' attribute.
	 * @see #getLanguage()
	 * @generated
	 */
	void setLanguage(String value);

	/**
	 * Returns the value of the '<em><b>Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the original can be found.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Uri</em>' attribute.
	 * @see #setUri(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getSourceDocument_Uri()
	 * @model
	 * @generated
	 */
	String getUri();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.SourceDocument#getUri <em>Uri</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uri</em>' attribute.
	 * @see #getUri()
	 * @generated
	 */
	void setUri(String value);

	/**
	 * Returns the value of the '<em><b>Supersedes</b></em>' reference list.
	 * The list contents are of type {@link io.cellwright.model.catalog.SourceDocument}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Older editions this document replaces (002 supersedes 004).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Supersedes</em>' reference list.
	 * @see io.cellwright.model.catalog.CatalogPackage#getSourceDocument_Supersedes()
	 * @model
	 * @generated
	 */
	EList<SourceDocument> getSupersedes();

} // SourceDocument
