/**
 */
package org.hjp.workbench.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.hjp.workbench.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class PartnershipFactoryImpl extends EFactoryImpl implements PartnershipFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static PartnershipFactory init() {
		try {
			PartnershipFactory thePartnershipFactory = (PartnershipFactory)EPackage.Registry.INSTANCE.getEFactory(PartnershipPackage.eNS_URI);
			if (thePartnershipFactory != null) {
				return thePartnershipFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new PartnershipFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PartnershipFactoryImpl() {
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
			case PartnershipPackage.PARTNERSHIP: return createPartnership();
			case PartnershipPackage.ORGANISATION: return createOrganisation();
			case PartnershipPackage.PERSON: return createPerson();
			case PartnershipPackage.TARGET_COHORT: return createTargetCohort();
			case PartnershipPackage.STAGE_PROGRESS: return createStageProgress();
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
			case PartnershipPackage.SETTING:
				return createSettingFromString(eDataType, initialValue);
			case PartnershipPackage.PARTNERSHIP_MODEL:
				return createPartnershipModelFromString(eDataType, initialValue);
			case PartnershipPackage.PARTNERSHIP_STATUS:
				return createPartnershipStatusFromString(eDataType, initialValue);
			case PartnershipPackage.SECTOR:
				return createSectorFromString(eDataType, initialValue);
			case PartnershipPackage.ORGANISATION_TYPE:
				return createOrganisationTypeFromString(eDataType, initialValue);
			case PartnershipPackage.STAGE_STATUS:
				return createStageStatusFromString(eDataType, initialValue);
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
			case PartnershipPackage.SETTING:
				return convertSettingToString(eDataType, instanceValue);
			case PartnershipPackage.PARTNERSHIP_MODEL:
				return convertPartnershipModelToString(eDataType, instanceValue);
			case PartnershipPackage.PARTNERSHIP_STATUS:
				return convertPartnershipStatusToString(eDataType, instanceValue);
			case PartnershipPackage.SECTOR:
				return convertSectorToString(eDataType, instanceValue);
			case PartnershipPackage.ORGANISATION_TYPE:
				return convertOrganisationTypeToString(eDataType, instanceValue);
			case PartnershipPackage.STAGE_STATUS:
				return convertStageStatusToString(eDataType, instanceValue);
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
	public Partnership createPartnership() {
		PartnershipImpl partnership = new PartnershipImpl();
		return partnership;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation createOrganisation() {
		OrganisationImpl organisation = new OrganisationImpl();
		return organisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person createPerson() {
		PersonImpl person = new PersonImpl();
		return person;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TargetCohort createTargetCohort() {
		TargetCohortImpl targetCohort = new TargetCohortImpl();
		return targetCohort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StageProgress createStageProgress() {
		StageProgressImpl stageProgress = new StageProgressImpl();
		return stageProgress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Setting createSettingFromString(EDataType eDataType, String initialValue) {
		Setting result = Setting.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSettingToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PartnershipModel createPartnershipModelFromString(EDataType eDataType, String initialValue) {
		PartnershipModel result = PartnershipModel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPartnershipModelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PartnershipStatus createPartnershipStatusFromString(EDataType eDataType, String initialValue) {
		PartnershipStatus result = PartnershipStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPartnershipStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Sector createSectorFromString(EDataType eDataType, String initialValue) {
		Sector result = Sector.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSectorToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OrganisationType createOrganisationTypeFromString(EDataType eDataType, String initialValue) {
		OrganisationType result = OrganisationType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOrganisationTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StageStatus createStageStatusFromString(EDataType eDataType, String initialValue) {
		StageStatus result = StageStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStageStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PartnershipPackage getPartnershipPackage() {
		return (PartnershipPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static PartnershipPackage getPackage() {
		return PartnershipPackage.eINSTANCE;
	}

} //PartnershipFactoryImpl
