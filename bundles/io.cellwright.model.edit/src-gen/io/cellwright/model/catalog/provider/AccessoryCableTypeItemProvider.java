/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog.provider;


import io.cellwright.model.catalog.AccessoryCableType;
import io.cellwright.model.catalog.CatalogFactory;
import io.cellwright.model.catalog.CatalogPackage;

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
 * This is the item provider adapter for a {@link io.cellwright.model.catalog.AccessoryCableType} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class AccessoryCableTypeItemProvider extends ProductTypeItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AccessoryCableTypeItemProvider(AdapterFactory adapterFactory) {
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

			addFunctionPropertyDescriptor(object);
			addPiecesPerPackPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Function feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFunctionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AccessoryCableType_function_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AccessoryCableType_function_feature", "_UI_AccessoryCableType_type"),
				 CatalogPackage.Literals.ACCESSORY_CABLE_TYPE__FUNCTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Pieces Per Pack feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPiecesPerPackPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AccessoryCableType_piecesPerPack_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AccessoryCableType_piecesPerPack_feature", "_UI_AccessoryCableType_type"),
				 CatalogPackage.Literals.ACCESSORY_CABLE_TYPE__PIECES_PER_PACK,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
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
			childrenFeatures.add(CatalogPackage.Literals.ACCESSORY_CABLE_TYPE__INVERTING);
			childrenFeatures.add(CatalogPackage.Literals.ACCESSORY_CABLE_TYPE__LENGTH);
			childrenFeatures.add(CatalogPackage.Literals.ACCESSORY_CABLE_TYPE__WIRES);
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
	 * This returns AccessoryCableType.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/AccessoryCableType"));
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
		String label = ((AccessoryCableType)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_AccessoryCableType_type") :
			getString("_UI_AccessoryCableType_type") + " " + label;
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

		switch (notification.getFeatureID(AccessoryCableType.class)) {
			case CatalogPackage.ACCESSORY_CABLE_TYPE__FUNCTION:
			case CatalogPackage.ACCESSORY_CABLE_TYPE__PIECES_PER_PACK:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case CatalogPackage.ACCESSORY_CABLE_TYPE__INVERTING:
			case CatalogPackage.ACCESSORY_CABLE_TYPE__LENGTH:
			case CatalogPackage.ACCESSORY_CABLE_TYPE__WIRES:
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
				(CatalogPackage.Literals.ACCESSORY_CABLE_TYPE__INVERTING,
				 CatalogFactory.eINSTANCE.createBooleanFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.ACCESSORY_CABLE_TYPE__LENGTH,
				 CatalogFactory.eINSTANCE.createQuantityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.ACCESSORY_CABLE_TYPE__LENGTH,
				 CatalogFactory.eINSTANCE.createConsumptionFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.ACCESSORY_CABLE_TYPE__LENGTH,
				 CatalogFactory.eINSTANCE.createCapacityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.ACCESSORY_CABLE_TYPE__LENGTH,
				 CatalogFactory.eINSTANCE.createReserveFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.ACCESSORY_CABLE_TYPE__LENGTH,
				 CatalogFactory.eINSTANCE.createVoltageDropLimitFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.ACCESSORY_CABLE_TYPE__WIRES,
				 CatalogFactory.eINSTANCE.createCableWire()));
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
			childFeature == CatalogPackage.Literals.ACCESSORY_CABLE_TYPE__LENGTH;

		if (qualify) {
			return getString
				("_UI_CreateChild_text2",
				 new Object[] { getTypeText(childObject), getFeatureText(childFeature), getTypeText(owner) });
		}
		return super.getCreateChildText(owner, feature, child, selection);
	}

}
