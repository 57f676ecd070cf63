/**
 */
package org.hjp.workbench.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.hjp.workbench.model.Organisation;
import org.hjp.workbench.model.OrganisationType;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.model.PartnershipExtension;
import org.hjp.workbench.model.PartnershipFactory;
import org.hjp.workbench.model.PartnershipModel;
import org.hjp.workbench.model.PartnershipPackage;
import org.hjp.workbench.model.PartnershipStatus;
import org.hjp.workbench.model.Person;
import org.hjp.workbench.model.Sector;
import org.hjp.workbench.model.Setting;
import org.hjp.workbench.model.StageProgress;
import org.hjp.workbench.model.StageStatus;
import org.hjp.workbench.model.TargetCohort;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class PartnershipPackageImpl extends EPackageImpl implements PartnershipPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass partnershipEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass organisationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass personEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass targetCohortEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stageProgressEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass partnershipExtensionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum settingEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum partnershipModelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum partnershipStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sectorEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum organisationTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum stageStatusEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.hjp.workbench.model.PartnershipPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private PartnershipPackageImpl() {
		super(eNS_URI, PartnershipFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link PartnershipPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static PartnershipPackage init() {
		if (isInited) return (PartnershipPackage)EPackage.Registry.INSTANCE.getEPackage(PartnershipPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredPartnershipPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		PartnershipPackageImpl thePartnershipPackage = registeredPartnershipPackage instanceof PartnershipPackageImpl ? (PartnershipPackageImpl)registeredPartnershipPackage : new PartnershipPackageImpl();

		isInited = true;

		// Create package meta-data objects
		thePartnershipPackage.createPackageContents();

		// Initialize created meta-data
		thePartnershipPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		thePartnershipPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(PartnershipPackage.eNS_URI, thePartnershipPackage);
		return thePartnershipPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPartnership() {
		return partnershipEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartnership_Name() {
		return (EAttribute)partnershipEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartnership_Purpose() {
		return (EAttribute)partnershipEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartnership_WhyPartner() {
		return (EAttribute)partnershipEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartnership_WithWhomAndWhy() {
		return (EAttribute)partnershipEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartnership_ChallengeAndDifference() {
		return (EAttribute)partnershipEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartnership_WhyItWillWork() {
		return (EAttribute)partnershipEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartnership_Setting() {
		return (EAttribute)partnershipEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartnership_Model() {
		return (EAttribute)partnershipEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartnership_Status() {
		return (EAttribute)partnershipEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartnership_StartDate() {
		return (EAttribute)partnershipEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartnership_EndDate() {
		return (EAttribute)partnershipEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPartnership_Organisations() {
		return (EReference)partnershipEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPartnership_Cohorts() {
		return (EReference)partnershipEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPartnership_StageProgress() {
		return (EReference)partnershipEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPartnership_Extensions() {
		return (EReference)partnershipEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOrganisation() {
		return organisationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_Name() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_Sector() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_Type() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_Lead() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_Description() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOrganisation_People() {
		return (EReference)organisationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPerson() {
		return personEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Name() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Role() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Champion() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Email() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTargetCohort() {
		return targetCohortEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTargetCohort_Name() {
		return (EAttribute)targetCohortEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTargetCohort_Description() {
		return (EAttribute)targetCohortEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTargetCohort_EstimatedSize() {
		return (EAttribute)targetCohortEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStageProgress() {
		return stageProgressEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStageProgress_StageId() {
		return (EAttribute)stageProgressEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStageProgress_Status() {
		return (EAttribute)stageProgressEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStageProgress_Note() {
		return (EAttribute)stageProgressEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPartnershipExtension() {
		return partnershipExtensionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSetting() {
		return settingEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPartnershipModel() {
		return partnershipModelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPartnershipStatus() {
		return partnershipStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSector() {
		return sectorEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOrganisationType() {
		return organisationTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStageStatus() {
		return stageStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PartnershipFactory getPartnershipFactory() {
		return (PartnershipFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		partnershipEClass = createEClass(PARTNERSHIP);
		createEAttribute(partnershipEClass, PARTNERSHIP__NAME);
		createEAttribute(partnershipEClass, PARTNERSHIP__PURPOSE);
		createEAttribute(partnershipEClass, PARTNERSHIP__WHY_PARTNER);
		createEAttribute(partnershipEClass, PARTNERSHIP__WITH_WHOM_AND_WHY);
		createEAttribute(partnershipEClass, PARTNERSHIP__CHALLENGE_AND_DIFFERENCE);
		createEAttribute(partnershipEClass, PARTNERSHIP__WHY_IT_WILL_WORK);
		createEAttribute(partnershipEClass, PARTNERSHIP__SETTING);
		createEAttribute(partnershipEClass, PARTNERSHIP__MODEL);
		createEAttribute(partnershipEClass, PARTNERSHIP__STATUS);
		createEAttribute(partnershipEClass, PARTNERSHIP__START_DATE);
		createEAttribute(partnershipEClass, PARTNERSHIP__END_DATE);
		createEReference(partnershipEClass, PARTNERSHIP__ORGANISATIONS);
		createEReference(partnershipEClass, PARTNERSHIP__COHORTS);
		createEReference(partnershipEClass, PARTNERSHIP__STAGE_PROGRESS);
		createEReference(partnershipEClass, PARTNERSHIP__EXTENSIONS);

		organisationEClass = createEClass(ORGANISATION);
		createEAttribute(organisationEClass, ORGANISATION__NAME);
		createEAttribute(organisationEClass, ORGANISATION__SECTOR);
		createEAttribute(organisationEClass, ORGANISATION__TYPE);
		createEAttribute(organisationEClass, ORGANISATION__LEAD);
		createEAttribute(organisationEClass, ORGANISATION__DESCRIPTION);
		createEReference(organisationEClass, ORGANISATION__PEOPLE);

		personEClass = createEClass(PERSON);
		createEAttribute(personEClass, PERSON__NAME);
		createEAttribute(personEClass, PERSON__ROLE);
		createEAttribute(personEClass, PERSON__CHAMPION);
		createEAttribute(personEClass, PERSON__EMAIL);

		targetCohortEClass = createEClass(TARGET_COHORT);
		createEAttribute(targetCohortEClass, TARGET_COHORT__NAME);
		createEAttribute(targetCohortEClass, TARGET_COHORT__DESCRIPTION);
		createEAttribute(targetCohortEClass, TARGET_COHORT__ESTIMATED_SIZE);

		stageProgressEClass = createEClass(STAGE_PROGRESS);
		createEAttribute(stageProgressEClass, STAGE_PROGRESS__STAGE_ID);
		createEAttribute(stageProgressEClass, STAGE_PROGRESS__STATUS);
		createEAttribute(stageProgressEClass, STAGE_PROGRESS__NOTE);

		partnershipExtensionEClass = createEClass(PARTNERSHIP_EXTENSION);

		// Create enums
		settingEEnum = createEEnum(SETTING);
		partnershipModelEEnum = createEEnum(PARTNERSHIP_MODEL);
		partnershipStatusEEnum = createEEnum(PARTNERSHIP_STATUS);
		sectorEEnum = createEEnum(SECTOR);
		organisationTypeEEnum = createEEnum(ORGANISATION_TYPE);
		stageStatusEEnum = createEEnum(STAGE_STATUS);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(partnershipEClass, Partnership.class, "Partnership", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPartnership_Name(), ecorePackage.getEString(), "name", null, 0, 1, Partnership.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartnership_Purpose(), ecorePackage.getEString(), "purpose", null, 0, 1, Partnership.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartnership_WhyPartner(), ecorePackage.getEString(), "whyPartner", null, 0, 1, Partnership.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartnership_WithWhomAndWhy(), ecorePackage.getEString(), "withWhomAndWhy", null, 0, 1, Partnership.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartnership_ChallengeAndDifference(), ecorePackage.getEString(), "challengeAndDifference", null, 0, 1, Partnership.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartnership_WhyItWillWork(), ecorePackage.getEString(), "whyItWillWork", null, 0, 1, Partnership.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartnership_Setting(), this.getSetting(), "setting", "hospital", 0, 1, Partnership.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartnership_Model(), this.getPartnershipModel(), "model", "formalPartnership", 0, 1, Partnership.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartnership_Status(), this.getPartnershipStatus(), "status", "planning", 0, 1, Partnership.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartnership_StartDate(), ecorePackage.getEDate(), "startDate", null, 0, 1, Partnership.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartnership_EndDate(), ecorePackage.getEDate(), "endDate", null, 0, 1, Partnership.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPartnership_Organisations(), this.getOrganisation(), null, "organisations", null, 0, -1, Partnership.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPartnership_Cohorts(), this.getTargetCohort(), null, "cohorts", null, 0, -1, Partnership.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPartnership_StageProgress(), this.getStageProgress(), null, "stageProgress", null, 0, -1, Partnership.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPartnership_Extensions(), this.getPartnershipExtension(), null, "extensions", null, 0, -1, Partnership.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(organisationEClass, Organisation.class, "Organisation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOrganisation_Name(), ecorePackage.getEString(), "name", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganisation_Sector(), this.getSector(), "sector", "legal", 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganisation_Type(), this.getOrganisationType(), "type", "communityLegalCentre", 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganisation_Lead(), ecorePackage.getEBoolean(), "lead", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganisation_Description(), ecorePackage.getEString(), "description", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOrganisation_People(), this.getPerson(), null, "people", null, 0, -1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(personEClass, Person.class, "Person", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPerson_Name(), ecorePackage.getEString(), "name", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_Role(), ecorePackage.getEString(), "role", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_Champion(), ecorePackage.getEBoolean(), "champion", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_Email(), ecorePackage.getEString(), "email", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(targetCohortEClass, TargetCohort.class, "TargetCohort", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTargetCohort_Name(), ecorePackage.getEString(), "name", null, 0, 1, TargetCohort.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTargetCohort_Description(), ecorePackage.getEString(), "description", null, 0, 1, TargetCohort.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTargetCohort_EstimatedSize(), ecorePackage.getEIntegerObject(), "estimatedSize", null, 0, 1, TargetCohort.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(stageProgressEClass, StageProgress.class, "StageProgress", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStageProgress_StageId(), ecorePackage.getEString(), "stageId", null, 0, 1, StageProgress.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStageProgress_Status(), this.getStageStatus(), "status", "notStarted", 0, 1, StageProgress.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStageProgress_Note(), ecorePackage.getEString(), "note", null, 0, 1, StageProgress.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(partnershipExtensionEClass, PartnershipExtension.class, "PartnershipExtension", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		// Initialize enums and add enum literals
		initEEnum(settingEEnum, Setting.class, "Setting");
		addEEnumLiteral(settingEEnum, Setting.HOSPITAL);
		addEEnumLiteral(settingEEnum, Setting.COMMUNITY_HEALTH);
		addEEnumLiteral(settingEEnum, Setting.PRIMARY_HEALTH);
		addEEnumLiteral(settingEEnum, Setting.ABORIGINAL_HEALTH);
		addEEnumLiteral(settingEEnum, Setting.OTHER);

		initEEnum(partnershipModelEEnum, PartnershipModel.class, "PartnershipModel");
		addEEnumLiteral(partnershipModelEEnum, PartnershipModel.FORMAL_PARTNERSHIP);
		addEEnumLiteral(partnershipModelEEnum, PartnershipModel.OUTREACH);
		addEEnumLiteral(partnershipModelEEnum, PartnershipModel.INTEGRATED);
		addEEnumLiteral(partnershipModelEEnum, PartnershipModel.HUB);

		initEEnum(partnershipStatusEEnum, PartnershipStatus.class, "PartnershipStatus");
		addEEnumLiteral(partnershipStatusEEnum, PartnershipStatus.PLANNING);
		addEEnumLiteral(partnershipStatusEEnum, PartnershipStatus.ACTIVE);
		addEEnumLiteral(partnershipStatusEEnum, PartnershipStatus.CEASED);

		initEEnum(sectorEEnum, Sector.class, "Sector");
		addEEnumLiteral(sectorEEnum, Sector.LEGAL);
		addEEnumLiteral(sectorEEnum, Sector.HEALTH);
		addEEnumLiteral(sectorEEnum, Sector.OTHER);

		initEEnum(organisationTypeEEnum, OrganisationType.class, "OrganisationType");
		addEEnumLiteral(organisationTypeEEnum, OrganisationType.COMMUNITY_LEGAL_CENTRE);
		addEEnumLiteral(organisationTypeEEnum, OrganisationType.LEGAL_AID_COMMISSION);
		addEEnumLiteral(organisationTypeEEnum, OrganisationType.ABORIGINAL_LEGAL_SERVICE);
		addEEnumLiteral(organisationTypeEEnum, OrganisationType.FAMILY_VIOLENCE_PREVENTION_LEGAL_SERVICE);
		addEEnumLiteral(organisationTypeEEnum, OrganisationType.HOSPITAL);
		addEEnumLiteral(organisationTypeEEnum, OrganisationType.COMMUNITY_HEALTH_CENTRE);
		addEEnumLiteral(organisationTypeEEnum, OrganisationType.PRIMARY_CARE_PRACTICE);
		addEEnumLiteral(organisationTypeEEnum, OrganisationType.ABORIGINAL_COMMUNITY_CONTROLLED_HEALTH_SERVICE);
		addEEnumLiteral(organisationTypeEEnum, OrganisationType.OTHER);

		initEEnum(stageStatusEEnum, StageStatus.class, "StageStatus");
		addEEnumLiteral(stageStatusEEnum, StageStatus.NOT_STARTED);
		addEEnumLiteral(stageStatusEEnum, StageStatus.IN_PROGRESS);
		addEEnumLiteral(stageStatusEEnum, StageStatus.DONE);

		// Create resource
		createResource(eNS_URI);
	}

} //PartnershipPackageImpl
