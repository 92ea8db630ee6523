/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Quantity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A plain quantity inside a composite fact (e.g. the bounds of a range).
 * <!-- end-model-doc -->
 *
 *
 * @see io.cellwright.model.catalog.CatalogPackage#getQuantity()
 * @model
 * @generated
 */
public interface Quantity extends QuantityValue {
} // Quantity
