/**
 */
package org.hjp.workbench.learning.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.hjp.workbench.assessment.model.AssessmentRound;

import org.hjp.workbench.learning.model.ChangeStrategy;
import org.hjp.workbench.learning.model.LearningPackage;
import org.hjp.workbench.learning.model.LearningPlan;
import org.hjp.workbench.learning.model.Measure;
import org.hjp.workbench.learning.model.Review;

import org.hjp.workbench.model.impl.PartnershipExtensionImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.learning.model.impl.LearningPlanImpl#getMeasures <em>Measures</em>}</li>
 *   <li>{@link org.hjp.workbench.learning.model.impl.LearningPlanImpl#getReviews <em>Reviews</em>}</li>
 *   <li>{@link org.hjp.workbench.learning.model.impl.LearningPlanImpl#getChangeStrategies <em>Change Strategies</em>}</li>
 *   <li>{@link org.hjp.workbench.learning.model.impl.LearningPlanImpl#getAssessmentRounds <em>Assessment Rounds</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LearningPlanImpl extends PartnershipExtensionImpl implements LearningPlan {
	/**
	 * The cached value of the '{@link #getMeasures() <em>Measures</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasures()
	 * @generated
	 * @ordered
	 */
	protected EList<Measure> measures;

	/**
	 * The cached value of the '{@link #getReviews() <em>Reviews</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviews()
	 * @generated
	 * @ordered
	 */
	protected EList<Review> reviews;

	/**
	 * The cached value of the '{@link #getChangeStrategies() <em>Change Strategies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChangeStrategies()
	 * @generated
	 * @ordered
	 */
	protected EList<ChangeStrategy> changeStrategies;

	/**
	 * The cached value of the '{@link #getAssessmentRounds() <em>Assessment Rounds</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessmentRounds()
	 * @generated
	 * @ordered
	 */
	protected EList<AssessmentRound> assessmentRounds;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LearningPlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LearningPackage.Literals.LEARNING_PLAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Measure> getMeasures() {
		if (measures == null) {
			measures = new EObjectContainmentEList<Measure>(Measure.class, this, LearningPackage.LEARNING_PLAN__MEASURES);
		}
		return measures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Review> getReviews() {
		if (reviews == null) {
			reviews = new EObjectContainmentEList<Review>(Review.class, this, LearningPackage.LEARNING_PLAN__REVIEWS);
		}
		return reviews;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ChangeStrategy> getChangeStrategies() {
		if (changeStrategies == null) {
			changeStrategies = new EObjectContainmentEList<ChangeStrategy>(ChangeStrategy.class, this, LearningPackage.LEARNING_PLAN__CHANGE_STRATEGIES);
		}
		return changeStrategies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AssessmentRound> getAssessmentRounds() {
		if (assessmentRounds == null) {
			assessmentRounds = new EObjectContainmentEList<AssessmentRound>(AssessmentRound.class, this, LearningPackage.LEARNING_PLAN__ASSESSMENT_ROUNDS);
		}
		return assessmentRounds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LearningPackage.LEARNING_PLAN__MEASURES:
				return ((InternalEList<?>)getMeasures()).basicRemove(otherEnd, msgs);
			case LearningPackage.LEARNING_PLAN__REVIEWS:
				return ((InternalEList<?>)getReviews()).basicRemove(otherEnd, msgs);
			case LearningPackage.LEARNING_PLAN__CHANGE_STRATEGIES:
				return ((InternalEList<?>)getChangeStrategies()).basicRemove(otherEnd, msgs);
			case LearningPackage.LEARNING_PLAN__ASSESSMENT_ROUNDS:
				return ((InternalEList<?>)getAssessmentRounds()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LearningPackage.LEARNING_PLAN__MEASURES:
				return getMeasures();
			case LearningPackage.LEARNING_PLAN__REVIEWS:
				return getReviews();
			case LearningPackage.LEARNING_PLAN__CHANGE_STRATEGIES:
				return getChangeStrategies();
			case LearningPackage.LEARNING_PLAN__ASSESSMENT_ROUNDS:
				return getAssessmentRounds();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case LearningPackage.LEARNING_PLAN__MEASURES:
				getMeasures().clear();
				getMeasures().addAll((Collection<? extends Measure>)newValue);
				return;
			case LearningPackage.LEARNING_PLAN__REVIEWS:
				getReviews().clear();
				getReviews().addAll((Collection<? extends Review>)newValue);
				return;
			case LearningPackage.LEARNING_PLAN__CHANGE_STRATEGIES:
				getChangeStrategies().clear();
				getChangeStrategies().addAll((Collection<? extends ChangeStrategy>)newValue);
				return;
			case LearningPackage.LEARNING_PLAN__ASSESSMENT_ROUNDS:
				getAssessmentRounds().clear();
				getAssessmentRounds().addAll((Collection<? extends AssessmentRound>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case LearningPackage.LEARNING_PLAN__MEASURES:
				getMeasures().clear();
				return;
			case LearningPackage.LEARNING_PLAN__REVIEWS:
				getReviews().clear();
				return;
			case LearningPackage.LEARNING_PLAN__CHANGE_STRATEGIES:
				getChangeStrategies().clear();
				return;
			case LearningPackage.LEARNING_PLAN__ASSESSMENT_ROUNDS:
				getAssessmentRounds().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case LearningPackage.LEARNING_PLAN__MEASURES:
				return measures != null && !measures.isEmpty();
			case LearningPackage.LEARNING_PLAN__REVIEWS:
				return reviews != null && !reviews.isEmpty();
			case LearningPackage.LEARNING_PLAN__CHANGE_STRATEGIES:
				return changeStrategies != null && !changeStrategies.isEmpty();
			case LearningPackage.LEARNING_PLAN__ASSESSMENT_ROUNDS:
				return assessmentRounds != null && !assessmentRounds.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //LearningPlanImpl
