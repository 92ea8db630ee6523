/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog.provider;


import io.cellwright.model.catalog.CatalogFactory;
import io.cellwright.model.catalog.CatalogPackage;
import io.cellwright.model.catalog.CurrentDirection;
import io.cellwright.model.catalog.PowerPortSpec;

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
 * This is the item provider adapter for a {@link io.cellwright.model.catalog.PowerPortSpec} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class PowerPortSpecItemProvider 
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
	public PowerPortSpecItemProvider(AdapterFactory adapterFactory) {
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

			addDirectionPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Direction feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDirectionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PowerPortSpec_direction_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PowerPortSpec_direction_feature", "_UI_PowerPortSpec_type"),
				 CatalogPackage.Literals.POWER_PORT_SPEC__DIRECTION,
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
			childrenFeatures.add(CatalogPackage.Literals.POWER_PORT_SPEC__CONTINUOUS_CURRENT);
			childrenFeatures.add(CatalogPackage.Literals.POWER_PORT_SPEC__PEAK_CURRENT);
			childrenFeatures.add(CatalogPackage.Literals.POWER_PORT_SPEC__ENABLE_VOLTAGE);
			childrenFeatures.add(CatalogPackage.Literals.POWER_PORT_SPEC__REVERSE_CURRENT_BLOCKED);
			childrenFeatures.add(CatalogPackage.Literals.POWER_PORT_SPEC__CURRENT_LIMIT_OF_FUSE_RATING);
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
	 * This returns PowerPortSpec.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/PowerPortSpec"));
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
		CurrentDirection labelValue = ((PowerPortSpec)object).getDirection();
		String label = labelValue == null ? null : labelValue.toString();
		return label == null || label.length() == 0 ?
			getString("_UI_PowerPortSpec_type") :
			getString("_UI_PowerPortSpec_type") + " " + label;
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

		switch (notification.getFeatureID(PowerPortSpec.class)) {
			case CatalogPackage.POWER_PORT_SPEC__DIRECTION:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case CatalogPackage.POWER_PORT_SPEC__CONTINUOUS_CURRENT:
			case CatalogPackage.POWER_PORT_SPEC__PEAK_CURRENT:
			case CatalogPackage.POWER_PORT_SPEC__ENABLE_VOLTAGE:
			case CatalogPackage.POWER_PORT_SPEC__REVERSE_CURRENT_BLOCKED:
			case CatalogPackage.POWER_PORT_SPEC__CURRENT_LIMIT_OF_FUSE_RATING:
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
				(CatalogPackage.Literals.POWER_PORT_SPEC__CONTINUOUS_CURRENT,
				 CatalogFactory.eINSTANCE.createQuantityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.POWER_PORT_SPEC__CONTINUOUS_CURRENT,
				 CatalogFactory.eINSTANCE.createConsumptionFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.POWER_PORT_SPEC__CONTINUOUS_CURRENT,
				 CatalogFactory.eINSTANCE.createCapacityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.POWER_PORT_SPEC__CONTINUOUS_CURRENT,
				 CatalogFactory.eINSTANCE.createReserveFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.POWER_PORT_SPEC__CONTINUOUS_CURRENT,
				 CatalogFactory.eINSTANCE.createVoltageDropLimitFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.POWER_PORT_SPEC__PEAK_CURRENT,
				 CatalogFactory.eINSTANCE.createQuantityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.POWER_PORT_SPEC__PEAK_CURRENT,
				 CatalogFactory.eINSTANCE.createConsumptionFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.POWER_PORT_SPEC__PEAK_CURRENT,
				 CatalogFactory.eINSTANCE.createCapacityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.POWER_PORT_SPEC__PEAK_CURRENT,
				 CatalogFactory.eINSTANCE.createReserveFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.POWER_PORT_SPEC__PEAK_CURRENT,
				 CatalogFactory.eINSTANCE.createVoltageDropLimitFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.POWER_PORT_SPEC__ENABLE_VOLTAGE,
				 CatalogFactory.eINSTANCE.createQuantityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.POWER_PORT_SPEC__ENABLE_VOLTAGE,
				 CatalogFactory.eINSTANCE.createConsumptionFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.POWER_PORT_SPEC__ENABLE_VOLTAGE,
				 CatalogFactory.eINSTANCE.createCapacityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.POWER_PORT_SPEC__ENABLE_VOLTAGE,
				 CatalogFactory.eINSTANCE.createReserveFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.POWER_PORT_SPEC__ENABLE_VOLTAGE,
				 CatalogFactory.eINSTANCE.createVoltageDropLimitFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.POWER_PORT_SPEC__REVERSE_CURRENT_BLOCKED,
				 CatalogFactory.eINSTANCE.createBooleanFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.POWER_PORT_SPEC__CURRENT_LIMIT_OF_FUSE_RATING,
				 CatalogFactory.eINSTANCE.createQuantityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.POWER_PORT_SPEC__CURRENT_LIMIT_OF_FUSE_RATING,
				 CatalogFactory.eINSTANCE.createConsumptionFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.POWER_PORT_SPEC__CURRENT_LIMIT_OF_FUSE_RATING,
				 CatalogFactory.eINSTANCE.createCapacityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.POWER_PORT_SPEC__CURRENT_LIMIT_OF_FUSE_RATING,
				 CatalogFactory.eINSTANCE.createReserveFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.POWER_PORT_SPEC__CURRENT_LIMIT_OF_FUSE_RATING,
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
			childFeature == CatalogPackage.Literals.POWER_PORT_SPEC__CONTINUOUS_CURRENT ||
			childFeature == CatalogPackage.Literals.POWER_PORT_SPEC__PEAK_CURRENT ||
			childFeature == CatalogPackage.Literals.POWER_PORT_SPEC__ENABLE_VOLTAGE ||
			childFeature == CatalogPackage.Literals.POWER_PORT_SPEC__CURRENT_LIMIT_OF_FUSE_RATING;

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
