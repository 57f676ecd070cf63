/**
 */
package org.hjp.workbench.assessment.model;

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
 * @see org.hjp.workbench.assessment.model.AssessmentFactory
 * @model kind="package"
 * @generated
 */
public interface AssessmentPackage extends EPackage {
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
	String eNS_URI = "http://hjp-workbench.org/model/assessment/1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "assessment";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	AssessmentPackage eINSTANCE = org.hjp.workbench.assessment.model.impl.AssessmentPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.hjp.workbench.assessment.model.impl.InstrumentImpl <em>Instrument</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.assessment.model.impl.InstrumentImpl
	 * @see org.hjp.workbench.assessment.model.impl.AssessmentPackageImpl#getInstrument()
	 * @generated
	 */
	int INSTRUMENT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__NAME = 1;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__VERSION = 2;

	/**
	 * The feature id for the '<em><b>Publisher</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__PUBLISHER = 3;

	/**
	 * The feature id for the '<em><b>Instructions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__INSTRUCTIONS = 4;

	/**
	 * The feature id for the '<em><b>Disagreement Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__DISAGREEMENT_THRESHOLD = 5;

	/**
	 * The feature id for the '<em><b>Scoring Hook</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__SCORING_HOOK = 6;

	/**
	 * The feature id for the '<em><b>Scales</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__SCALES = 7;

	/**
	 * The feature id for the '<em><b>Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__GROUPS = 8;

	/**
	 * The feature id for the '<em><b>Domains</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__DOMAINS = 9;

	/**
	 * The feature id for the '<em><b>Scoring</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__SCORING = 10;

	/**
	 * The feature id for the '<em><b>Bands</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__BANDS = 11;

	/**
	 * The feature id for the '<em><b>Domain Bands</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__DOMAIN_BANDS = 12;

	/**
	 * The number of structural features of the '<em>Instrument</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Instrument</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.assessment.model.impl.DomainGroupImpl <em>Domain Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.assessment.model.impl.DomainGroupImpl
	 * @see org.hjp.workbench.assessment.model.impl.AssessmentPackageImpl#getDomainGroup()
	 * @generated
	 */
	int DOMAIN_GROUP = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN_GROUP__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN_GROUP__NAME = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN_GROUP__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Bands</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN_GROUP__BANDS = 3;

	/**
	 * The number of structural features of the '<em>Domain Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN_GROUP_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Domain Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN_GROUP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.assessment.model.impl.ResponseScaleImpl <em>Response Scale</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.assessment.model.impl.ResponseScaleImpl
	 * @see org.hjp.workbench.assessment.model.impl.AssessmentPackageImpl#getResponseScale()
	 * @generated
	 */
	int RESPONSE_SCALE = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE_SCALE__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE_SCALE__NAME = 1;

	/**
	 * The feature id for the '<em><b>Dont Know</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE_SCALE__DONT_KNOW = 2;

	/**
	 * The feature id for the '<em><b>Not Applicable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE_SCALE__NOT_APPLICABLE = 3;

	/**
	 * The feature id for the '<em><b>Points</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE_SCALE__POINTS = 4;

	/**
	 * The number of structural features of the '<em>Response Scale</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE_SCALE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Response Scale</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE_SCALE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.assessment.model.impl.ScalePointImpl <em>Scale Point</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.assessment.model.impl.ScalePointImpl
	 * @see org.hjp.workbench.assessment.model.impl.AssessmentPackageImpl#getScalePoint()
	 * @generated
	 */
	int SCALE_POINT = 3;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_POINT__VALUE = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_POINT__LABEL = 1;

	/**
	 * The number of structural features of the '<em>Scale Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_POINT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Scale Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_POINT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.assessment.model.impl.DomainImpl <em>Domain</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.assessment.model.impl.DomainImpl
	 * @see org.hjp.workbench.assessment.model.impl.AssessmentPackageImpl#getDomain()
	 * @generated
	 */
	int DOMAIN = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__NAME = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__GROUP = 3;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__ITEMS = 4;

	/**
	 * The feature id for the '<em><b>Bands</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__BANDS = 5;

	/**
	 * The number of structural features of the '<em>Domain</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Domain</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.assessment.model.impl.ItemImpl <em>Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.assessment.model.impl.ItemImpl
	 * @see org.hjp.workbench.assessment.model.impl.AssessmentPackageImpl#getItem()
	 * @generated
	 */
	int ITEM = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__ID = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__TEXT = 1;

	/**
	 * The feature id for the '<em><b>Reverse</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__REVERSE = 2;

	/**
	 * The feature id for the '<em><b>Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__SCALE = 3;

	/**
	 * The number of structural features of the '<em>Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.assessment.model.impl.ScoringImpl <em>Scoring</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.assessment.model.impl.ScoringImpl
	 * @see org.hjp.workbench.assessment.model.impl.AssessmentPackageImpl#getScoring()
	 * @generated
	 */
	int SCORING = 6;

	/**
	 * The feature id for the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING__METHOD = 0;

	/**
	 * The feature id for the '<em><b>Missing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING__MISSING = 1;

	/**
	 * The feature id for the '<em><b>Minimum Answered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING__MINIMUM_ANSWERED = 2;

	/**
	 * The feature id for the '<em><b>Total</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING__TOTAL = 3;

	/**
	 * The feature id for the '<em><b>Dont Know Answered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING__DONT_KNOW_ANSWERED = 4;

	/**
	 * The feature id for the '<em><b>Partner Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING__PARTNER_SCORE = 5;

	/**
	 * The feature id for the '<em><b>Round Before Banding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING__ROUND_BEFORE_BANDING = 6;

	/**
	 * The feature id for the '<em><b>Band Maximum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING__BAND_MAXIMUM = 7;

	/**
	 * The feature id for the '<em><b>Between Bands</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING__BETWEEN_BANDS = 8;

	/**
	 * The number of structural features of the '<em>Scoring</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Scoring</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.assessment.model.impl.BandImpl <em>Band</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.assessment.model.impl.BandImpl
	 * @see org.hjp.workbench.assessment.model.impl.AssessmentPackageImpl#getBand()
	 * @generated
	 */
	int BAND = 7;

	/**
	 * The feature id for the '<em><b>Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAND__MIN = 0;

	/**
	 * The feature id for the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAND__MAX = 1;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAND__LABEL = 2;

	/**
	 * The feature id for the '<em><b>Meaning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAND__MEANING = 3;

	/**
	 * The number of structural features of the '<em>Band</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAND_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Band</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAND_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.assessment.model.impl.AssessmentRoundImpl <em>Round</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.assessment.model.impl.AssessmentRoundImpl
	 * @see org.hjp.workbench.assessment.model.impl.AssessmentPackageImpl#getAssessmentRound()
	 * @generated
	 */
	int ASSESSMENT_ROUND = 8;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_ROUND__TITLE = 0;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_ROUND__DATE = 1;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_ROUND__NOTES = 2;

	/**
	 * The feature id for the '<em><b>Instrument Bundle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_ROUND__INSTRUMENT_BUNDLE = 3;

	/**
	 * The feature id for the '<em><b>Instrument</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_ROUND__INSTRUMENT = 4;

	/**
	 * The feature id for the '<em><b>Respondents</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_ROUND__RESPONDENTS = 5;

	/**
	 * The number of structural features of the '<em>Round</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_ROUND_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Round</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_ROUND_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.assessment.model.impl.RespondentImpl <em>Respondent</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.assessment.model.impl.RespondentImpl
	 * @see org.hjp.workbench.assessment.model.impl.AssessmentPackageImpl#getRespondent()
	 * @generated
	 */
	int RESPONDENT = 9;

	/**
	 * The feature id for the '<em><b>Organisation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONDENT__ORGANISATION = 0;

	/**
	 * The feature id for the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONDENT__PERSON = 1;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONDENT__LABEL = 2;

	/**
	 * The feature id for the '<em><b>Answers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONDENT__ANSWERS = 3;

	/**
	 * The number of structural features of the '<em>Respondent</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONDENT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Respondent</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONDENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.assessment.model.impl.AnswerImpl <em>Answer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.assessment.model.impl.AnswerImpl
	 * @see org.hjp.workbench.assessment.model.impl.AssessmentPackageImpl#getAnswer()
	 * @generated
	 */
	int ANSWER = 10;

	/**
	 * The feature id for the '<em><b>Item</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__ITEM = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__KIND = 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__VALUE = 2;

	/**
	 * The number of structural features of the '<em>Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.assessment.model.ScoreMethod <em>Score Method</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.assessment.model.ScoreMethod
	 * @see org.hjp.workbench.assessment.model.impl.AssessmentPackageImpl#getScoreMethod()
	 * @generated
	 */
	int SCORE_METHOD = 11;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.assessment.model.MissingPolicy <em>Missing Policy</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.assessment.model.MissingPolicy
	 * @see org.hjp.workbench.assessment.model.impl.AssessmentPackageImpl#getMissingPolicy()
	 * @generated
	 */
	int MISSING_POLICY = 12;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.assessment.model.PartnerScore <em>Partner Score</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.assessment.model.PartnerScore
	 * @see org.hjp.workbench.assessment.model.impl.AssessmentPackageImpl#getPartnerScore()
	 * @generated
	 */
	int PARTNER_SCORE = 13;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.assessment.model.BandMaximum <em>Band Maximum</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.assessment.model.BandMaximum
	 * @see org.hjp.workbench.assessment.model.impl.AssessmentPackageImpl#getBandMaximum()
	 * @generated
	 */
	int BAND_MAXIMUM = 14;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.assessment.model.BetweenBands <em>Between Bands</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.assessment.model.BetweenBands
	 * @see org.hjp.workbench.assessment.model.impl.AssessmentPackageImpl#getBetweenBands()
	 * @generated
	 */
	int BETWEEN_BANDS = 15;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.assessment.model.AnswerKind <em>Answer Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.assessment.model.AnswerKind
	 * @see org.hjp.workbench.assessment.model.impl.AssessmentPackageImpl#getAnswerKind()
	 * @generated
	 */
	int ANSWER_KIND = 16;


	/**
	 * Returns the meta object for class '{@link org.hjp.workbench.assessment.model.Instrument <em>Instrument</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Instrument</em>'.
	 * @see org.hjp.workbench.assessment.model.Instrument
	 * @generated
	 */
	EClass getInstrument();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.assessment.model.Instrument#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.hjp.workbench.assessment.model.Instrument#getId()
	 * @see #getInstrument()
	 * @generated
	 */
	EAttribute getInstrument_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.assessment.model.Instrument#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.hjp.workbench.assessment.model.Instrument#getName()
	 * @see #getInstrument()
	 * @generated
	 */
	EAttribute getInstrument_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.assessment.model.Instrument#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.hjp.workbench.assessment.model.Instrument#getVersion()
	 * @see #getInstrument()
	 * @generated
	 */
	EAttribute getInstrument_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.assessment.model.Instrument#getPublisher <em>Publisher</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Publisher</em>'.
	 * @see org.hjp.workbench.assessment.model.Instrument#getPublisher()
	 * @see #getInstrument()
	 * @generated
	 */
	EAttribute getInstrument_Publisher();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.assessment.model.Instrument#getInstructions <em>Instructions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Instructions</em>'.
	 * @see org.hjp.workbench.assessment.model.Instrument#getInstructions()
	 * @see #getInstrument()
	 * @generated
	 */
	EAttribute getInstrument_Instructions();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.assessment.model.Instrument#getDisagreementThreshold <em>Disagreement Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Disagreement Threshold</em>'.
	 * @see org.hjp.workbench.assessment.model.Instrument#getDisagreementThreshold()
	 * @see #getInstrument()
	 * @generated
	 */
	EAttribute getInstrument_DisagreementThreshold();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.assessment.model.Instrument#getScoringHook <em>Scoring Hook</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scoring Hook</em>'.
	 * @see org.hjp.workbench.assessment.model.Instrument#getScoringHook()
	 * @see #getInstrument()
	 * @generated
	 */
	EAttribute getInstrument_ScoringHook();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hjp.workbench.assessment.model.Instrument#getScales <em>Scales</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Scales</em>'.
	 * @see org.hjp.workbench.assessment.model.Instrument#getScales()
	 * @see #getInstrument()
	 * @generated
	 */
	EReference getInstrument_Scales();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hjp.workbench.assessment.model.Instrument#getGroups <em>Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Groups</em>'.
	 * @see org.hjp.workbench.assessment.model.Instrument#getGroups()
	 * @see #getInstrument()
	 * @generated
	 */
	EReference getInstrument_Groups();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hjp.workbench.assessment.model.Instrument#getDomains <em>Domains</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Domains</em>'.
	 * @see org.hjp.workbench.assessment.model.Instrument#getDomains()
	 * @see #getInstrument()
	 * @generated
	 */
	EReference getInstrument_Domains();

	/**
	 * Returns the meta object for the containment reference '{@link org.hjp.workbench.assessment.model.Instrument#getScoring <em>Scoring</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Scoring</em>'.
	 * @see org.hjp.workbench.assessment.model.Instrument#getScoring()
	 * @see #getInstrument()
	 * @generated
	 */
	EReference getInstrument_Scoring();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hjp.workbench.assessment.model.Instrument#getBands <em>Bands</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Bands</em>'.
	 * @see org.hjp.workbench.assessment.model.Instrument#getBands()
	 * @see #getInstrument()
	 * @generated
	 */
	EReference getInstrument_Bands();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hjp.workbench.assessment.model.Instrument#getDomainBands <em>Domain Bands</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Domain Bands</em>'.
	 * @see org.hjp.workbench.assessment.model.Instrument#getDomainBands()
	 * @see #getInstrument()
	 * @generated
	 */
	EReference getInstrument_DomainBands();

	/**
	 * Returns the meta object for class '{@link org.hjp.workbench.assessment.model.DomainGroup <em>Domain Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Domain Group</em>'.
	 * @see org.hjp.workbench.assessment.model.DomainGroup
	 * @generated
	 */
	EClass getDomainGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.assessment.model.DomainGroup#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.hjp.workbench.assessment.model.DomainGroup#getId()
	 * @see #getDomainGroup()
	 * @generated
	 */
	EAttribute getDomainGroup_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.assessment.model.DomainGroup#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.hjp.workbench.assessment.model.DomainGroup#getName()
	 * @see #getDomainGroup()
	 * @generated
	 */
	EAttribute getDomainGroup_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.assessment.model.DomainGroup#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.hjp.workbench.assessment.model.DomainGroup#getDescription()
	 * @see #getDomainGroup()
	 * @generated
	 */
	EAttribute getDomainGroup_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hjp.workbench.assessment.model.DomainGroup#getBands <em>Bands</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Bands</em>'.
	 * @see org.hjp.workbench.assessment.model.DomainGroup#getBands()
	 * @see #getDomainGroup()
	 * @generated
	 */
	EReference getDomainGroup_Bands();

	/**
	 * Returns the meta object for class '{@link org.hjp.workbench.assessment.model.ResponseScale <em>Response Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Response Scale</em>'.
	 * @see org.hjp.workbench.assessment.model.ResponseScale
	 * @generated
	 */
	EClass getResponseScale();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.assessment.model.ResponseScale#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.hjp.workbench.assessment.model.ResponseScale#getId()
	 * @see #getResponseScale()
	 * @generated
	 */
	EAttribute getResponseScale_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.assessment.model.ResponseScale#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.hjp.workbench.assessment.model.ResponseScale#getName()
	 * @see #getResponseScale()
	 * @generated
	 */
	EAttribute getResponseScale_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.assessment.model.ResponseScale#isDontKnow <em>Dont Know</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dont Know</em>'.
	 * @see org.hjp.workbench.assessment.model.ResponseScale#isDontKnow()
	 * @see #getResponseScale()
	 * @generated
	 */
	EAttribute getResponseScale_DontKnow();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.assessment.model.ResponseScale#isNotApplicable <em>Not Applicable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Not Applicable</em>'.
	 * @see org.hjp.workbench.assessment.model.ResponseScale#isNotApplicable()
	 * @see #getResponseScale()
	 * @generated
	 */
	EAttribute getResponseScale_NotApplicable();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hjp.workbench.assessment.model.ResponseScale#getPoints <em>Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Points</em>'.
	 * @see org.hjp.workbench.assessment.model.ResponseScale#getPoints()
	 * @see #getResponseScale()
	 * @generated
	 */
	EReference getResponseScale_Points();

	/**
	 * Returns the meta object for class '{@link org.hjp.workbench.assessment.model.ScalePoint <em>Scale Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scale Point</em>'.
	 * @see org.hjp.workbench.assessment.model.ScalePoint
	 * @generated
	 */
	EClass getScalePoint();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.assessment.model.ScalePoint#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.hjp.workbench.assessment.model.ScalePoint#getValue()
	 * @see #getScalePoint()
	 * @generated
	 */
	EAttribute getScalePoint_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.assessment.model.ScalePoint#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.hjp.workbench.assessment.model.ScalePoint#getLabel()
	 * @see #getScalePoint()
	 * @generated
	 */
	EAttribute getScalePoint_Label();

	/**
	 * Returns the meta object for class '{@link org.hjp.workbench.assessment.model.Domain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Domain</em>'.
	 * @see org.hjp.workbench.assessment.model.Domain
	 * @generated
	 */
	EClass getDomain();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.assessment.model.Domain#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.hjp.workbench.assessment.model.Domain#getId()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.assessment.model.Domain#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.hjp.workbench.assessment.model.Domain#getName()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.assessment.model.Domain#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.hjp.workbench.assessment.model.Domain#getDescription()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.assessment.model.Domain#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see org.hjp.workbench.assessment.model.Domain#getGroup()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_Group();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hjp.workbench.assessment.model.Domain#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see org.hjp.workbench.assessment.model.Domain#getItems()
	 * @see #getDomain()
	 * @generated
	 */
	EReference getDomain_Items();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hjp.workbench.assessment.model.Domain#getBands <em>Bands</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Bands</em>'.
	 * @see org.hjp.workbench.assessment.model.Domain#getBands()
	 * @see #getDomain()
	 * @generated
	 */
	EReference getDomain_Bands();

	/**
	 * Returns the meta object for class '{@link org.hjp.workbench.assessment.model.Item <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Item</em>'.
	 * @see org.hjp.workbench.assessment.model.Item
	 * @generated
	 */
	EClass getItem();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.assessment.model.Item#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.hjp.workbench.assessment.model.Item#getId()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.assessment.model.Item#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.hjp.workbench.assessment.model.Item#getText()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.assessment.model.Item#isReverse <em>Reverse</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reverse</em>'.
	 * @see org.hjp.workbench.assessment.model.Item#isReverse()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Reverse();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.assessment.model.Item#getScale <em>Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scale</em>'.
	 * @see org.hjp.workbench.assessment.model.Item#getScale()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Scale();

	/**
	 * Returns the meta object for class '{@link org.hjp.workbench.assessment.model.Scoring <em>Scoring</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scoring</em>'.
	 * @see org.hjp.workbench.assessment.model.Scoring
	 * @generated
	 */
	EClass getScoring();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.assessment.model.Scoring#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method</em>'.
	 * @see org.hjp.workbench.assessment.model.Scoring#getMethod()
	 * @see #getScoring()
	 * @generated
	 */
	EAttribute getScoring_Method();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.assessment.model.Scoring#getMissing <em>Missing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Missing</em>'.
	 * @see org.hjp.workbench.assessment.model.Scoring#getMissing()
	 * @see #getScoring()
	 * @generated
	 */
	EAttribute getScoring_Missing();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.assessment.model.Scoring#getMinimumAnswered <em>Minimum Answered</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum Answered</em>'.
	 * @see org.hjp.workbench.assessment.model.Scoring#getMinimumAnswered()
	 * @see #getScoring()
	 * @generated
	 */
	EAttribute getScoring_MinimumAnswered();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.assessment.model.Scoring#isTotal <em>Total</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Total</em>'.
	 * @see org.hjp.workbench.assessment.model.Scoring#isTotal()
	 * @see #getScoring()
	 * @generated
	 */
	EAttribute getScoring_Total();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.assessment.model.Scoring#isDontKnowAnswered <em>Dont Know Answered</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dont Know Answered</em>'.
	 * @see org.hjp.workbench.assessment.model.Scoring#isDontKnowAnswered()
	 * @see #getScoring()
	 * @generated
	 */
	EAttribute getScoring_DontKnowAnswered();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.assessment.model.Scoring#getPartnerScore <em>Partner Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Partner Score</em>'.
	 * @see org.hjp.workbench.assessment.model.Scoring#getPartnerScore()
	 * @see #getScoring()
	 * @generated
	 */
	EAttribute getScoring_PartnerScore();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.assessment.model.Scoring#isRoundBeforeBanding <em>Round Before Banding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Round Before Banding</em>'.
	 * @see org.hjp.workbench.assessment.model.Scoring#isRoundBeforeBanding()
	 * @see #getScoring()
	 * @generated
	 */
	EAttribute getScoring_RoundBeforeBanding();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.assessment.model.Scoring#getBandMaximum <em>Band Maximum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Band Maximum</em>'.
	 * @see org.hjp.workbench.assessment.model.Scoring#getBandMaximum()
	 * @see #getScoring()
	 * @generated
	 */
	EAttribute getScoring_BandMaximum();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.assessment.model.Scoring#getBetweenBands <em>Between Bands</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Between Bands</em>'.
	 * @see org.hjp.workbench.assessment.model.Scoring#getBetweenBands()
	 * @see #getScoring()
	 * @generated
	 */
	EAttribute getScoring_BetweenBands();

	/**
	 * Returns the meta object for class '{@link org.hjp.workbench.assessment.model.Band <em>Band</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Band</em>'.
	 * @see org.hjp.workbench.assessment.model.Band
	 * @generated
	 */
	EClass getBand();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.assessment.model.Band#getMin <em>Min</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min</em>'.
	 * @see org.hjp.workbench.assessment.model.Band#getMin()
	 * @see #getBand()
	 * @generated
	 */
	EAttribute getBand_Min();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.assessment.model.Band#getMax <em>Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max</em>'.
	 * @see org.hjp.workbench.assessment.model.Band#getMax()
	 * @see #getBand()
	 * @generated
	 */
	EAttribute getBand_Max();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.assessment.model.Band#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.hjp.workbench.assessment.model.Band#getLabel()
	 * @see #getBand()
	 * @generated
	 */
	EAttribute getBand_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.assessment.model.Band#getMeaning <em>Meaning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Meaning</em>'.
	 * @see org.hjp.workbench.assessment.model.Band#getMeaning()
	 * @see #getBand()
	 * @generated
	 */
	EAttribute getBand_Meaning();

	/**
	 * Returns the meta object for class '{@link org.hjp.workbench.assessment.model.AssessmentRound <em>Round</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Round</em>'.
	 * @see org.hjp.workbench.assessment.model.AssessmentRound
	 * @generated
	 */
	EClass getAssessmentRound();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.assessment.model.AssessmentRound#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.hjp.workbench.assessment.model.AssessmentRound#getTitle()
	 * @see #getAssessmentRound()
	 * @generated
	 */
	EAttribute getAssessmentRound_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.assessment.model.AssessmentRound#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.hjp.workbench.assessment.model.AssessmentRound#getDate()
	 * @see #getAssessmentRound()
	 * @generated
	 */
	EAttribute getAssessmentRound_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.assessment.model.AssessmentRound#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.hjp.workbench.assessment.model.AssessmentRound#getNotes()
	 * @see #getAssessmentRound()
	 * @generated
	 */
	EAttribute getAssessmentRound_Notes();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.assessment.model.AssessmentRound#getInstrumentBundle <em>Instrument Bundle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Instrument Bundle</em>'.
	 * @see org.hjp.workbench.assessment.model.AssessmentRound#getInstrumentBundle()
	 * @see #getAssessmentRound()
	 * @generated
	 */
	EAttribute getAssessmentRound_InstrumentBundle();

	/**
	 * Returns the meta object for the containment reference '{@link org.hjp.workbench.assessment.model.AssessmentRound#getInstrument <em>Instrument</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Instrument</em>'.
	 * @see org.hjp.workbench.assessment.model.AssessmentRound#getInstrument()
	 * @see #getAssessmentRound()
	 * @generated
	 */
	EReference getAssessmentRound_Instrument();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hjp.workbench.assessment.model.AssessmentRound#getRespondents <em>Respondents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Respondents</em>'.
	 * @see org.hjp.workbench.assessment.model.AssessmentRound#getRespondents()
	 * @see #getAssessmentRound()
	 * @generated
	 */
	EReference getAssessmentRound_Respondents();

	/**
	 * Returns the meta object for class '{@link org.hjp.workbench.assessment.model.Respondent <em>Respondent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Respondent</em>'.
	 * @see org.hjp.workbench.assessment.model.Respondent
	 * @generated
	 */
	EClass getRespondent();

	/**
	 * Returns the meta object for the reference '{@link org.hjp.workbench.assessment.model.Respondent#getOrganisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Organisation</em>'.
	 * @see org.hjp.workbench.assessment.model.Respondent#getOrganisation()
	 * @see #getRespondent()
	 * @generated
	 */
	EReference getRespondent_Organisation();

	/**
	 * Returns the meta object for the reference '{@link org.hjp.workbench.assessment.model.Respondent#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Person</em>'.
	 * @see org.hjp.workbench.assessment.model.Respondent#getPerson()
	 * @see #getRespondent()
	 * @generated
	 */
	EReference getRespondent_Person();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.assessment.model.Respondent#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.hjp.workbench.assessment.model.Respondent#getLabel()
	 * @see #getRespondent()
	 * @generated
	 */
	EAttribute getRespondent_Label();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hjp.workbench.assessment.model.Respondent#getAnswers <em>Answers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Answers</em>'.
	 * @see org.hjp.workbench.assessment.model.Respondent#getAnswers()
	 * @see #getRespondent()
	 * @generated
	 */
	EReference getRespondent_Answers();

	/**
	 * Returns the meta object for class '{@link org.hjp.workbench.assessment.model.Answer <em>Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Answer</em>'.
	 * @see org.hjp.workbench.assessment.model.Answer
	 * @generated
	 */
	EClass getAnswer();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.assessment.model.Answer#getItem <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Item</em>'.
	 * @see org.hjp.workbench.assessment.model.Answer#getItem()
	 * @see #getAnswer()
	 * @generated
	 */
	EAttribute getAnswer_Item();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.assessment.model.Answer#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.hjp.workbench.assessment.model.Answer#getKind()
	 * @see #getAnswer()
	 * @generated
	 */
	EAttribute getAnswer_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.assessment.model.Answer#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.hjp.workbench.assessment.model.Answer#getValue()
	 * @see #getAnswer()
	 * @generated
	 */
	EAttribute getAnswer_Value();

	/**
	 * Returns the meta object for enum '{@link org.hjp.workbench.assessment.model.ScoreMethod <em>Score Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Score Method</em>'.
	 * @see org.hjp.workbench.assessment.model.ScoreMethod
	 * @generated
	 */
	EEnum getScoreMethod();

	/**
	 * Returns the meta object for enum '{@link org.hjp.workbench.assessment.model.MissingPolicy <em>Missing Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Missing Policy</em>'.
	 * @see org.hjp.workbench.assessment.model.MissingPolicy
	 * @generated
	 */
	EEnum getMissingPolicy();

	/**
	 * Returns the meta object for enum '{@link org.hjp.workbench.assessment.model.PartnerScore <em>Partner Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Partner Score</em>'.
	 * @see org.hjp.workbench.assessment.model.PartnerScore
	 * @generated
	 */
	EEnum getPartnerScore();

	/**
	 * Returns the meta object for enum '{@link org.hjp.workbench.assessment.model.BandMaximum <em>Band Maximum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Band Maximum</em>'.
	 * @see org.hjp.workbench.assessment.model.BandMaximum
	 * @generated
	 */
	EEnum getBandMaximum();

	/**
	 * Returns the meta object for enum '{@link org.hjp.workbench.assessment.model.BetweenBands <em>Between Bands</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Between Bands</em>'.
	 * @see org.hjp.workbench.assessment.model.BetweenBands
	 * @generated
	 */
	EEnum getBetweenBands();

	/**
	 * Returns the meta object for enum '{@link org.hjp.workbench.assessment.model.AnswerKind <em>Answer Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Answer Kind</em>'.
	 * @see org.hjp.workbench.assessment.model.AnswerKind
	 * @generated
	 */
	EEnum getAnswerKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	AssessmentFactory getAssessmentFactory();

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
		 * The meta object literal for the '{@link org.hjp.workbench.assessment.model.impl.InstrumentImpl <em>Instrument</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.assessment.model.impl.InstrumentImpl
		 * @see org.hjp.workbench.assessment.model.impl.AssessmentPackageImpl#getInstrument()
		 * @generated
		 */
		EClass INSTRUMENT = eINSTANCE.getInstrument();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT__ID = eINSTANCE.getInstrument_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT__NAME = eINSTANCE.getInstrument_Name();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT__VERSION = eINSTANCE.getInstrument_Version();

		/**
		 * The meta object literal for the '<em><b>Publisher</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT__PUBLISHER = eINSTANCE.getInstrument_Publisher();

		/**
		 * The meta object literal for the '<em><b>Instructions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT__INSTRUCTIONS = eINSTANCE.getInstrument_Instructions();

		/**
		 * The meta object literal for the '<em><b>Disagreement Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT__DISAGREEMENT_THRESHOLD = eINSTANCE.getInstrument_DisagreementThreshold();

		/**
		 * The meta object literal for the '<em><b>Scoring Hook</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT__SCORING_HOOK = eINSTANCE.getInstrument_ScoringHook();

		/**
		 * The meta object literal for the '<em><b>Scales</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUMENT__SCALES = eINSTANCE.getInstrument_Scales();

		/**
		 * The meta object literal for the '<em><b>Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUMENT__GROUPS = eINSTANCE.getInstrument_Groups();

		/**
		 * The meta object literal for the '<em><b>Domains</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUMENT__DOMAINS = eINSTANCE.getInstrument_Domains();

		/**
		 * The meta object literal for the '<em><b>Scoring</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUMENT__SCORING = eINSTANCE.getInstrument_Scoring();

		/**
		 * The meta object literal for the '<em><b>Bands</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUMENT__BANDS = eINSTANCE.getInstrument_Bands();

		/**
		 * The meta object literal for the '<em><b>Domain Bands</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUMENT__DOMAIN_BANDS = eINSTANCE.getInstrument_DomainBands();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.assessment.model.impl.DomainGroupImpl <em>Domain Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.assessment.model.impl.DomainGroupImpl
		 * @see org.hjp.workbench.assessment.model.impl.AssessmentPackageImpl#getDomainGroup()
		 * @generated
		 */
		EClass DOMAIN_GROUP = eINSTANCE.getDomainGroup();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN_GROUP__ID = eINSTANCE.getDomainGroup_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN_GROUP__NAME = eINSTANCE.getDomainGroup_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN_GROUP__DESCRIPTION = eINSTANCE.getDomainGroup_Description();

		/**
		 * The meta object literal for the '<em><b>Bands</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOMAIN_GROUP__BANDS = eINSTANCE.getDomainGroup_Bands();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.assessment.model.impl.ResponseScaleImpl <em>Response Scale</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.assessment.model.impl.ResponseScaleImpl
		 * @see org.hjp.workbench.assessment.model.impl.AssessmentPackageImpl#getResponseScale()
		 * @generated
		 */
		EClass RESPONSE_SCALE = eINSTANCE.getResponseScale();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESPONSE_SCALE__ID = eINSTANCE.getResponseScale_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESPONSE_SCALE__NAME = eINSTANCE.getResponseScale_Name();

		/**
		 * The meta object literal for the '<em><b>Dont Know</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESPONSE_SCALE__DONT_KNOW = eINSTANCE.getResponseScale_DontKnow();

		/**
		 * The meta object literal for the '<em><b>Not Applicable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESPONSE_SCALE__NOT_APPLICABLE = eINSTANCE.getResponseScale_NotApplicable();

		/**
		 * The meta object literal for the '<em><b>Points</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESPONSE_SCALE__POINTS = eINSTANCE.getResponseScale_Points();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.assessment.model.impl.ScalePointImpl <em>Scale Point</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.assessment.model.impl.ScalePointImpl
		 * @see org.hjp.workbench.assessment.model.impl.AssessmentPackageImpl#getScalePoint()
		 * @generated
		 */
		EClass SCALE_POINT = eINSTANCE.getScalePoint();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCALE_POINT__VALUE = eINSTANCE.getScalePoint_Value();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCALE_POINT__LABEL = eINSTANCE.getScalePoint_Label();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.assessment.model.impl.DomainImpl <em>Domain</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.assessment.model.impl.DomainImpl
		 * @see org.hjp.workbench.assessment.model.impl.AssessmentPackageImpl#getDomain()
		 * @generated
		 */
		EClass DOMAIN = eINSTANCE.getDomain();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__ID = eINSTANCE.getDomain_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__NAME = eINSTANCE.getDomain_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__DESCRIPTION = eINSTANCE.getDomain_Description();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__GROUP = eINSTANCE.getDomain_Group();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOMAIN__ITEMS = eINSTANCE.getDomain_Items();

		/**
		 * The meta object literal for the '<em><b>Bands</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOMAIN__BANDS = eINSTANCE.getDomain_Bands();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.assessment.model.impl.ItemImpl <em>Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.assessment.model.impl.ItemImpl
		 * @see org.hjp.workbench.assessment.model.impl.AssessmentPackageImpl#getItem()
		 * @generated
		 */
		EClass ITEM = eINSTANCE.getItem();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__ID = eINSTANCE.getItem_Id();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__TEXT = eINSTANCE.getItem_Text();

		/**
		 * The meta object literal for the '<em><b>Reverse</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__REVERSE = eINSTANCE.getItem_Reverse();

		/**
		 * The meta object literal for the '<em><b>Scale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__SCALE = eINSTANCE.getItem_Scale();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.assessment.model.impl.ScoringImpl <em>Scoring</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.assessment.model.impl.ScoringImpl
		 * @see org.hjp.workbench.assessment.model.impl.AssessmentPackageImpl#getScoring()
		 * @generated
		 */
		EClass SCORING = eINSTANCE.getScoring();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING__METHOD = eINSTANCE.getScoring_Method();

		/**
		 * The meta object literal for the '<em><b>Missing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING__MISSING = eINSTANCE.getScoring_Missing();

		/**
		 * The meta object literal for the '<em><b>Minimum Answered</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING__MINIMUM_ANSWERED = eINSTANCE.getScoring_MinimumAnswered();

		/**
		 * The meta object literal for the '<em><b>Total</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING__TOTAL = eINSTANCE.getScoring_Total();

		/**
		 * The meta object literal for the '<em><b>Dont Know Answered</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING__DONT_KNOW_ANSWERED = eINSTANCE.getScoring_DontKnowAnswered();

		/**
		 * The meta object literal for the '<em><b>Partner Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING__PARTNER_SCORE = eINSTANCE.getScoring_PartnerScore();

		/**
		 * The meta object literal for the '<em><b>Round Before Banding</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING__ROUND_BEFORE_BANDING = eINSTANCE.getScoring_RoundBeforeBanding();

		/**
		 * The meta object literal for the '<em><b>Band Maximum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING__BAND_MAXIMUM = eINSTANCE.getScoring_BandMaximum();

		/**
		 * The meta object literal for the '<em><b>Between Bands</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING__BETWEEN_BANDS = eINSTANCE.getScoring_BetweenBands();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.assessment.model.impl.BandImpl <em>Band</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.assessment.model.impl.BandImpl
		 * @see org.hjp.workbench.assessment.model.impl.AssessmentPackageImpl#getBand()
		 * @generated
		 */
		EClass BAND = eINSTANCE.getBand();

		/**
		 * The meta object literal for the '<em><b>Min</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BAND__MIN = eINSTANCE.getBand_Min();

		/**
		 * The meta object literal for the '<em><b>Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BAND__MAX = eINSTANCE.getBand_Max();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BAND__LABEL = eINSTANCE.getBand_Label();

		/**
		 * The meta object literal for the '<em><b>Meaning</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BAND__MEANING = eINSTANCE.getBand_Meaning();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.assessment.model.impl.AssessmentRoundImpl <em>Round</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.assessment.model.impl.AssessmentRoundImpl
		 * @see org.hjp.workbench.assessment.model.impl.AssessmentPackageImpl#getAssessmentRound()
		 * @generated
		 */
		EClass ASSESSMENT_ROUND = eINSTANCE.getAssessmentRound();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT_ROUND__TITLE = eINSTANCE.getAssessmentRound_Title();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT_ROUND__DATE = eINSTANCE.getAssessmentRound_Date();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT_ROUND__NOTES = eINSTANCE.getAssessmentRound_Notes();

		/**
		 * The meta object literal for the '<em><b>Instrument Bundle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT_ROUND__INSTRUMENT_BUNDLE = eINSTANCE.getAssessmentRound_InstrumentBundle();

		/**
		 * The meta object literal for the '<em><b>Instrument</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT_ROUND__INSTRUMENT = eINSTANCE.getAssessmentRound_Instrument();

		/**
		 * The meta object literal for the '<em><b>Respondents</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT_ROUND__RESPONDENTS = eINSTANCE.getAssessmentRound_Respondents();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.assessment.model.impl.RespondentImpl <em>Respondent</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.assessment.model.impl.RespondentImpl
		 * @see org.hjp.workbench.assessment.model.impl.AssessmentPackageImpl#getRespondent()
		 * @generated
		 */
		EClass RESPONDENT = eINSTANCE.getRespondent();

		/**
		 * The meta object literal for the '<em><b>Organisation</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESPONDENT__ORGANISATION = eINSTANCE.getRespondent_Organisation();

		/**
		 * The meta object literal for the '<em><b>Person</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESPONDENT__PERSON = eINSTANCE.getRespondent_Person();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESPONDENT__LABEL = eINSTANCE.getRespondent_Label();

		/**
		 * The meta object literal for the '<em><b>Answers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESPONDENT__ANSWERS = eINSTANCE.getRespondent_Answers();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.assessment.model.impl.AnswerImpl <em>Answer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.assessment.model.impl.AnswerImpl
		 * @see org.hjp.workbench.assessment.model.impl.AssessmentPackageImpl#getAnswer()
		 * @generated
		 */
		EClass ANSWER = eINSTANCE.getAnswer();

		/**
		 * The meta object literal for the '<em><b>Item</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER__ITEM = eINSTANCE.getAnswer_Item();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER__KIND = eINSTANCE.getAnswer_Kind();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER__VALUE = eINSTANCE.getAnswer_Value();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.assessment.model.ScoreMethod <em>Score Method</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.assessment.model.ScoreMethod
		 * @see org.hjp.workbench.assessment.model.impl.AssessmentPackageImpl#getScoreMethod()
		 * @generated
		 */
		EEnum SCORE_METHOD = eINSTANCE.getScoreMethod();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.assessment.model.MissingPolicy <em>Missing Policy</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.assessment.model.MissingPolicy
		 * @see org.hjp.workbench.assessment.model.impl.AssessmentPackageImpl#getMissingPolicy()
		 * @generated
		 */
		EEnum MISSING_POLICY = eINSTANCE.getMissingPolicy();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.assessment.model.PartnerScore <em>Partner Score</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.assessment.model.PartnerScore
		 * @see org.hjp.workbench.assessment.model.impl.AssessmentPackageImpl#getPartnerScore()
		 * @generated
		 */
		EEnum PARTNER_SCORE = eINSTANCE.getPartnerScore();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.assessment.model.BandMaximum <em>Band Maximum</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.assessment.model.BandMaximum
		 * @see org.hjp.workbench.assessment.model.impl.AssessmentPackageImpl#getBandMaximum()
		 * @generated
		 */
		EEnum BAND_MAXIMUM = eINSTANCE.getBandMaximum();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.assessment.model.BetweenBands <em>Between Bands</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.assessment.model.BetweenBands
		 * @see org.hjp.workbench.assessment.model.impl.AssessmentPackageImpl#getBetweenBands()
		 * @generated
		 */
		EEnum BETWEEN_BANDS = eINSTANCE.getBetweenBands();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.assessment.model.AnswerKind <em>Answer Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.assessment.model.AnswerKind
		 * @see org.hjp.workbench.assessment.model.impl.AssessmentPackageImpl#getAnswerKind()
		 * @generated
		 */
		EEnum ANSWER_KIND = eINSTANCE.getAnswerKind();

	}

} //AssessmentPackage
