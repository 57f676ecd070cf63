/**
 */
package org.hjp.workbench.needs.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.hjp.workbench.model.PartnershipPackage;

import org.hjp.workbench.needs.model.Evidence;
import org.hjp.workbench.needs.model.EvidenceKind;
import org.hjp.workbench.needs.model.ExistingService;
import org.hjp.workbench.needs.model.Gap;
import org.hjp.workbench.needs.model.LegalProblemType;
import org.hjp.workbench.needs.model.Need;
import org.hjp.workbench.needs.model.NeedKind;
import org.hjp.workbench.needs.model.NeedsAndGaps;
import org.hjp.workbench.needs.model.NeedsFactory;
import org.hjp.workbench.needs.model.NeedsPackage;
import org.hjp.workbench.needs.model.Priority;
import org.hjp.workbench.needs.model.RelationshipStrength;
import org.hjp.workbench.needs.model.WorkingRelationship;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class NeedsPackageImpl extends EPackageImpl implements NeedsPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass needsAndGapsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass needEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass evidenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gapEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass existingServiceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass workingRelationshipEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum needKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum legalProblemTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum priorityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum evidenceKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum relationshipStrengthEEnum = null;

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
	 * @see org.hjp.workbench.needs.model.NeedsPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private NeedsPackageImpl() {
		super(eNS_URI, NeedsFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link NeedsPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static NeedsPackage init() {
		if (isInited) return (NeedsPackage)EPackage.Registry.INSTANCE.getEPackage(NeedsPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredNeedsPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		NeedsPackageImpl theNeedsPackage = registeredNeedsPackage instanceof NeedsPackageImpl ? (NeedsPackageImpl)registeredNeedsPackage : new NeedsPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		PartnershipPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theNeedsPackage.createPackageContents();

		// Initialize created meta-data
		theNeedsPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theNeedsPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(NeedsPackage.eNS_URI, theNeedsPackage);
		return theNeedsPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNeedsAndGaps() {
		return needsAndGapsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNeedsAndGaps_Needs() {
		return (EReference)needsAndGapsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNeedsAndGaps_Gaps() {
		return (EReference)needsAndGapsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNeedsAndGaps_ExistingServices() {
		return (EReference)needsAndGapsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNeedsAndGaps_Relationships() {
		return (EReference)needsAndGapsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNeed() {
		return needEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNeed_Name() {
		return (EAttribute)needEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNeed_Description() {
		return (EAttribute)needEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNeed_Kind() {
		return (EAttribute)needEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNeed_LegalProblemType() {
		return (EAttribute)needEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNeed_Cohort() {
		return (EReference)needEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNeed_Baseline() {
		return (EAttribute)needEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNeed_BaselineDate() {
		return (EAttribute)needEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNeed_Priority() {
		return (EAttribute)needEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNeed_Evidence() {
		return (EReference)needEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEvidence() {
		return evidenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_Source() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_Date() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_Kind() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_Summary() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGap() {
		return gapEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGap_Description() {
		return (EAttribute)gapEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGap_Need() {
		return (EReference)gapEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGap_CurrentServices() {
		return (EReference)gapEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExistingService() {
		return existingServiceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExistingService_Name() {
		return (EAttribute)existingServiceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExistingService_Provider() {
		return (EReference)existingServiceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExistingService_Description() {
		return (EAttribute)existingServiceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWorkingRelationship() {
		return workingRelationshipEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkingRelationship_From() {
		return (EReference)workingRelationshipEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkingRelationship_To() {
		return (EReference)workingRelationshipEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkingRelationship_Strength() {
		return (EAttribute)workingRelationshipEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkingRelationship_Description() {
		return (EAttribute)workingRelationshipEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getNeedKind() {
		return needKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLegalProblemType() {
		return legalProblemTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPriority() {
		return priorityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEvidenceKind() {
		return evidenceKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRelationshipStrength() {
		return relationshipStrengthEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NeedsFactory getNeedsFactory() {
		return (NeedsFactory)getEFactoryInstance();
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
		needsAndGapsEClass = createEClass(NEEDS_AND_GAPS);
		createEReference(needsAndGapsEClass, NEEDS_AND_GAPS__NEEDS);
		createEReference(needsAndGapsEClass, NEEDS_AND_GAPS__GAPS);
		createEReference(needsAndGapsEClass, NEEDS_AND_GAPS__EXISTING_SERVICES);
		createEReference(needsAndGapsEClass, NEEDS_AND_GAPS__RELATIONSHIPS);

		needEClass = createEClass(NEED);
		createEAttribute(needEClass, NEED__NAME);
		createEAttribute(needEClass, NEED__DESCRIPTION);
		createEAttribute(needEClass, NEED__KIND);
		createEAttribute(needEClass, NEED__LEGAL_PROBLEM_TYPE);
		createEReference(needEClass, NEED__COHORT);
		createEAttribute(needEClass, NEED__BASELINE);
		createEAttribute(needEClass, NEED__BASELINE_DATE);
		createEAttribute(needEClass, NEED__PRIORITY);
		createEReference(needEClass, NEED__EVIDENCE);

		evidenceEClass = createEClass(EVIDENCE);
		createEAttribute(evidenceEClass, EVIDENCE__SOURCE);
		createEAttribute(evidenceEClass, EVIDENCE__DATE);
		createEAttribute(evidenceEClass, EVIDENCE__KIND);
		createEAttribute(evidenceEClass, EVIDENCE__SUMMARY);

		gapEClass = createEClass(GAP);
		createEAttribute(gapEClass, GAP__DESCRIPTION);
		createEReference(gapEClass, GAP__NEED);
		createEReference(gapEClass, GAP__CURRENT_SERVICES);

		existingServiceEClass = createEClass(EXISTING_SERVICE);
		createEAttribute(existingServiceEClass, EXISTING_SERVICE__NAME);
		createEReference(existingServiceEClass, EXISTING_SERVICE__PROVIDER);
		createEAttribute(existingServiceEClass, EXISTING_SERVICE__DESCRIPTION);

		workingRelationshipEClass = createEClass(WORKING_RELATIONSHIP);
		createEReference(workingRelationshipEClass, WORKING_RELATIONSHIP__FROM);
		createEReference(workingRelationshipEClass, WORKING_RELATIONSHIP__TO);
		createEAttribute(workingRelationshipEClass, WORKING_RELATIONSHIP__STRENGTH);
		createEAttribute(workingRelationshipEClass, WORKING_RELATIONSHIP__DESCRIPTION);

		// Create enums
		needKindEEnum = createEEnum(NEED_KIND);
		legalProblemTypeEEnum = createEEnum(LEGAL_PROBLEM_TYPE);
		priorityEEnum = createEEnum(PRIORITY);
		evidenceKindEEnum = createEEnum(EVIDENCE_KIND);
		relationshipStrengthEEnum = createEEnum(RELATIONSHIP_STRENGTH);
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

		// Obtain other dependent packages
		PartnershipPackage thePartnershipPackage = (PartnershipPackage)EPackage.Registry.INSTANCE.getEPackage(PartnershipPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		needsAndGapsEClass.getESuperTypes().add(thePartnershipPackage.getPartnershipExtension());

		// Initialize classes, features, and operations; add parameters
		initEClass(needsAndGapsEClass, NeedsAndGaps.class, "NeedsAndGaps", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getNeedsAndGaps_Needs(), this.getNeed(), null, "needs", null, 0, -1, NeedsAndGaps.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNeedsAndGaps_Gaps(), this.getGap(), null, "gaps", null, 0, -1, NeedsAndGaps.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNeedsAndGaps_ExistingServices(), this.getExistingService(), null, "existingServices", null, 0, -1, NeedsAndGaps.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNeedsAndGaps_Relationships(), this.getWorkingRelationship(), null, "relationships", null, 0, -1, NeedsAndGaps.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(needEClass, Need.class, "Need", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNeed_Name(), ecorePackage.getEString(), "name", null, 0, 1, Need.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNeed_Description(), ecorePackage.getEString(), "description", null, 0, 1, Need.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNeed_Kind(), this.getNeedKind(), "kind", "legal", 0, 1, Need.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNeed_LegalProblemType(), this.getLegalProblemType(), "legalProblemType", "housing", 0, 1, Need.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNeed_Cohort(), thePartnershipPackage.getTargetCohort(), null, "cohort", null, 0, 1, Need.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNeed_Baseline(), ecorePackage.getEString(), "baseline", null, 0, 1, Need.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNeed_BaselineDate(), ecorePackage.getEDate(), "baselineDate", null, 0, 1, Need.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNeed_Priority(), this.getPriority(), "priority", "medium", 0, 1, Need.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNeed_Evidence(), this.getEvidence(), null, "evidence", null, 0, -1, Need.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(evidenceEClass, Evidence.class, "Evidence", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEvidence_Source(), ecorePackage.getEString(), "source", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidence_Date(), ecorePackage.getEDate(), "date", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidence_Kind(), this.getEvidenceKind(), "kind", "localData", 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidence_Summary(), ecorePackage.getEString(), "summary", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(gapEClass, Gap.class, "Gap", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGap_Description(), ecorePackage.getEString(), "description", null, 0, 1, Gap.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGap_Need(), this.getNeed(), null, "need", null, 0, 1, Gap.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGap_CurrentServices(), this.getExistingService(), null, "currentServices", null, 0, -1, Gap.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(existingServiceEClass, ExistingService.class, "ExistingService", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getExistingService_Name(), ecorePackage.getEString(), "name", null, 0, 1, ExistingService.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExistingService_Provider(), thePartnershipPackage.getOrganisation(), null, "provider", null, 0, 1, ExistingService.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExistingService_Description(), ecorePackage.getEString(), "description", null, 0, 1, ExistingService.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(workingRelationshipEClass, WorkingRelationship.class, "WorkingRelationship", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getWorkingRelationship_From(), thePartnershipPackage.getOrganisation(), null, "from", null, 0, 1, WorkingRelationship.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorkingRelationship_To(), thePartnershipPackage.getOrganisation(), null, "to", null, 0, 1, WorkingRelationship.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkingRelationship_Strength(), this.getRelationshipStrength(), "strength", "informal", 0, 1, WorkingRelationship.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkingRelationship_Description(), ecorePackage.getEString(), "description", null, 0, 1, WorkingRelationship.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(needKindEEnum, NeedKind.class, "NeedKind");
		addEEnumLiteral(needKindEEnum, NeedKind.LEGAL);
		addEEnumLiteral(needKindEEnum, NeedKind.HEALTH);
		addEEnumLiteral(needKindEEnum, NeedKind.SOCIAL);

		initEEnum(legalProblemTypeEEnum, LegalProblemType.class, "LegalProblemType");
		addEEnumLiteral(legalProblemTypeEEnum, LegalProblemType.DEBT);
		addEEnumLiteral(legalProblemTypeEEnum, LegalProblemType.HOUSING);
		addEEnumLiteral(legalProblemTypeEEnum, LegalProblemType.TENANCY);
		addEEnumLiteral(legalProblemTypeEEnum, LegalProblemType.FAMILY_VIOLENCE);
		addEEnumLiteral(legalProblemTypeEEnum, LegalProblemType.ELDER_ABUSE);
		addEEnumLiteral(legalProblemTypeEEnum, LegalProblemType.EMPLOYMENT);
		addEEnumLiteral(legalProblemTypeEEnum, LegalProblemType.FINES);
		addEEnumLiteral(legalProblemTypeEEnum, LegalProblemType.IMMIGRATION);
		addEEnumLiteral(legalProblemTypeEEnum, LegalProblemType.CONSUMER);
		addEEnumLiteral(legalProblemTypeEEnum, LegalProblemType.WILLS_AND_GUARDIANSHIP);
		addEEnumLiteral(legalProblemTypeEEnum, LegalProblemType.OTHER);

		initEEnum(priorityEEnum, Priority.class, "Priority");
		addEEnumLiteral(priorityEEnum, Priority.LOW);
		addEEnumLiteral(priorityEEnum, Priority.MEDIUM);
		addEEnumLiteral(priorityEEnum, Priority.HIGH);

		initEEnum(evidenceKindEEnum, EvidenceKind.class, "EvidenceKind");
		addEEnumLiteral(evidenceKindEEnum, EvidenceKind.LOCAL_DATA);
		addEEnumLiteral(evidenceKindEEnum, EvidenceKind.RESEARCH);
		addEEnumLiteral(evidenceKindEEnum, EvidenceKind.PRACTITIONER_EXPERIENCE);
		addEEnumLiteral(evidenceKindEEnum, EvidenceKind.COMMUNITY_CONSULTATION);

		initEEnum(relationshipStrengthEEnum, RelationshipStrength.class, "RelationshipStrength");
		addEEnumLiteral(relationshipStrengthEEnum, RelationshipStrength.NONE);
		addEEnumLiteral(relationshipStrengthEEnum, RelationshipStrength.INFORMAL);
		addEEnumLiteral(relationshipStrengthEEnum, RelationshipStrength.ESTABLISHED);

		// Create resource
		createResource(eNS_URI);
	}

} //NeedsPackageImpl
