/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog.provider;


import io.cellwright.model.catalog.CatalogFactory;
import io.cellwright.model.catalog.CatalogPackage;
import io.cellwright.model.catalog.LithiumBatteryModel;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link io.cellwright.model.catalog.LithiumBatteryModel} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class LithiumBatteryModelItemProvider extends ProductTypeItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LithiumBatteryModelItemProvider(AdapterFactory adapterFactory) {
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

			addChemistryPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Chemistry feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addChemistryPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LithiumBatteryModel_chemistry_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_LithiumBatteryModel_chemistry_feature", "_UI_LithiumBatteryModel_type"),
				 CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__CHEMISTRY,
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
			childrenFeatures.add(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__NOMINAL_VOLTAGE);
			childrenFeatures.add(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__CELLS_IN_SERIES);
			childrenFeatures.add(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__CAPACITIES);
			childrenFeatures.add(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__ENERGY);
			childrenFeatures.add(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__MAX_CONTINUOUS_DISCHARGE_CURRENT);
			childrenFeatures.add(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__RECOMMENDED_DISCHARGE_CURRENT);
			childrenFeatures.add(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__MAX_CHARGE_CURRENT);
			childrenFeatures.add(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__RECOMMENDED_CHARGE_CURRENT);
			childrenFeatures.add(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__CHARGE_VOLTAGE);
			childrenFeatures.add(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__FLOAT_VOLTAGE);
			childrenFeatures.add(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__END_OF_DISCHARGE_VOLTAGE);
			childrenFeatures.add(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__DISCHARGE_TEMPERATURE);
			childrenFeatures.add(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__CHARGE_TEMPERATURE);
			childrenFeatures.add(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__ROUND_TRIP_EFFICIENCY);
			childrenFeatures.add(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__CYCLE_LIFE);
			childrenFeatures.add(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__MAX_IN_SERIES);
			childrenFeatures.add(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__MAX_PER_SYSTEM);
			childrenFeatures.add(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__PRE_ALARM_SUPPORT);
			childrenFeatures.add(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__INTERNAL_RESISTANCE);
			childrenFeatures.add(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_CELL_VOLTAGE);
			childrenFeatures.add(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_HIGH_TEMPERATURE);
			childrenFeatures.add(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_LOW_TEMPERATURE);
			childrenFeatures.add(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__RESERVE_AFTER_DISCONNECT);
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
	 * This returns LithiumBatteryModel.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/LithiumBatteryModel"));
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
		String label = ((LithiumBatteryModel)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_LithiumBatteryModel_type") :
			getString("_UI_LithiumBatteryModel_type") + " " + label;
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

		switch (notification.getFeatureID(LithiumBatteryModel.class)) {
			case CatalogPackage.LITHIUM_BATTERY_MODEL__NOMINAL_VOLTAGE:
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CELLS_IN_SERIES:
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CAPACITIES:
			case CatalogPackage.LITHIUM_BATTERY_MODEL__ENERGY:
			case CatalogPackage.LITHIUM_BATTERY_MODEL__MAX_CONTINUOUS_DISCHARGE_CURRENT:
			case CatalogPackage.LITHIUM_BATTERY_MODEL__RECOMMENDED_DISCHARGE_CURRENT:
			case CatalogPackage.LITHIUM_BATTERY_MODEL__MAX_CHARGE_CURRENT:
			case CatalogPackage.LITHIUM_BATTERY_MODEL__RECOMMENDED_CHARGE_CURRENT:
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_VOLTAGE:
			case CatalogPackage.LITHIUM_BATTERY_MODEL__FLOAT_VOLTAGE:
			case CatalogPackage.LITHIUM_BATTERY_MODEL__END_OF_DISCHARGE_VOLTAGE:
			case CatalogPackage.LITHIUM_BATTERY_MODEL__DISCHARGE_TEMPERATURE:
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_TEMPERATURE:
			case CatalogPackage.LITHIUM_BATTERY_MODEL__ROUND_TRIP_EFFICIENCY:
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CYCLE_LIFE:
			case CatalogPackage.LITHIUM_BATTERY_MODEL__MAX_IN_SERIES:
			case CatalogPackage.LITHIUM_BATTERY_MODEL__MAX_PER_SYSTEM:
			case CatalogPackage.LITHIUM_BATTERY_MODEL__PRE_ALARM_SUPPORT:
			case CatalogPackage.LITHIUM_BATTERY_MODEL__INTERNAL_RESISTANCE:
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_CELL_VOLTAGE:
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_HIGH_TEMPERATURE:
			case CatalogPackage.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_LOW_TEMPERATURE:
			case CatalogPackage.LITHIUM_BATTERY_MODEL__RESERVE_AFTER_DISCONNECT:
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
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__NOMINAL_VOLTAGE,
				 CatalogFactory.eINSTANCE.createQuantityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__NOMINAL_VOLTAGE,
				 CatalogFactory.eINSTANCE.createConsumptionFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__NOMINAL_VOLTAGE,
				 CatalogFactory.eINSTANCE.createCapacityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__NOMINAL_VOLTAGE,
				 CatalogFactory.eINSTANCE.createReserveFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__NOMINAL_VOLTAGE,
				 CatalogFactory.eINSTANCE.createVoltageDropLimitFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__CELLS_IN_SERIES,
				 CatalogFactory.eINSTANCE.createIntegerFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__CAPACITIES,
				 CatalogFactory.eINSTANCE.createCapacityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__ENERGY,
				 CatalogFactory.eINSTANCE.createQuantityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__ENERGY,
				 CatalogFactory.eINSTANCE.createConsumptionFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__ENERGY,
				 CatalogFactory.eINSTANCE.createCapacityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__ENERGY,
				 CatalogFactory.eINSTANCE.createReserveFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__ENERGY,
				 CatalogFactory.eINSTANCE.createVoltageDropLimitFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__MAX_CONTINUOUS_DISCHARGE_CURRENT,
				 CatalogFactory.eINSTANCE.createQuantityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__MAX_CONTINUOUS_DISCHARGE_CURRENT,
				 CatalogFactory.eINSTANCE.createConsumptionFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__MAX_CONTINUOUS_DISCHARGE_CURRENT,
				 CatalogFactory.eINSTANCE.createCapacityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__MAX_CONTINUOUS_DISCHARGE_CURRENT,
				 CatalogFactory.eINSTANCE.createReserveFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__MAX_CONTINUOUS_DISCHARGE_CURRENT,
				 CatalogFactory.eINSTANCE.createVoltageDropLimitFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__RECOMMENDED_DISCHARGE_CURRENT,
				 CatalogFactory.eINSTANCE.createQuantityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__RECOMMENDED_DISCHARGE_CURRENT,
				 CatalogFactory.eINSTANCE.createConsumptionFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__RECOMMENDED_DISCHARGE_CURRENT,
				 CatalogFactory.eINSTANCE.createCapacityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__RECOMMENDED_DISCHARGE_CURRENT,
				 CatalogFactory.eINSTANCE.createReserveFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__RECOMMENDED_DISCHARGE_CURRENT,
				 CatalogFactory.eINSTANCE.createVoltageDropLimitFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__MAX_CHARGE_CURRENT,
				 CatalogFactory.eINSTANCE.createQuantityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__MAX_CHARGE_CURRENT,
				 CatalogFactory.eINSTANCE.createConsumptionFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__MAX_CHARGE_CURRENT,
				 CatalogFactory.eINSTANCE.createCapacityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__MAX_CHARGE_CURRENT,
				 CatalogFactory.eINSTANCE.createReserveFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__MAX_CHARGE_CURRENT,
				 CatalogFactory.eINSTANCE.createVoltageDropLimitFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__RECOMMENDED_CHARGE_CURRENT,
				 CatalogFactory.eINSTANCE.createQuantityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__RECOMMENDED_CHARGE_CURRENT,
				 CatalogFactory.eINSTANCE.createConsumptionFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__RECOMMENDED_CHARGE_CURRENT,
				 CatalogFactory.eINSTANCE.createCapacityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__RECOMMENDED_CHARGE_CURRENT,
				 CatalogFactory.eINSTANCE.createReserveFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__RECOMMENDED_CHARGE_CURRENT,
				 CatalogFactory.eINSTANCE.createVoltageDropLimitFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__CHARGE_VOLTAGE,
				 CatalogFactory.eINSTANCE.createRangeFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__FLOAT_VOLTAGE,
				 CatalogFactory.eINSTANCE.createQuantityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__FLOAT_VOLTAGE,
				 CatalogFactory.eINSTANCE.createConsumptionFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__FLOAT_VOLTAGE,
				 CatalogFactory.eINSTANCE.createCapacityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__FLOAT_VOLTAGE,
				 CatalogFactory.eINSTANCE.createReserveFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__FLOAT_VOLTAGE,
				 CatalogFactory.eINSTANCE.createVoltageDropLimitFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__END_OF_DISCHARGE_VOLTAGE,
				 CatalogFactory.eINSTANCE.createQuantityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__END_OF_DISCHARGE_VOLTAGE,
				 CatalogFactory.eINSTANCE.createConsumptionFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__END_OF_DISCHARGE_VOLTAGE,
				 CatalogFactory.eINSTANCE.createCapacityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__END_OF_DISCHARGE_VOLTAGE,
				 CatalogFactory.eINSTANCE.createReserveFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__END_OF_DISCHARGE_VOLTAGE,
				 CatalogFactory.eINSTANCE.createVoltageDropLimitFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__DISCHARGE_TEMPERATURE,
				 CatalogFactory.eINSTANCE.createRangeFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__CHARGE_TEMPERATURE,
				 CatalogFactory.eINSTANCE.createRangeFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__ROUND_TRIP_EFFICIENCY,
				 CatalogFactory.eINSTANCE.createQuantityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__ROUND_TRIP_EFFICIENCY,
				 CatalogFactory.eINSTANCE.createConsumptionFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__ROUND_TRIP_EFFICIENCY,
				 CatalogFactory.eINSTANCE.createCapacityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__ROUND_TRIP_EFFICIENCY,
				 CatalogFactory.eINSTANCE.createReserveFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__ROUND_TRIP_EFFICIENCY,
				 CatalogFactory.eINSTANCE.createVoltageDropLimitFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__CYCLE_LIFE,
				 CatalogFactory.eINSTANCE.createCycleLifeFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__MAX_IN_SERIES,
				 CatalogFactory.eINSTANCE.createIntegerFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__MAX_PER_SYSTEM,
				 CatalogFactory.eINSTANCE.createIntegerFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__PRE_ALARM_SUPPORT,
				 CatalogFactory.eINSTANCE.createBooleanFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__INTERNAL_RESISTANCE,
				 CatalogFactory.eINSTANCE.createQuantityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__INTERNAL_RESISTANCE,
				 CatalogFactory.eINSTANCE.createConsumptionFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__INTERNAL_RESISTANCE,
				 CatalogFactory.eINSTANCE.createCapacityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__INTERNAL_RESISTANCE,
				 CatalogFactory.eINSTANCE.createReserveFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__INTERNAL_RESISTANCE,
				 CatalogFactory.eINSTANCE.createVoltageDropLimitFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_CELL_VOLTAGE,
				 CatalogFactory.eINSTANCE.createQuantityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_CELL_VOLTAGE,
				 CatalogFactory.eINSTANCE.createConsumptionFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_CELL_VOLTAGE,
				 CatalogFactory.eINSTANCE.createCapacityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_CELL_VOLTAGE,
				 CatalogFactory.eINSTANCE.createReserveFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_CELL_VOLTAGE,
				 CatalogFactory.eINSTANCE.createVoltageDropLimitFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_HIGH_TEMPERATURE,
				 CatalogFactory.eINSTANCE.createQuantityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_HIGH_TEMPERATURE,
				 CatalogFactory.eINSTANCE.createConsumptionFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_HIGH_TEMPERATURE,
				 CatalogFactory.eINSTANCE.createCapacityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_HIGH_TEMPERATURE,
				 CatalogFactory.eINSTANCE.createReserveFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_HIGH_TEMPERATURE,
				 CatalogFactory.eINSTANCE.createVoltageDropLimitFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_LOW_TEMPERATURE,
				 CatalogFactory.eINSTANCE.createQuantityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_LOW_TEMPERATURE,
				 CatalogFactory.eINSTANCE.createConsumptionFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_LOW_TEMPERATURE,
				 CatalogFactory.eINSTANCE.createCapacityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_LOW_TEMPERATURE,
				 CatalogFactory.eINSTANCE.createReserveFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_LOW_TEMPERATURE,
				 CatalogFactory.eINSTANCE.createVoltageDropLimitFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__RESERVE_AFTER_DISCONNECT,
				 CatalogFactory.eINSTANCE.createReserveFact()));
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
			childFeature == CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__NOMINAL_VOLTAGE ||
			childFeature == CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__ENERGY ||
			childFeature == CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__MAX_CONTINUOUS_DISCHARGE_CURRENT ||
			childFeature == CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__RECOMMENDED_DISCHARGE_CURRENT ||
			childFeature == CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__MAX_CHARGE_CURRENT ||
			childFeature == CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__RECOMMENDED_CHARGE_CURRENT ||
			childFeature == CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__FLOAT_VOLTAGE ||
			childFeature == CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__END_OF_DISCHARGE_VOLTAGE ||
			childFeature == CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__ROUND_TRIP_EFFICIENCY ||
			childFeature == CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__INTERNAL_RESISTANCE ||
			childFeature == CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_CELL_VOLTAGE ||
			childFeature == CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_HIGH_TEMPERATURE ||
			childFeature == CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__CHARGE_DISCONNECT_LOW_TEMPERATURE ||
			childFeature == CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__CAPACITIES ||
			childFeature == CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__RESERVE_AFTER_DISCONNECT ||
			childFeature == CatalogPackage.Literals.PRODUCT_TYPE__OPERATING_TEMPERATURE ||
			childFeature == CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__CHARGE_VOLTAGE ||
			childFeature == CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__DISCHARGE_TEMPERATURE ||
			childFeature == CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__CHARGE_TEMPERATURE ||
			childFeature == CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__CELLS_IN_SERIES ||
			childFeature == CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__MAX_IN_SERIES ||
			childFeature == CatalogPackage.Literals.LITHIUM_BATTERY_MODEL__MAX_PER_SYSTEM;

		if (qualify) {
			return getString
				("_UI_CreateChild_text2",
				 new Object[] { getTypeText(childObject), getFeatureText(childFeature), getTypeText(owner) });
		}
		return super.getCreateChildText(owner, feature, child, selection);
	}

}
