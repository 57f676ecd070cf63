/**
 */
package org.hjp.workbench.learning.model;

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
 * @see org.hjp.workbench.learning.model.LearningFactory
 * @model kind="package"
 * @generated
 */
public interface LearningPackage extends EPackage {
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
	String eNS_URI = "http://hjp-workbench.org/model/learning/1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "learning";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	LearningPackage eINSTANCE = org.hjp.workbench.learning.model.impl.LearningPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.hjp.workbench.learning.model.impl.LearningPlanImpl <em>Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.learning.model.impl.LearningPlanImpl
	 * @see org.hjp.workbench.learning.model.impl.LearningPackageImpl#getLearningPlan()
	 * @generated
	 */
	int LEARNING_PLAN = 0;

	/**
	 * The feature id for the '<em><b>Measures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_PLAN__MEASURES = PartnershipPackage.PARTNERSHIP_EXTENSION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Reviews</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_PLAN__REVIEWS = PartnershipPackage.PARTNERSHIP_EXTENSION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Change Strategies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_PLAN__CHANGE_STRATEGIES = PartnershipPackage.PARTNERSHIP_EXTENSION_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Assessment Rounds</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_PLAN__ASSESSMENT_ROUNDS = PartnershipPackage.PARTNERSHIP_EXTENSION_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_PLAN_FEATURE_COUNT = PartnershipPackage.PARTNERSHIP_EXTENSION_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_PLAN_OPERATION_COUNT = PartnershipPackage.PARTNERSHIP_EXTENSION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.learning.model.impl.MeasureImpl <em>Measure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.learning.model.impl.MeasureImpl
	 * @see org.hjp.workbench.learning.model.impl.LearningPackageImpl#getMeasure()
	 * @generated
	 */
	int MEASURE = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__PURPOSE = 2;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__UNIT = 3;

	/**
	 * The feature id for the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__BASELINE = 4;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__TARGET = 5;

	/**
	 * The feature id for the '<em><b>Collected By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__COLLECTED_BY = 6;

	/**
	 * The feature id for the '<em><b>Need</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__NEED = 7;

	/**
	 * The feature id for the '<em><b>Activity</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__ACTIVITY = 8;

	/**
	 * The feature id for the '<em><b>Data Points</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__DATA_POINTS = 9;

	/**
	 * The number of structural features of the '<em>Measure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Measure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.learning.model.impl.DataPointImpl <em>Data Point</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.learning.model.impl.DataPointImpl
	 * @see org.hjp.workbench.learning.model.impl.LearningPackageImpl#getDataPoint()
	 * @generated
	 */
	int DATA_POINT = 2;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_POINT__DATE = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_POINT__VALUE = 1;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_POINT__NOTE = 2;

	/**
	 * The number of structural features of the '<em>Data Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_POINT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Data Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_POINT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.learning.model.impl.ReviewImpl <em>Review</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.learning.model.impl.ReviewImpl
	 * @see org.hjp.workbench.learning.model.impl.LearningPackageImpl#getReview()
	 * @generated
	 */
	int REVIEW = 3;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__DATE = 0;

	/**
	 * The feature id for the '<em><b>Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__AREA = 1;

	/**
	 * The feature id for the '<em><b>Findings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__FINDINGS = 2;

	/**
	 * The feature id for the '<em><b>Actions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__ACTIONS = 3;

	/**
	 * The number of structural features of the '<em>Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.learning.model.impl.ChangeStrategyImpl <em>Change Strategy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.learning.model.impl.ChangeStrategyImpl
	 * @see org.hjp.workbench.learning.model.impl.LearningPackageImpl#getChangeStrategy()
	 * @generated
	 */
	int CHANGE_STRATEGY = 4;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_STRATEGY__KIND = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_STRATEGY__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Decided On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_STRATEGY__DECIDED_ON = 2;

	/**
	 * The number of structural features of the '<em>Change Strategy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_STRATEGY_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Change Strategy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_STRATEGY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.learning.model.LearningPurpose <em>Purpose</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.learning.model.LearningPurpose
	 * @see org.hjp.workbench.learning.model.impl.LearningPackageImpl#getLearningPurpose()
	 * @generated
	 */
	int LEARNING_PURPOSE = 5;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.learning.model.ReviewArea <em>Review Area</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.learning.model.ReviewArea
	 * @see org.hjp.workbench.learning.model.impl.LearningPackageImpl#getReviewArea()
	 * @generated
	 */
	int REVIEW_AREA = 6;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.learning.model.ChangeKind <em>Change Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.learning.model.ChangeKind
	 * @see org.hjp.workbench.learning.model.impl.LearningPackageImpl#getChangeKind()
	 * @generated
	 */
	int CHANGE_KIND = 7;


	/**
	 * Returns the meta object for class '{@link org.hjp.workbench.learning.model.LearningPlan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plan</em>'.
	 * @see org.hjp.workbench.learning.model.LearningPlan
	 * @generated
	 */
	EClass getLearningPlan();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hjp.workbench.learning.model.LearningPlan#getMeasures <em>Measures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Measures</em>'.
	 * @see org.hjp.workbench.learning.model.LearningPlan#getMeasures()
	 * @see #getLearningPlan()
	 * @generated
	 */
	EReference getLearningPlan_Measures();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hjp.workbench.learning.model.LearningPlan#getReviews <em>Reviews</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Reviews</em>'.
	 * @see org.hjp.workbench.learning.model.LearningPlan#getReviews()
	 * @see #getLearningPlan()
	 * @generated
	 */
	EReference getLearningPlan_Reviews();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hjp.workbench.learning.model.LearningPlan#getChangeStrategies <em>Change Strategies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Change Strategies</em>'.
	 * @see org.hjp.workbench.learning.model.LearningPlan#getChangeStrategies()
	 * @see #getLearningPlan()
	 * @generated
	 */
	EReference getLearningPlan_ChangeStrategies();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hjp.workbench.learning.model.LearningPlan#getAssessmentRounds <em>Assessment Rounds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Assessment Rounds</em>'.
	 * @see org.hjp.workbench.learning.model.LearningPlan#getAssessmentRounds()
	 * @see #getLearningPlan()
	 * @generated
	 */
	EReference getLearningPlan_AssessmentRounds();

	/**
	 * Returns the meta object for class '{@link org.hjp.workbench.learning.model.Measure <em>Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Measure</em>'.
	 * @see org.hjp.workbench.learning.model.Measure
	 * @generated
	 */
	EClass getMeasure();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.learning.model.Measure#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.hjp.workbench.learning.model.Measure#getName()
	 * @see #getMeasure()
	 * @generated
	 */
	EAttribute getMeasure_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.learning.model.Measure#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.hjp.workbench.learning.model.Measure#getDescription()
	 * @see #getMeasure()
	 * @generated
	 */
	EAttribute getMeasure_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.learning.model.Measure#getPurpose <em>Purpose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Purpose</em>'.
	 * @see org.hjp.workbench.learning.model.Measure#getPurpose()
	 * @see #getMeasure()
	 * @generated
	 */
	EAttribute getMeasure_Purpose();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.learning.model.Measure#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.hjp.workbench.learning.model.Measure#getUnit()
	 * @see #getMeasure()
	 * @generated
	 */
	EAttribute getMeasure_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.learning.model.Measure#getBaseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline</em>'.
	 * @see org.hjp.workbench.learning.model.Measure#getBaseline()
	 * @see #getMeasure()
	 * @generated
	 */
	EAttribute getMeasure_Baseline();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.learning.model.Measure#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.hjp.workbench.learning.model.Measure#getTarget()
	 * @see #getMeasure()
	 * @generated
	 */
	EAttribute getMeasure_Target();

	/**
	 * Returns the meta object for the reference '{@link org.hjp.workbench.learning.model.Measure#getCollectedBy <em>Collected By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Collected By</em>'.
	 * @see org.hjp.workbench.learning.model.Measure#getCollectedBy()
	 * @see #getMeasure()
	 * @generated
	 */
	EReference getMeasure_CollectedBy();

	/**
	 * Returns the meta object for the reference '{@link org.hjp.workbench.learning.model.Measure#getNeed <em>Need</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Need</em>'.
	 * @see org.hjp.workbench.learning.model.Measure#getNeed()
	 * @see #getMeasure()
	 * @generated
	 */
	EReference getMeasure_Need();

	/**
	 * Returns the meta object for the reference '{@link org.hjp.workbench.learning.model.Measure#getActivity <em>Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Activity</em>'.
	 * @see org.hjp.workbench.learning.model.Measure#getActivity()
	 * @see #getMeasure()
	 * @generated
	 */
	EReference getMeasure_Activity();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hjp.workbench.learning.model.Measure#getDataPoints <em>Data Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Data Points</em>'.
	 * @see org.hjp.workbench.learning.model.Measure#getDataPoints()
	 * @see #getMeasure()
	 * @generated
	 */
	EReference getMeasure_DataPoints();

	/**
	 * Returns the meta object for class '{@link org.hjp.workbench.learning.model.DataPoint <em>Data Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Data Point</em>'.
	 * @see org.hjp.workbench.learning.model.DataPoint
	 * @generated
	 */
	EClass getDataPoint();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.learning.model.DataPoint#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.hjp.workbench.learning.model.DataPoint#getDate()
	 * @see #getDataPoint()
	 * @generated
	 */
	EAttribute getDataPoint_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.learning.model.DataPoint#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.hjp.workbench.learning.model.DataPoint#getValue()
	 * @see #getDataPoint()
	 * @generated
	 */
	EAttribute getDataPoint_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.learning.model.DataPoint#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.hjp.workbench.learning.model.DataPoint#getNote()
	 * @see #getDataPoint()
	 * @generated
	 */
	EAttribute getDataPoint_Note();

	/**
	 * Returns the meta object for class '{@link org.hjp.workbench.learning.model.Review <em>Review</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Review</em>'.
	 * @see org.hjp.workbench.learning.model.Review
	 * @generated
	 */
	EClass getReview();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.learning.model.Review#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.hjp.workbench.learning.model.Review#getDate()
	 * @see #getReview()
	 * @generated
	 */
	EAttribute getReview_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.learning.model.Review#getArea <em>Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Area</em>'.
	 * @see org.hjp.workbench.learning.model.Review#getArea()
	 * @see #getReview()
	 * @generated
	 */
	EAttribute getReview_Area();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.learning.model.Review#getFindings <em>Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Findings</em>'.
	 * @see org.hjp.workbench.learning.model.Review#getFindings()
	 * @see #getReview()
	 * @generated
	 */
	EAttribute getReview_Findings();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.learning.model.Review#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actions</em>'.
	 * @see org.hjp.workbench.learning.model.Review#getActions()
	 * @see #getReview()
	 * @generated
	 */
	EAttribute getReview_Actions();

	/**
	 * Returns the meta object for class '{@link org.hjp.workbench.learning.model.ChangeStrategy <em>Change Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Change Strategy</em>'.
	 * @see org.hjp.workbench.learning.model.ChangeStrategy
	 * @generated
	 */
	EClass getChangeStrategy();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.learning.model.ChangeStrategy#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.hjp.workbench.learning.model.ChangeStrategy#getKind()
	 * @see #getChangeStrategy()
	 * @generated
	 */
	EAttribute getChangeStrategy_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.learning.model.ChangeStrategy#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.hjp.workbench.learning.model.ChangeStrategy#getDescription()
	 * @see #getChangeStrategy()
	 * @generated
	 */
	EAttribute getChangeStrategy_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.learning.model.ChangeStrategy#getDecidedOn <em>Decided On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decided On</em>'.
	 * @see org.hjp.workbench.learning.model.ChangeStrategy#getDecidedOn()
	 * @see #getChangeStrategy()
	 * @generated
	 */
	EAttribute getChangeStrategy_DecidedOn();

	/**
	 * Returns the meta object for enum '{@link org.hjp.workbench.learning.model.LearningPurpose <em>Purpose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Purpose</em>'.
	 * @see org.hjp.workbench.learning.model.LearningPurpose
	 * @generated
	 */
	EEnum getLearningPurpose();

	/**
	 * Returns the meta object for enum '{@link org.hjp.workbench.learning.model.ReviewArea <em>Review Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Review Area</em>'.
	 * @see org.hjp.workbench.learning.model.ReviewArea
	 * @generated
	 */
	EEnum getReviewArea();

	/**
	 * Returns the meta object for enum '{@link org.hjp.workbench.learning.model.ChangeKind <em>Change Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Change Kind</em>'.
	 * @see org.hjp.workbench.learning.model.ChangeKind
	 * @generated
	 */
	EEnum getChangeKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	LearningFactory getLearningFactory();

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
		 * The meta object literal for the '{@link org.hjp.workbench.learning.model.impl.LearningPlanImpl <em>Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.learning.model.impl.LearningPlanImpl
		 * @see org.hjp.workbench.learning.model.impl.LearningPackageImpl#getLearningPlan()
		 * @generated
		 */
		EClass LEARNING_PLAN = eINSTANCE.getLearningPlan();

		/**
		 * The meta object literal for the '<em><b>Measures</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEARNING_PLAN__MEASURES = eINSTANCE.getLearningPlan_Measures();

		/**
		 * The meta object literal for the '<em><b>Reviews</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEARNING_PLAN__REVIEWS = eINSTANCE.getLearningPlan_Reviews();

		/**
		 * The meta object literal for the '<em><b>Change Strategies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEARNING_PLAN__CHANGE_STRATEGIES = eINSTANCE.getLearningPlan_ChangeStrategies();

		/**
		 * The meta object literal for the '<em><b>Assessment Rounds</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEARNING_PLAN__ASSESSMENT_ROUNDS = eINSTANCE.getLearningPlan_AssessmentRounds();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.learning.model.impl.MeasureImpl <em>Measure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.learning.model.impl.MeasureImpl
		 * @see org.hjp.workbench.learning.model.impl.LearningPackageImpl#getMeasure()
		 * @generated
		 */
		EClass MEASURE = eINSTANCE.getMeasure();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE__NAME = eINSTANCE.getMeasure_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE__DESCRIPTION = eINSTANCE.getMeasure_Description();

		/**
		 * The meta object literal for the '<em><b>Purpose</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE__PURPOSE = eINSTANCE.getMeasure_Purpose();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE__UNIT = eINSTANCE.getMeasure_Unit();

		/**
		 * The meta object literal for the '<em><b>Baseline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE__BASELINE = eINSTANCE.getMeasure_Baseline();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE__TARGET = eINSTANCE.getMeasure_Target();

		/**
		 * The meta object literal for the '<em><b>Collected By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASURE__COLLECTED_BY = eINSTANCE.getMeasure_CollectedBy();

		/**
		 * The meta object literal for the '<em><b>Need</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASURE__NEED = eINSTANCE.getMeasure_Need();

		/**
		 * The meta object literal for the '<em><b>Activity</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASURE__ACTIVITY = eINSTANCE.getMeasure_Activity();

		/**
		 * The meta object literal for the '<em><b>Data Points</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASURE__DATA_POINTS = eINSTANCE.getMeasure_DataPoints();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.learning.model.impl.DataPointImpl <em>Data Point</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.learning.model.impl.DataPointImpl
		 * @see org.hjp.workbench.learning.model.impl.LearningPackageImpl#getDataPoint()
		 * @generated
		 */
		EClass DATA_POINT = eINSTANCE.getDataPoint();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_POINT__DATE = eINSTANCE.getDataPoint_Date();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_POINT__VALUE = eINSTANCE.getDataPoint_Value();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_POINT__NOTE = eINSTANCE.getDataPoint_Note();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.learning.model.impl.ReviewImpl <em>Review</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.learning.model.impl.ReviewImpl
		 * @see org.hjp.workbench.learning.model.impl.LearningPackageImpl#getReview()
		 * @generated
		 */
		EClass REVIEW = eINSTANCE.getReview();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW__DATE = eINSTANCE.getReview_Date();

		/**
		 * The meta object literal for the '<em><b>Area</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW__AREA = eINSTANCE.getReview_Area();

		/**
		 * The meta object literal for the '<em><b>Findings</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW__FINDINGS = eINSTANCE.getReview_Findings();

		/**
		 * The meta object literal for the '<em><b>Actions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW__ACTIONS = eINSTANCE.getReview_Actions();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.learning.model.impl.ChangeStrategyImpl <em>Change Strategy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.learning.model.impl.ChangeStrategyImpl
		 * @see org.hjp.workbench.learning.model.impl.LearningPackageImpl#getChangeStrategy()
		 * @generated
		 */
		EClass CHANGE_STRATEGY = eINSTANCE.getChangeStrategy();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANGE_STRATEGY__KIND = eINSTANCE.getChangeStrategy_Kind();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANGE_STRATEGY__DESCRIPTION = eINSTANCE.getChangeStrategy_Description();

		/**
		 * The meta object literal for the '<em><b>Decided On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANGE_STRATEGY__DECIDED_ON = eINSTANCE.getChangeStrategy_DecidedOn();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.learning.model.LearningPurpose <em>Purpose</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.learning.model.LearningPurpose
		 * @see org.hjp.workbench.learning.model.impl.LearningPackageImpl#getLearningPurpose()
		 * @generated
		 */
		EEnum LEARNING_PURPOSE = eINSTANCE.getLearningPurpose();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.learning.model.ReviewArea <em>Review Area</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.learning.model.ReviewArea
		 * @see org.hjp.workbench.learning.model.impl.LearningPackageImpl#getReviewArea()
		 * @generated
		 */
		EEnum REVIEW_AREA = eINSTANCE.getReviewArea();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.learning.model.ChangeKind <em>Change Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.learning.model.ChangeKind
		 * @see org.hjp.workbench.learning.model.impl.LearningPackageImpl#getChangeKind()
		 * @generated
		 */
		EEnum CHANGE_KIND = eINSTANCE.getChangeKind();

	}

} //LearningPackage
