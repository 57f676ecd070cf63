/**
 */
package org.hjp.workbench.agreement.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.hjp.workbench.agreement.model.Agreement;
import org.hjp.workbench.agreement.model.AgreementFactory;
import org.hjp.workbench.agreement.model.AgreementPackage;

import org.hjp.workbench.model.provider.PartnershipExtensionItemProvider;

/**
 * This is the item provider adapter for a {@link org.hjp.workbench.agreement.model.Agreement} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class AgreementItemProvider extends PartnershipExtensionItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AgreementItemProvider(AdapterFactory adapterFactory) {
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

			addTitlePropertyDescriptor(object);
			addStatusPropertyDescriptor(object);
			addSignedDatePropertyDescriptor(object);
			addMeetingRhythmPropertyDescriptor(object);
			addDecisionMakingPropertyDescriptor(object);
			addConfidentialityAndPrivilegePropertyDescriptor(object);
			addConflictOfInterestPropertyDescriptor(object);
			addMandatoryReportingPropertyDescriptor(object);
			addDisputeResolutionPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Title feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTitlePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Agreement_title_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Agreement_title_feature", "_UI_Agreement_type"),
				 AgreementPackage.Literals.AGREEMENT__TITLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Status feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatusPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Agreement_status_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Agreement_status_feature", "_UI_Agreement_type"),
				 AgreementPackage.Literals.AGREEMENT__STATUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Signed Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSignedDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Agreement_signedDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Agreement_signedDate_feature", "_UI_Agreement_type"),
				 AgreementPackage.Literals.AGREEMENT__SIGNED_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Meeting Rhythm feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMeetingRhythmPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Agreement_meetingRhythm_feature"),
				 getString("_UI_Agreement_meetingRhythm_description"),
				 AgreementPackage.Literals.AGREEMENT__MEETING_RHYTHM,
				 true,
				 true,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Decision Making feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDecisionMakingPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Agreement_decisionMaking_feature"),
				 getString("_UI_Agreement_decisionMaking_description"),
				 AgreementPackage.Literals.AGREEMENT__DECISION_MAKING,
				 true,
				 true,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Confidentiality And Privilege feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addConfidentialityAndPrivilegePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Agreement_confidentialityAndPrivilege_feature"),
				 getString("_UI_Agreement_confidentialityAndPrivilege_description"),
				 AgreementPackage.Literals.AGREEMENT__CONFIDENTIALITY_AND_PRIVILEGE,
				 true,
				 true,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Conflict Of Interest feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addConflictOfInterestPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Agreement_conflictOfInterest_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Agreement_conflictOfInterest_feature", "_UI_Agreement_type"),
				 AgreementPackage.Literals.AGREEMENT__CONFLICT_OF_INTEREST,
				 true,
				 true,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Mandatory Reporting feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMandatoryReportingPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Agreement_mandatoryReporting_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Agreement_mandatoryReporting_feature", "_UI_Agreement_type"),
				 AgreementPackage.Literals.AGREEMENT__MANDATORY_REPORTING,
				 true,
				 true,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Dispute Resolution feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDisputeResolutionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Agreement_disputeResolution_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Agreement_disputeResolution_feature", "_UI_Agreement_type"),
				 AgreementPackage.Literals.AGREEMENT__DISPUTE_RESOLUTION,
				 true,
				 true,
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
			childrenFeatures.add(AgreementPackage.Literals.AGREEMENT__ROLES);
			childrenFeatures.add(AgreementPackage.Literals.AGREEMENT__CONTRIBUTIONS);
			childrenFeatures.add(AgreementPackage.Literals.AGREEMENT__INFORMATION_SHARING);
			childrenFeatures.add(AgreementPackage.Literals.AGREEMENT__DATA_COLLECTION);
			childrenFeatures.add(AgreementPackage.Literals.AGREEMENT__MEETINGS);
			childrenFeatures.add(AgreementPackage.Literals.AGREEMENT__REVIEW_DATES);
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
	 * This returns Agreement.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Agreement"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Agreement)object).getTitle();
		return label == null || label.length() == 0 ?
			getString("_UI_Agreement_type") :
			getString("_UI_Agreement_type") + " " + label;
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

		switch (notification.getFeatureID(Agreement.class)) {
			case AgreementPackage.AGREEMENT__TITLE:
			case AgreementPackage.AGREEMENT__STATUS:
			case AgreementPackage.AGREEMENT__SIGNED_DATE:
			case AgreementPackage.AGREEMENT__MEETING_RHYTHM:
			case AgreementPackage.AGREEMENT__DECISION_MAKING:
			case AgreementPackage.AGREEMENT__CONFIDENTIALITY_AND_PRIVILEGE:
			case AgreementPackage.AGREEMENT__CONFLICT_OF_INTEREST:
			case AgreementPackage.AGREEMENT__MANDATORY_REPORTING:
			case AgreementPackage.AGREEMENT__DISPUTE_RESOLUTION:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case AgreementPackage.AGREEMENT__ROLES:
			case AgreementPackage.AGREEMENT__CONTRIBUTIONS:
			case AgreementPackage.AGREEMENT__INFORMATION_SHARING:
			case AgreementPackage.AGREEMENT__DATA_COLLECTION:
			case AgreementPackage.AGREEMENT__MEETINGS:
			case AgreementPackage.AGREEMENT__REVIEW_DATES:
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
				(AgreementPackage.Literals.AGREEMENT__ROLES,
				 AgreementFactory.eINSTANCE.createResponsibility()));

		newChildDescriptors.add
			(createChildParameter
				(AgreementPackage.Literals.AGREEMENT__CONTRIBUTIONS,
				 AgreementFactory.eINSTANCE.createContribution()));

		newChildDescriptors.add
			(createChildParameter
				(AgreementPackage.Literals.AGREEMENT__INFORMATION_SHARING,
				 AgreementFactory.eINSTANCE.createInformationSharing()));

		newChildDescriptors.add
			(createChildParameter
				(AgreementPackage.Literals.AGREEMENT__DATA_COLLECTION,
				 AgreementFactory.eINSTANCE.createDataCollection()));

		newChildDescriptors.add
			(createChildParameter
				(AgreementPackage.Literals.AGREEMENT__MEETINGS,
				 AgreementFactory.eINSTANCE.createMeeting()));

		newChildDescriptors.add
			(createChildParameter
				(AgreementPackage.Literals.AGREEMENT__REVIEW_DATES,
				 AgreementFactory.eINSTANCE.createReviewDate()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return AgreementEditPlugin.INSTANCE;
	}

}
