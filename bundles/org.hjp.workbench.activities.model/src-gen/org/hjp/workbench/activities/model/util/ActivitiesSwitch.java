/**
 */
package org.hjp.workbench.activities.model.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.hjp.workbench.activities.model.*;

import org.hjp.workbench.model.PartnershipExtension;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.hjp.workbench.activities.model.ActivitiesPackage
 * @generated
 */
public class ActivitiesSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static ActivitiesPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ActivitiesSwitch() {
		if (modelPackage == null) {
			modelPackage = ActivitiesPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case ActivitiesPackage.ACTIVITY_PLAN: {
				ActivityPlan activityPlan = (ActivityPlan)theEObject;
				T result = caseActivityPlan(activityPlan);
				if (result == null) result = casePartnershipExtension(activityPlan);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ActivitiesPackage.ACTIVITY: {
				Activity activity = (Activity)theEObject;
				T result = caseActivity(activity);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ActivitiesPackage.EMBEDDED_LEGAL_HELP: {
				EmbeddedLegalHelp embeddedLegalHelp = (EmbeddedLegalHelp)theEObject;
				T result = caseEmbeddedLegalHelp(embeddedLegalHelp);
				if (result == null) result = caseActivity(embeddedLegalHelp);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ActivitiesPackage.REFERRAL_PATHWAY: {
				ReferralPathway referralPathway = (ReferralPathway)theEObject;
				T result = caseReferralPathway(referralPathway);
				if (result == null) result = caseActivity(referralPathway);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ActivitiesPackage.TRAINING: {
				Training training = (Training)theEObject;
				T result = caseTraining(training);
				if (result == null) result = caseActivity(training);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ActivitiesPackage.TRAINING_SESSION: {
				TrainingSession trainingSession = (TrainingSession)theEObject;
				T result = caseTrainingSession(trainingSession);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ActivitiesPackage.SECONDARY_CONSULTATION: {
				SecondaryConsultation secondaryConsultation = (SecondaryConsultation)theEObject;
				T result = caseSecondaryConsultation(secondaryConsultation);
				if (result == null) result = caseActivity(secondaryConsultation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ActivitiesPackage.CARE_COORDINATION: {
				CareCoordination careCoordination = (CareCoordination)theEObject;
				T result = caseCareCoordination(careCoordination);
				if (result == null) result = caseActivity(careCoordination);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ActivitiesPackage.SYSTEMIC_ADVOCACY: {
				SystemicAdvocacy systemicAdvocacy = (SystemicAdvocacy)theEObject;
				T result = caseSystemicAdvocacy(systemicAdvocacy);
				if (result == null) result = caseActivity(systemicAdvocacy);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Activity Plan</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Activity Plan</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseActivityPlan(ActivityPlan object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Activity</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Activity</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseActivity(Activity object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Embedded Legal Help</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Embedded Legal Help</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEmbeddedLegalHelp(EmbeddedLegalHelp object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Referral Pathway</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Referral Pathway</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseReferralPathway(ReferralPathway object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Training</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Training</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTraining(Training object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Training Session</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Training Session</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTrainingSession(TrainingSession object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Secondary Consultation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Secondary Consultation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSecondaryConsultation(SecondaryConsultation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Care Coordination</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Care Coordination</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCareCoordination(CareCoordination object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Systemic Advocacy</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Systemic Advocacy</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSystemicAdvocacy(SystemicAdvocacy object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Extension</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Extension</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePartnershipExtension(PartnershipExtension object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //ActivitiesSwitch
