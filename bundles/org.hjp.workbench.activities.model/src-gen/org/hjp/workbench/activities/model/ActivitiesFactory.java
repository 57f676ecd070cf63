/**
 */
package org.hjp.workbench.activities.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.hjp.workbench.activities.model.ActivitiesPackage
 * @generated
 */
public interface ActivitiesFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ActivitiesFactory eINSTANCE = org.hjp.workbench.activities.model.impl.ActivitiesFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Activity Plan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Activity Plan</em>'.
	 * @generated
	 */
	ActivityPlan createActivityPlan();

	/**
	 * Returns a new object of class '<em>Embedded Legal Help</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Embedded Legal Help</em>'.
	 * @generated
	 */
	EmbeddedLegalHelp createEmbeddedLegalHelp();

	/**
	 * Returns a new object of class '<em>Referral Pathway</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Referral Pathway</em>'.
	 * @generated
	 */
	ReferralPathway createReferralPathway();

	/**
	 * Returns a new object of class '<em>Training</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Training</em>'.
	 * @generated
	 */
	Training createTraining();

	/**
	 * Returns a new object of class '<em>Training Session</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Training Session</em>'.
	 * @generated
	 */
	TrainingSession createTrainingSession();

	/**
	 * Returns a new object of class '<em>Secondary Consultation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Secondary Consultation</em>'.
	 * @generated
	 */
	SecondaryConsultation createSecondaryConsultation();

	/**
	 * Returns a new object of class '<em>Care Coordination</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Care Coordination</em>'.
	 * @generated
	 */
	CareCoordination createCareCoordination();

	/**
	 * Returns a new object of class '<em>Systemic Advocacy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Systemic Advocacy</em>'.
	 * @generated
	 */
	SystemicAdvocacy createSystemicAdvocacy();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	ActivitiesPackage getActivitiesPackage();

} //ActivitiesFactory
