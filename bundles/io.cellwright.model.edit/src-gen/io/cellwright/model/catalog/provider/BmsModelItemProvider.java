/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog.provider;


import io.cellwright.model.catalog.BmsModel;
import io.cellwright.model.catalog.CatalogFactory;
import io.cellwright.model.catalog.CatalogPackage;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link io.cellwright.model.catalog.BmsModel} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class BmsModelItemProvider extends ProductTypeItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BmsModelItemProvider(AdapterFactory adapterFactory) {
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

		}
		return itemPropertyDescriptors;
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
			childrenFeatures.add(CatalogPackage.Literals.BMS_MODEL__SYSTEM_VOLTAGES);
			childrenFeatures.add(CatalogPackage.Literals.BMS_MODEL__SYSTEM_CONNECTION);
			childrenFeatures.add(CatalogPackage.Literals.BMS_MODEL__ALTERNATOR_PORT);
			childrenFeatures.add(CatalogPackage.Literals.BMS_MODEL__BATTERY_MONITOR);
			childrenFeatures.add(CatalogPackage.Literals.BMS_MODEL__BLUETOOTH);
			childrenFeatures.add(CatalogPackage.Literals.BMS_MODEL__DATA_COMMUNICATION);
			childrenFeatures.add(CatalogPackage.Literals.BMS_MODEL__DVCC_CONTROL);
			childrenFeatures.add(CatalogPackage.Literals.BMS_MODEL__DISCHARGE_TERMINAL);
			childrenFeatures.add(CatalogPackage.Literals.BMS_MODEL__CHARGE_TERMINAL);
			childrenFeatures.add(CatalogPackage.Literals.BMS_MODEL__PRE_ALARM_TERMINAL);
			childrenFeatures.add(CatalogPackage.Literals.BMS_MODEL__REMOTE_ON_OFF_TERMINAL);
			childrenFeatures.add(CatalogPackage.Literals.BMS_MODEL__AUXILIARY_OUTPUT);
			childrenFeatures.add(CatalogPackage.Literals.BMS_MODEL__AUXILIARY_INPUT);
			childrenFeatures.add(CatalogPackage.Literals.BMS_MODEL__FIRMWARE_UPDATE);
			childrenFeatures.add(CatalogPackage.Literals.BMS_MODEL__MAX_BATTERIES);
			childrenFeatures.add(CatalogPackage.Literals.BMS_MODEL__MAX_LYNX_DISTRIBUTORS);
			childrenFeatures.add(CatalogPackage.Literals.BMS_MODEL__SOFT_SWITCH);
			childrenFeatures.add(CatalogPackage.Literals.BMS_MODEL__INSTANT_READOUT);
			childrenFeatures.add(CatalogPackage.Literals.BMS_MODEL__IGNITION_PROOF);
			childrenFeatures.add(CatalogPackage.Literals.BMS_MODEL__ALTERNATOR_FUSE_TABLE);
			childrenFeatures.add(CatalogPackage.Literals.BMS_MODEL__GND_FUSE);
			childrenFeatures.add(CatalogPackage.Literals.BMS_MODEL__GND_FUSE_FACTOR);
			childrenFeatures.add(CatalogPackage.Literals.BMS_MODEL__CHARGE_LIMIT_HYSTERESIS);
			childrenFeatures.add(CatalogPackage.Literals.BMS_MODEL__CHARGE_LIMIT_RESUME_DELAY);
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
	 * This returns BmsModel.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/BmsModel"));
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
		String label = ((BmsModel)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_BmsModel_type") :
			getString("_UI_BmsModel_type") + " " + label;
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

		switch (notification.getFeatureID(BmsModel.class)) {
			case CatalogPackage.BMS_MODEL__SYSTEM_VOLTAGES:
			case CatalogPackage.BMS_MODEL__SYSTEM_CONNECTION:
			case CatalogPackage.BMS_MODEL__ALTERNATOR_PORT:
			case CatalogPackage.BMS_MODEL__BATTERY_MONITOR:
			case CatalogPackage.BMS_MODEL__BLUETOOTH:
			case CatalogPackage.BMS_MODEL__DATA_COMMUNICATION:
			case CatalogPackage.BMS_MODEL__DVCC_CONTROL:
			case CatalogPackage.BMS_MODEL__DISCHARGE_TERMINAL:
			case CatalogPackage.BMS_MODEL__CHARGE_TERMINAL:
			case CatalogPackage.BMS_MODEL__PRE_ALARM_TERMINAL:
			case CatalogPackage.BMS_MODEL__REMOTE_ON_OFF_TERMINAL:
			case CatalogPackage.BMS_MODEL__AUXILIARY_OUTPUT:
			case CatalogPackage.BMS_MODEL__AUXILIARY_INPUT:
			case CatalogPackage.BMS_MODEL__FIRMWARE_UPDATE:
			case CatalogPackage.BMS_MODEL__MAX_BATTERIES:
			case CatalogPackage.BMS_MODEL__MAX_LYNX_DISTRIBUTORS:
			case CatalogPackage.BMS_MODEL__SOFT_SWITCH:
			case CatalogPackage.BMS_MODEL__INSTANT_READOUT:
			case CatalogPackage.BMS_MODEL__IGNITION_PROOF:
			case CatalogPackage.BMS_MODEL__ALTERNATOR_FUSE_TABLE:
			case CatalogPackage.BMS_MODEL__GND_FUSE:
			case CatalogPackage.BMS_MODEL__GND_FUSE_FACTOR:
			case CatalogPackage.BMS_MODEL__CHARGE_LIMIT_HYSTERESIS:
			case CatalogPackage.BMS_MODEL__CHARGE_LIMIT_RESUME_DELAY:
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
				(CatalogPackage.Literals.BMS_MODEL__SYSTEM_VOLTAGES,
				 CatalogFactory.eINSTANCE.createQuantitySetFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.BMS_MODEL__SYSTEM_CONNECTION,
				 CatalogFactory.eINSTANCE.createCapabilityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.BMS_MODEL__ALTERNATOR_PORT,
				 CatalogFactory.eINSTANCE.createAlternatorPortFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.BMS_MODEL__BATTERY_MONITOR,
				 CatalogFactory.eINSTANCE.createBooleanFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.BMS_MODEL__BLUETOOTH,
				 CatalogFactory.eINSTANCE.createBooleanFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.BMS_MODEL__DATA_COMMUNICATION,
				 CatalogFactory.eINSTANCE.createDataCommunicationFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.BMS_MODEL__DVCC_CONTROL,
				 CatalogFactory.eINSTANCE.createBooleanFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.BMS_MODEL__DISCHARGE_TERMINAL,
				 CatalogFactory.eINSTANCE.createSwitchedOutputFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.BMS_MODEL__CHARGE_TERMINAL,
				 CatalogFactory.eINSTANCE.createSwitchedOutputFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.BMS_MODEL__PRE_ALARM_TERMINAL,
				 CatalogFactory.eINSTANCE.createSwitchedOutputFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.BMS_MODEL__REMOTE_ON_OFF_TERMINAL,
				 CatalogFactory.eINSTANCE.createBooleanFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.BMS_MODEL__AUXILIARY_OUTPUT,
				 CatalogFactory.eINSTANCE.createCapabilityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.BMS_MODEL__AUXILIARY_INPUT,
				 CatalogFactory.eINSTANCE.createCapabilityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.BMS_MODEL__FIRMWARE_UPDATE,
				 CatalogFactory.eINSTANCE.createBooleanFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.BMS_MODEL__MAX_BATTERIES,
				 CatalogFactory.eINSTANCE.createIntegerFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.BMS_MODEL__MAX_LYNX_DISTRIBUTORS,
				 CatalogFactory.eINSTANCE.createIntegerFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.BMS_MODEL__SOFT_SWITCH,
				 CatalogFactory.eINSTANCE.createBooleanFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.BMS_MODEL__INSTANT_READOUT,
				 CatalogFactory.eINSTANCE.createBooleanFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.BMS_MODEL__IGNITION_PROOF,
				 CatalogFactory.eINSTANCE.createBooleanFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.BMS_MODEL__ALTERNATOR_FUSE_TABLE,
				 CatalogFactory.eINSTANCE.createFuseTableEntry()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.BMS_MODEL__GND_FUSE,
				 CatalogFactory.eINSTANCE.createRangeFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.BMS_MODEL__GND_FUSE_FACTOR,
				 CatalogFactory.eINSTANCE.createQuantityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.BMS_MODEL__GND_FUSE_FACTOR,
				 CatalogFactory.eINSTANCE.createConsumptionFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.BMS_MODEL__GND_FUSE_FACTOR,
				 CatalogFactory.eINSTANCE.createCapacityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.BMS_MODEL__GND_FUSE_FACTOR,
				 CatalogFactory.eINSTANCE.createReserveFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.BMS_MODEL__GND_FUSE_FACTOR,
				 CatalogFactory.eINSTANCE.createVoltageDropLimitFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.BMS_MODEL__CHARGE_LIMIT_HYSTERESIS,
				 CatalogFactory.eINSTANCE.createQuantityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.BMS_MODEL__CHARGE_LIMIT_HYSTERESIS,
				 CatalogFactory.eINSTANCE.createConsumptionFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.BMS_MODEL__CHARGE_LIMIT_HYSTERESIS,
				 CatalogFactory.eINSTANCE.createCapacityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.BMS_MODEL__CHARGE_LIMIT_HYSTERESIS,
				 CatalogFactory.eINSTANCE.createReserveFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.BMS_MODEL__CHARGE_LIMIT_HYSTERESIS,
				 CatalogFactory.eINSTANCE.createVoltageDropLimitFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.BMS_MODEL__CHARGE_LIMIT_RESUME_DELAY,
				 CatalogFactory.eINSTANCE.createQuantityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.BMS_MODEL__CHARGE_LIMIT_RESUME_DELAY,
				 CatalogFactory.eINSTANCE.createConsumptionFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.BMS_MODEL__CHARGE_LIMIT_RESUME_DELAY,
				 CatalogFactory.eINSTANCE.createCapacityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.BMS_MODEL__CHARGE_LIMIT_RESUME_DELAY,
				 CatalogFactory.eINSTANCE.createReserveFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.BMS_MODEL__CHARGE_LIMIT_RESUME_DELAY,
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
			childFeature == CatalogPackage.Literals.BMS_MODEL__GND_FUSE_FACTOR ||
			childFeature == CatalogPackage.Literals.BMS_MODEL__CHARGE_LIMIT_HYSTERESIS ||
			childFeature == CatalogPackage.Literals.BMS_MODEL__CHARGE_LIMIT_RESUME_DELAY ||
			childFeature == CatalogPackage.Literals.PRODUCT_TYPE__OPERATING_TEMPERATURE ||
			childFeature == CatalogPackage.Literals.BMS_MODEL__GND_FUSE ||
			childFeature == CatalogPackage.Literals.BMS_MODEL__SYSTEM_CONNECTION ||
			childFeature == CatalogPackage.Literals.BMS_MODEL__AUXILIARY_OUTPUT ||
			childFeature == CatalogPackage.Literals.BMS_MODEL__AUXILIARY_INPUT ||
			childFeature == CatalogPackage.Literals.BMS_MODEL__BATTERY_MONITOR ||
			childFeature == CatalogPackage.Literals.BMS_MODEL__BLUETOOTH ||
			childFeature == CatalogPackage.Literals.BMS_MODEL__DVCC_CONTROL ||
			childFeature == CatalogPackage.Literals.BMS_MODEL__REMOTE_ON_OFF_TERMINAL ||
			childFeature == CatalogPackage.Literals.BMS_MODEL__FIRMWARE_UPDATE ||
			childFeature == CatalogPackage.Literals.BMS_MODEL__SOFT_SWITCH ||
			childFeature == CatalogPackage.Literals.BMS_MODEL__INSTANT_READOUT ||
			childFeature == CatalogPackage.Literals.BMS_MODEL__IGNITION_PROOF ||
			childFeature == CatalogPackage.Literals.BMS_MODEL__DISCHARGE_TERMINAL ||
			childFeature == CatalogPackage.Literals.BMS_MODEL__CHARGE_TERMINAL ||
			childFeature == CatalogPackage.Literals.BMS_MODEL__PRE_ALARM_TERMINAL ||
			childFeature == CatalogPackage.Literals.BMS_MODEL__MAX_BATTERIES ||
			childFeature == CatalogPackage.Literals.BMS_MODEL__MAX_LYNX_DISTRIBUTORS;

		if (qualify) {
			return getString
				("_UI_CreateChild_text2",
				 new Object[] { getTypeText(childObject), getFeatureText(childFeature), getTypeText(owner) });
		}
		return super.getCreateChildText(owner, feature, child, selection);
	}

}
