/**
 */
package org.hjp.workbench.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

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
 * @see org.hjp.workbench.model.PartnershipFactory
 * @model kind="package"
 * @generated
 */
public interface PartnershipPackage extends EPackage {
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
	String eNS_URI = "http://hjp-workbench.org/model/partnership/1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "partnership";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	PartnershipPackage eINSTANCE = org.hjp.workbench.model.impl.PartnershipPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.hjp.workbench.model.impl.PartnershipImpl <em>Partnership</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.model.impl.PartnershipImpl
	 * @see org.hjp.workbench.model.impl.PartnershipPackageImpl#getPartnership()
	 * @generated
	 */
	int PARTNERSHIP = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERSHIP__NAME = 0;

	/**
	 * The feature id for the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERSHIP__PURPOSE = 1;

	/**
	 * The feature id for the '<em><b>Why Partner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERSHIP__WHY_PARTNER = 2;

	/**
	 * The feature id for the '<em><b>With Whom And Why</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERSHIP__WITH_WHOM_AND_WHY = 3;

	/**
	 * The feature id for the '<em><b>Challenge And Difference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERSHIP__CHALLENGE_AND_DIFFERENCE = 4;

	/**
	 * The feature id for the '<em><b>Why It Will Work</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERSHIP__WHY_IT_WILL_WORK = 5;

	/**
	 * The feature id for the '<em><b>Setting</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERSHIP__SETTING = 6;

	/**
	 * The feature id for the '<em><b>Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERSHIP__MODEL = 7;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERSHIP__STATUS = 8;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERSHIP__START_DATE = 9;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERSHIP__END_DATE = 10;

	/**
	 * The feature id for the '<em><b>Organisations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERSHIP__ORGANISATIONS = 11;

	/**
	 * The feature id for the '<em><b>Cohorts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERSHIP__COHORTS = 12;

	/**
	 * The feature id for the '<em><b>Stage Progress</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERSHIP__STAGE_PROGRESS = 13;

	/**
	 * The feature id for the '<em><b>Extensions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERSHIP__EXTENSIONS = 14;

	/**
	 * The number of structural features of the '<em>Partnership</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERSHIP_FEATURE_COUNT = 15;

	/**
	 * The number of operations of the '<em>Partnership</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERSHIP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.model.impl.OrganisationImpl <em>Organisation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.model.impl.OrganisationImpl
	 * @see org.hjp.workbench.model.impl.PartnershipPackageImpl#getOrganisation()
	 * @generated
	 */
	int ORGANISATION = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__NAME = 0;

	/**
	 * The feature id for the '<em><b>Sector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__SECTOR = 1;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__TYPE = 2;

	/**
	 * The feature id for the '<em><b>Lead</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__LEAD = 3;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__DESCRIPTION = 4;

	/**
	 * The feature id for the '<em><b>People</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__PEOPLE = 5;

	/**
	 * The number of structural features of the '<em>Organisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Organisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.model.impl.PersonImpl <em>Person</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.model.impl.PersonImpl
	 * @see org.hjp.workbench.model.impl.PartnershipPackageImpl#getPerson()
	 * @generated
	 */
	int PERSON = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__NAME = 0;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__ROLE = 1;

	/**
	 * The feature id for the '<em><b>Champion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__CHAMPION = 2;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__EMAIL = 3;

	/**
	 * The number of structural features of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.model.impl.TargetCohortImpl <em>Target Cohort</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.model.impl.TargetCohortImpl
	 * @see org.hjp.workbench.model.impl.PartnershipPackageImpl#getTargetCohort()
	 * @generated
	 */
	int TARGET_COHORT = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_COHORT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_COHORT__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Estimated Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_COHORT__ESTIMATED_SIZE = 2;

	/**
	 * The number of structural features of the '<em>Target Cohort</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_COHORT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Target Cohort</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_COHORT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.model.impl.StageProgressImpl <em>Stage Progress</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.model.impl.StageProgressImpl
	 * @see org.hjp.workbench.model.impl.PartnershipPackageImpl#getStageProgress()
	 * @generated
	 */
	int STAGE_PROGRESS = 4;

	/**
	 * The feature id for the '<em><b>Stage Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_PROGRESS__STAGE_ID = 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_PROGRESS__STATUS = 1;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_PROGRESS__NOTE = 2;

	/**
	 * The number of structural features of the '<em>Stage Progress</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_PROGRESS_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Stage Progress</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_PROGRESS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.model.impl.PartnershipExtensionImpl <em>Extension</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.model.impl.PartnershipExtensionImpl
	 * @see org.hjp.workbench.model.impl.PartnershipPackageImpl#getPartnershipExtension()
	 * @generated
	 */
	int PARTNERSHIP_EXTENSION = 5;

	/**
	 * The number of structural features of the '<em>Extension</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERSHIP_EXTENSION_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Extension</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERSHIP_EXTENSION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.model.Setting <em>Setting</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.model.Setting
	 * @see org.hjp.workbench.model.impl.PartnershipPackageImpl#getSetting()
	 * @generated
	 */
	int SETTING = 6;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.model.PartnershipModel <em>Model</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.model.PartnershipModel
	 * @see org.hjp.workbench.model.impl.PartnershipPackageImpl#getPartnershipModel()
	 * @generated
	 */
	int PARTNERSHIP_MODEL = 7;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.model.PartnershipStatus <em>Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.model.PartnershipStatus
	 * @see org.hjp.workbench.model.impl.PartnershipPackageImpl#getPartnershipStatus()
	 * @generated
	 */
	int PARTNERSHIP_STATUS = 8;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.model.Sector <em>Sector</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.model.Sector
	 * @see org.hjp.workbench.model.impl.PartnershipPackageImpl#getSector()
	 * @generated
	 */
	int SECTOR = 9;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.model.OrganisationType <em>Organisation Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.model.OrganisationType
	 * @see org.hjp.workbench.model.impl.PartnershipPackageImpl#getOrganisationType()
	 * @generated
	 */
	int ORGANISATION_TYPE = 10;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.model.StageStatus <em>Stage Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.model.StageStatus
	 * @see org.hjp.workbench.model.impl.PartnershipPackageImpl#getStageStatus()
	 * @generated
	 */
	int STAGE_STATUS = 11;


	/**
	 * Returns the meta object for class '{@link org.hjp.workbench.model.Partnership <em>Partnership</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Partnership</em>'.
	 * @see org.hjp.workbench.model.Partnership
	 * @generated
	 */
	EClass getPartnership();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.model.Partnership#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.hjp.workbench.model.Partnership#getName()
	 * @see #getPartnership()
	 * @generated
	 */
	EAttribute getPartnership_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.model.Partnership#getPurpose <em>Purpose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Purpose</em>'.
	 * @see org.hjp.workbench.model.Partnership#getPurpose()
	 * @see #getPartnership()
	 * @generated
	 */
	EAttribute getPartnership_Purpose();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.model.Partnership#getWhyPartner <em>Why Partner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Why Partner</em>'.
	 * @see org.hjp.workbench.model.Partnership#getWhyPartner()
	 * @see #getPartnership()
	 * @generated
	 */
	EAttribute getPartnership_WhyPartner();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.model.Partnership#getWithWhomAndWhy <em>With Whom And Why</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>With Whom And Why</em>'.
	 * @see org.hjp.workbench.model.Partnership#getWithWhomAndWhy()
	 * @see #getPartnership()
	 * @generated
	 */
	EAttribute getPartnership_WithWhomAndWhy();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.model.Partnership#getChallengeAndDifference <em>Challenge And Difference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Challenge And Difference</em>'.
	 * @see org.hjp.workbench.model.Partnership#getChallengeAndDifference()
	 * @see #getPartnership()
	 * @generated
	 */
	EAttribute getPartnership_ChallengeAndDifference();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.model.Partnership#getWhyItWillWork <em>Why It Will Work</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Why It Will Work</em>'.
	 * @see org.hjp.workbench.model.Partnership#getWhyItWillWork()
	 * @see #getPartnership()
	 * @generated
	 */
	EAttribute getPartnership_WhyItWillWork();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.model.Partnership#getSetting <em>Setting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Setting</em>'.
	 * @see org.hjp.workbench.model.Partnership#getSetting()
	 * @see #getPartnership()
	 * @generated
	 */
	EAttribute getPartnership_Setting();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.model.Partnership#getModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model</em>'.
	 * @see org.hjp.workbench.model.Partnership#getModel()
	 * @see #getPartnership()
	 * @generated
	 */
	EAttribute getPartnership_Model();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.model.Partnership#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.hjp.workbench.model.Partnership#getStatus()
	 * @see #getPartnership()
	 * @generated
	 */
	EAttribute getPartnership_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.model.Partnership#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see org.hjp.workbench.model.Partnership#getStartDate()
	 * @see #getPartnership()
	 * @generated
	 */
	EAttribute getPartnership_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.model.Partnership#getEndDate <em>End Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Date</em>'.
	 * @see org.hjp.workbench.model.Partnership#getEndDate()
	 * @see #getPartnership()
	 * @generated
	 */
	EAttribute getPartnership_EndDate();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hjp.workbench.model.Partnership#getOrganisations <em>Organisations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Organisations</em>'.
	 * @see org.hjp.workbench.model.Partnership#getOrganisations()
	 * @see #getPartnership()
	 * @generated
	 */
	EReference getPartnership_Organisations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hjp.workbench.model.Partnership#getCohorts <em>Cohorts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cohorts</em>'.
	 * @see org.hjp.workbench.model.Partnership#getCohorts()
	 * @see #getPartnership()
	 * @generated
	 */
	EReference getPartnership_Cohorts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hjp.workbench.model.Partnership#getStageProgress <em>Stage Progress</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Stage Progress</em>'.
	 * @see org.hjp.workbench.model.Partnership#getStageProgress()
	 * @see #getPartnership()
	 * @generated
	 */
	EReference getPartnership_StageProgress();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hjp.workbench.model.Partnership#getExtensions <em>Extensions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Extensions</em>'.
	 * @see org.hjp.workbench.model.Partnership#getExtensions()
	 * @see #getPartnership()
	 * @generated
	 */
	EReference getPartnership_Extensions();

	/**
	 * Returns the meta object for class '{@link org.hjp.workbench.model.Organisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Organisation</em>'.
	 * @see org.hjp.workbench.model.Organisation
	 * @generated
	 */
	EClass getOrganisation();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.model.Organisation#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.hjp.workbench.model.Organisation#getName()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.model.Organisation#getSector <em>Sector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sector</em>'.
	 * @see org.hjp.workbench.model.Organisation#getSector()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Sector();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.model.Organisation#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.hjp.workbench.model.Organisation#getType()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.model.Organisation#isLead <em>Lead</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lead</em>'.
	 * @see org.hjp.workbench.model.Organisation#isLead()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Lead();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.model.Organisation#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.hjp.workbench.model.Organisation#getDescription()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hjp.workbench.model.Organisation#getPeople <em>People</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>People</em>'.
	 * @see org.hjp.workbench.model.Organisation#getPeople()
	 * @see #getOrganisation()
	 * @generated
	 */
	EReference getOrganisation_People();

	/**
	 * Returns the meta object for class '{@link org.hjp.workbench.model.Person <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Person</em>'.
	 * @see org.hjp.workbench.model.Person
	 * @generated
	 */
	EClass getPerson();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.model.Person#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.hjp.workbench.model.Person#getName()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.model.Person#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.hjp.workbench.model.Person#getRole()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.model.Person#isChampion <em>Champion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Champion</em>'.
	 * @see org.hjp.workbench.model.Person#isChampion()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Champion();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.model.Person#getEmail <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email</em>'.
	 * @see org.hjp.workbench.model.Person#getEmail()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Email();

	/**
	 * Returns the meta object for class '{@link org.hjp.workbench.model.TargetCohort <em>Target Cohort</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Target Cohort</em>'.
	 * @see org.hjp.workbench.model.TargetCohort
	 * @generated
	 */
	EClass getTargetCohort();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.model.TargetCohort#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.hjp.workbench.model.TargetCohort#getName()
	 * @see #getTargetCohort()
	 * @generated
	 */
	EAttribute getTargetCohort_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.model.TargetCohort#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.hjp.workbench.model.TargetCohort#getDescription()
	 * @see #getTargetCohort()
	 * @generated
	 */
	EAttribute getTargetCohort_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.model.TargetCohort#getEstimatedSize <em>Estimated Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Estimated Size</em>'.
	 * @see org.hjp.workbench.model.TargetCohort#getEstimatedSize()
	 * @see #getTargetCohort()
	 * @generated
	 */
	EAttribute getTargetCohort_EstimatedSize();

	/**
	 * Returns the meta object for class '{@link org.hjp.workbench.model.StageProgress <em>Stage Progress</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stage Progress</em>'.
	 * @see org.hjp.workbench.model.StageProgress
	 * @generated
	 */
	EClass getStageProgress();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.model.StageProgress#getStageId <em>Stage Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stage Id</em>'.
	 * @see org.hjp.workbench.model.StageProgress#getStageId()
	 * @see #getStageProgress()
	 * @generated
	 */
	EAttribute getStageProgress_StageId();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.model.StageProgress#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.hjp.workbench.model.StageProgress#getStatus()
	 * @see #getStageProgress()
	 * @generated
	 */
	EAttribute getStageProgress_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.model.StageProgress#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.hjp.workbench.model.StageProgress#getNote()
	 * @see #getStageProgress()
	 * @generated
	 */
	EAttribute getStageProgress_Note();

	/**
	 * Returns the meta object for class '{@link org.hjp.workbench.model.PartnershipExtension <em>Extension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Extension</em>'.
	 * @see org.hjp.workbench.model.PartnershipExtension
	 * @generated
	 */
	EClass getPartnershipExtension();

	/**
	 * Returns the meta object for enum '{@link org.hjp.workbench.model.Setting <em>Setting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Setting</em>'.
	 * @see org.hjp.workbench.model.Setting
	 * @generated
	 */
	EEnum getSetting();

	/**
	 * Returns the meta object for enum '{@link org.hjp.workbench.model.PartnershipModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Model</em>'.
	 * @see org.hjp.workbench.model.PartnershipModel
	 * @generated
	 */
	EEnum getPartnershipModel();

	/**
	 * Returns the meta object for enum '{@link org.hjp.workbench.model.PartnershipStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Status</em>'.
	 * @see org.hjp.workbench.model.PartnershipStatus
	 * @generated
	 */
	EEnum getPartnershipStatus();

	/**
	 * Returns the meta object for enum '{@link org.hjp.workbench.model.Sector <em>Sector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sector</em>'.
	 * @see org.hjp.workbench.model.Sector
	 * @generated
	 */
	EEnum getSector();

	/**
	 * Returns the meta object for enum '{@link org.hjp.workbench.model.OrganisationType <em>Organisation Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Organisation Type</em>'.
	 * @see org.hjp.workbench.model.OrganisationType
	 * @generated
	 */
	EEnum getOrganisationType();

	/**
	 * Returns the meta object for enum '{@link org.hjp.workbench.model.StageStatus <em>Stage Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Stage Status</em>'.
	 * @see org.hjp.workbench.model.StageStatus
	 * @generated
	 */
	EEnum getStageStatus();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	PartnershipFactory getPartnershipFactory();

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
		 * The meta object literal for the '{@link org.hjp.workbench.model.impl.PartnershipImpl <em>Partnership</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.model.impl.PartnershipImpl
		 * @see org.hjp.workbench.model.impl.PartnershipPackageImpl#getPartnership()
		 * @generated
		 */
		EClass PARTNERSHIP = eINSTANCE.getPartnership();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTNERSHIP__NAME = eINSTANCE.getPartnership_Name();

		/**
		 * The meta object literal for the '<em><b>Purpose</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTNERSHIP__PURPOSE = eINSTANCE.getPartnership_Purpose();

		/**
		 * The meta object literal for the '<em><b>Why Partner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTNERSHIP__WHY_PARTNER = eINSTANCE.getPartnership_WhyPartner();

		/**
		 * The meta object literal for the '<em><b>With Whom And Why</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTNERSHIP__WITH_WHOM_AND_WHY = eINSTANCE.getPartnership_WithWhomAndWhy();

		/**
		 * The meta object literal for the '<em><b>Challenge And Difference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTNERSHIP__CHALLENGE_AND_DIFFERENCE = eINSTANCE.getPartnership_ChallengeAndDifference();

		/**
		 * The meta object literal for the '<em><b>Why It Will Work</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTNERSHIP__WHY_IT_WILL_WORK = eINSTANCE.getPartnership_WhyItWillWork();

		/**
		 * The meta object literal for the '<em><b>Setting</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTNERSHIP__SETTING = eINSTANCE.getPartnership_Setting();

		/**
		 * The meta object literal for the '<em><b>Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTNERSHIP__MODEL = eINSTANCE.getPartnership_Model();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTNERSHIP__STATUS = eINSTANCE.getPartnership_Status();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTNERSHIP__START_DATE = eINSTANCE.getPartnership_StartDate();

		/**
		 * The meta object literal for the '<em><b>End Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTNERSHIP__END_DATE = eINSTANCE.getPartnership_EndDate();

		/**
		 * The meta object literal for the '<em><b>Organisations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTNERSHIP__ORGANISATIONS = eINSTANCE.getPartnership_Organisations();

		/**
		 * The meta object literal for the '<em><b>Cohorts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTNERSHIP__COHORTS = eINSTANCE.getPartnership_Cohorts();

		/**
		 * The meta object literal for the '<em><b>Stage Progress</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTNERSHIP__STAGE_PROGRESS = eINSTANCE.getPartnership_StageProgress();

		/**
		 * The meta object literal for the '<em><b>Extensions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTNERSHIP__EXTENSIONS = eINSTANCE.getPartnership_Extensions();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.model.impl.OrganisationImpl <em>Organisation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.model.impl.OrganisationImpl
		 * @see org.hjp.workbench.model.impl.PartnershipPackageImpl#getOrganisation()
		 * @generated
		 */
		EClass ORGANISATION = eINSTANCE.getOrganisation();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__NAME = eINSTANCE.getOrganisation_Name();

		/**
		 * The meta object literal for the '<em><b>Sector</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__SECTOR = eINSTANCE.getOrganisation_Sector();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__TYPE = eINSTANCE.getOrganisation_Type();

		/**
		 * The meta object literal for the '<em><b>Lead</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__LEAD = eINSTANCE.getOrganisation_Lead();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__DESCRIPTION = eINSTANCE.getOrganisation_Description();

		/**
		 * The meta object literal for the '<em><b>People</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANISATION__PEOPLE = eINSTANCE.getOrganisation_People();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.model.impl.PersonImpl <em>Person</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.model.impl.PersonImpl
		 * @see org.hjp.workbench.model.impl.PartnershipPackageImpl#getPerson()
		 * @generated
		 */
		EClass PERSON = eINSTANCE.getPerson();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__NAME = eINSTANCE.getPerson_Name();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__ROLE = eINSTANCE.getPerson_Role();

		/**
		 * The meta object literal for the '<em><b>Champion</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__CHAMPION = eINSTANCE.getPerson_Champion();

		/**
		 * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__EMAIL = eINSTANCE.getPerson_Email();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.model.impl.TargetCohortImpl <em>Target Cohort</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.model.impl.TargetCohortImpl
		 * @see org.hjp.workbench.model.impl.PartnershipPackageImpl#getTargetCohort()
		 * @generated
		 */
		EClass TARGET_COHORT = eINSTANCE.getTargetCohort();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET_COHORT__NAME = eINSTANCE.getTargetCohort_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET_COHORT__DESCRIPTION = eINSTANCE.getTargetCohort_Description();

		/**
		 * The meta object literal for the '<em><b>Estimated Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET_COHORT__ESTIMATED_SIZE = eINSTANCE.getTargetCohort_EstimatedSize();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.model.impl.StageProgressImpl <em>Stage Progress</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.model.impl.StageProgressImpl
		 * @see org.hjp.workbench.model.impl.PartnershipPackageImpl#getStageProgress()
		 * @generated
		 */
		EClass STAGE_PROGRESS = eINSTANCE.getStageProgress();

		/**
		 * The meta object literal for the '<em><b>Stage Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE_PROGRESS__STAGE_ID = eINSTANCE.getStageProgress_StageId();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE_PROGRESS__STATUS = eINSTANCE.getStageProgress_Status();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE_PROGRESS__NOTE = eINSTANCE.getStageProgress_Note();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.model.impl.PartnershipExtensionImpl <em>Extension</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.model.impl.PartnershipExtensionImpl
		 * @see org.hjp.workbench.model.impl.PartnershipPackageImpl#getPartnershipExtension()
		 * @generated
		 */
		EClass PARTNERSHIP_EXTENSION = eINSTANCE.getPartnershipExtension();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.model.Setting <em>Setting</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.model.Setting
		 * @see org.hjp.workbench.model.impl.PartnershipPackageImpl#getSetting()
		 * @generated
		 */
		EEnum SETTING = eINSTANCE.getSetting();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.model.PartnershipModel <em>Model</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.model.PartnershipModel
		 * @see org.hjp.workbench.model.impl.PartnershipPackageImpl#getPartnershipModel()
		 * @generated
		 */
		EEnum PARTNERSHIP_MODEL = eINSTANCE.getPartnershipModel();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.model.PartnershipStatus <em>Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.model.PartnershipStatus
		 * @see org.hjp.workbench.model.impl.PartnershipPackageImpl#getPartnershipStatus()
		 * @generated
		 */
		EEnum PARTNERSHIP_STATUS = eINSTANCE.getPartnershipStatus();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.model.Sector <em>Sector</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.model.Sector
		 * @see org.hjp.workbench.model.impl.PartnershipPackageImpl#getSector()
		 * @generated
		 */
		EEnum SECTOR = eINSTANCE.getSector();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.model.OrganisationType <em>Organisation Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.model.OrganisationType
		 * @see org.hjp.workbench.model.impl.PartnershipPackageImpl#getOrganisationType()
		 * @generated
		 */
		EEnum ORGANISATION_TYPE = eINSTANCE.getOrganisationType();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.model.StageStatus <em>Stage Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.model.StageStatus
		 * @see org.hjp.workbench.model.impl.PartnershipPackageImpl#getStageStatus()
		 * @generated
		 */
		EEnum STAGE_STATUS = eINSTANCE.getStageStatus();

	}

} //PartnershipPackage
