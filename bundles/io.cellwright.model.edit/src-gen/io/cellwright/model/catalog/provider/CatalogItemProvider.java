/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog.provider;


import io.cellwright.model.catalog.Catalog;
import io.cellwright.model.catalog.CatalogFactory;
import io.cellwright.model.catalog.CatalogPackage;

import io.cellwright.model.edit.CellwrightEditPlugin;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link io.cellwright.model.catalog.Catalog} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class CatalogItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CatalogItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addIdPropertyDescriptor(object);
			addNamePropertyDescriptor(object);
			addProviderPropertyDescriptor(object);
			addVersionPropertyDescriptor(object);
			addFormatVersionPropertyDescriptor(object);
			addRequiresPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Catalog_id_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Catalog_id_feature", "_UI_Catalog_type"),
				 CatalogPackage.Literals.CATALOG__ID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Catalog_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Catalog_name_feature", "_UI_Catalog_type"),
				 CatalogPackage.Literals.CATALOG__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Provider feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProviderPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Catalog_provider_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Catalog_provider_feature", "_UI_Catalog_type"),
				 CatalogPackage.Literals.CATALOG__PROVIDER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Catalog_version_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Catalog_version_feature", "_UI_Catalog_type"),
				 CatalogPackage.Literals.CATALOG__VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Format Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFormatVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Catalog_formatVersion_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Catalog_formatVersion_feature", "_UI_Catalog_type"),
				 CatalogPackage.Literals.CATALOG__FORMAT_VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Requires feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRequiresPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Catalog_requires_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Catalog_requires_feature", "_UI_Catalog_type"),
				 CatalogPackage.Literals.CATALOG__REQUIRES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(CatalogPackage.Literals.CATALOG__DOCUMENTS);
			childrenFeatures.add(CatalogPackage.Literals.CATALOG__FAMILIES);
			childrenFeatures.add(CatalogPackage.Literals.CATALOG__PRODUCT_TYPES);
			childrenFeatures.add(CatalogPackage.Literals.CATALOG__CHEMISTRIES);
			childrenFeatures.add(CatalogPackage.Literals.CATALOG__COMPARISON_TABLES);
			childrenFeatures.add(CatalogPackage.Literals.CATALOG__WIRING_REFERENCES);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Catalog.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Catalog"));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Catalog)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Catalog_type") :
			getString("_UI_Catalog_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Catalog.class)) {
			case CatalogPackage.CATALOG__ID:
			case CatalogPackage.CATALOG__NAME:
			case CatalogPackage.CATALOG__PROVIDER:
			case CatalogPackage.CATALOG__VERSION:
			case CatalogPackage.CATALOG__FORMAT_VERSION:
			case CatalogPackage.CATALOG__REQUIRES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case CatalogPackage.CATALOG__DOCUMENTS:
			case CatalogPackage.CATALOG__FAMILIES:
			case CatalogPackage.CATALOG__PRODUCT_TYPES:
			case CatalogPackage.CATALOG__CHEMISTRIES:
			case CatalogPackage.CATALOG__COMPARISON_TABLES:
			case CatalogPackage.CATALOG__WIRING_REFERENCES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.CATALOG__DOCUMENTS,
				 CatalogFactory.eINSTANCE.createSourceDocument()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.CATALOG__FAMILIES,
				 CatalogFactory.eINSTANCE.createProductFamily()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.CATALOG__PRODUCT_TYPES,
				 CatalogFactory.eINSTANCE.createBmsModel()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.CATALOG__PRODUCT_TYPES,
				 CatalogFactory.eINSTANCE.createLithiumBatteryModel()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.CATALOG__PRODUCT_TYPES,
				 CatalogFactory.eINSTANCE.createDeviceType()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.CATALOG__PRODUCT_TYPES,
				 CatalogFactory.eINSTANCE.createAccessoryCableType()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.CATALOG__PRODUCT_TYPES,
				 CatalogFactory.eINSTANCE.createFuseType()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.CATALOG__CHEMISTRIES,
				 CatalogFactory.eINSTANCE.createCellChemistry()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.CATALOG__COMPARISON_TABLES,
				 CatalogFactory.eINSTANCE.createComparisonTable()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.CATALOG__WIRING_REFERENCES,
				 CatalogFactory.eINSTANCE.createWiringReference()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return CellwrightEditPlugin.INSTANCE;
	}

}
