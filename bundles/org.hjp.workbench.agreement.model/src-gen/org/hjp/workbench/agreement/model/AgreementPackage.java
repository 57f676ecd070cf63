/**
 */
package org.hjp.workbench.agreement.model;

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
 * @see org.hjp.workbench.agreement.model.AgreementFactory
 * @model kind="package"
 * @generated
 */
public interface AgreementPackage extends EPackage {
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
	String eNS_URI = "http://hjp-workbench.org/model/agreement/1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "agreement";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	AgreementPackage eINSTANCE = org.hjp.workbench.agreement.model.impl.AgreementPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.hjp.workbench.agreement.model.impl.AgreementImpl <em>Agreement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.agreement.model.impl.AgreementImpl
	 * @see org.hjp.workbench.agreement.model.impl.AgreementPackageImpl#getAgreement()
	 * @generated
	 */
	int AGREEMENT = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__TITLE = PartnershipPackage.PARTNERSHIP_EXTENSION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__STATUS = PartnershipPackage.PARTNERSHIP_EXTENSION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Signed Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__SIGNED_DATE = PartnershipPackage.PARTNERSHIP_EXTENSION_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Meeting Rhythm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__MEETING_RHYTHM = PartnershipPackage.PARTNERSHIP_EXTENSION_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Decision Making</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__DECISION_MAKING = PartnershipPackage.PARTNERSHIP_EXTENSION_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Confidentiality And Privilege</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__CONFIDENTIALITY_AND_PRIVILEGE = PartnershipPackage.PARTNERSHIP_EXTENSION_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Conflict Of Interest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__CONFLICT_OF_INTEREST = PartnershipPackage.PARTNERSHIP_EXTENSION_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Mandatory Reporting</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__MANDATORY_REPORTING = PartnershipPackage.PARTNERSHIP_EXTENSION_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Dispute Resolution</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__DISPUTE_RESOLUTION = PartnershipPackage.PARTNERSHIP_EXTENSION_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__ROLES = PartnershipPackage.PARTNERSHIP_EXTENSION_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Contributions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__CONTRIBUTIONS = PartnershipPackage.PARTNERSHIP_EXTENSION_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Information Sharing</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__INFORMATION_SHARING = PartnershipPackage.PARTNERSHIP_EXTENSION_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Data Collection</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__DATA_COLLECTION = PartnershipPackage.PARTNERSHIP_EXTENSION_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Meetings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__MEETINGS = PartnershipPackage.PARTNERSHIP_EXTENSION_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Review Dates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__REVIEW_DATES = PartnershipPackage.PARTNERSHIP_EXTENSION_FEATURE_COUNT + 14;

	/**
	 * The number of structural features of the '<em>Agreement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT_FEATURE_COUNT = PartnershipPackage.PARTNERSHIP_EXTENSION_FEATURE_COUNT + 15;

	/**
	 * The number of operations of the '<em>Agreement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT_OPERATION_COUNT = PartnershipPackage.PARTNERSHIP_EXTENSION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.agreement.model.impl.ResponsibilityImpl <em>Responsibility</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.agreement.model.impl.ResponsibilityImpl
	 * @see org.hjp.workbench.agreement.model.impl.AgreementPackageImpl#getResponsibility()
	 * @generated
	 */
	int RESPONSIBILITY = 1;

	/**
	 * The feature id for the '<em><b>Partner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBILITY__PARTNER = 0;

	/**
	 * The feature id for the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBILITY__PERSON = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBILITY__DESCRIPTION = 2;

	/**
	 * The number of structural features of the '<em>Responsibility</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBILITY_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Responsibility</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBILITY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.agreement.model.impl.ContributionImpl <em>Contribution</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.agreement.model.impl.ContributionImpl
	 * @see org.hjp.workbench.agreement.model.impl.AgreementPackageImpl#getContribution()
	 * @generated
	 */
	int CONTRIBUTION = 2;

	/**
	 * The feature id for the '<em><b>Partner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRIBUTION__PARTNER = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRIBUTION__KIND = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRIBUTION__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Annual Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRIBUTION__ANNUAL_VALUE = 3;

	/**
	 * The number of structural features of the '<em>Contribution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRIBUTION_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Contribution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRIBUTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.agreement.model.impl.InformationSharingImpl <em>Information Sharing</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.agreement.model.impl.InformationSharingImpl
	 * @see org.hjp.workbench.agreement.model.impl.AgreementPackageImpl#getInformationSharing()
	 * @generated
	 */
	int INFORMATION_SHARING = 3;

	/**
	 * The feature id for the '<em><b>Information</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFORMATION_SHARING__INFORMATION = 0;

	/**
	 * The feature id for the '<em><b>From Partner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFORMATION_SHARING__FROM_PARTNER = 1;

	/**
	 * The feature id for the '<em><b>To Partner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFORMATION_SHARING__TO_PARTNER = 2;

	/**
	 * The feature id for the '<em><b>Consent Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFORMATION_SHARING__CONSENT_REQUIRED = 3;

	/**
	 * The feature id for the '<em><b>Basis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFORMATION_SHARING__BASIS = 4;

	/**
	 * The number of structural features of the '<em>Information Sharing</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFORMATION_SHARING_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Information Sharing</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFORMATION_SHARING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.agreement.model.impl.DataCollectionImpl <em>Data Collection</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.agreement.model.impl.DataCollectionImpl
	 * @see org.hjp.workbench.agreement.model.impl.AgreementPackageImpl#getDataCollection()
	 * @generated
	 */
	int DATA_COLLECTION = 4;

	/**
	 * The feature id for the '<em><b>What</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_COLLECTION__WHAT = 0;

	/**
	 * The feature id for the '<em><b>Collected By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_COLLECTION__COLLECTED_BY = 1;

	/**
	 * The feature id for the '<em><b>Frequency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_COLLECTION__FREQUENCY = 2;

	/**
	 * The number of structural features of the '<em>Data Collection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_COLLECTION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Data Collection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_COLLECTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.agreement.model.impl.MeetingImpl <em>Meeting</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.agreement.model.impl.MeetingImpl
	 * @see org.hjp.workbench.agreement.model.impl.AgreementPackageImpl#getMeeting()
	 * @generated
	 */
	int MEETING = 5;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__DATE = 0;

	/**
	 * The feature id for the '<em><b>Attendees</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__ATTENDEES = 1;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__NOTES = 2;

	/**
	 * The feature id for the '<em><b>Decisions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__DECISIONS = 3;

	/**
	 * The number of structural features of the '<em>Meeting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Meeting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.agreement.model.impl.DecisionImpl <em>Decision</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.agreement.model.impl.DecisionImpl
	 * @see org.hjp.workbench.agreement.model.impl.AgreementPackageImpl#getDecision()
	 * @generated
	 */
	int DECISION = 6;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__DESCRIPTION = 0;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__OWNER = 1;

	/**
	 * The number of structural features of the '<em>Decision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Decision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.agreement.model.impl.ReviewDateImpl <em>Review Date</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.agreement.model.impl.ReviewDateImpl
	 * @see org.hjp.workbench.agreement.model.impl.AgreementPackageImpl#getReviewDate()
	 * @generated
	 */
	int REVIEW_DATE = 7;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_DATE__DATE = 0;

	/**
	 * The feature id for the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_DATE__PURPOSE = 1;

	/**
	 * The feature id for the '<em><b>Done</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_DATE__DONE = 2;

	/**
	 * The number of structural features of the '<em>Review Date</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_DATE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Review Date</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_DATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.agreement.model.AgreementStatus <em>Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.agreement.model.AgreementStatus
	 * @see org.hjp.workbench.agreement.model.impl.AgreementPackageImpl#getAgreementStatus()
	 * @generated
	 */
	int AGREEMENT_STATUS = 8;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.agreement.model.ContributionKind <em>Contribution Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.agreement.model.ContributionKind
	 * @see org.hjp.workbench.agreement.model.impl.AgreementPackageImpl#getContributionKind()
	 * @generated
	 */
	int CONTRIBUTION_KIND = 9;


	/**
	 * Returns the meta object for class '{@link org.hjp.workbench.agreement.model.Agreement <em>Agreement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Agreement</em>'.
	 * @see org.hjp.workbench.agreement.model.Agreement
	 * @generated
	 */
	EClass getAgreement();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.agreement.model.Agreement#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.hjp.workbench.agreement.model.Agreement#getTitle()
	 * @see #getAgreement()
	 * @generated
	 */
	EAttribute getAgreement_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.agreement.model.Agreement#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.hjp.workbench.agreement.model.Agreement#getStatus()
	 * @see #getAgreement()
	 * @generated
	 */
	EAttribute getAgreement_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.agreement.model.Agreement#getSignedDate <em>Signed Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signed Date</em>'.
	 * @see org.hjp.workbench.agreement.model.Agreement#getSignedDate()
	 * @see #getAgreement()
	 * @generated
	 */
	EAttribute getAgreement_SignedDate();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.agreement.model.Agreement#getMeetingRhythm <em>Meeting Rhythm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Meeting Rhythm</em>'.
	 * @see org.hjp.workbench.agreement.model.Agreement#getMeetingRhythm()
	 * @see #getAgreement()
	 * @generated
	 */
	EAttribute getAgreement_MeetingRhythm();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.agreement.model.Agreement#getDecisionMaking <em>Decision Making</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decision Making</em>'.
	 * @see org.hjp.workbench.agreement.model.Agreement#getDecisionMaking()
	 * @see #getAgreement()
	 * @generated
	 */
	EAttribute getAgreement_DecisionMaking();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.agreement.model.Agreement#getConfidentialityAndPrivilege <em>Confidentiality And Privilege</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confidentiality And Privilege</em>'.
	 * @see org.hjp.workbench.agreement.model.Agreement#getConfidentialityAndPrivilege()
	 * @see #getAgreement()
	 * @generated
	 */
	EAttribute getAgreement_ConfidentialityAndPrivilege();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.agreement.model.Agreement#getConflictOfInterest <em>Conflict Of Interest</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Conflict Of Interest</em>'.
	 * @see org.hjp.workbench.agreement.model.Agreement#getConflictOfInterest()
	 * @see #getAgreement()
	 * @generated
	 */
	EAttribute getAgreement_ConflictOfInterest();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.agreement.model.Agreement#getMandatoryReporting <em>Mandatory Reporting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mandatory Reporting</em>'.
	 * @see org.hjp.workbench.agreement.model.Agreement#getMandatoryReporting()
	 * @see #getAgreement()
	 * @generated
	 */
	EAttribute getAgreement_MandatoryReporting();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.agreement.model.Agreement#getDisputeResolution <em>Dispute Resolution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dispute Resolution</em>'.
	 * @see org.hjp.workbench.agreement.model.Agreement#getDisputeResolution()
	 * @see #getAgreement()
	 * @generated
	 */
	EAttribute getAgreement_DisputeResolution();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hjp.workbench.agreement.model.Agreement#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Roles</em>'.
	 * @see org.hjp.workbench.agreement.model.Agreement#getRoles()
	 * @see #getAgreement()
	 * @generated
	 */
	EReference getAgreement_Roles();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hjp.workbench.agreement.model.Agreement#getContributions <em>Contributions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Contributions</em>'.
	 * @see org.hjp.workbench.agreement.model.Agreement#getContributions()
	 * @see #getAgreement()
	 * @generated
	 */
	EReference getAgreement_Contributions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hjp.workbench.agreement.model.Agreement#getInformationSharing <em>Information Sharing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Information Sharing</em>'.
	 * @see org.hjp.workbench.agreement.model.Agreement#getInformationSharing()
	 * @see #getAgreement()
	 * @generated
	 */
	EReference getAgreement_InformationSharing();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hjp.workbench.agreement.model.Agreement#getDataCollection <em>Data Collection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Data Collection</em>'.
	 * @see org.hjp.workbench.agreement.model.Agreement#getDataCollection()
	 * @see #getAgreement()
	 * @generated
	 */
	EReference getAgreement_DataCollection();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hjp.workbench.agreement.model.Agreement#getMeetings <em>Meetings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Meetings</em>'.
	 * @see org.hjp.workbench.agreement.model.Agreement#getMeetings()
	 * @see #getAgreement()
	 * @generated
	 */
	EReference getAgreement_Meetings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hjp.workbench.agreement.model.Agreement#getReviewDates <em>Review Dates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Review Dates</em>'.
	 * @see org.hjp.workbench.agreement.model.Agreement#getReviewDates()
	 * @see #getAgreement()
	 * @generated
	 */
	EReference getAgreement_ReviewDates();

	/**
	 * Returns the meta object for class '{@link org.hjp.workbench.agreement.model.Responsibility <em>Responsibility</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Responsibility</em>'.
	 * @see org.hjp.workbench.agreement.model.Responsibility
	 * @generated
	 */
	EClass getResponsibility();

	/**
	 * Returns the meta object for the reference '{@link org.hjp.workbench.agreement.model.Responsibility#getPartner <em>Partner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Partner</em>'.
	 * @see org.hjp.workbench.agreement.model.Responsibility#getPartner()
	 * @see #getResponsibility()
	 * @generated
	 */
	EReference getResponsibility_Partner();

	/**
	 * Returns the meta object for the reference '{@link org.hjp.workbench.agreement.model.Responsibility#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Person</em>'.
	 * @see org.hjp.workbench.agreement.model.Responsibility#getPerson()
	 * @see #getResponsibility()
	 * @generated
	 */
	EReference getResponsibility_Person();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.agreement.model.Responsibility#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.hjp.workbench.agreement.model.Responsibility#getDescription()
	 * @see #getResponsibility()
	 * @generated
	 */
	EAttribute getResponsibility_Description();

	/**
	 * Returns the meta object for class '{@link org.hjp.workbench.agreement.model.Contribution <em>Contribution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contribution</em>'.
	 * @see org.hjp.workbench.agreement.model.Contribution
	 * @generated
	 */
	EClass getContribution();

	/**
	 * Returns the meta object for the reference '{@link org.hjp.workbench.agreement.model.Contribution#getPartner <em>Partner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Partner</em>'.
	 * @see org.hjp.workbench.agreement.model.Contribution#getPartner()
	 * @see #getContribution()
	 * @generated
	 */
	EReference getContribution_Partner();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.agreement.model.Contribution#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.hjp.workbench.agreement.model.Contribution#getKind()
	 * @see #getContribution()
	 * @generated
	 */
	EAttribute getContribution_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.agreement.model.Contribution#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.hjp.workbench.agreement.model.Contribution#getDescription()
	 * @see #getContribution()
	 * @generated
	 */
	EAttribute getContribution_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.agreement.model.Contribution#getAnnualValue <em>Annual Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Annual Value</em>'.
	 * @see org.hjp.workbench.agreement.model.Contribution#getAnnualValue()
	 * @see #getContribution()
	 * @generated
	 */
	EAttribute getContribution_AnnualValue();

	/**
	 * Returns the meta object for class '{@link org.hjp.workbench.agreement.model.InformationSharing <em>Information Sharing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Information Sharing</em>'.
	 * @see org.hjp.workbench.agreement.model.InformationSharing
	 * @generated
	 */
	EClass getInformationSharing();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.agreement.model.InformationSharing#getInformation <em>Information</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Information</em>'.
	 * @see org.hjp.workbench.agreement.model.InformationSharing#getInformation()
	 * @see #getInformationSharing()
	 * @generated
	 */
	EAttribute getInformationSharing_Information();

	/**
	 * Returns the meta object for the reference '{@link org.hjp.workbench.agreement.model.InformationSharing#getFromPartner <em>From Partner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>From Partner</em>'.
	 * @see org.hjp.workbench.agreement.model.InformationSharing#getFromPartner()
	 * @see #getInformationSharing()
	 * @generated
	 */
	EReference getInformationSharing_FromPartner();

	/**
	 * Returns the meta object for the reference '{@link org.hjp.workbench.agreement.model.InformationSharing#getToPartner <em>To Partner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>To Partner</em>'.
	 * @see org.hjp.workbench.agreement.model.InformationSharing#getToPartner()
	 * @see #getInformationSharing()
	 * @generated
	 */
	EReference getInformationSharing_ToPartner();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.agreement.model.InformationSharing#isConsentRequired <em>Consent Required</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Consent Required</em>'.
	 * @see org.hjp.workbench.agreement.model.InformationSharing#isConsentRequired()
	 * @see #getInformationSharing()
	 * @generated
	 */
	EAttribute getInformationSharing_ConsentRequired();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.agreement.model.InformationSharing#getBasis <em>Basis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Basis</em>'.
	 * @see org.hjp.workbench.agreement.model.InformationSharing#getBasis()
	 * @see #getInformationSharing()
	 * @generated
	 */
	EAttribute getInformationSharing_Basis();

	/**
	 * Returns the meta object for class '{@link org.hjp.workbench.agreement.model.DataCollection <em>Data Collection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Data Collection</em>'.
	 * @see org.hjp.workbench.agreement.model.DataCollection
	 * @generated
	 */
	EClass getDataCollection();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.agreement.model.DataCollection#getWhat <em>What</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>What</em>'.
	 * @see org.hjp.workbench.agreement.model.DataCollection#getWhat()
	 * @see #getDataCollection()
	 * @generated
	 */
	EAttribute getDataCollection_What();

	/**
	 * Returns the meta object for the reference '{@link org.hjp.workbench.agreement.model.DataCollection#getCollectedBy <em>Collected By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Collected By</em>'.
	 * @see org.hjp.workbench.agreement.model.DataCollection#getCollectedBy()
	 * @see #getDataCollection()
	 * @generated
	 */
	EReference getDataCollection_CollectedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.agreement.model.DataCollection#getFrequency <em>Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frequency</em>'.
	 * @see org.hjp.workbench.agreement.model.DataCollection#getFrequency()
	 * @see #getDataCollection()
	 * @generated
	 */
	EAttribute getDataCollection_Frequency();

	/**
	 * Returns the meta object for class '{@link org.hjp.workbench.agreement.model.Meeting <em>Meeting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Meeting</em>'.
	 * @see org.hjp.workbench.agreement.model.Meeting
	 * @generated
	 */
	EClass getMeeting();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.agreement.model.Meeting#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.hjp.workbench.agreement.model.Meeting#getDate()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.agreement.model.Meeting#getAttendees <em>Attendees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attendees</em>'.
	 * @see org.hjp.workbench.agreement.model.Meeting#getAttendees()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_Attendees();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.agreement.model.Meeting#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.hjp.workbench.agreement.model.Meeting#getNotes()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_Notes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hjp.workbench.agreement.model.Meeting#getDecisions <em>Decisions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Decisions</em>'.
	 * @see org.hjp.workbench.agreement.model.Meeting#getDecisions()
	 * @see #getMeeting()
	 * @generated
	 */
	EReference getMeeting_Decisions();

	/**
	 * Returns the meta object for class '{@link org.hjp.workbench.agreement.model.Decision <em>Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Decision</em>'.
	 * @see org.hjp.workbench.agreement.model.Decision
	 * @generated
	 */
	EClass getDecision();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.agreement.model.Decision#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.hjp.workbench.agreement.model.Decision#getDescription()
	 * @see #getDecision()
	 * @generated
	 */
	EAttribute getDecision_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.agreement.model.Decision#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see org.hjp.workbench.agreement.model.Decision#getOwner()
	 * @see #getDecision()
	 * @generated
	 */
	EAttribute getDecision_Owner();

	/**
	 * Returns the meta object for class '{@link org.hjp.workbench.agreement.model.ReviewDate <em>Review Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Review Date</em>'.
	 * @see org.hjp.workbench.agreement.model.ReviewDate
	 * @generated
	 */
	EClass getReviewDate();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.agreement.model.ReviewDate#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.hjp.workbench.agreement.model.ReviewDate#getDate()
	 * @see #getReviewDate()
	 * @generated
	 */
	EAttribute getReviewDate_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.agreement.model.ReviewDate#getPurpose <em>Purpose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Purpose</em>'.
	 * @see org.hjp.workbench.agreement.model.ReviewDate#getPurpose()
	 * @see #getReviewDate()
	 * @generated
	 */
	EAttribute getReviewDate_Purpose();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.agreement.model.ReviewDate#isDone <em>Done</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Done</em>'.
	 * @see org.hjp.workbench.agreement.model.ReviewDate#isDone()
	 * @see #getReviewDate()
	 * @generated
	 */
	EAttribute getReviewDate_Done();

	/**
	 * Returns the meta object for enum '{@link org.hjp.workbench.agreement.model.AgreementStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Status</em>'.
	 * @see org.hjp.workbench.agreement.model.AgreementStatus
	 * @generated
	 */
	EEnum getAgreementStatus();

	/**
	 * Returns the meta object for enum '{@link org.hjp.workbench.agreement.model.ContributionKind <em>Contribution Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Contribution Kind</em>'.
	 * @see org.hjp.workbench.agreement.model.ContributionKind
	 * @generated
	 */
	EEnum getContributionKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	AgreementFactory getAgreementFactory();

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
		 * The meta object literal for the '{@link org.hjp.workbench.agreement.model.impl.AgreementImpl <em>Agreement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.agreement.model.impl.AgreementImpl
		 * @see org.hjp.workbench.agreement.model.impl.AgreementPackageImpl#getAgreement()
		 * @generated
		 */
		EClass AGREEMENT = eINSTANCE.getAgreement();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGREEMENT__TITLE = eINSTANCE.getAgreement_Title();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGREEMENT__STATUS = eINSTANCE.getAgreement_Status();

		/**
		 * The meta object literal for the '<em><b>Signed Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGREEMENT__SIGNED_DATE = eINSTANCE.getAgreement_SignedDate();

		/**
		 * The meta object literal for the '<em><b>Meeting Rhythm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGREEMENT__MEETING_RHYTHM = eINSTANCE.getAgreement_MeetingRhythm();

		/**
		 * The meta object literal for the '<em><b>Decision Making</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGREEMENT__DECISION_MAKING = eINSTANCE.getAgreement_DecisionMaking();

		/**
		 * The meta object literal for the '<em><b>Confidentiality And Privilege</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGREEMENT__CONFIDENTIALITY_AND_PRIVILEGE = eINSTANCE.getAgreement_ConfidentialityAndPrivilege();

		/**
		 * The meta object literal for the '<em><b>Conflict Of Interest</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGREEMENT__CONFLICT_OF_INTEREST = eINSTANCE.getAgreement_ConflictOfInterest();

		/**
		 * The meta object literal for the '<em><b>Mandatory Reporting</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGREEMENT__MANDATORY_REPORTING = eINSTANCE.getAgreement_MandatoryReporting();

		/**
		 * The meta object literal for the '<em><b>Dispute Resolution</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGREEMENT__DISPUTE_RESOLUTION = eINSTANCE.getAgreement_DisputeResolution();

		/**
		 * The meta object literal for the '<em><b>Roles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGREEMENT__ROLES = eINSTANCE.getAgreement_Roles();

		/**
		 * The meta object literal for the '<em><b>Contributions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGREEMENT__CONTRIBUTIONS = eINSTANCE.getAgreement_Contributions();

		/**
		 * The meta object literal for the '<em><b>Information Sharing</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGREEMENT__INFORMATION_SHARING = eINSTANCE.getAgreement_InformationSharing();

		/**
		 * The meta object literal for the '<em><b>Data Collection</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGREEMENT__DATA_COLLECTION = eINSTANCE.getAgreement_DataCollection();

		/**
		 * The meta object literal for the '<em><b>Meetings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGREEMENT__MEETINGS = eINSTANCE.getAgreement_Meetings();

		/**
		 * The meta object literal for the '<em><b>Review Dates</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGREEMENT__REVIEW_DATES = eINSTANCE.getAgreement_ReviewDates();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.agreement.model.impl.ResponsibilityImpl <em>Responsibility</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.agreement.model.impl.ResponsibilityImpl
		 * @see org.hjp.workbench.agreement.model.impl.AgreementPackageImpl#getResponsibility()
		 * @generated
		 */
		EClass RESPONSIBILITY = eINSTANCE.getResponsibility();

		/**
		 * The meta object literal for the '<em><b>Partner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESPONSIBILITY__PARTNER = eINSTANCE.getResponsibility_Partner();

		/**
		 * The meta object literal for the '<em><b>Person</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESPONSIBILITY__PERSON = eINSTANCE.getResponsibility_Person();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESPONSIBILITY__DESCRIPTION = eINSTANCE.getResponsibility_Description();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.agreement.model.impl.ContributionImpl <em>Contribution</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.agreement.model.impl.ContributionImpl
		 * @see org.hjp.workbench.agreement.model.impl.AgreementPackageImpl#getContribution()
		 * @generated
		 */
		EClass CONTRIBUTION = eINSTANCE.getContribution();

		/**
		 * The meta object literal for the '<em><b>Partner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTRIBUTION__PARTNER = eINSTANCE.getContribution_Partner();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTRIBUTION__KIND = eINSTANCE.getContribution_Kind();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTRIBUTION__DESCRIPTION = eINSTANCE.getContribution_Description();

		/**
		 * The meta object literal for the '<em><b>Annual Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTRIBUTION__ANNUAL_VALUE = eINSTANCE.getContribution_AnnualValue();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.agreement.model.impl.InformationSharingImpl <em>Information Sharing</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.agreement.model.impl.InformationSharingImpl
		 * @see org.hjp.workbench.agreement.model.impl.AgreementPackageImpl#getInformationSharing()
		 * @generated
		 */
		EClass INFORMATION_SHARING = eINSTANCE.getInformationSharing();

		/**
		 * The meta object literal for the '<em><b>Information</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INFORMATION_SHARING__INFORMATION = eINSTANCE.getInformationSharing_Information();

		/**
		 * The meta object literal for the '<em><b>From Partner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INFORMATION_SHARING__FROM_PARTNER = eINSTANCE.getInformationSharing_FromPartner();

		/**
		 * The meta object literal for the '<em><b>To Partner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INFORMATION_SHARING__TO_PARTNER = eINSTANCE.getInformationSharing_ToPartner();

		/**
		 * The meta object literal for the '<em><b>Consent Required</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INFORMATION_SHARING__CONSENT_REQUIRED = eINSTANCE.getInformationSharing_ConsentRequired();

		/**
		 * The meta object literal for the '<em><b>Basis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INFORMATION_SHARING__BASIS = eINSTANCE.getInformationSharing_Basis();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.agreement.model.impl.DataCollectionImpl <em>Data Collection</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.agreement.model.impl.DataCollectionImpl
		 * @see org.hjp.workbench.agreement.model.impl.AgreementPackageImpl#getDataCollection()
		 * @generated
		 */
		EClass DATA_COLLECTION = eINSTANCE.getDataCollection();

		/**
		 * The meta object literal for the '<em><b>What</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_COLLECTION__WHAT = eINSTANCE.getDataCollection_What();

		/**
		 * The meta object literal for the '<em><b>Collected By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_COLLECTION__COLLECTED_BY = eINSTANCE.getDataCollection_CollectedBy();

		/**
		 * The meta object literal for the '<em><b>Frequency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_COLLECTION__FREQUENCY = eINSTANCE.getDataCollection_Frequency();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.agreement.model.impl.MeetingImpl <em>Meeting</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.agreement.model.impl.MeetingImpl
		 * @see org.hjp.workbench.agreement.model.impl.AgreementPackageImpl#getMeeting()
		 * @generated
		 */
		EClass MEETING = eINSTANCE.getMeeting();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__DATE = eINSTANCE.getMeeting_Date();

		/**
		 * The meta object literal for the '<em><b>Attendees</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__ATTENDEES = eINSTANCE.getMeeting_Attendees();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__NOTES = eINSTANCE.getMeeting_Notes();

		/**
		 * The meta object literal for the '<em><b>Decisions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING__DECISIONS = eINSTANCE.getMeeting_Decisions();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.agreement.model.impl.DecisionImpl <em>Decision</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.agreement.model.impl.DecisionImpl
		 * @see org.hjp.workbench.agreement.model.impl.AgreementPackageImpl#getDecision()
		 * @generated
		 */
		EClass DECISION = eINSTANCE.getDecision();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION__DESCRIPTION = eINSTANCE.getDecision_Description();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION__OWNER = eINSTANCE.getDecision_Owner();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.agreement.model.impl.ReviewDateImpl <em>Review Date</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.agreement.model.impl.ReviewDateImpl
		 * @see org.hjp.workbench.agreement.model.impl.AgreementPackageImpl#getReviewDate()
		 * @generated
		 */
		EClass REVIEW_DATE = eINSTANCE.getReviewDate();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_DATE__DATE = eINSTANCE.getReviewDate_Date();

		/**
		 * The meta object literal for the '<em><b>Purpose</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_DATE__PURPOSE = eINSTANCE.getReviewDate_Purpose();

		/**
		 * The meta object literal for the '<em><b>Done</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_DATE__DONE = eINSTANCE.getReviewDate_Done();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.agreement.model.AgreementStatus <em>Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.agreement.model.AgreementStatus
		 * @see org.hjp.workbench.agreement.model.impl.AgreementPackageImpl#getAgreementStatus()
		 * @generated
		 */
		EEnum AGREEMENT_STATUS = eINSTANCE.getAgreementStatus();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.agreement.model.ContributionKind <em>Contribution Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.agreement.model.ContributionKind
		 * @see org.hjp.workbench.agreement.model.impl.AgreementPackageImpl#getContributionKind()
		 * @generated
		 */
		EEnum CONTRIBUTION_KIND = eINSTANCE.getContributionKind();

	}

} //AgreementPackage
