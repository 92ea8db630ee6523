/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog.provider;


import io.cellwright.model.catalog.CatalogFactory;
import io.cellwright.model.catalog.CatalogPackage;
import io.cellwright.model.catalog.RemoteControlRoute;

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
 * This is the item provider adapter for a {@link io.cellwright.model.catalog.RemoteControlRoute} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class RemoteControlRouteItemProvider extends SourcedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RemoteControlRouteItemProvider(AdapterFactory adapterFactory) {
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

			addMethodPropertyDescriptor(object);
			addBmsOutputsPropertyDescriptor(object);
			addTargetDescriptionPropertyDescriptor(object);
			addCableCountPropertyDescriptor(object);
			addRequiresAllOutputsHighPropertyDescriptor(object);
			addConditionPropertyDescriptor(object);
			addSeeDocumentPropertyDescriptor(object);
			addTargetTerminalsPropertyDescriptor(object);
			addCablePropertyDescriptor(object);
			addIntermediateDevicePropertyDescriptor(object);
			addPowerPortPropertyDescriptor(object);
			addVariantsPropertyDescriptor(object);
			addBmsModelsPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Method feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMethodPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RemoteControlRoute_method_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RemoteControlRoute_method_feature", "_UI_RemoteControlRoute_type"),
				 CatalogPackage.Literals.REMOTE_CONTROL_ROUTE__METHOD,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Bms Outputs feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBmsOutputsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RemoteControlRoute_bmsOutputs_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RemoteControlRoute_bmsOutputs_feature", "_UI_RemoteControlRoute_type"),
				 CatalogPackage.Literals.REMOTE_CONTROL_ROUTE__BMS_OUTPUTS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Target Description feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTargetDescriptionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RemoteControlRoute_targetDescription_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RemoteControlRoute_targetDescription_feature", "_UI_RemoteControlRoute_type"),
				 CatalogPackage.Literals.REMOTE_CONTROL_ROUTE__TARGET_DESCRIPTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Cable Count feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCableCountPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RemoteControlRoute_cableCount_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RemoteControlRoute_cableCount_feature", "_UI_RemoteControlRoute_type"),
				 CatalogPackage.Literals.REMOTE_CONTROL_ROUTE__CABLE_COUNT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Requires All Outputs High feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRequiresAllOutputsHighPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RemoteControlRoute_requiresAllOutputsHigh_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RemoteControlRoute_requiresAllOutputsHigh_feature", "_UI_RemoteControlRoute_type"),
				 CatalogPackage.Literals.REMOTE_CONTROL_ROUTE__REQUIRES_ALL_OUTPUTS_HIGH,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Condition feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addConditionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RemoteControlRoute_condition_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RemoteControlRoute_condition_feature", "_UI_RemoteControlRoute_type"),
				 CatalogPackage.Literals.REMOTE_CONTROL_ROUTE__CONDITION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the See Document feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSeeDocumentPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RemoteControlRoute_seeDocument_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RemoteControlRoute_seeDocument_feature", "_UI_RemoteControlRoute_type"),
				 CatalogPackage.Literals.REMOTE_CONTROL_ROUTE__SEE_DOCUMENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Target Terminals feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTargetTerminalsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RemoteControlRoute_targetTerminals_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RemoteControlRoute_targetTerminals_feature", "_UI_RemoteControlRoute_type"),
				 CatalogPackage.Literals.REMOTE_CONTROL_ROUTE__TARGET_TERMINALS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Cable feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCablePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RemoteControlRoute_cable_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RemoteControlRoute_cable_feature", "_UI_RemoteControlRoute_type"),
				 CatalogPackage.Literals.REMOTE_CONTROL_ROUTE__CABLE,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Intermediate Device feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIntermediateDevicePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RemoteControlRoute_intermediateDevice_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RemoteControlRoute_intermediateDevice_feature", "_UI_RemoteControlRoute_type"),
				 CatalogPackage.Literals.REMOTE_CONTROL_ROUTE__INTERMEDIATE_DEVICE,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Power Port feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPowerPortPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RemoteControlRoute_powerPort_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RemoteControlRoute_powerPort_feature", "_UI_RemoteControlRoute_type"),
				 CatalogPackage.Literals.REMOTE_CONTROL_ROUTE__POWER_PORT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Variants feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVariantsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RemoteControlRoute_variants_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RemoteControlRoute_variants_feature", "_UI_RemoteControlRoute_type"),
				 CatalogPackage.Literals.REMOTE_CONTROL_ROUTE__VARIANTS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Bms Models feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBmsModelsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RemoteControlRoute_bmsModels_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RemoteControlRoute_bmsModels_feature", "_UI_RemoteControlRoute_type"),
				 CatalogPackage.Literals.REMOTE_CONTROL_ROUTE__BMS_MODELS,
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
			childrenFeatures.add(CatalogPackage.Literals.REMOTE_CONTROL_ROUTE__WIRE_CONNECTIONS);
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
	 * This returns RemoteControlRoute.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/RemoteControlRoute"));
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
		String label = ((RemoteControlRoute)object).getComment();
		return label == null || label.length() == 0 ?
			getString("_UI_RemoteControlRoute_type") :
			getString("_UI_RemoteControlRoute_type") + " " + label;
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

		switch (notification.getFeatureID(RemoteControlRoute.class)) {
			case CatalogPackage.REMOTE_CONTROL_ROUTE__METHOD:
			case CatalogPackage.REMOTE_CONTROL_ROUTE__BMS_OUTPUTS:
			case CatalogPackage.REMOTE_CONTROL_ROUTE__TARGET_DESCRIPTION:
			case CatalogPackage.REMOTE_CONTROL_ROUTE__CABLE_COUNT:
			case CatalogPackage.REMOTE_CONTROL_ROUTE__REQUIRES_ALL_OUTPUTS_HIGH:
			case CatalogPackage.REMOTE_CONTROL_ROUTE__CONDITION:
			case CatalogPackage.REMOTE_CONTROL_ROUTE__SEE_DOCUMENT:
			case CatalogPackage.REMOTE_CONTROL_ROUTE__POWER_PORT:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case CatalogPackage.REMOTE_CONTROL_ROUTE__WIRE_CONNECTIONS:
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
				(CatalogPackage.Literals.REMOTE_CONTROL_ROUTE__WIRE_CONNECTIONS,
				 CatalogFactory.eINSTANCE.createCableWireConnection()));
	}

}
