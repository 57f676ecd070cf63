/**
 */
package org.hjp.workbench.activities.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.hjp.workbench.activities.model.*;

import org.hjp.workbench.model.PartnershipExtension;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.hjp.workbench.activities.model.ActivitiesPackage
 * @generated
 */
public class ActivitiesAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static ActivitiesPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ActivitiesAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = ActivitiesPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ActivitiesSwitch<Adapter> modelSwitch =
		new ActivitiesSwitch<Adapter>() {
			@Override
			public Adapter caseActivityPlan(ActivityPlan object) {
				return createActivityPlanAdapter();
			}
			@Override
			public Adapter caseActivity(Activity object) {
				return createActivityAdapter();
			}
			@Override
			public Adapter caseEmbeddedLegalHelp(EmbeddedLegalHelp object) {
				return createEmbeddedLegalHelpAdapter();
			}
			@Override
			public Adapter caseReferralPathway(ReferralPathway object) {
				return createReferralPathwayAdapter();
			}
			@Override
			public Adapter caseTraining(Training object) {
				return createTrainingAdapter();
			}
			@Override
			public Adapter caseTrainingSession(TrainingSession object) {
				return createTrainingSessionAdapter();
			}
			@Override
			public Adapter caseSecondaryConsultation(SecondaryConsultation object) {
				return createSecondaryConsultationAdapter();
			}
			@Override
			public Adapter caseCareCoordination(CareCoordination object) {
				return createCareCoordinationAdapter();
			}
			@Override
			public Adapter caseSystemicAdvocacy(SystemicAdvocacy object) {
				return createSystemicAdvocacyAdapter();
			}
			@Override
			public Adapter casePartnershipExtension(PartnershipExtension object) {
				return createPartnershipExtensionAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.hjp.workbench.activities.model.ActivityPlan <em>Activity Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hjp.workbench.activities.model.ActivityPlan
	 * @generated
	 */
	public Adapter createActivityPlanAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hjp.workbench.activities.model.Activity <em>Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hjp.workbench.activities.model.Activity
	 * @generated
	 */
	public Adapter createActivityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hjp.workbench.activities.model.EmbeddedLegalHelp <em>Embedded Legal Help</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hjp.workbench.activities.model.EmbeddedLegalHelp
	 * @generated
	 */
	public Adapter createEmbeddedLegalHelpAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hjp.workbench.activities.model.ReferralPathway <em>Referral Pathway</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hjp.workbench.activities.model.ReferralPathway
	 * @generated
	 */
	public Adapter createReferralPathwayAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hjp.workbench.activities.model.Training <em>Training</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hjp.workbench.activities.model.Training
	 * @generated
	 */
	public Adapter createTrainingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hjp.workbench.activities.model.TrainingSession <em>Training Session</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hjp.workbench.activities.model.TrainingSession
	 * @generated
	 */
	public Adapter createTrainingSessionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hjp.workbench.activities.model.SecondaryConsultation <em>Secondary Consultation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hjp.workbench.activities.model.SecondaryConsultation
	 * @generated
	 */
	public Adapter createSecondaryConsultationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hjp.workbench.activities.model.CareCoordination <em>Care Coordination</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hjp.workbench.activities.model.CareCoordination
	 * @generated
	 */
	public Adapter createCareCoordinationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hjp.workbench.activities.model.SystemicAdvocacy <em>Systemic Advocacy</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hjp.workbench.activities.model.SystemicAdvocacy
	 * @generated
	 */
	public Adapter createSystemicAdvocacyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hjp.workbench.model.PartnershipExtension <em>Extension</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hjp.workbench.model.PartnershipExtension
	 * @generated
	 */
	public Adapter createPartnershipExtensionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //ActivitiesAdapterFactory
