/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog.provider;


import io.cellwright.model.catalog.CatalogFactory;
import io.cellwright.model.catalog.CatalogPackage;
import io.cellwright.model.catalog.FuseType;

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
 * This is the item provider adapter for a {@link io.cellwright.model.catalog.FuseType} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class FuseTypeItemProvider extends ProductTypeItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FuseTypeItemProvider(AdapterFactory adapterFactory) {
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

			addFuseKindPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Fuse Kind feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFuseKindPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_FuseType_fuseKind_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_FuseType_fuseKind_feature", "_UI_FuseType_type"),
				 CatalogPackage.Literals.FUSE_TYPE__FUSE_KIND,
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
			childrenFeatures.add(CatalogPackage.Literals.FUSE_TYPE__RATINGS);
			childrenFeatures.add(CatalogPackage.Literals.FUSE_TYPE__MAX_VOLTAGE);
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
	 * This returns FuseType.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/FuseType"));
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
		String label = ((FuseType)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_FuseType_type") :
			getString("_UI_FuseType_type") + " " + label;
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

		switch (notification.getFeatureID(FuseType.class)) {
			case CatalogPackage.FUSE_TYPE__FUSE_KIND:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case CatalogPackage.FUSE_TYPE__RATINGS:
			case CatalogPackage.FUSE_TYPE__MAX_VOLTAGE:
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
				(CatalogPackage.Literals.FUSE_TYPE__RATINGS,
				 CatalogFactory.eINSTANCE.createQuantitySetFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.FUSE_TYPE__MAX_VOLTAGE,
				 CatalogFactory.eINSTANCE.createQuantityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.FUSE_TYPE__MAX_VOLTAGE,
				 CatalogFactory.eINSTANCE.createConsumptionFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.FUSE_TYPE__MAX_VOLTAGE,
				 CatalogFactory.eINSTANCE.createCapacityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.FUSE_TYPE__MAX_VOLTAGE,
				 CatalogFactory.eINSTANCE.createReserveFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.FUSE_TYPE__MAX_VOLTAGE,
				 CatalogFactory.eINSTANCE.createVoltageDropLimitFact()));
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
			childFeature == CatalogPackage.Literals.PRODUCT_TYPE__HUMIDITY_AVERAGE ||
			childFeature == CatalogPackage.Literals.FUSE_TYPE__MAX_VOLTAGE;

		if (qualify) {
			return getString
				("_UI_CreateChild_text2",
				 new Object[] { getTypeText(childObject), getFeatureText(childFeature), getTypeText(owner) });
		}
		return super.getCreateChildText(owner, feature, child, selection);
	}

}
