/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog.provider;


import io.cellwright.model.catalog.CatalogFactory;
import io.cellwright.model.catalog.CatalogPackage;
import io.cellwright.model.catalog.OutputBehaviour;
import io.cellwright.model.catalog.OutputTrigger;

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
 * This is the item provider adapter for a {@link io.cellwright.model.catalog.OutputBehaviour} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class OutputBehaviourItemProvider 
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
	public OutputBehaviourItemProvider(AdapterFactory adapterFactory) {
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

			addTriggerPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Trigger feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTriggerPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OutputBehaviour_trigger_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OutputBehaviour_trigger_feature", "_UI_OutputBehaviour_type"),
				 CatalogPackage.Literals.OUTPUT_BEHAVIOUR__TRIGGER,
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
			childrenFeatures.add(CatalogPackage.Literals.OUTPUT_BEHAVIOUR__NORMAL_STATE);
			childrenFeatures.add(CatalogPackage.Literals.OUTPUT_BEHAVIOUR__ACTIVE_STATE);
			childrenFeatures.add(CatalogPackage.Literals.OUTPUT_BEHAVIOUR__HIGH_LEVEL_BELOW_BATTERY);
			childrenFeatures.add(CatalogPackage.Literals.OUTPUT_BEHAVIOUR__SOURCE_CURRENT_LIMIT);
			childrenFeatures.add(CatalogPackage.Literals.OUTPUT_BEHAVIOUR__SINK_CURRENT);
			childrenFeatures.add(CatalogPackage.Literals.OUTPUT_BEHAVIOUR__CONTACT_RATING);
			childrenFeatures.add(CatalogPackage.Literals.OUTPUT_BEHAVIOUR__SHORT_CIRCUIT_PROTECTED);
			childrenFeatures.add(CatalogPackage.Literals.OUTPUT_BEHAVIOUR__INDUCTIVE_LOAD_ALLOWED);
			childrenFeatures.add(CatalogPackage.Literals.OUTPUT_BEHAVIOUR__LEAD_TIME);
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
	 * This returns OutputBehaviour.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/OutputBehaviour"));
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
		OutputTrigger labelValue = ((OutputBehaviour)object).getTrigger();
		String label = labelValue == null ? null : labelValue.toString();
		return label == null || label.length() == 0 ?
			getString("_UI_OutputBehaviour_type") :
			getString("_UI_OutputBehaviour_type") + " " + label;
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

		switch (notification.getFeatureID(OutputBehaviour.class)) {
			case CatalogPackage.OUTPUT_BEHAVIOUR__TRIGGER:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case CatalogPackage.OUTPUT_BEHAVIOUR__NORMAL_STATE:
			case CatalogPackage.OUTPUT_BEHAVIOUR__ACTIVE_STATE:
			case CatalogPackage.OUTPUT_BEHAVIOUR__HIGH_LEVEL_BELOW_BATTERY:
			case CatalogPackage.OUTPUT_BEHAVIOUR__SOURCE_CURRENT_LIMIT:
			case CatalogPackage.OUTPUT_BEHAVIOUR__SINK_CURRENT:
			case CatalogPackage.OUTPUT_BEHAVIOUR__CONTACT_RATING:
			case CatalogPackage.OUTPUT_BEHAVIOUR__SHORT_CIRCUIT_PROTECTED:
			case CatalogPackage.OUTPUT_BEHAVIOUR__INDUCTIVE_LOAD_ALLOWED:
			case CatalogPackage.OUTPUT_BEHAVIOUR__LEAD_TIME:
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
				(CatalogPackage.Literals.OUTPUT_BEHAVIOUR__NORMAL_STATE,
				 CatalogFactory.eINSTANCE.createOutputStateFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.OUTPUT_BEHAVIOUR__ACTIVE_STATE,
				 CatalogFactory.eINSTANCE.createOutputStateFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.OUTPUT_BEHAVIOUR__HIGH_LEVEL_BELOW_BATTERY,
				 CatalogFactory.eINSTANCE.createQuantityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.OUTPUT_BEHAVIOUR__HIGH_LEVEL_BELOW_BATTERY,
				 CatalogFactory.eINSTANCE.createConsumptionFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.OUTPUT_BEHAVIOUR__HIGH_LEVEL_BELOW_BATTERY,
				 CatalogFactory.eINSTANCE.createCapacityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.OUTPUT_BEHAVIOUR__HIGH_LEVEL_BELOW_BATTERY,
				 CatalogFactory.eINSTANCE.createReserveFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.OUTPUT_BEHAVIOUR__HIGH_LEVEL_BELOW_BATTERY,
				 CatalogFactory.eINSTANCE.createVoltageDropLimitFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.OUTPUT_BEHAVIOUR__SOURCE_CURRENT_LIMIT,
				 CatalogFactory.eINSTANCE.createQuantityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.OUTPUT_BEHAVIOUR__SOURCE_CURRENT_LIMIT,
				 CatalogFactory.eINSTANCE.createConsumptionFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.OUTPUT_BEHAVIOUR__SOURCE_CURRENT_LIMIT,
				 CatalogFactory.eINSTANCE.createCapacityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.OUTPUT_BEHAVIOUR__SOURCE_CURRENT_LIMIT,
				 CatalogFactory.eINSTANCE.createReserveFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.OUTPUT_BEHAVIOUR__SOURCE_CURRENT_LIMIT,
				 CatalogFactory.eINSTANCE.createVoltageDropLimitFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.OUTPUT_BEHAVIOUR__SINK_CURRENT,
				 CatalogFactory.eINSTANCE.createQuantityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.OUTPUT_BEHAVIOUR__SINK_CURRENT,
				 CatalogFactory.eINSTANCE.createConsumptionFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.OUTPUT_BEHAVIOUR__SINK_CURRENT,
				 CatalogFactory.eINSTANCE.createCapacityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.OUTPUT_BEHAVIOUR__SINK_CURRENT,
				 CatalogFactory.eINSTANCE.createReserveFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.OUTPUT_BEHAVIOUR__SINK_CURRENT,
				 CatalogFactory.eINSTANCE.createVoltageDropLimitFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.OUTPUT_BEHAVIOUR__CONTACT_RATING,
				 CatalogFactory.eINSTANCE.createQuantityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.OUTPUT_BEHAVIOUR__CONTACT_RATING,
				 CatalogFactory.eINSTANCE.createConsumptionFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.OUTPUT_BEHAVIOUR__CONTACT_RATING,
				 CatalogFactory.eINSTANCE.createCapacityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.OUTPUT_BEHAVIOUR__CONTACT_RATING,
				 CatalogFactory.eINSTANCE.createReserveFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.OUTPUT_BEHAVIOUR__CONTACT_RATING,
				 CatalogFactory.eINSTANCE.createVoltageDropLimitFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.OUTPUT_BEHAVIOUR__SHORT_CIRCUIT_PROTECTED,
				 CatalogFactory.eINSTANCE.createBooleanFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.OUTPUT_BEHAVIOUR__INDUCTIVE_LOAD_ALLOWED,
				 CatalogFactory.eINSTANCE.createBooleanFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.OUTPUT_BEHAVIOUR__LEAD_TIME,
				 CatalogFactory.eINSTANCE.createQuantityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.OUTPUT_BEHAVIOUR__LEAD_TIME,
				 CatalogFactory.eINSTANCE.createConsumptionFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.OUTPUT_BEHAVIOUR__LEAD_TIME,
				 CatalogFactory.eINSTANCE.createCapacityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.OUTPUT_BEHAVIOUR__LEAD_TIME,
				 CatalogFactory.eINSTANCE.createReserveFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.OUTPUT_BEHAVIOUR__LEAD_TIME,
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
			childFeature == CatalogPackage.Literals.OUTPUT_BEHAVIOUR__NORMAL_STATE ||
			childFeature == CatalogPackage.Literals.OUTPUT_BEHAVIOUR__ACTIVE_STATE ||
			childFeature == CatalogPackage.Literals.OUTPUT_BEHAVIOUR__HIGH_LEVEL_BELOW_BATTERY ||
			childFeature == CatalogPackage.Literals.OUTPUT_BEHAVIOUR__SOURCE_CURRENT_LIMIT ||
			childFeature == CatalogPackage.Literals.OUTPUT_BEHAVIOUR__SINK_CURRENT ||
			childFeature == CatalogPackage.Literals.OUTPUT_BEHAVIOUR__CONTACT_RATING ||
			childFeature == CatalogPackage.Literals.OUTPUT_BEHAVIOUR__LEAD_TIME ||
			childFeature == CatalogPackage.Literals.OUTPUT_BEHAVIOUR__SHORT_CIRCUIT_PROTECTED ||
			childFeature == CatalogPackage.Literals.OUTPUT_BEHAVIOUR__INDUCTIVE_LOAD_ALLOWED;

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
