/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.catalog.provider;


import io.cellwright.model.catalog.CatalogFactory;
import io.cellwright.model.catalog.CatalogPackage;
import io.cellwright.model.catalog.Fact;

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
 * This is the item provider adapter for a {@link io.cellwright.model.catalog.Fact} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class FactItemProvider extends SourcedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FactItemProvider(AdapterFactory adapterFactory) {
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

			addDisplayTextPropertyDescriptor(object);
			addFootnotePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Display Text feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDisplayTextPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Fact_displayText_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Fact_displayText_feature", "_UI_Fact_type"),
				 CatalogPackage.Literals.FACT__DISPLAY_TEXT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Footnote feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFootnotePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Fact_footnote_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Fact_footnote_feature", "_UI_Fact_type"),
				 CatalogPackage.Literals.FACT__FOOTNOTE,
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
			childrenFeatures.add(CatalogPackage.Literals.FACT__ALTERNATIVES);
			childrenFeatures.add(CatalogPackage.Literals.FACT__RULING);
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
		String label = ((Fact)object).getComment();
		return label == null || label.length() == 0 ?
			getString("_UI_Fact_type") :
			getString("_UI_Fact_type") + " " + label;
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

		switch (notification.getFeatureID(Fact.class)) {
			case CatalogPackage.FACT__DISPLAY_TEXT:
			case CatalogPackage.FACT__FOOTNOTE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case CatalogPackage.FACT__ALTERNATIVES:
			case CatalogPackage.FACT__RULING:
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
				(CatalogPackage.Literals.FACT__ALTERNATIVES,
				 CatalogFactory.eINSTANCE.createQuantityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.FACT__ALTERNATIVES,
				 CatalogFactory.eINSTANCE.createRangeFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.FACT__ALTERNATIVES,
				 CatalogFactory.eINSTANCE.createBooleanFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.FACT__ALTERNATIVES,
				 CatalogFactory.eINSTANCE.createIntegerFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.FACT__ALTERNATIVES,
				 CatalogFactory.eINSTANCE.createTextFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.FACT__ALTERNATIVES,
				 CatalogFactory.eINSTANCE.createQuantitySetFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.FACT__ALTERNATIVES,
				 CatalogFactory.eINSTANCE.createCapabilityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.FACT__ALTERNATIVES,
				 CatalogFactory.eINSTANCE.createAlternatorPortFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.FACT__ALTERNATIVES,
				 CatalogFactory.eINSTANCE.createDataCommunicationFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.FACT__ALTERNATIVES,
				 CatalogFactory.eINSTANCE.createSwitchedOutputFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.FACT__ALTERNATIVES,
				 CatalogFactory.eINSTANCE.createDimensionsFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.FACT__ALTERNATIVES,
				 CatalogFactory.eINSTANCE.createIpRatingFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.FACT__ALTERNATIVES,
				 CatalogFactory.eINSTANCE.createLifecycleFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.FACT__ALTERNATIVES,
				 CatalogFactory.eINSTANCE.createDocumentLinkFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.FACT__ALTERNATIVES,
				 CatalogFactory.eINSTANCE.createOutputStateFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.FACT__ALTERNATIVES,
				 CatalogFactory.eINSTANCE.createConnectorFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.FACT__ALTERNATIVES,
				 CatalogFactory.eINSTANCE.createConsumptionFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.FACT__ALTERNATIVES,
				 CatalogFactory.eINSTANCE.createCapacityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.FACT__ALTERNATIVES,
				 CatalogFactory.eINSTANCE.createCycleLifeFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.FACT__ALTERNATIVES,
				 CatalogFactory.eINSTANCE.createStandardsFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.FACT__ALTERNATIVES,
				 CatalogFactory.eINSTANCE.createArticleNumberFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.FACT__ALTERNATIVES,
				 CatalogFactory.eINSTANCE.createIncludedItemFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.FACT__ALTERNATIVES,
				 CatalogFactory.eINSTANCE.createReserveFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.FACT__ALTERNATIVES,
				 CatalogFactory.eINSTANCE.createOcvCurveFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.FACT__ALTERNATIVES,
				 CatalogFactory.eINSTANCE.createRemoteUseMode()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.FACT__ALTERNATIVES,
				 CatalogFactory.eINSTANCE.createFuseTableEntry()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.FACT__ALTERNATIVES,
				 CatalogFactory.eINSTANCE.createLedIndicator()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.FACT__ALTERNATIVES,
				 CatalogFactory.eINSTANCE.createStatusCode()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.FACT__ALTERNATIVES,
				 CatalogFactory.eINSTANCE.createAmpacityFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.FACT__ALTERNATIVES,
				 CatalogFactory.eINSTANCE.createVoltageDropLimitFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.FACT__ALTERNATIVES,
				 CatalogFactory.eINSTANCE.createSystemVoltageGuideFact()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.FACT__RULING,
				 CatalogFactory.eINSTANCE.createRuling()));
	}

}
