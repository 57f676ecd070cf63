/**
 */
package org.hjp.workbench.learning.model;

import org.eclipse.emf.common.util.EList;

import org.hjp.workbench.assessment.model.AssessmentRound;

import org.hjp.workbench.model.PartnershipExtension;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Stage 4, learning and evolving: measures, reviews and change.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.learning.model.LearningPlan#getMeasures <em>Measures</em>}</li>
 *   <li>{@link org.hjp.workbench.learning.model.LearningPlan#getReviews <em>Reviews</em>}</li>
 *   <li>{@link org.hjp.workbench.learning.model.LearningPlan#getChangeStrategies <em>Change Strategies</em>}</li>
 *   <li>{@link org.hjp.workbench.learning.model.LearningPlan#getAssessmentRounds <em>Assessment Rounds</em>}</li>
 * </ul>
 *
 * @see org.hjp.workbench.learning.model.LearningPackage#getLearningPlan()
 * @model
 * @generated
 */
public interface LearningPlan extends PartnershipExtension {
	/**
	 * Returns the value of the '<em><b>Measures</b></em>' containment reference list.
	 * The list contents are of type {@link org.hjp.workbench.learning.model.Measure}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Measures</em>' containment reference list.
	 * @see org.hjp.workbench.learning.model.LearningPackage#getLearningPlan_Measures()
	 * @model containment="true"
	 * @generated
	 */
	EList<Measure> getMeasures();

	/**
	 * Returns the value of the '<em><b>Reviews</b></em>' containment reference list.
	 * The list contents are of type {@link org.hjp.workbench.learning.model.Review}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviews</em>' containment reference list.
	 * @see org.hjp.workbench.learning.model.LearningPackage#getLearningPlan_Reviews()
	 * @model containment="true"
	 * @generated
	 */
	EList<Review> getReviews();

	/**
	 * Returns the value of the '<em><b>Change Strategies</b></em>' containment reference list.
	 * The list contents are of type {@link org.hjp.workbench.learning.model.ChangeStrategy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Change Strategies</em>' containment reference list.
	 * @see org.hjp.workbench.learning.model.LearningPackage#getLearningPlan_ChangeStrategies()
	 * @model containment="true"
	 * @generated
	 */
	EList<ChangeStrategy> getChangeStrategies();

	/**
	 * Returns the value of the '<em><b>Assessment Rounds</b></em>' containment reference list.
	 * The list contents are of type {@link org.hjp.workbench.assessment.model.AssessmentRound}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The times the partners assessed their partnership with an instrument.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assessment Rounds</em>' containment reference list.
	 * @see org.hjp.workbench.learning.model.LearningPackage#getLearningPlan_AssessmentRounds()
	 * @model containment="true"
	 * @generated
	 */
	EList<AssessmentRound> getAssessmentRounds();

} // LearningPlan
