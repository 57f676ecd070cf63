/**
 */
package org.hjp.workbench.activities.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.hjp.workbench.model.PartnershipPackage;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * @see org.hjp.workbench.activities.model.ActivitiesFactory
 * @model kind="package"
 * @generated
 */
public interface ActivitiesPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://hjp-workbench.org/model/activities/1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "activities";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ActivitiesPackage eINSTANCE = org.hjp.workbench.activities.model.impl.ActivitiesPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.hjp.workbench.activities.model.impl.ActivityPlanImpl <em>Activity Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.activities.model.impl.ActivityPlanImpl
	 * @see org.hjp.workbench.activities.model.impl.ActivitiesPackageImpl#getActivityPlan()
	 * @generated
	 */
	int ACTIVITY_PLAN = 0;

	/**
	 * The feature id for the '<em><b>Activities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_PLAN__ACTIVITIES = PartnershipPackage.PARTNERSHIP_EXTENSION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Activity Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_PLAN_FEATURE_COUNT = PartnershipPackage.PARTNERSHIP_EXTENSION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Activity Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_PLAN_OPERATION_COUNT = PartnershipPackage.PARTNERSHIP_EXTENSION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.activities.model.impl.ActivityImpl <em>Activity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.activities.model.impl.ActivityImpl
	 * @see org.hjp.workbench.activities.model.impl.ActivitiesPackageImpl#getActivity()
	 * @generated
	 */
	int ACTIVITY = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Responsible Partner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__RESPONSIBLE_PARTNER = 2;

	/**
	 * The feature id for the '<em><b>Linked Needs</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__LINKED_NEEDS = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__STATUS = 4;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__START_DATE = 5;

	/**
	 * The number of structural features of the '<em>Activity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Activity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.activities.model.impl.EmbeddedLegalHelpImpl <em>Embedded Legal Help</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.activities.model.impl.EmbeddedLegalHelpImpl
	 * @see org.hjp.workbench.activities.model.impl.ActivitiesPackageImpl#getEmbeddedLegalHelp()
	 * @generated
	 */
	int EMBEDDED_LEGAL_HELP = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMBEDDED_LEGAL_HELP__NAME = ACTIVITY__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMBEDDED_LEGAL_HELP__DESCRIPTION = ACTIVITY__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Responsible Partner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMBEDDED_LEGAL_HELP__RESPONSIBLE_PARTNER = ACTIVITY__RESPONSIBLE_PARTNER;

	/**
	 * The feature id for the '<em><b>Linked Needs</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMBEDDED_LEGAL_HELP__LINKED_NEEDS = ACTIVITY__LINKED_NEEDS;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMBEDDED_LEGAL_HELP__STATUS = ACTIVITY__STATUS;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMBEDDED_LEGAL_HELP__START_DATE = ACTIVITY__START_DATE;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMBEDDED_LEGAL_HELP__LOCATION = ACTIVITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Hours Per Week</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMBEDDED_LEGAL_HELP__HOURS_PER_WEEK = ACTIVITY_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Embedded Legal Help</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMBEDDED_LEGAL_HELP_FEATURE_COUNT = ACTIVITY_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Embedded Legal Help</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMBEDDED_LEGAL_HELP_OPERATION_COUNT = ACTIVITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.activities.model.impl.ReferralPathwayImpl <em>Referral Pathway</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.activities.model.impl.ReferralPathwayImpl
	 * @see org.hjp.workbench.activities.model.impl.ActivitiesPackageImpl#getReferralPathway()
	 * @generated
	 */
	int REFERRAL_PATHWAY = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL_PATHWAY__NAME = ACTIVITY__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL_PATHWAY__DESCRIPTION = ACTIVITY__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Responsible Partner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL_PATHWAY__RESPONSIBLE_PARTNER = ACTIVITY__RESPONSIBLE_PARTNER;

	/**
	 * The feature id for the '<em><b>Linked Needs</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL_PATHWAY__LINKED_NEEDS = ACTIVITY__LINKED_NEEDS;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL_PATHWAY__STATUS = ACTIVITY__STATUS;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL_PATHWAY__START_DATE = ACTIVITY__START_DATE;

	/**
	 * The feature id for the '<em><b>From Partner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL_PATHWAY__FROM_PARTNER = ACTIVITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>To Partner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL_PATHWAY__TO_PARTNER = ACTIVITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Warm Referral</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL_PATHWAY__WARM_REFERRAL = ACTIVITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Screening Questions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL_PATHWAY__SCREENING_QUESTIONS = ACTIVITY_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Referral Pathway</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL_PATHWAY_FEATURE_COUNT = ACTIVITY_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Referral Pathway</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL_PATHWAY_OPERATION_COUNT = ACTIVITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.activities.model.impl.TrainingImpl <em>Training</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.activities.model.impl.TrainingImpl
	 * @see org.hjp.workbench.activities.model.impl.ActivitiesPackageImpl#getTraining()
	 * @generated
	 */
	int TRAINING = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING__NAME = ACTIVITY__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING__DESCRIPTION = ACTIVITY__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Responsible Partner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING__RESPONSIBLE_PARTNER = ACTIVITY__RESPONSIBLE_PARTNER;

	/**
	 * The feature id for the '<em><b>Linked Needs</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING__LINKED_NEEDS = ACTIVITY__LINKED_NEEDS;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING__STATUS = ACTIVITY__STATUS;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING__START_DATE = ACTIVITY__START_DATE;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING__DIRECTION = ACTIVITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Audience</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING__AUDIENCE = ACTIVITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Goal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING__GOAL = ACTIVITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Why Training</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING__WHY_TRAINING = ACTIVITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Buy In</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING__BUY_IN = ACTIVITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Partner Views</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING__PARTNER_VIEWS = ACTIVITY_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING__MODE = ACTIVITY_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Content Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING__CONTENT_KIND = ACTIVITY_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Minutes Available</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING__MINUTES_AVAILABLE = ACTIVITY_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Minutes Needed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING__MINUTES_NEEDED = ACTIVITY_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Follow Up Resource</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING__FOLLOW_UP_RESOURCE = ACTIVITY_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Sessions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING__SESSIONS = ACTIVITY_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Training</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_FEATURE_COUNT = ACTIVITY_FEATURE_COUNT + 12;

	/**
	 * The number of operations of the '<em>Training</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_OPERATION_COUNT = ACTIVITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.activities.model.impl.TrainingSessionImpl <em>Training Session</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.activities.model.impl.TrainingSessionImpl
	 * @see org.hjp.workbench.activities.model.impl.ActivitiesPackageImpl#getTrainingSession()
	 * @generated
	 */
	int TRAINING_SESSION = 5;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION__DATE = 0;

	/**
	 * The feature id for the '<em><b>Attendees</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION__ATTENDEES = 1;

	/**
	 * The feature id for the '<em><b>Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION__MINUTES = 2;

	/**
	 * The feature id for the '<em><b>Feedback</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION__FEEDBACK = 3;

	/**
	 * The number of structural features of the '<em>Training Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Training Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.activities.model.impl.SecondaryConsultationImpl <em>Secondary Consultation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.activities.model.impl.SecondaryConsultationImpl
	 * @see org.hjp.workbench.activities.model.impl.ActivitiesPackageImpl#getSecondaryConsultation()
	 * @generated
	 */
	int SECONDARY_CONSULTATION = 6;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECONDARY_CONSULTATION__NAME = ACTIVITY__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECONDARY_CONSULTATION__DESCRIPTION = ACTIVITY__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Responsible Partner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECONDARY_CONSULTATION__RESPONSIBLE_PARTNER = ACTIVITY__RESPONSIBLE_PARTNER;

	/**
	 * The feature id for the '<em><b>Linked Needs</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECONDARY_CONSULTATION__LINKED_NEEDS = ACTIVITY__LINKED_NEEDS;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECONDARY_CONSULTATION__STATUS = ACTIVITY__STATUS;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECONDARY_CONSULTATION__START_DATE = ACTIVITY__START_DATE;

	/**
	 * The feature id for the '<em><b>How To Ask</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECONDARY_CONSULTATION__HOW_TO_ASK = ACTIVITY_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Secondary Consultation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECONDARY_CONSULTATION_FEATURE_COUNT = ACTIVITY_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Secondary Consultation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECONDARY_CONSULTATION_OPERATION_COUNT = ACTIVITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.activities.model.impl.CareCoordinationImpl <em>Care Coordination</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.activities.model.impl.CareCoordinationImpl
	 * @see org.hjp.workbench.activities.model.impl.ActivitiesPackageImpl#getCareCoordination()
	 * @generated
	 */
	int CARE_COORDINATION = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_COORDINATION__NAME = ACTIVITY__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_COORDINATION__DESCRIPTION = ACTIVITY__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Responsible Partner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_COORDINATION__RESPONSIBLE_PARTNER = ACTIVITY__RESPONSIBLE_PARTNER;

	/**
	 * The feature id for the '<em><b>Linked Needs</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_COORDINATION__LINKED_NEEDS = ACTIVITY__LINKED_NEEDS;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_COORDINATION__STATUS = ACTIVITY__STATUS;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_COORDINATION__START_DATE = ACTIVITY__START_DATE;

	/**
	 * The feature id for the '<em><b>Arrangement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_COORDINATION__ARRANGEMENT = ACTIVITY_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Care Coordination</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_COORDINATION_FEATURE_COUNT = ACTIVITY_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Care Coordination</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_COORDINATION_OPERATION_COUNT = ACTIVITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.activities.model.impl.SystemicAdvocacyImpl <em>Systemic Advocacy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.activities.model.impl.SystemicAdvocacyImpl
	 * @see org.hjp.workbench.activities.model.impl.ActivitiesPackageImpl#getSystemicAdvocacy()
	 * @generated
	 */
	int SYSTEMIC_ADVOCACY = 8;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEMIC_ADVOCACY__NAME = ACTIVITY__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEMIC_ADVOCACY__DESCRIPTION = ACTIVITY__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Responsible Partner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEMIC_ADVOCACY__RESPONSIBLE_PARTNER = ACTIVITY__RESPONSIBLE_PARTNER;

	/**
	 * The feature id for the '<em><b>Linked Needs</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEMIC_ADVOCACY__LINKED_NEEDS = ACTIVITY__LINKED_NEEDS;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEMIC_ADVOCACY__STATUS = ACTIVITY__STATUS;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEMIC_ADVOCACY__START_DATE = ACTIVITY__START_DATE;

	/**
	 * The feature id for the '<em><b>Issue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEMIC_ADVOCACY__ISSUE = ACTIVITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Audience</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEMIC_ADVOCACY__AUDIENCE = ACTIVITY_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Systemic Advocacy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEMIC_ADVOCACY_FEATURE_COUNT = ACTIVITY_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Systemic Advocacy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEMIC_ADVOCACY_OPERATION_COUNT = ACTIVITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.activities.model.ActivityStatus <em>Activity Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.activities.model.ActivityStatus
	 * @see org.hjp.workbench.activities.model.impl.ActivitiesPackageImpl#getActivityStatus()
	 * @generated
	 */
	int ACTIVITY_STATUS = 9;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.activities.model.TrainingDirection <em>Training Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.activities.model.TrainingDirection
	 * @see org.hjp.workbench.activities.model.impl.ActivitiesPackageImpl#getTrainingDirection()
	 * @generated
	 */
	int TRAINING_DIRECTION = 10;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.activities.model.BuyInStatus <em>Buy In Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.activities.model.BuyInStatus
	 * @see org.hjp.workbench.activities.model.impl.ActivitiesPackageImpl#getBuyInStatus()
	 * @generated
	 */
	int BUY_IN_STATUS = 11;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.activities.model.DeliveryMode <em>Delivery Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.activities.model.DeliveryMode
	 * @see org.hjp.workbench.activities.model.impl.ActivitiesPackageImpl#getDeliveryMode()
	 * @generated
	 */
	int DELIVERY_MODE = 12;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.activities.model.ContentKind <em>Content Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.activities.model.ContentKind
	 * @see org.hjp.workbench.activities.model.impl.ActivitiesPackageImpl#getContentKind()
	 * @generated
	 */
	int CONTENT_KIND = 13;


	/**
	 * Returns the meta object for class '{@link org.hjp.workbench.activities.model.ActivityPlan <em>Activity Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Activity Plan</em>'.
	 * @see org.hjp.workbench.activities.model.ActivityPlan
	 * @generated
	 */
	EClass getActivityPlan();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hjp.workbench.activities.model.ActivityPlan#getActivities <em>Activities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Activities</em>'.
	 * @see org.hjp.workbench.activities.model.ActivityPlan#getActivities()
	 * @see #getActivityPlan()
	 * @generated
	 */
	EReference getActivityPlan_Activities();

	/**
	 * Returns the meta object for class '{@link org.hjp.workbench.activities.model.Activity <em>Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Activity</em>'.
	 * @see org.hjp.workbench.activities.model.Activity
	 * @generated
	 */
	EClass getActivity();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.activities.model.Activity#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.hjp.workbench.activities.model.Activity#getName()
	 * @see #getActivity()
	 * @generated
	 */
	EAttribute getActivity_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.activities.model.Activity#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.hjp.workbench.activities.model.Activity#getDescription()
	 * @see #getActivity()
	 * @generated
	 */
	EAttribute getActivity_Description();

	/**
	 * Returns the meta object for the reference '{@link org.hjp.workbench.activities.model.Activity#getResponsiblePartner <em>Responsible Partner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Responsible Partner</em>'.
	 * @see org.hjp.workbench.activities.model.Activity#getResponsiblePartner()
	 * @see #getActivity()
	 * @generated
	 */
	EReference getActivity_ResponsiblePartner();

	/**
	 * Returns the meta object for the reference list '{@link org.hjp.workbench.activities.model.Activity#getLinkedNeeds <em>Linked Needs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Linked Needs</em>'.
	 * @see org.hjp.workbench.activities.model.Activity#getLinkedNeeds()
	 * @see #getActivity()
	 * @generated
	 */
	EReference getActivity_LinkedNeeds();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.activities.model.Activity#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.hjp.workbench.activities.model.Activity#getStatus()
	 * @see #getActivity()
	 * @generated
	 */
	EAttribute getActivity_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.activities.model.Activity#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see org.hjp.workbench.activities.model.Activity#getStartDate()
	 * @see #getActivity()
	 * @generated
	 */
	EAttribute getActivity_StartDate();

	/**
	 * Returns the meta object for class '{@link org.hjp.workbench.activities.model.EmbeddedLegalHelp <em>Embedded Legal Help</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Embedded Legal Help</em>'.
	 * @see org.hjp.workbench.activities.model.EmbeddedLegalHelp
	 * @generated
	 */
	EClass getEmbeddedLegalHelp();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.activities.model.EmbeddedLegalHelp#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.hjp.workbench.activities.model.EmbeddedLegalHelp#getLocation()
	 * @see #getEmbeddedLegalHelp()
	 * @generated
	 */
	EAttribute getEmbeddedLegalHelp_Location();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.activities.model.EmbeddedLegalHelp#getHoursPerWeek <em>Hours Per Week</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hours Per Week</em>'.
	 * @see org.hjp.workbench.activities.model.EmbeddedLegalHelp#getHoursPerWeek()
	 * @see #getEmbeddedLegalHelp()
	 * @generated
	 */
	EAttribute getEmbeddedLegalHelp_HoursPerWeek();

	/**
	 * Returns the meta object for class '{@link org.hjp.workbench.activities.model.ReferralPathway <em>Referral Pathway</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Referral Pathway</em>'.
	 * @see org.hjp.workbench.activities.model.ReferralPathway
	 * @generated
	 */
	EClass getReferralPathway();

	/**
	 * Returns the meta object for the reference '{@link org.hjp.workbench.activities.model.ReferralPathway#getFromPartner <em>From Partner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>From Partner</em>'.
	 * @see org.hjp.workbench.activities.model.ReferralPathway#getFromPartner()
	 * @see #getReferralPathway()
	 * @generated
	 */
	EReference getReferralPathway_FromPartner();

	/**
	 * Returns the meta object for the reference '{@link org.hjp.workbench.activities.model.ReferralPathway#getToPartner <em>To Partner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>To Partner</em>'.
	 * @see org.hjp.workbench.activities.model.ReferralPathway#getToPartner()
	 * @see #getReferralPathway()
	 * @generated
	 */
	EReference getReferralPathway_ToPartner();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.activities.model.ReferralPathway#isWarmReferral <em>Warm Referral</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Warm Referral</em>'.
	 * @see org.hjp.workbench.activities.model.ReferralPathway#isWarmReferral()
	 * @see #getReferralPathway()
	 * @generated
	 */
	EAttribute getReferralPathway_WarmReferral();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.activities.model.ReferralPathway#getScreeningQuestions <em>Screening Questions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Screening Questions</em>'.
	 * @see org.hjp.workbench.activities.model.ReferralPathway#getScreeningQuestions()
	 * @see #getReferralPathway()
	 * @generated
	 */
	EAttribute getReferralPathway_ScreeningQuestions();

	/**
	 * Returns the meta object for class '{@link org.hjp.workbench.activities.model.Training <em>Training</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Training</em>'.
	 * @see org.hjp.workbench.activities.model.Training
	 * @generated
	 */
	EClass getTraining();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.activities.model.Training#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see org.hjp.workbench.activities.model.Training#getDirection()
	 * @see #getTraining()
	 * @generated
	 */
	EAttribute getTraining_Direction();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.activities.model.Training#getAudience <em>Audience</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Audience</em>'.
	 * @see org.hjp.workbench.activities.model.Training#getAudience()
	 * @see #getTraining()
	 * @generated
	 */
	EAttribute getTraining_Audience();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.activities.model.Training#getGoal <em>Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Goal</em>'.
	 * @see org.hjp.workbench.activities.model.Training#getGoal()
	 * @see #getTraining()
	 * @generated
	 */
	EAttribute getTraining_Goal();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.activities.model.Training#getWhyTraining <em>Why Training</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Why Training</em>'.
	 * @see org.hjp.workbench.activities.model.Training#getWhyTraining()
	 * @see #getTraining()
	 * @generated
	 */
	EAttribute getTraining_WhyTraining();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.activities.model.Training#getBuyIn <em>Buy In</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Buy In</em>'.
	 * @see org.hjp.workbench.activities.model.Training#getBuyIn()
	 * @see #getTraining()
	 * @generated
	 */
	EAttribute getTraining_BuyIn();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.activities.model.Training#getPartnerViews <em>Partner Views</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Partner Views</em>'.
	 * @see org.hjp.workbench.activities.model.Training#getPartnerViews()
	 * @see #getTraining()
	 * @generated
	 */
	EAttribute getTraining_PartnerViews();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.activities.model.Training#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see org.hjp.workbench.activities.model.Training#getMode()
	 * @see #getTraining()
	 * @generated
	 */
	EAttribute getTraining_Mode();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.activities.model.Training#getContentKind <em>Content Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content Kind</em>'.
	 * @see org.hjp.workbench.activities.model.Training#getContentKind()
	 * @see #getTraining()
	 * @generated
	 */
	EAttribute getTraining_ContentKind();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.activities.model.Training#getMinutesAvailable <em>Minutes Available</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minutes Available</em>'.
	 * @see org.hjp.workbench.activities.model.Training#getMinutesAvailable()
	 * @see #getTraining()
	 * @generated
	 */
	EAttribute getTraining_MinutesAvailable();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.activities.model.Training#getMinutesNeeded <em>Minutes Needed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minutes Needed</em>'.
	 * @see org.hjp.workbench.activities.model.Training#getMinutesNeeded()
	 * @see #getTraining()
	 * @generated
	 */
	EAttribute getTraining_MinutesNeeded();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.activities.model.Training#getFollowUpResource <em>Follow Up Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Follow Up Resource</em>'.
	 * @see org.hjp.workbench.activities.model.Training#getFollowUpResource()
	 * @see #getTraining()
	 * @generated
	 */
	EAttribute getTraining_FollowUpResource();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hjp.workbench.activities.model.Training#getSessions <em>Sessions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sessions</em>'.
	 * @see org.hjp.workbench.activities.model.Training#getSessions()
	 * @see #getTraining()
	 * @generated
	 */
	EReference getTraining_Sessions();

	/**
	 * Returns the meta object for class '{@link org.hjp.workbench.activities.model.TrainingSession <em>Training Session</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Training Session</em>'.
	 * @see org.hjp.workbench.activities.model.TrainingSession
	 * @generated
	 */
	EClass getTrainingSession();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.activities.model.TrainingSession#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.hjp.workbench.activities.model.TrainingSession#getDate()
	 * @see #getTrainingSession()
	 * @generated
	 */
	EAttribute getTrainingSession_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.activities.model.TrainingSession#getAttendees <em>Attendees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attendees</em>'.
	 * @see org.hjp.workbench.activities.model.TrainingSession#getAttendees()
	 * @see #getTrainingSession()
	 * @generated
	 */
	EAttribute getTrainingSession_Attendees();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.activities.model.TrainingSession#getMinutes <em>Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minutes</em>'.
	 * @see org.hjp.workbench.activities.model.TrainingSession#getMinutes()
	 * @see #getTrainingSession()
	 * @generated
	 */
	EAttribute getTrainingSession_Minutes();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.activities.model.TrainingSession#getFeedback <em>Feedback</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feedback</em>'.
	 * @see org.hjp.workbench.activities.model.TrainingSession#getFeedback()
	 * @see #getTrainingSession()
	 * @generated
	 */
	EAttribute getTrainingSession_Feedback();

	/**
	 * Returns the meta object for class '{@link org.hjp.workbench.activities.model.SecondaryConsultation <em>Secondary Consultation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Secondary Consultation</em>'.
	 * @see org.hjp.workbench.activities.model.SecondaryConsultation
	 * @generated
	 */
	EClass getSecondaryConsultation();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.activities.model.SecondaryConsultation#getHowToAsk <em>How To Ask</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>How To Ask</em>'.
	 * @see org.hjp.workbench.activities.model.SecondaryConsultation#getHowToAsk()
	 * @see #getSecondaryConsultation()
	 * @generated
	 */
	EAttribute getSecondaryConsultation_HowToAsk();

	/**
	 * Returns the meta object for class '{@link org.hjp.workbench.activities.model.CareCoordination <em>Care Coordination</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Care Coordination</em>'.
	 * @see org.hjp.workbench.activities.model.CareCoordination
	 * @generated
	 */
	EClass getCareCoordination();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.activities.model.CareCoordination#getArrangement <em>Arrangement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Arrangement</em>'.
	 * @see org.hjp.workbench.activities.model.CareCoordination#getArrangement()
	 * @see #getCareCoordination()
	 * @generated
	 */
	EAttribute getCareCoordination_Arrangement();

	/**
	 * Returns the meta object for class '{@link org.hjp.workbench.activities.model.SystemicAdvocacy <em>Systemic Advocacy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Systemic Advocacy</em>'.
	 * @see org.hjp.workbench.activities.model.SystemicAdvocacy
	 * @generated
	 */
	EClass getSystemicAdvocacy();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.activities.model.SystemicAdvocacy#getIssue <em>Issue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Issue</em>'.
	 * @see org.hjp.workbench.activities.model.SystemicAdvocacy#getIssue()
	 * @see #getSystemicAdvocacy()
	 * @generated
	 */
	EAttribute getSystemicAdvocacy_Issue();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.activities.model.SystemicAdvocacy#getAudience <em>Audience</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Audience</em>'.
	 * @see org.hjp.workbench.activities.model.SystemicAdvocacy#getAudience()
	 * @see #getSystemicAdvocacy()
	 * @generated
	 */
	EAttribute getSystemicAdvocacy_Audience();

	/**
	 * Returns the meta object for enum '{@link org.hjp.workbench.activities.model.ActivityStatus <em>Activity Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Activity Status</em>'.
	 * @see org.hjp.workbench.activities.model.ActivityStatus
	 * @generated
	 */
	EEnum getActivityStatus();

	/**
	 * Returns the meta object for enum '{@link org.hjp.workbench.activities.model.TrainingDirection <em>Training Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Training Direction</em>'.
	 * @see org.hjp.workbench.activities.model.TrainingDirection
	 * @generated
	 */
	EEnum getTrainingDirection();

	/**
	 * Returns the meta object for enum '{@link org.hjp.workbench.activities.model.BuyInStatus <em>Buy In Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Buy In Status</em>'.
	 * @see org.hjp.workbench.activities.model.BuyInStatus
	 * @generated
	 */
	EEnum getBuyInStatus();

	/**
	 * Returns the meta object for enum '{@link org.hjp.workbench.activities.model.DeliveryMode <em>Delivery Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Delivery Mode</em>'.
	 * @see org.hjp.workbench.activities.model.DeliveryMode
	 * @generated
	 */
	EEnum getDeliveryMode();

	/**
	 * Returns the meta object for enum '{@link org.hjp.workbench.activities.model.ContentKind <em>Content Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Content Kind</em>'.
	 * @see org.hjp.workbench.activities.model.ContentKind
	 * @generated
	 */
	EEnum getContentKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ActivitiesFactory getActivitiesFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.hjp.workbench.activities.model.impl.ActivityPlanImpl <em>Activity Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.activities.model.impl.ActivityPlanImpl
		 * @see org.hjp.workbench.activities.model.impl.ActivitiesPackageImpl#getActivityPlan()
		 * @generated
		 */
		EClass ACTIVITY_PLAN = eINSTANCE.getActivityPlan();

		/**
		 * The meta object literal for the '<em><b>Activities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTIVITY_PLAN__ACTIVITIES = eINSTANCE.getActivityPlan_Activities();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.activities.model.impl.ActivityImpl <em>Activity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.activities.model.impl.ActivityImpl
		 * @see org.hjp.workbench.activities.model.impl.ActivitiesPackageImpl#getActivity()
		 * @generated
		 */
		EClass ACTIVITY = eINSTANCE.getActivity();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY__NAME = eINSTANCE.getActivity_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY__DESCRIPTION = eINSTANCE.getActivity_Description();

		/**
		 * The meta object literal for the '<em><b>Responsible Partner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTIVITY__RESPONSIBLE_PARTNER = eINSTANCE.getActivity_ResponsiblePartner();

		/**
		 * The meta object literal for the '<em><b>Linked Needs</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTIVITY__LINKED_NEEDS = eINSTANCE.getActivity_LinkedNeeds();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY__STATUS = eINSTANCE.getActivity_Status();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY__START_DATE = eINSTANCE.getActivity_StartDate();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.activities.model.impl.EmbeddedLegalHelpImpl <em>Embedded Legal Help</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.activities.model.impl.EmbeddedLegalHelpImpl
		 * @see org.hjp.workbench.activities.model.impl.ActivitiesPackageImpl#getEmbeddedLegalHelp()
		 * @generated
		 */
		EClass EMBEDDED_LEGAL_HELP = eINSTANCE.getEmbeddedLegalHelp();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMBEDDED_LEGAL_HELP__LOCATION = eINSTANCE.getEmbeddedLegalHelp_Location();

		/**
		 * The meta object literal for the '<em><b>Hours Per Week</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMBEDDED_LEGAL_HELP__HOURS_PER_WEEK = eINSTANCE.getEmbeddedLegalHelp_HoursPerWeek();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.activities.model.impl.ReferralPathwayImpl <em>Referral Pathway</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.activities.model.impl.ReferralPathwayImpl
		 * @see org.hjp.workbench.activities.model.impl.ActivitiesPackageImpl#getReferralPathway()
		 * @generated
		 */
		EClass REFERRAL_PATHWAY = eINSTANCE.getReferralPathway();

		/**
		 * The meta object literal for the '<em><b>From Partner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REFERRAL_PATHWAY__FROM_PARTNER = eINSTANCE.getReferralPathway_FromPartner();

		/**
		 * The meta object literal for the '<em><b>To Partner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REFERRAL_PATHWAY__TO_PARTNER = eINSTANCE.getReferralPathway_ToPartner();

		/**
		 * The meta object literal for the '<em><b>Warm Referral</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERRAL_PATHWAY__WARM_REFERRAL = eINSTANCE.getReferralPathway_WarmReferral();

		/**
		 * The meta object literal for the '<em><b>Screening Questions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERRAL_PATHWAY__SCREENING_QUESTIONS = eINSTANCE.getReferralPathway_ScreeningQuestions();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.activities.model.impl.TrainingImpl <em>Training</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.activities.model.impl.TrainingImpl
		 * @see org.hjp.workbench.activities.model.impl.ActivitiesPackageImpl#getTraining()
		 * @generated
		 */
		EClass TRAINING = eINSTANCE.getTraining();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING__DIRECTION = eINSTANCE.getTraining_Direction();

		/**
		 * The meta object literal for the '<em><b>Audience</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING__AUDIENCE = eINSTANCE.getTraining_Audience();

		/**
		 * The meta object literal for the '<em><b>Goal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING__GOAL = eINSTANCE.getTraining_Goal();

		/**
		 * The meta object literal for the '<em><b>Why Training</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING__WHY_TRAINING = eINSTANCE.getTraining_WhyTraining();

		/**
		 * The meta object literal for the '<em><b>Buy In</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING__BUY_IN = eINSTANCE.getTraining_BuyIn();

		/**
		 * The meta object literal for the '<em><b>Partner Views</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING__PARTNER_VIEWS = eINSTANCE.getTraining_PartnerViews();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING__MODE = eINSTANCE.getTraining_Mode();

		/**
		 * The meta object literal for the '<em><b>Content Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING__CONTENT_KIND = eINSTANCE.getTraining_ContentKind();

		/**
		 * The meta object literal for the '<em><b>Minutes Available</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING__MINUTES_AVAILABLE = eINSTANCE.getTraining_MinutesAvailable();

		/**
		 * The meta object literal for the '<em><b>Minutes Needed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING__MINUTES_NEEDED = eINSTANCE.getTraining_MinutesNeeded();

		/**
		 * The meta object literal for the '<em><b>Follow Up Resource</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING__FOLLOW_UP_RESOURCE = eINSTANCE.getTraining_FollowUpResource();

		/**
		 * The meta object literal for the '<em><b>Sessions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING__SESSIONS = eINSTANCE.getTraining_Sessions();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.activities.model.impl.TrainingSessionImpl <em>Training Session</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.activities.model.impl.TrainingSessionImpl
		 * @see org.hjp.workbench.activities.model.impl.ActivitiesPackageImpl#getTrainingSession()
		 * @generated
		 */
		EClass TRAINING_SESSION = eINSTANCE.getTrainingSession();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SESSION__DATE = eINSTANCE.getTrainingSession_Date();

		/**
		 * The meta object literal for the '<em><b>Attendees</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SESSION__ATTENDEES = eINSTANCE.getTrainingSession_Attendees();

		/**
		 * The meta object literal for the '<em><b>Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SESSION__MINUTES = eINSTANCE.getTrainingSession_Minutes();

		/**
		 * The meta object literal for the '<em><b>Feedback</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SESSION__FEEDBACK = eINSTANCE.getTrainingSession_Feedback();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.activities.model.impl.SecondaryConsultationImpl <em>Secondary Consultation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.activities.model.impl.SecondaryConsultationImpl
		 * @see org.hjp.workbench.activities.model.impl.ActivitiesPackageImpl#getSecondaryConsultation()
		 * @generated
		 */
		EClass SECONDARY_CONSULTATION = eINSTANCE.getSecondaryConsultation();

		/**
		 * The meta object literal for the '<em><b>How To Ask</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECONDARY_CONSULTATION__HOW_TO_ASK = eINSTANCE.getSecondaryConsultation_HowToAsk();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.activities.model.impl.CareCoordinationImpl <em>Care Coordination</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.activities.model.impl.CareCoordinationImpl
		 * @see org.hjp.workbench.activities.model.impl.ActivitiesPackageImpl#getCareCoordination()
		 * @generated
		 */
		EClass CARE_COORDINATION = eINSTANCE.getCareCoordination();

		/**
		 * The meta object literal for the '<em><b>Arrangement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_COORDINATION__ARRANGEMENT = eINSTANCE.getCareCoordination_Arrangement();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.activities.model.impl.SystemicAdvocacyImpl <em>Systemic Advocacy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.activities.model.impl.SystemicAdvocacyImpl
		 * @see org.hjp.workbench.activities.model.impl.ActivitiesPackageImpl#getSystemicAdvocacy()
		 * @generated
		 */
		EClass SYSTEMIC_ADVOCACY = eINSTANCE.getSystemicAdvocacy();

		/**
		 * The meta object literal for the '<em><b>Issue</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSTEMIC_ADVOCACY__ISSUE = eINSTANCE.getSystemicAdvocacy_Issue();

		/**
		 * The meta object literal for the '<em><b>Audience</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSTEMIC_ADVOCACY__AUDIENCE = eINSTANCE.getSystemicAdvocacy_Audience();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.activities.model.ActivityStatus <em>Activity Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.activities.model.ActivityStatus
		 * @see org.hjp.workbench.activities.model.impl.ActivitiesPackageImpl#getActivityStatus()
		 * @generated
		 */
		EEnum ACTIVITY_STATUS = eINSTANCE.getActivityStatus();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.activities.model.TrainingDirection <em>Training Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.activities.model.TrainingDirection
		 * @see org.hjp.workbench.activities.model.impl.ActivitiesPackageImpl#getTrainingDirection()
		 * @generated
		 */
		EEnum TRAINING_DIRECTION = eINSTANCE.getTrainingDirection();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.activities.model.BuyInStatus <em>Buy In Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.activities.model.BuyInStatus
		 * @see org.hjp.workbench.activities.model.impl.ActivitiesPackageImpl#getBuyInStatus()
		 * @generated
		 */
		EEnum BUY_IN_STATUS = eINSTANCE.getBuyInStatus();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.activities.model.DeliveryMode <em>Delivery Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.activities.model.DeliveryMode
		 * @see org.hjp.workbench.activities.model.impl.ActivitiesPackageImpl#getDeliveryMode()
		 * @generated
		 */
		EEnum DELIVERY_MODE = eINSTANCE.getDeliveryMode();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.activities.model.ContentKind <em>Content Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.activities.model.ContentKind
		 * @see org.hjp.workbench.activities.model.impl.ActivitiesPackageImpl#getContentKind()
		 * @generated
		 */
		EEnum CONTENT_KIND = eINSTANCE.getContentKind();

	}

} //ActivitiesPackage
