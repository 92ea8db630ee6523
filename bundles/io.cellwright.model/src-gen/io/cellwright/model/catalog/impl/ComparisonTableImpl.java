/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog.impl;

import io.cellwright.model.catalog.CatalogPackage;
import io.cellwright.model.catalog.ComparisonColumn;
import io.cellwright.model.catalog.ComparisonRow;
import io.cellwright.model.catalog.ComparisonTable;
import io.cellwright.model.catalog.SourceRef;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Comparison Table</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cellwright.model.catalog.impl.ComparisonTableImpl#getId <em>Id</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.ComparisonTableImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.ComparisonTableImpl#getCornerHeader <em>Corner Header</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.ComparisonTableImpl#getSource <em>Source</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.ComparisonTableImpl#getColumns <em>Columns</em>}</li>
 *   <li>{@link io.cellwright.model.catalog.impl.ComparisonTableImpl#getRows <em>Rows</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ComparisonTableImpl extends MinimalEObjectImpl.Container implements ComparisonTable {
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
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCornerHeader() <em>Corner Header</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCornerHeader()
	 * @generated
	 * @ordered
	 */
	protected static final String CORNER_HEADER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCornerHeader() <em>Corner Header</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCornerHeader()
	 * @generated
	 * @ordered
	 */
	protected String cornerHeader = CORNER_HEADER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected SourceRef source;

	/**
	 * The cached value of the '{@link #getColumns() <em>Columns</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumns()
	 * @generated
	 * @ordered
	 */
	protected EList<ComparisonColumn> columns;

	/**
	 * The cached value of the '{@link #getRows() <em>Rows</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRows()
	 * @generated
	 * @ordered
	 */
	protected EList<ComparisonRow> rows;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ComparisonTableImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.COMPARISON_TABLE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.COMPARISON_TABLE__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.COMPARISON_TABLE__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCornerHeader() {
		return cornerHeader;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCornerHeader(String newCornerHeader) {
		String oldCornerHeader = cornerHeader;
		cornerHeader = newCornerHeader;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.COMPARISON_TABLE__CORNER_HEADER, oldCornerHeader, cornerHeader));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SourceRef getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSource(SourceRef newSource, NotificationChain msgs) {
		SourceRef oldSource = source;
		source = newSource;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.COMPARISON_TABLE__SOURCE, oldSource, newSource);
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
	public void setSource(SourceRef newSource) {
		if (newSource != source) {
			NotificationChain msgs = null;
			if (source != null)
				msgs = ((InternalEObject)source).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.COMPARISON_TABLE__SOURCE, null, msgs);
			if (newSource != null)
				msgs = ((InternalEObject)newSource).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.COMPARISON_TABLE__SOURCE, null, msgs);
			msgs = basicSetSource(newSource, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.COMPARISON_TABLE__SOURCE, newSource, newSource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ComparisonColumn> getColumns() {
		if (columns == null) {
			columns = new EObjectContainmentEList<ComparisonColumn>(ComparisonColumn.class, this, CatalogPackage.COMPARISON_TABLE__COLUMNS);
		}
		return columns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ComparisonRow> getRows() {
		if (rows == null) {
			rows = new EObjectContainmentEList<ComparisonRow>(ComparisonRow.class, this, CatalogPackage.COMPARISON_TABLE__ROWS);
		}
		return rows;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CatalogPackage.COMPARISON_TABLE__SOURCE:
				return basicSetSource(null, msgs);
			case CatalogPackage.COMPARISON_TABLE__COLUMNS:
				return ((InternalEList<?>)getColumns()).basicRemove(otherEnd, msgs);
			case CatalogPackage.COMPARISON_TABLE__ROWS:
				return ((InternalEList<?>)getRows()).basicRemove(otherEnd, msgs);
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
			case CatalogPackage.COMPARISON_TABLE__ID:
				return getId();
			case CatalogPackage.COMPARISON_TABLE__TITLE:
				return getTitle();
			case CatalogPackage.COMPARISON_TABLE__CORNER_HEADER:
				return getCornerHeader();
			case CatalogPackage.COMPARISON_TABLE__SOURCE:
				return getSource();
			case CatalogPackage.COMPARISON_TABLE__COLUMNS:
				return getColumns();
			case CatalogPackage.COMPARISON_TABLE__ROWS:
				return getRows();
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
			case CatalogPackage.COMPARISON_TABLE__ID:
				setId((String)newValue);
				return;
			case CatalogPackage.COMPARISON_TABLE__TITLE:
				setTitle((String)newValue);
				return;
			case CatalogPackage.COMPARISON_TABLE__CORNER_HEADER:
				setCornerHeader((String)newValue);
				return;
			case CatalogPackage.COMPARISON_TABLE__SOURCE:
				setSource((SourceRef)newValue);
				return;
			case CatalogPackage.COMPARISON_TABLE__COLUMNS:
				getColumns().clear();
				getColumns().addAll((Collection<? extends ComparisonColumn>)newValue);
				return;
			case CatalogPackage.COMPARISON_TABLE__ROWS:
				getRows().clear();
				getRows().addAll((Collection<? extends ComparisonRow>)newValue);
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
			case CatalogPackage.COMPARISON_TABLE__ID:
				setId(ID_EDEFAULT);
				return;
			case CatalogPackage.COMPARISON_TABLE__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case CatalogPackage.COMPARISON_TABLE__CORNER_HEADER:
				setCornerHeader(CORNER_HEADER_EDEFAULT);
				return;
			case CatalogPackage.COMPARISON_TABLE__SOURCE:
				setSource((SourceRef)null);
				return;
			case CatalogPackage.COMPARISON_TABLE__COLUMNS:
				getColumns().clear();
				return;
			case CatalogPackage.COMPARISON_TABLE__ROWS:
				getRows().clear();
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
			case CatalogPackage.COMPARISON_TABLE__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case CatalogPackage.COMPARISON_TABLE__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case CatalogPackage.COMPARISON_TABLE__CORNER_HEADER:
				return CORNER_HEADER_EDEFAULT == null ? cornerHeader != null : !CORNER_HEADER_EDEFAULT.equals(cornerHeader);
			case CatalogPackage.COMPARISON_TABLE__SOURCE:
				return source != null;
			case CatalogPackage.COMPARISON_TABLE__COLUMNS:
				return columns != null && !columns.isEmpty();
			case CatalogPackage.COMPARISON_TABLE__ROWS:
				return rows != null && !rows.isEmpty();
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
		result.append(", title: ");
		result.append(title);
		result.append(", cornerHeader: ");
		result.append(cornerHeader);
		result.append(')');
		return result.toString();
	}

} //ComparisonTableImpl
