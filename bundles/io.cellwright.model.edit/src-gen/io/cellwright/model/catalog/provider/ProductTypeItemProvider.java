/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog.provider;


import io.cellwright.model.catalog.CatalogFactory;
import io.cellwright.model.catalog.CatalogPackage;
import io.cellwright.model.catalog.ProductType;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link io.cellwright.model.catalog.ProductType} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ProductTypeItemProvider extends SourcedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProductTypeItemProvider(AdapterFactory adapterFactory) {
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
			addManufacturerPropertyDescriptor(object);
			addCategoryPropertyDescriptor(object);
			addProductIdsPropertyDescriptor(object);
			addFamilyPropertyDescriptor(object);
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
				 getString("_UI_ProductType_id_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ProductType_id_feature", "_UI_ProductType_type"),
				 CatalogPackage.Literals.PRODUCT_TYPE__ID,
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
				 getString("_UI_ProductType_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ProductType_name_feature", "_UI_ProductType_type"),
				 CatalogPackage.Literals.PRODUCT_TYPE__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Manufacturer feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addManufacturerPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProductType_manufacturer_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ProductType_manufacturer_feature", "_UI_ProductType_type"),
				 CatalogPackage.Literals.PRODUCT_TYPE__MANUFACTURER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Category feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCategoryPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProductType_category_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ProductType_category_feature", "_UI_ProductType_type"),
				 CatalogPackage.Literals.PRODUCT_TYPE__CATEGORY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Product Ids feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProductIdsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProductType_productIds_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ProductType_productIds_feature", "_UI_ProductType_type"),
				 CatalogPackage.Literals.PRODUCT_TYPE__PRODUCT_IDS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Family feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFamilyPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProductType_family_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ProductType_family_feature", "_UI_ProductType_type"),
				 CatalogPackage.Literals.PRODUCT_TYPE__FAMILY,
				 true,
				 false,
				 true,
				 null,
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
			childrenFeatures.add(CatalogPackage.Literals.PRODUCT_TYPE__ALIASES);
			childrenFeatures.add(CatalogPackage.Literals.PRODUCT_TYPE__ARTICLE_NUMBERS);
			childrenFeatures.add(CatalogPackage.Literals.PRODUCT_TYPE__VARIANTS);
			childrenFeatures.add(CatalogPackage.Literals.PRODUCT_TYPE__TERMINALS);
			childrenFeatures.add(CatalogPackage.Literals.PRODUCT_TYPE__SETTINGS);
			childrenFeatures.add(CatalogPackage.Literals.PRODUCT_TYPE__REMOTE_USE_MODES);
			childrenFeatures.add(CatalogPackage.Literals.PRODUCT_TYPE__REMOTE_CONTROL_ROUTES);
			childrenFeatures.add(CatalogPackage.Literals.PRODUCT_TYPE__CONSUMPTION);
			childrenFeatures.add(CatalogPackage.Literals.PRODUCT_TYPE__WEIGHT);
			childrenFeatures.add(CatalogPackage.Literals.PRODUCT_TYPE__DIMENSIONS);
			childrenFeatures.add(CatalogPackage.Literals.PRODUCT_TYPE__PROTECTION);
			childrenFeatures.add(CatalogPackage.Literals.PRODUCT_TYPE__OPERATING_TEMPERATURE);
			childrenFeatures.add(CatalogPackage.Literals.PRODUCT_TYPE__HUMIDITY_MAXIMUM);
			childrenFeatures.add(CatalogPackage.Literals.PRODUCT_TYPE__HUMIDITY_AVERAGE);
			childrenFeatures.add(CatalogPackage.Literals.PRODUCT_TYPE__STANDARDS);
			childrenFeatures.add(CatalogPackage.Literals.PRODUCT_TYPE__INCLUDED_ITEMS);
			childrenFeatures.add(CatalogPackage.Literals.PRODUCT_TYPE__LEDS);
			childrenFeatures.add(CatalogPackage.Literals.PRODUCT_TYPE__STATUS_CODES);
			childrenFeatures.add(CatalogPackage.Literals.PRODUCT_TYPE__LIFECYCLE);
			childrenFeatures.add(CatalogPackage.Literals.PRODUCT_TYPE__DATASHEET);
			childrenFeatures.add(CatalogPackage.Literals.PRODUCT_TYPE__RECOMMENDATIONS);
			childrenFeatures.add(CatalogPackage.Literals.PRODUCT_TYPE__NOTES);
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
		String label = ((ProductType)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_ProductType_type") :
			getString("_UI_ProductType_type") + " " + label;
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

		switch (notification.getFeatureID(ProductType.class)) {
			case CatalogPackage.PRODUCT_TYPE__ID:
			case CatalogPackage.PRODUCT_TYPE__NAME:
			case CatalogPackage.PRODUCT_TYPE__MANUFACTURER:
			case CatalogPackage.PRODUCT_TYPE__CATEGORY:
			case CatalogPackage.PRODUCT_TYPE__PRODUCT_IDS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case CatalogPackage.PRODUCT_TYPE__ALIASES:
			case CatalogPackage.PRODUCT_TYPE__ARTICLE_NUMBERS:
			case CatalogPackage.PRODUCT_TYPE__VARIANTS:
			case CatalogPackage.PRODUCT_TYPE__TERMINALS:
			case CatalogPackage.PRODUCT_TYPE__SETTINGS:
			case CatalogPackage.PRODUCT_TYPE__REMOTE_USE_MODES:
			case CatalogPackage.PRODUCT_TYPE__REMOTE_CONTROL_ROUTES:
			case CatalogPackage.PRODUCT_TYPE__CONSUMPTION:
			case CatalogPackage.PRODUCT_TYPE__WEIGHT:
			case CatalogPackage.PRODUCT_TYPE__DIMENSIONS:
			case CatalogPackage.PRODUCT_TYPE__PROTECTION:
			case CatalogPackage.PRODUCT_TYPE__OPERATING_TEMPERATURE:
			case CatalogPackage.PRODUCT_TYPE__HUMIDITY_MAXIMUM:
			case CatalogPackage.PRODUCT_TYPE__HUMIDITY_AVERAGE:
			case CatalogPackage.PRODUCT_TYPE__STANDARDS:
			case CatalogPackage.PRODUCT_TYPE__INCLUDED_ITEMS:
			case CatalogPackage.PRODUCT_TYPE__LEDS:
			case CatalogPackage.PRODUCT_TYPE__STATUS_CODES:
			case CatalogPackage.PRODUCT_TYPE__LIFECYCLE:
			case CatalogPackage.PRODUCT_TYPE__DATASHEET:
			case CatalogPackage.PRODUCT_TYPE__RECOMMENDATIONS:
			case CatalogPackage.PRODUCT_TYPE__NOTES:
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
				(CatalogPackage.Literals.PRODUCT_TYPE__ALIASES,
				 CatalogFactory.eINSTANCE.createTextFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.PRODUCT_TYPE__ARTICLE_NUMBERS,
				 CatalogFactory.eINSTANCE.createArticleNumberFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.PRODUCT_TYPE__VARIANTS,
				 CatalogFactory.eINSTANCE.createProductVariant()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.PRODUCT_TYPE__TERMINALS,
				 CatalogFactory.eINSTANCE.createTerminalDefinition()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.PRODUCT_TYPE__SETTINGS,
				 CatalogFactory.eINSTANCE.createNumberSettingDefinition()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.PRODUCT_TYPE__SETTINGS,
				 CatalogFactory.eINSTANCE.createChoiceSettingDefinition()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.PRODUCT_TYPE__SETTINGS,
				 CatalogFactory.eINSTANCE.createBooleanSettingDefinition()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.PRODUCT_TYPE__REMOTE_USE_MODES,
				 CatalogFactory.eINSTANCE.createRemoteUseMode()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.PRODUCT_TYPE__REMOTE_CONTROL_ROUTES,
				 CatalogFactory.eINSTANCE.createRemoteControlRoute()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.PRODUCT_TYPE__CONSUMPTION,
				 CatalogFactory.eINSTANCE.createConsumptionFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.PRODUCT_TYPE__WEIGHT,
				 CatalogFactory.eINSTANCE.createQuantityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.PRODUCT_TYPE__WEIGHT,
				 CatalogFactory.eINSTANCE.createConsumptionFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.PRODUCT_TYPE__WEIGHT,
				 CatalogFactory.eINSTANCE.createCapacityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.PRODUCT_TYPE__WEIGHT,
				 CatalogFactory.eINSTANCE.createReserveFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.PRODUCT_TYPE__WEIGHT,
				 CatalogFactory.eINSTANCE.createVoltageDropLimitFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.PRODUCT_TYPE__DIMENSIONS,
				 CatalogFactory.eINSTANCE.createDimensionsFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.PRODUCT_TYPE__PROTECTION,
				 CatalogFactory.eINSTANCE.createIpRatingFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.PRODUCT_TYPE__OPERATING_TEMPERATURE,
				 CatalogFactory.eINSTANCE.createRangeFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.PRODUCT_TYPE__HUMIDITY_MAXIMUM,
				 CatalogFactory.eINSTANCE.createQuantityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.PRODUCT_TYPE__HUMIDITY_MAXIMUM,
				 CatalogFactory.eINSTANCE.createConsumptionFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.PRODUCT_TYPE__HUMIDITY_MAXIMUM,
				 CatalogFactory.eINSTANCE.createCapacityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.PRODUCT_TYPE__HUMIDITY_MAXIMUM,
				 CatalogFactory.eINSTANCE.createReserveFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.PRODUCT_TYPE__HUMIDITY_MAXIMUM,
				 CatalogFactory.eINSTANCE.createVoltageDropLimitFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.PRODUCT_TYPE__HUMIDITY_AVERAGE,
				 CatalogFactory.eINSTANCE.createQuantityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.PRODUCT_TYPE__HUMIDITY_AVERAGE,
				 CatalogFactory.eINSTANCE.createConsumptionFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.PRODUCT_TYPE__HUMIDITY_AVERAGE,
				 CatalogFactory.eINSTANCE.createCapacityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.PRODUCT_TYPE__HUMIDITY_AVERAGE,
				 CatalogFactory.eINSTANCE.createReserveFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.PRODUCT_TYPE__HUMIDITY_AVERAGE,
				 CatalogFactory.eINSTANCE.createVoltageDropLimitFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.PRODUCT_TYPE__STANDARDS,
				 CatalogFactory.eINSTANCE.createStandardsFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.PRODUCT_TYPE__INCLUDED_ITEMS,
				 CatalogFactory.eINSTANCE.createIncludedItemFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.PRODUCT_TYPE__LEDS,
				 CatalogFactory.eINSTANCE.createLedIndicator()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.PRODUCT_TYPE__STATUS_CODES,
				 CatalogFactory.eINSTANCE.createStatusCode()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.PRODUCT_TYPE__LIFECYCLE,
				 CatalogFactory.eINSTANCE.createLifecycleFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.PRODUCT_TYPE__DATASHEET,
				 CatalogFactory.eINSTANCE.createDocumentLinkFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.PRODUCT_TYPE__RECOMMENDATIONS,
				 CatalogFactory.eINSTANCE.createTextFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.PRODUCT_TYPE__NOTES,
				 CatalogFactory.eINSTANCE.createTextFact()));
	}

	/**
	 * This returns the label text for {@link org.eclipse.emf.edit.command.CreateChildCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCreateChildText(Object owner, Object feature, Object child, Collection<?> selection) {
		Object childFeature = feature;
		Object childObject = child;

		boolean qualify =
			childFeature == CatalogPackage.Literals.PRODUCT_TYPE__ALIASES ||
			childFeature == CatalogPackage.Literals.PRODUCT_TYPE__RECOMMENDATIONS ||
			childFeature == CatalogPackage.Literals.PRODUCT_TYPE__NOTES ||
			childFeature == CatalogPackage.Literals.PRODUCT_TYPE__CONSUMPTION ||
			childFeature == CatalogPackage.Literals.PRODUCT_TYPE__WEIGHT ||
			childFeature == CatalogPackage.Literals.PRODUCT_TYPE__HUMIDITY_MAXIMUM ||
			childFeature == CatalogPackage.Literals.PRODUCT_TYPE__HUMIDITY_AVERAGE;

		if (qualify) {
			return getString
				("_UI_CreateChild_text2",
				 new Object[] { getTypeText(childObject), getFeatureText(childFeature), getTypeText(owner) });
		}
		return super.getCreateChildText(owner, feature, child, selection);
	}

}
