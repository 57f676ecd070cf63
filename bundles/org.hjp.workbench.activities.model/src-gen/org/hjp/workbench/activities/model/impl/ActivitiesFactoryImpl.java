/**
 */
package org.hjp.workbench.activities.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.hjp.workbench.activities.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ActivitiesFactoryImpl extends EFactoryImpl implements ActivitiesFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static ActivitiesFactory init() {
		try {
			ActivitiesFactory theActivitiesFactory = (ActivitiesFactory)EPackage.Registry.INSTANCE.getEFactory(ActivitiesPackage.eNS_URI);
			if (theActivitiesFactory != null) {
				return theActivitiesFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new ActivitiesFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ActivitiesFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case ActivitiesPackage.ACTIVITY_PLAN: return createActivityPlan();
			case ActivitiesPackage.EMBEDDED_LEGAL_HELP: return createEmbeddedLegalHelp();
			case ActivitiesPackage.REFERRAL_PATHWAY: return createReferralPathway();
			case ActivitiesPackage.TRAINING: return createTraining();
			case ActivitiesPackage.TRAINING_SESSION: return createTrainingSession();
			case ActivitiesPackage.SECONDARY_CONSULTATION: return createSecondaryConsultation();
			case ActivitiesPackage.CARE_COORDINATION: return createCareCoordination();
			case ActivitiesPackage.SYSTEMIC_ADVOCACY: return createSystemicAdvocacy();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case ActivitiesPackage.ACTIVITY_STATUS:
				return createActivityStatusFromString(eDataType, initialValue);
			case ActivitiesPackage.TRAINING_DIRECTION:
				return createTrainingDirectionFromString(eDataType, initialValue);
			case ActivitiesPackage.BUY_IN_STATUS:
				return createBuyInStatusFromString(eDataType, initialValue);
			case ActivitiesPackage.DELIVERY_MODE:
				return createDeliveryModeFromString(eDataType, initialValue);
			case ActivitiesPackage.CONTENT_KIND:
				return createContentKindFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case ActivitiesPackage.ACTIVITY_STATUS:
				return convertActivityStatusToString(eDataType, instanceValue);
			case ActivitiesPackage.TRAINING_DIRECTION:
				return convertTrainingDirectionToString(eDataType, instanceValue);
			case ActivitiesPackage.BUY_IN_STATUS:
				return convertBuyInStatusToString(eDataType, instanceValue);
			case ActivitiesPackage.DELIVERY_MODE:
				return convertDeliveryModeToString(eDataType, instanceValue);
			case ActivitiesPackage.CONTENT_KIND:
				return convertContentKindToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActivityPlan createActivityPlan() {
		ActivityPlanImpl activityPlan = new ActivityPlanImpl();
		return activityPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EmbeddedLegalHelp createEmbeddedLegalHelp() {
		EmbeddedLegalHelpImpl embeddedLegalHelp = new EmbeddedLegalHelpImpl();
		return embeddedLegalHelp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReferralPathway createReferralPathway() {
		ReferralPathwayImpl referralPathway = new ReferralPathwayImpl();
		return referralPathway;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Training createTraining() {
		TrainingImpl training = new TrainingImpl();
		return training;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingSession createTrainingSession() {
		TrainingSessionImpl trainingSession = new TrainingSessionImpl();
		return trainingSession;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SecondaryConsultation createSecondaryConsultation() {
		SecondaryConsultationImpl secondaryConsultation = new SecondaryConsultationImpl();
		return secondaryConsultation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CareCoordination createCareCoordination() {
		CareCoordinationImpl careCoordination = new CareCoordinationImpl();
		return careCoordination;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SystemicAdvocacy createSystemicAdvocacy() {
		SystemicAdvocacyImpl systemicAdvocacy = new SystemicAdvocacyImpl();
		return systemicAdvocacy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ActivityStatus createActivityStatusFromString(EDataType eDataType, String initialValue) {
		ActivityStatus result = ActivityStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertActivityStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TrainingDirection createTrainingDirectionFromString(EDataType eDataType, String initialValue) {
		TrainingDirection result = TrainingDirection.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTrainingDirectionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BuyInStatus createBuyInStatusFromString(EDataType eDataType, String initialValue) {
		BuyInStatus result = BuyInStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBuyInStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DeliveryMode createDeliveryModeFromString(EDataType eDataType, String initialValue) {
		DeliveryMode result = DeliveryMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDeliveryModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ContentKind createContentKindFromString(EDataType eDataType, String initialValue) {
		ContentKind result = ContentKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertContentKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActivitiesPackage getActivitiesPackage() {
		return (ActivitiesPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static ActivitiesPackage getPackage() {
		return ActivitiesPackage.eINSTANCE;
	}

} //ActivitiesFactoryImpl
