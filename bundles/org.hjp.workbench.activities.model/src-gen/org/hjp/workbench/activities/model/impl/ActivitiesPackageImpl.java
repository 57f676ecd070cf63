/**
 */
package org.hjp.workbench.activities.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.hjp.workbench.activities.model.ActivitiesFactory;
import org.hjp.workbench.activities.model.ActivitiesPackage;
import org.hjp.workbench.activities.model.Activity;
import org.hjp.workbench.activities.model.ActivityPlan;
import org.hjp.workbench.activities.model.ActivityStatus;
import org.hjp.workbench.activities.model.BuyInStatus;
import org.hjp.workbench.activities.model.CareCoordination;
import org.hjp.workbench.activities.model.ContentKind;
import org.hjp.workbench.activities.model.DeliveryMode;
import org.hjp.workbench.activities.model.EmbeddedLegalHelp;
import org.hjp.workbench.activities.model.ReferralPathway;
import org.hjp.workbench.activities.model.SecondaryConsultation;
import org.hjp.workbench.activities.model.SystemicAdvocacy;
import org.hjp.workbench.activities.model.Training;
import org.hjp.workbench.activities.model.TrainingDirection;
import org.hjp.workbench.activities.model.TrainingSession;

import org.hjp.workbench.model.PartnershipPackage;

import org.hjp.workbench.needs.model.NeedsPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ActivitiesPackageImpl extends EPackageImpl implements ActivitiesPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass activityPlanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass activityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass embeddedLegalHelpEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass referralPathwayEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass trainingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass trainingSessionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass secondaryConsultationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass careCoordinationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass systemicAdvocacyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum activityStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum trainingDirectionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum buyInStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum deliveryModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum contentKindEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.hjp.workbench.activities.model.ActivitiesPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ActivitiesPackageImpl() {
		super(eNS_URI, ActivitiesFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link ActivitiesPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ActivitiesPackage init() {
		if (isInited) return (ActivitiesPackage)EPackage.Registry.INSTANCE.getEPackage(ActivitiesPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredActivitiesPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ActivitiesPackageImpl theActivitiesPackage = registeredActivitiesPackage instanceof ActivitiesPackageImpl ? (ActivitiesPackageImpl)registeredActivitiesPackage : new ActivitiesPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		PartnershipPackage.eINSTANCE.eClass();
		NeedsPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theActivitiesPackage.createPackageContents();

		// Initialize created meta-data
		theActivitiesPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theActivitiesPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ActivitiesPackage.eNS_URI, theActivitiesPackage);
		return theActivitiesPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getActivityPlan() {
		return activityPlanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActivityPlan_Activities() {
		return (EReference)activityPlanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getActivity() {
		return activityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActivity_Name() {
		return (EAttribute)activityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActivity_Description() {
		return (EAttribute)activityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActivity_ResponsiblePartner() {
		return (EReference)activityEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActivity_LinkedNeeds() {
		return (EReference)activityEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActivity_Status() {
		return (EAttribute)activityEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActivity_StartDate() {
		return (EAttribute)activityEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEmbeddedLegalHelp() {
		return embeddedLegalHelpEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmbeddedLegalHelp_Location() {
		return (EAttribute)embeddedLegalHelpEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmbeddedLegalHelp_HoursPerWeek() {
		return (EAttribute)embeddedLegalHelpEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReferralPathway() {
		return referralPathwayEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReferralPathway_FromPartner() {
		return (EReference)referralPathwayEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReferralPathway_ToPartner() {
		return (EReference)referralPathwayEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReferralPathway_WarmReferral() {
		return (EAttribute)referralPathwayEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReferralPathway_ScreeningQuestions() {
		return (EAttribute)referralPathwayEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTraining() {
		return trainingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTraining_Direction() {
		return (EAttribute)trainingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTraining_Audience() {
		return (EAttribute)trainingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTraining_Goal() {
		return (EAttribute)trainingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTraining_WhyTraining() {
		return (EAttribute)trainingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTraining_BuyIn() {
		return (EAttribute)trainingEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTraining_PartnerViews() {
		return (EAttribute)trainingEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTraining_Mode() {
		return (EAttribute)trainingEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTraining_ContentKind() {
		return (EAttribute)trainingEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTraining_MinutesAvailable() {
		return (EAttribute)trainingEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTraining_MinutesNeeded() {
		return (EAttribute)trainingEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTraining_FollowUpResource() {
		return (EAttribute)trainingEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTraining_Sessions() {
		return (EReference)trainingEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTrainingSession() {
		return trainingSessionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSession_Date() {
		return (EAttribute)trainingSessionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSession_Attendees() {
		return (EAttribute)trainingSessionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSession_Minutes() {
		return (EAttribute)trainingSessionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSession_Feedback() {
		return (EAttribute)trainingSessionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSecondaryConsultation() {
		return secondaryConsultationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSecondaryConsultation_HowToAsk() {
		return (EAttribute)secondaryConsultationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCareCoordination() {
		return careCoordinationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCareCoordination_Arrangement() {
		return (EAttribute)careCoordinationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSystemicAdvocacy() {
		return systemicAdvocacyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSystemicAdvocacy_Issue() {
		return (EAttribute)systemicAdvocacyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSystemicAdvocacy_Audience() {
		return (EAttribute)systemicAdvocacyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getActivityStatus() {
		return activityStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTrainingDirection() {
		return trainingDirectionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBuyInStatus() {
		return buyInStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDeliveryMode() {
		return deliveryModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getContentKind() {
		return contentKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActivitiesFactory getActivitiesFactory() {
		return (ActivitiesFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		activityPlanEClass = createEClass(ACTIVITY_PLAN);
		createEReference(activityPlanEClass, ACTIVITY_PLAN__ACTIVITIES);

		activityEClass = createEClass(ACTIVITY);
		createEAttribute(activityEClass, ACTIVITY__NAME);
		createEAttribute(activityEClass, ACTIVITY__DESCRIPTION);
		createEReference(activityEClass, ACTIVITY__RESPONSIBLE_PARTNER);
		createEReference(activityEClass, ACTIVITY__LINKED_NEEDS);
		createEAttribute(activityEClass, ACTIVITY__STATUS);
		createEAttribute(activityEClass, ACTIVITY__START_DATE);

		embeddedLegalHelpEClass = createEClass(EMBEDDED_LEGAL_HELP);
		createEAttribute(embeddedLegalHelpEClass, EMBEDDED_LEGAL_HELP__LOCATION);
		createEAttribute(embeddedLegalHelpEClass, EMBEDDED_LEGAL_HELP__HOURS_PER_WEEK);

		referralPathwayEClass = createEClass(REFERRAL_PATHWAY);
		createEReference(referralPathwayEClass, REFERRAL_PATHWAY__FROM_PARTNER);
		createEReference(referralPathwayEClass, REFERRAL_PATHWAY__TO_PARTNER);
		createEAttribute(referralPathwayEClass, REFERRAL_PATHWAY__WARM_REFERRAL);
		createEAttribute(referralPathwayEClass, REFERRAL_PATHWAY__SCREENING_QUESTIONS);

		trainingEClass = createEClass(TRAINING);
		createEAttribute(trainingEClass, TRAINING__DIRECTION);
		createEAttribute(trainingEClass, TRAINING__AUDIENCE);
		createEAttribute(trainingEClass, TRAINING__GOAL);
		createEAttribute(trainingEClass, TRAINING__WHY_TRAINING);
		createEAttribute(trainingEClass, TRAINING__BUY_IN);
		createEAttribute(trainingEClass, TRAINING__PARTNER_VIEWS);
		createEAttribute(trainingEClass, TRAINING__MODE);
		createEAttribute(trainingEClass, TRAINING__CONTENT_KIND);
		createEAttribute(trainingEClass, TRAINING__MINUTES_AVAILABLE);
		createEAttribute(trainingEClass, TRAINING__MINUTES_NEEDED);
		createEAttribute(trainingEClass, TRAINING__FOLLOW_UP_RESOURCE);
		createEReference(trainingEClass, TRAINING__SESSIONS);

		trainingSessionEClass = createEClass(TRAINING_SESSION);
		createEAttribute(trainingSessionEClass, TRAINING_SESSION__DATE);
		createEAttribute(trainingSessionEClass, TRAINING_SESSION__ATTENDEES);
		createEAttribute(trainingSessionEClass, TRAINING_SESSION__MINUTES);
		createEAttribute(trainingSessionEClass, TRAINING_SESSION__FEEDBACK);

		secondaryConsultationEClass = createEClass(SECONDARY_CONSULTATION);
		createEAttribute(secondaryConsultationEClass, SECONDARY_CONSULTATION__HOW_TO_ASK);

		careCoordinationEClass = createEClass(CARE_COORDINATION);
		createEAttribute(careCoordinationEClass, CARE_COORDINATION__ARRANGEMENT);

		systemicAdvocacyEClass = createEClass(SYSTEMIC_ADVOCACY);
		createEAttribute(systemicAdvocacyEClass, SYSTEMIC_ADVOCACY__ISSUE);
		createEAttribute(systemicAdvocacyEClass, SYSTEMIC_ADVOCACY__AUDIENCE);

		// Create enums
		activityStatusEEnum = createEEnum(ACTIVITY_STATUS);
		trainingDirectionEEnum = createEEnum(TRAINING_DIRECTION);
		buyInStatusEEnum = createEEnum(BUY_IN_STATUS);
		deliveryModeEEnum = createEEnum(DELIVERY_MODE);
		contentKindEEnum = createEEnum(CONTENT_KIND);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		PartnershipPackage thePartnershipPackage = (PartnershipPackage)EPackage.Registry.INSTANCE.getEPackage(PartnershipPackage.eNS_URI);
		NeedsPackage theNeedsPackage = (NeedsPackage)EPackage.Registry.INSTANCE.getEPackage(NeedsPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		activityPlanEClass.getESuperTypes().add(thePartnershipPackage.getPartnershipExtension());
		embeddedLegalHelpEClass.getESuperTypes().add(this.getActivity());
		referralPathwayEClass.getESuperTypes().add(this.getActivity());
		trainingEClass.getESuperTypes().add(this.getActivity());
		secondaryConsultationEClass.getESuperTypes().add(this.getActivity());
		careCoordinationEClass.getESuperTypes().add(this.getActivity());
		systemicAdvocacyEClass.getESuperTypes().add(this.getActivity());

		// Initialize classes, features, and operations; add parameters
		initEClass(activityPlanEClass, ActivityPlan.class, "ActivityPlan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getActivityPlan_Activities(), this.getActivity(), null, "activities", null, 0, -1, ActivityPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(activityEClass, Activity.class, "Activity", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getActivity_Name(), ecorePackage.getEString(), "name", null, 0, 1, Activity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActivity_Description(), ecorePackage.getEString(), "description", null, 0, 1, Activity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getActivity_ResponsiblePartner(), thePartnershipPackage.getOrganisation(), null, "responsiblePartner", null, 0, 1, Activity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getActivity_LinkedNeeds(), theNeedsPackage.getNeed(), null, "linkedNeeds", null, 0, -1, Activity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActivity_Status(), this.getActivityStatus(), "status", "proposed", 0, 1, Activity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActivity_StartDate(), ecorePackage.getEDate(), "startDate", null, 0, 1, Activity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(embeddedLegalHelpEClass, EmbeddedLegalHelp.class, "EmbeddedLegalHelp", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEmbeddedLegalHelp_Location(), ecorePackage.getEString(), "location", null, 0, 1, EmbeddedLegalHelp.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEmbeddedLegalHelp_HoursPerWeek(), ecorePackage.getEDoubleObject(), "hoursPerWeek", null, 0, 1, EmbeddedLegalHelp.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(referralPathwayEClass, ReferralPathway.class, "ReferralPathway", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getReferralPathway_FromPartner(), thePartnershipPackage.getOrganisation(), null, "fromPartner", null, 0, 1, ReferralPathway.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReferralPathway_ToPartner(), thePartnershipPackage.getOrganisation(), null, "toPartner", null, 0, 1, ReferralPathway.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReferralPathway_WarmReferral(), ecorePackage.getEBoolean(), "warmReferral", "true", 0, 1, ReferralPathway.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReferralPathway_ScreeningQuestions(), ecorePackage.getEString(), "screeningQuestions", null, 0, 1, ReferralPathway.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(trainingEClass, Training.class, "Training", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTraining_Direction(), this.getTrainingDirection(), "direction", "legalToHealth", 0, 1, Training.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTraining_Audience(), ecorePackage.getEString(), "audience", null, 0, 1, Training.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTraining_Goal(), ecorePackage.getEString(), "goal", null, 0, 1, Training.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTraining_WhyTraining(), ecorePackage.getEString(), "whyTraining", null, 0, 1, Training.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTraining_BuyIn(), this.getBuyInStatus(), "buyIn", "notAsked", 0, 1, Training.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTraining_PartnerViews(), ecorePackage.getEString(), "partnerViews", null, 0, 1, Training.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTraining_Mode(), this.getDeliveryMode(), "mode", "inPerson", 0, 1, Training.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTraining_ContentKind(), this.getContentKind(), "contentKind", "serviceIntroduction", 0, 1, Training.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTraining_MinutesAvailable(), ecorePackage.getEIntegerObject(), "minutesAvailable", null, 0, 1, Training.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTraining_MinutesNeeded(), ecorePackage.getEIntegerObject(), "minutesNeeded", null, 0, 1, Training.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTraining_FollowUpResource(), ecorePackage.getEString(), "followUpResource", null, 0, 1, Training.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTraining_Sessions(), this.getTrainingSession(), null, "sessions", null, 0, -1, Training.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(trainingSessionEClass, TrainingSession.class, "TrainingSession", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTrainingSession_Date(), ecorePackage.getEDate(), "date", null, 0, 1, TrainingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSession_Attendees(), ecorePackage.getEInt(), "attendees", null, 0, 1, TrainingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSession_Minutes(), ecorePackage.getEIntegerObject(), "minutes", null, 0, 1, TrainingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSession_Feedback(), ecorePackage.getEString(), "feedback", null, 0, 1, TrainingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(secondaryConsultationEClass, SecondaryConsultation.class, "SecondaryConsultation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSecondaryConsultation_HowToAsk(), ecorePackage.getEString(), "howToAsk", null, 0, 1, SecondaryConsultation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(careCoordinationEClass, CareCoordination.class, "CareCoordination", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCareCoordination_Arrangement(), ecorePackage.getEString(), "arrangement", null, 0, 1, CareCoordination.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(systemicAdvocacyEClass, SystemicAdvocacy.class, "SystemicAdvocacy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSystemicAdvocacy_Issue(), ecorePackage.getEString(), "issue", null, 0, 1, SystemicAdvocacy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSystemicAdvocacy_Audience(), ecorePackage.getEString(), "audience", null, 0, 1, SystemicAdvocacy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(activityStatusEEnum, ActivityStatus.class, "ActivityStatus");
		addEEnumLiteral(activityStatusEEnum, ActivityStatus.PROPOSED);
		addEEnumLiteral(activityStatusEEnum, ActivityStatus.PLANNED);
		addEEnumLiteral(activityStatusEEnum, ActivityStatus.UNDERWAY);
		addEEnumLiteral(activityStatusEEnum, ActivityStatus.COMPLETED);
		addEEnumLiteral(activityStatusEEnum, ActivityStatus.STOPPED);

		initEEnum(trainingDirectionEEnum, TrainingDirection.class, "TrainingDirection");
		addEEnumLiteral(trainingDirectionEEnum, TrainingDirection.NOT_CHOSEN);
		addEEnumLiteral(trainingDirectionEEnum, TrainingDirection.LEGAL_TO_HEALTH);
		addEEnumLiteral(trainingDirectionEEnum, TrainingDirection.HEALTH_TO_LEGAL);
		addEEnumLiteral(trainingDirectionEEnum, TrainingDirection.TOGETHER);

		initEEnum(buyInStatusEEnum, BuyInStatus.class, "BuyInStatus");
		addEEnumLiteral(buyInStatusEEnum, BuyInStatus.NOT_ASKED);
		addEEnumLiteral(buyInStatusEEnum, BuyInStatus.ASKED);
		addEEnumLiteral(buyInStatusEEnum, BuyInStatus.CONFIRMED);
		addEEnumLiteral(buyInStatusEEnum, BuyInStatus.DECLINED);

		initEEnum(deliveryModeEEnum, DeliveryMode.class, "DeliveryMode");
		addEEnumLiteral(deliveryModeEEnum, DeliveryMode.NOT_CHOSEN);
		addEEnumLiteral(deliveryModeEEnum, DeliveryMode.WRITTEN);
		addEEnumLiteral(deliveryModeEEnum, DeliveryMode.IN_PERSON);
		addEEnumLiteral(deliveryModeEEnum, DeliveryMode.BOTH);

		initEEnum(contentKindEEnum, ContentKind.class, "ContentKind");
		addEEnumLiteral(contentKindEEnum, ContentKind.NOT_CHOSEN);
		addEEnumLiteral(contentKindEEnum, ContentKind.PROCESS);
		addEEnumLiteral(contentKindEEnum, ContentKind.SUBSTANTIVE_KNOWLEDGE);
		addEEnumLiteral(contentKindEEnum, ContentKind.SERVICE_INTRODUCTION);

		// Create resource
		createResource(eNS_URI);
	}

} //ActivitiesPackageImpl
