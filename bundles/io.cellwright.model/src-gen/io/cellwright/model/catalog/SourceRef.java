/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Source Ref</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Citation of one place in a source document.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.SourceRef#getDocument <em>Document</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.SourceRef#getSection <em>Section</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.SourceRef#getTable <em>Table</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.SourceRef#getRow <em>Row</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.SourceRef#getColumn <em>Column</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.SourceRef#getQuote <em>Quote</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.SourceRef#getConfidence <em>Confidence</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.SourceRef#getComment <em>Comment</em>}</li>
 * </ul>
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getSourceRef()
 * @model
 * @generated
 */
public interface SourceRef extends EObject {
	/**
	 * Returns the value of the '<em><b>Document</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The document.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Document</em>' reference.
	 * @see #setDocument(SourceDocument)
	 * @see io.cellwright.model.catalog.CatalogPackage#getSourceRef_Document()
	 * @model required="true"
	 * @generated
	 */
	SourceDocument getDocument();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.SourceRef#getDocument <em>Document</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document</em>' reference.
	 * @see #getDocument()
	 * @generated
	 */
	void setDocument(SourceDocument value);

	/**
	 * Returns the value of the '<em><b>Section</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Section, e.g. '3.4' or 'Appendix A item 3'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Section</em>' attribute.
	 * @see #setSection(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getSourceRef_Section()
	 * @model
	 * @generated
	 */
	String getSection();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.SourceRef#getSection <em>Section</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Section</em>' attribute.
	 * @see #getSection()
	 * @generated
	 */
	void setSection(String value);

	/**
	 * Returns the value of the '<em><b>Table</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Table name if the fact is in a table, e.g. 'fuse table', 'comparison table'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Table</em>' attribute.
	 * @see #setTable(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getSourceRef_Table()
	 * @model
	 * @generated
	 */
	String getTable();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.SourceRef#getTable <em>Table</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Table</em>' attribute.
	 * @see #getTable()
	 * @generated
	 */
	void setTable(String value);

	/**
	 * Returns the value of the '<em><b>Row</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Row header as printed, e.g. 'Alternator port'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Row</em>' attribute.
	 * @see #setRow(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getSourceRef_Row()
	 * @model
	 * @generated
	 */
	String getRow();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.SourceRef#getRow <em>Row</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Row</em>' attribute.
	 * @see #getRow()
	 * @generated
	 */
	void setRow(String value);

	/**
	 * Returns the value of the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Column header as printed, e.g. 'Smart BMS 12/200'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Column</em>' attribute.
	 * @see #setColumn(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getSourceRef_Column()
	 * @model
	 * @generated
	 */
	String getColumn();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.SourceRef#getColumn <em>Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Column</em>' attribute.
	 * @see #getColumn()
	 * @generated
	 */
	void setColumn(String value);

	/**
	 * Returns the value of the '<em><b>Quote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The text exactly as written in this source (cell, phrase), for traceability.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Quote</em>' attribute.
	 * @see #setQuote(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getSourceRef_Quote()
	 * @model
	 * @generated
	 */
	String getQuote();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.SourceRef#getQuote <em>Quote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quote</em>' attribute.
	 * @see #getQuote()
	 * @generated
	 */
	void setQuote(String value);

	/**
	 * Returns the value of the '<em><b>Confidence</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cellwright.model.catalog.SourceConfidence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How directly the source supports the fact.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Confidence</em>' attribute.
	 * @see io.cellwright.model.catalog.SourceConfidence
	 * @see #setConfidence(SourceConfidence)
	 * @see io.cellwright.model.catalog.CatalogPackage#getSourceRef_Confidence()
	 * @model
	 * @generated
	 */
	SourceConfidence getConfidence();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.SourceRef#getConfidence <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confidence</em>' attribute.
	 * @see io.cellwright.model.catalog.SourceConfidence
	 * @see #getConfidence()
	 * @generated
	 */
	void setConfidence(SourceConfidence value);

	/**
	 * Returns the value of the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Editorial comment on this citation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Comment</em>' attribute.
	 * @see #setComment(String)
	 * @see io.cellwright.model.catalog.CatalogPackage#getSourceRef_Comment()
	 * @model
	 * @generated
	 */
	String getComment();

	/**
	 * Sets the value of the '{@link io.cellwright.model.catalog.SourceRef#getComment <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comment</em>' attribute.
	 * @see #getComment()
	 * @generated
	 */
	void setComment(String value);

} // SourceRef
