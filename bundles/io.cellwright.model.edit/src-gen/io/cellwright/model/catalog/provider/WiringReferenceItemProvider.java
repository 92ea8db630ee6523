/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog.provider;


import io.cellwright.model.catalog.CatalogFactory;
import io.cellwright.model.catalog.CatalogPackage;
import io.cellwright.model.catalog.WiringReference;

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
 * This is the item provider adapter for a {@link io.cellwright.model.catalog.WiringReference} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class WiringReferenceItemProvider 
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
	public WiringReferenceItemProvider(AdapterFactory adapterFactory) {
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
				 getString("_UI_WiringReference_id_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WiringReference_id_feature", "_UI_WiringReference_type"),
				 CatalogPackage.Literals.WIRING_REFERENCE__ID,
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
				 getString("_UI_WiringReference_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WiringReference_name_feature", "_UI_WiringReference_type"),
				 CatalogPackage.Literals.WIRING_REFERENCE__NAME,
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
			childrenFeatures.add(CatalogPackage.Literals.WIRING_REFERENCE__CONDUCTOR_RESISTIVITY);
			childrenFeatures.add(CatalogPackage.Literals.WIRING_REFERENCE__CONDUCTOR_CONDUCTIVITY);
			childrenFeatures.add(CatalogPackage.Literals.WIRING_REFERENCE__RESISTANCE_TEMPERATURE_COEFFICIENT);
			childrenFeatures.add(CatalogPackage.Literals.WIRING_REFERENCE__AMPACITY);
			childrenFeatures.add(CatalogPackage.Literals.WIRING_REFERENCE__BUNDLING_DERATING);
			childrenFeatures.add(CatalogPackage.Literals.WIRING_REFERENCE__VOLTAGE_DROP_LIMITS);
			childrenFeatures.add(CatalogPackage.Literals.WIRING_REFERENCE__FUSE_MINIMUM_OF_DEVICE_CURRENT);
			childrenFeatures.add(CatalogPackage.Literals.WIRING_REFERENCE__SYSTEM_VOLTAGE_GUIDES);
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
	 * This returns WiringReference.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/WiringReference"));
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
		String label = ((WiringReference)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_WiringReference_type") :
			getString("_UI_WiringReference_type") + " " + label;
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

		switch (notification.getFeatureID(WiringReference.class)) {
			case CatalogPackage.WIRING_REFERENCE__ID:
			case CatalogPackage.WIRING_REFERENCE__NAME:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case CatalogPackage.WIRING_REFERENCE__CONDUCTOR_RESISTIVITY:
			case CatalogPackage.WIRING_REFERENCE__CONDUCTOR_CONDUCTIVITY:
			case CatalogPackage.WIRING_REFERENCE__RESISTANCE_TEMPERATURE_COEFFICIENT:
			case CatalogPackage.WIRING_REFERENCE__AMPACITY:
			case CatalogPackage.WIRING_REFERENCE__BUNDLING_DERATING:
			case CatalogPackage.WIRING_REFERENCE__VOLTAGE_DROP_LIMITS:
			case CatalogPackage.WIRING_REFERENCE__FUSE_MINIMUM_OF_DEVICE_CURRENT:
			case CatalogPackage.WIRING_REFERENCE__SYSTEM_VOLTAGE_GUIDES:
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
				(CatalogPackage.Literals.WIRING_REFERENCE__CONDUCTOR_RESISTIVITY,
				 CatalogFactory.eINSTANCE.createQuantityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.WIRING_REFERENCE__CONDUCTOR_RESISTIVITY,
				 CatalogFactory.eINSTANCE.createConsumptionFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.WIRING_REFERENCE__CONDUCTOR_RESISTIVITY,
				 CatalogFactory.eINSTANCE.createCapacityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.WIRING_REFERENCE__CONDUCTOR_RESISTIVITY,
				 CatalogFactory.eINSTANCE.createReserveFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.WIRING_REFERENCE__CONDUCTOR_RESISTIVITY,
				 CatalogFactory.eINSTANCE.createVoltageDropLimitFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.WIRING_REFERENCE__CONDUCTOR_CONDUCTIVITY,
				 CatalogFactory.eINSTANCE.createQuantityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.WIRING_REFERENCE__CONDUCTOR_CONDUCTIVITY,
				 CatalogFactory.eINSTANCE.createConsumptionFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.WIRING_REFERENCE__CONDUCTOR_CONDUCTIVITY,
				 CatalogFactory.eINSTANCE.createCapacityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.WIRING_REFERENCE__CONDUCTOR_CONDUCTIVITY,
				 CatalogFactory.eINSTANCE.createReserveFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.WIRING_REFERENCE__CONDUCTOR_CONDUCTIVITY,
				 CatalogFactory.eINSTANCE.createVoltageDropLimitFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.WIRING_REFERENCE__RESISTANCE_TEMPERATURE_COEFFICIENT,
				 CatalogFactory.eINSTANCE.createQuantityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.WIRING_REFERENCE__RESISTANCE_TEMPERATURE_COEFFICIENT,
				 CatalogFactory.eINSTANCE.createConsumptionFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.WIRING_REFERENCE__RESISTANCE_TEMPERATURE_COEFFICIENT,
				 CatalogFactory.eINSTANCE.createCapacityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.WIRING_REFERENCE__RESISTANCE_TEMPERATURE_COEFFICIENT,
				 CatalogFactory.eINSTANCE.createReserveFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.WIRING_REFERENCE__RESISTANCE_TEMPERATURE_COEFFICIENT,
				 CatalogFactory.eINSTANCE.createVoltageDropLimitFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.WIRING_REFERENCE__AMPACITY,
				 CatalogFactory.eINSTANCE.createAmpacityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.WIRING_REFERENCE__BUNDLING_DERATING,
				 CatalogFactory.eINSTANCE.createRangeFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.WIRING_REFERENCE__VOLTAGE_DROP_LIMITS,
				 CatalogFactory.eINSTANCE.createVoltageDropLimitFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.WIRING_REFERENCE__FUSE_MINIMUM_OF_DEVICE_CURRENT,
				 CatalogFactory.eINSTANCE.createQuantityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.WIRING_REFERENCE__FUSE_MINIMUM_OF_DEVICE_CURRENT,
				 CatalogFactory.eINSTANCE.createConsumptionFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.WIRING_REFERENCE__FUSE_MINIMUM_OF_DEVICE_CURRENT,
				 CatalogFactory.eINSTANCE.createCapacityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.WIRING_REFERENCE__FUSE_MINIMUM_OF_DEVICE_CURRENT,
				 CatalogFactory.eINSTANCE.createReserveFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.WIRING_REFERENCE__FUSE_MINIMUM_OF_DEVICE_CURRENT,
				 CatalogFactory.eINSTANCE.createVoltageDropLimitFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.WIRING_REFERENCE__SYSTEM_VOLTAGE_GUIDES,
				 CatalogFactory.eINSTANCE.createSystemVoltageGuideFact()));
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
			childFeature == CatalogPackage.Literals.WIRING_REFERENCE__CONDUCTOR_RESISTIVITY ||
			childFeature == CatalogPackage.Literals.WIRING_REFERENCE__CONDUCTOR_CONDUCTIVITY ||
			childFeature == CatalogPackage.Literals.WIRING_REFERENCE__RESISTANCE_TEMPERATURE_COEFFICIENT ||
			childFeature == CatalogPackage.Literals.WIRING_REFERENCE__FUSE_MINIMUM_OF_DEVICE_CURRENT ||
			childFeature == CatalogPackage.Literals.WIRING_REFERENCE__VOLTAGE_DROP_LIMITS;

		if (qualify) {
			return getString
				("_UI_CreateChild_text2",
				 new Object[] { getTypeText(childObject), getFeatureText(childFeature), getTypeText(owner) });
		}
		return super.getCreateChildText(owner, feature, child, selection);
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
