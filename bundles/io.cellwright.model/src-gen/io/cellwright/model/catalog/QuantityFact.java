/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Quantity Fact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A sourced quantity, e.g. peak discharge current 400 A (000).
 * <!-- end-model-doc -->
 *
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getQuantityFact()
 * @model
 * @generated
 */
public interface QuantityFact extends Fact, QuantityValue {
} // QuantityFact
