/**
 */
package org.hjp.workbench.needs.model;

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
 * @see org.hjp.workbench.needs.model.NeedsFactory
 * @model kind="package"
 * @generated
 */
public interface NeedsPackage extends EPackage {
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
	String eNS_URI = "http://hjp-workbench.org/model/needs/1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "needs";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	NeedsPackage eINSTANCE = org.hjp.workbench.needs.model.impl.NeedsPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.hjp.workbench.needs.model.impl.NeedsAndGapsImpl <em>And Gaps</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.needs.model.impl.NeedsAndGapsImpl
	 * @see org.hjp.workbench.needs.model.impl.NeedsPackageImpl#getNeedsAndGaps()
	 * @generated
	 */
	int NEEDS_AND_GAPS = 0;

	/**
	 * The feature id for the '<em><b>Needs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEEDS_AND_GAPS__NEEDS = PartnershipPackage.PARTNERSHIP_EXTENSION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Gaps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEEDS_AND_GAPS__GAPS = PartnershipPackage.PARTNERSHIP_EXTENSION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Existing Services</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEEDS_AND_GAPS__EXISTING_SERVICES = PartnershipPackage.PARTNERSHIP_EXTENSION_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Relationships</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEEDS_AND_GAPS__RELATIONSHIPS = PartnershipPackage.PARTNERSHIP_EXTENSION_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>And Gaps</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEEDS_AND_GAPS_FEATURE_COUNT = PartnershipPackage.PARTNERSHIP_EXTENSION_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>And Gaps</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEEDS_AND_GAPS_OPERATION_COUNT = PartnershipPackage.PARTNERSHIP_EXTENSION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.needs.model.impl.NeedImpl <em>Need</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.needs.model.impl.NeedImpl
	 * @see org.hjp.workbench.needs.model.impl.NeedsPackageImpl#getNeed()
	 * @generated
	 */
	int NEED = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEED__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEED__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEED__KIND = 2;

	/**
	 * The feature id for the '<em><b>Legal Problem Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEED__LEGAL_PROBLEM_TYPE = 3;

	/**
	 * The feature id for the '<em><b>Cohort</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEED__COHORT = 4;

	/**
	 * The feature id for the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEED__BASELINE = 5;

	/**
	 * The feature id for the '<em><b>Baseline Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEED__BASELINE_DATE = 6;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEED__PRIORITY = 7;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEED__EVIDENCE = 8;

	/**
	 * The number of structural features of the '<em>Need</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEED_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Need</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.needs.model.impl.EvidenceImpl <em>Evidence</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.needs.model.impl.EvidenceImpl
	 * @see org.hjp.workbench.needs.model.impl.NeedsPackageImpl#getEvidence()
	 * @generated
	 */
	int EVIDENCE = 2;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__SOURCE = 0;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__DATE = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__KIND = 2;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__SUMMARY = 3;

	/**
	 * The number of structural features of the '<em>Evidence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Evidence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.needs.model.impl.GapImpl <em>Gap</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.needs.model.impl.GapImpl
	 * @see org.hjp.workbench.needs.model.impl.NeedsPackageImpl#getGap()
	 * @generated
	 */
	int GAP = 3;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP__DESCRIPTION = 0;

	/**
	 * The feature id for the '<em><b>Need</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP__NEED = 1;

	/**
	 * The feature id for the '<em><b>Current Services</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP__CURRENT_SERVICES = 2;

	/**
	 * The number of structural features of the '<em>Gap</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Gap</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.needs.model.impl.ExistingServiceImpl <em>Existing Service</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.needs.model.impl.ExistingServiceImpl
	 * @see org.hjp.workbench.needs.model.impl.NeedsPackageImpl#getExistingService()
	 * @generated
	 */
	int EXISTING_SERVICE = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXISTING_SERVICE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Provider</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXISTING_SERVICE__PROVIDER = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXISTING_SERVICE__DESCRIPTION = 2;

	/**
	 * The number of structural features of the '<em>Existing Service</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXISTING_SERVICE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Existing Service</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXISTING_SERVICE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.needs.model.impl.WorkingRelationshipImpl <em>Working Relationship</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.needs.model.impl.WorkingRelationshipImpl
	 * @see org.hjp.workbench.needs.model.impl.NeedsPackageImpl#getWorkingRelationship()
	 * @generated
	 */
	int WORKING_RELATIONSHIP = 5;

	/**
	 * The feature id for the '<em><b>From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKING_RELATIONSHIP__FROM = 0;

	/**
	 * The feature id for the '<em><b>To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKING_RELATIONSHIP__TO = 1;

	/**
	 * The feature id for the '<em><b>Strength</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKING_RELATIONSHIP__STRENGTH = 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKING_RELATIONSHIP__DESCRIPTION = 3;

	/**
	 * The number of structural features of the '<em>Working Relationship</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKING_RELATIONSHIP_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Working Relationship</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKING_RELATIONSHIP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.needs.model.NeedKind <em>Need Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.needs.model.NeedKind
	 * @see org.hjp.workbench.needs.model.impl.NeedsPackageImpl#getNeedKind()
	 * @generated
	 */
	int NEED_KIND = 6;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.needs.model.LegalProblemType <em>Legal Problem Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.needs.model.LegalProblemType
	 * @see org.hjp.workbench.needs.model.impl.NeedsPackageImpl#getLegalProblemType()
	 * @generated
	 */
	int LEGAL_PROBLEM_TYPE = 7;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.needs.model.Priority <em>Priority</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.needs.model.Priority
	 * @see org.hjp.workbench.needs.model.impl.NeedsPackageImpl#getPriority()
	 * @generated
	 */
	int PRIORITY = 8;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.needs.model.EvidenceKind <em>Evidence Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.needs.model.EvidenceKind
	 * @see org.hjp.workbench.needs.model.impl.NeedsPackageImpl#getEvidenceKind()
	 * @generated
	 */
	int EVIDENCE_KIND = 9;

	/**
	 * The meta object id for the '{@link org.hjp.workbench.needs.model.RelationshipStrength <em>Relationship Strength</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hjp.workbench.needs.model.RelationshipStrength
	 * @see org.hjp.workbench.needs.model.impl.NeedsPackageImpl#getRelationshipStrength()
	 * @generated
	 */
	int RELATIONSHIP_STRENGTH = 10;


	/**
	 * Returns the meta object for class '{@link org.hjp.workbench.needs.model.NeedsAndGaps <em>And Gaps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>And Gaps</em>'.
	 * @see org.hjp.workbench.needs.model.NeedsAndGaps
	 * @generated
	 */
	EClass getNeedsAndGaps();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hjp.workbench.needs.model.NeedsAndGaps#getNeeds <em>Needs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Needs</em>'.
	 * @see org.hjp.workbench.needs.model.NeedsAndGaps#getNeeds()
	 * @see #getNeedsAndGaps()
	 * @generated
	 */
	EReference getNeedsAndGaps_Needs();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hjp.workbench.needs.model.NeedsAndGaps#getGaps <em>Gaps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Gaps</em>'.
	 * @see org.hjp.workbench.needs.model.NeedsAndGaps#getGaps()
	 * @see #getNeedsAndGaps()
	 * @generated
	 */
	EReference getNeedsAndGaps_Gaps();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hjp.workbench.needs.model.NeedsAndGaps#getExistingServices <em>Existing Services</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Existing Services</em>'.
	 * @see org.hjp.workbench.needs.model.NeedsAndGaps#getExistingServices()
	 * @see #getNeedsAndGaps()
	 * @generated
	 */
	EReference getNeedsAndGaps_ExistingServices();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hjp.workbench.needs.model.NeedsAndGaps#getRelationships <em>Relationships</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Relationships</em>'.
	 * @see org.hjp.workbench.needs.model.NeedsAndGaps#getRelationships()
	 * @see #getNeedsAndGaps()
	 * @generated
	 */
	EReference getNeedsAndGaps_Relationships();

	/**
	 * Returns the meta object for class '{@link org.hjp.workbench.needs.model.Need <em>Need</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Need</em>'.
	 * @see org.hjp.workbench.needs.model.Need
	 * @generated
	 */
	EClass getNeed();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.needs.model.Need#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.hjp.workbench.needs.model.Need#getName()
	 * @see #getNeed()
	 * @generated
	 */
	EAttribute getNeed_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.needs.model.Need#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.hjp.workbench.needs.model.Need#getDescription()
	 * @see #getNeed()
	 * @generated
	 */
	EAttribute getNeed_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.needs.model.Need#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.hjp.workbench.needs.model.Need#getKind()
	 * @see #getNeed()
	 * @generated
	 */
	EAttribute getNeed_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.needs.model.Need#getLegalProblemType <em>Legal Problem Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Legal Problem Type</em>'.
	 * @see org.hjp.workbench.needs.model.Need#getLegalProblemType()
	 * @see #getNeed()
	 * @generated
	 */
	EAttribute getNeed_LegalProblemType();

	/**
	 * Returns the meta object for the reference '{@link org.hjp.workbench.needs.model.Need#getCohort <em>Cohort</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Cohort</em>'.
	 * @see org.hjp.workbench.needs.model.Need#getCohort()
	 * @see #getNeed()
	 * @generated
	 */
	EReference getNeed_Cohort();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.needs.model.Need#getBaseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline</em>'.
	 * @see org.hjp.workbench.needs.model.Need#getBaseline()
	 * @see #getNeed()
	 * @generated
	 */
	EAttribute getNeed_Baseline();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.needs.model.Need#getBaselineDate <em>Baseline Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline Date</em>'.
	 * @see org.hjp.workbench.needs.model.Need#getBaselineDate()
	 * @see #getNeed()
	 * @generated
	 */
	EAttribute getNeed_BaselineDate();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.needs.model.Need#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see org.hjp.workbench.needs.model.Need#getPriority()
	 * @see #getNeed()
	 * @generated
	 */
	EAttribute getNeed_Priority();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hjp.workbench.needs.model.Need#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Evidence</em>'.
	 * @see org.hjp.workbench.needs.model.Need#getEvidence()
	 * @see #getNeed()
	 * @generated
	 */
	EReference getNeed_Evidence();

	/**
	 * Returns the meta object for class '{@link org.hjp.workbench.needs.model.Evidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evidence</em>'.
	 * @see org.hjp.workbench.needs.model.Evidence
	 * @generated
	 */
	EClass getEvidence();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.needs.model.Evidence#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.hjp.workbench.needs.model.Evidence#getSource()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.needs.model.Evidence#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.hjp.workbench.needs.model.Evidence#getDate()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.needs.model.Evidence#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.hjp.workbench.needs.model.Evidence#getKind()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.needs.model.Evidence#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see org.hjp.workbench.needs.model.Evidence#getSummary()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Summary();

	/**
	 * Returns the meta object for class '{@link org.hjp.workbench.needs.model.Gap <em>Gap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gap</em>'.
	 * @see org.hjp.workbench.needs.model.Gap
	 * @generated
	 */
	EClass getGap();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.needs.model.Gap#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.hjp.workbench.needs.model.Gap#getDescription()
	 * @see #getGap()
	 * @generated
	 */
	EAttribute getGap_Description();

	/**
	 * Returns the meta object for the reference '{@link org.hjp.workbench.needs.model.Gap#getNeed <em>Need</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Need</em>'.
	 * @see org.hjp.workbench.needs.model.Gap#getNeed()
	 * @see #getGap()
	 * @generated
	 */
	EReference getGap_Need();

	/**
	 * Returns the meta object for the reference list '{@link org.hjp.workbench.needs.model.Gap#getCurrentServices <em>Current Services</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Current Services</em>'.
	 * @see org.hjp.workbench.needs.model.Gap#getCurrentServices()
	 * @see #getGap()
	 * @generated
	 */
	EReference getGap_CurrentServices();

	/**
	 * Returns the meta object for class '{@link org.hjp.workbench.needs.model.ExistingService <em>Existing Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Existing Service</em>'.
	 * @see org.hjp.workbench.needs.model.ExistingService
	 * @generated
	 */
	EClass getExistingService();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.needs.model.ExistingService#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.hjp.workbench.needs.model.ExistingService#getName()
	 * @see #getExistingService()
	 * @generated
	 */
	EAttribute getExistingService_Name();

	/**
	 * Returns the meta object for the reference '{@link org.hjp.workbench.needs.model.ExistingService#getProvider <em>Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Provider</em>'.
	 * @see org.hjp.workbench.needs.model.ExistingService#getProvider()
	 * @see #getExistingService()
	 * @generated
	 */
	EReference getExistingService_Provider();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.needs.model.ExistingService#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.hjp.workbench.needs.model.ExistingService#getDescription()
	 * @see #getExistingService()
	 * @generated
	 */
	EAttribute getExistingService_Description();

	/**
	 * Returns the meta object for class '{@link org.hjp.workbench.needs.model.WorkingRelationship <em>Working Relationship</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Working Relationship</em>'.
	 * @see org.hjp.workbench.needs.model.WorkingRelationship
	 * @generated
	 */
	EClass getWorkingRelationship();

	/**
	 * Returns the meta object for the reference '{@link org.hjp.workbench.needs.model.WorkingRelationship#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>From</em>'.
	 * @see org.hjp.workbench.needs.model.WorkingRelationship#getFrom()
	 * @see #getWorkingRelationship()
	 * @generated
	 */
	EReference getWorkingRelationship_From();

	/**
	 * Returns the meta object for the reference '{@link org.hjp.workbench.needs.model.WorkingRelationship#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>To</em>'.
	 * @see org.hjp.workbench.needs.model.WorkingRelationship#getTo()
	 * @see #getWorkingRelationship()
	 * @generated
	 */
	EReference getWorkingRelationship_To();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.needs.model.WorkingRelationship#getStrength <em>Strength</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Strength</em>'.
	 * @see org.hjp.workbench.needs.model.WorkingRelationship#getStrength()
	 * @see #getWorkingRelationship()
	 * @generated
	 */
	EAttribute getWorkingRelationship_Strength();

	/**
	 * Returns the meta object for the attribute '{@link org.hjp.workbench.needs.model.WorkingRelationship#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.hjp.workbench.needs.model.WorkingRelationship#getDescription()
	 * @see #getWorkingRelationship()
	 * @generated
	 */
	EAttribute getWorkingRelationship_Description();

	/**
	 * Returns the meta object for enum '{@link org.hjp.workbench.needs.model.NeedKind <em>Need Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Need Kind</em>'.
	 * @see org.hjp.workbench.needs.model.NeedKind
	 * @generated
	 */
	EEnum getNeedKind();

	/**
	 * Returns the meta object for enum '{@link org.hjp.workbench.needs.model.LegalProblemType <em>Legal Problem Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Legal Problem Type</em>'.
	 * @see org.hjp.workbench.needs.model.LegalProblemType
	 * @generated
	 */
	EEnum getLegalProblemType();

	/**
	 * Returns the meta object for enum '{@link org.hjp.workbench.needs.model.Priority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Priority</em>'.
	 * @see org.hjp.workbench.needs.model.Priority
	 * @generated
	 */
	EEnum getPriority();

	/**
	 * Returns the meta object for enum '{@link org.hjp.workbench.needs.model.EvidenceKind <em>Evidence Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Evidence Kind</em>'.
	 * @see org.hjp.workbench.needs.model.EvidenceKind
	 * @generated
	 */
	EEnum getEvidenceKind();

	/**
	 * Returns the meta object for enum '{@link org.hjp.workbench.needs.model.RelationshipStrength <em>Relationship Strength</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Relationship Strength</em>'.
	 * @see org.hjp.workbench.needs.model.RelationshipStrength
	 * @generated
	 */
	EEnum getRelationshipStrength();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	NeedsFactory getNeedsFactory();

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
		 * The meta object literal for the '{@link org.hjp.workbench.needs.model.impl.NeedsAndGapsImpl <em>And Gaps</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.needs.model.impl.NeedsAndGapsImpl
		 * @see org.hjp.workbench.needs.model.impl.NeedsPackageImpl#getNeedsAndGaps()
		 * @generated
		 */
		EClass NEEDS_AND_GAPS = eINSTANCE.getNeedsAndGaps();

		/**
		 * The meta object literal for the '<em><b>Needs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NEEDS_AND_GAPS__NEEDS = eINSTANCE.getNeedsAndGaps_Needs();

		/**
		 * The meta object literal for the '<em><b>Gaps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NEEDS_AND_GAPS__GAPS = eINSTANCE.getNeedsAndGaps_Gaps();

		/**
		 * The meta object literal for the '<em><b>Existing Services</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NEEDS_AND_GAPS__EXISTING_SERVICES = eINSTANCE.getNeedsAndGaps_ExistingServices();

		/**
		 * The meta object literal for the '<em><b>Relationships</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NEEDS_AND_GAPS__RELATIONSHIPS = eINSTANCE.getNeedsAndGaps_Relationships();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.needs.model.impl.NeedImpl <em>Need</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.needs.model.impl.NeedImpl
		 * @see org.hjp.workbench.needs.model.impl.NeedsPackageImpl#getNeed()
		 * @generated
		 */
		EClass NEED = eINSTANCE.getNeed();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NEED__NAME = eINSTANCE.getNeed_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NEED__DESCRIPTION = eINSTANCE.getNeed_Description();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NEED__KIND = eINSTANCE.getNeed_Kind();

		/**
		 * The meta object literal for the '<em><b>Legal Problem Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NEED__LEGAL_PROBLEM_TYPE = eINSTANCE.getNeed_LegalProblemType();

		/**
		 * The meta object literal for the '<em><b>Cohort</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NEED__COHORT = eINSTANCE.getNeed_Cohort();

		/**
		 * The meta object literal for the '<em><b>Baseline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NEED__BASELINE = eINSTANCE.getNeed_Baseline();

		/**
		 * The meta object literal for the '<em><b>Baseline Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NEED__BASELINE_DATE = eINSTANCE.getNeed_BaselineDate();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NEED__PRIORITY = eINSTANCE.getNeed_Priority();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NEED__EVIDENCE = eINSTANCE.getNeed_Evidence();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.needs.model.impl.EvidenceImpl <em>Evidence</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.needs.model.impl.EvidenceImpl
		 * @see org.hjp.workbench.needs.model.impl.NeedsPackageImpl#getEvidence()
		 * @generated
		 */
		EClass EVIDENCE = eINSTANCE.getEvidence();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__SOURCE = eINSTANCE.getEvidence_Source();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__DATE = eINSTANCE.getEvidence_Date();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__KIND = eINSTANCE.getEvidence_Kind();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__SUMMARY = eINSTANCE.getEvidence_Summary();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.needs.model.impl.GapImpl <em>Gap</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.needs.model.impl.GapImpl
		 * @see org.hjp.workbench.needs.model.impl.NeedsPackageImpl#getGap()
		 * @generated
		 */
		EClass GAP = eINSTANCE.getGap();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GAP__DESCRIPTION = eINSTANCE.getGap_Description();

		/**
		 * The meta object literal for the '<em><b>Need</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GAP__NEED = eINSTANCE.getGap_Need();

		/**
		 * The meta object literal for the '<em><b>Current Services</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GAP__CURRENT_SERVICES = eINSTANCE.getGap_CurrentServices();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.needs.model.impl.ExistingServiceImpl <em>Existing Service</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.needs.model.impl.ExistingServiceImpl
		 * @see org.hjp.workbench.needs.model.impl.NeedsPackageImpl#getExistingService()
		 * @generated
		 */
		EClass EXISTING_SERVICE = eINSTANCE.getExistingService();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXISTING_SERVICE__NAME = eINSTANCE.getExistingService_Name();

		/**
		 * The meta object literal for the '<em><b>Provider</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXISTING_SERVICE__PROVIDER = eINSTANCE.getExistingService_Provider();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXISTING_SERVICE__DESCRIPTION = eINSTANCE.getExistingService_Description();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.needs.model.impl.WorkingRelationshipImpl <em>Working Relationship</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.needs.model.impl.WorkingRelationshipImpl
		 * @see org.hjp.workbench.needs.model.impl.NeedsPackageImpl#getWorkingRelationship()
		 * @generated
		 */
		EClass WORKING_RELATIONSHIP = eINSTANCE.getWorkingRelationship();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKING_RELATIONSHIP__FROM = eINSTANCE.getWorkingRelationship_From();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKING_RELATIONSHIP__TO = eINSTANCE.getWorkingRelationship_To();

		/**
		 * The meta object literal for the '<em><b>Strength</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKING_RELATIONSHIP__STRENGTH = eINSTANCE.getWorkingRelationship_Strength();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKING_RELATIONSHIP__DESCRIPTION = eINSTANCE.getWorkingRelationship_Description();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.needs.model.NeedKind <em>Need Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.needs.model.NeedKind
		 * @see org.hjp.workbench.needs.model.impl.NeedsPackageImpl#getNeedKind()
		 * @generated
		 */
		EEnum NEED_KIND = eINSTANCE.getNeedKind();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.needs.model.LegalProblemType <em>Legal Problem Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.needs.model.LegalProblemType
		 * @see org.hjp.workbench.needs.model.impl.NeedsPackageImpl#getLegalProblemType()
		 * @generated
		 */
		EEnum LEGAL_PROBLEM_TYPE = eINSTANCE.getLegalProblemType();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.needs.model.Priority <em>Priority</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.needs.model.Priority
		 * @see org.hjp.workbench.needs.model.impl.NeedsPackageImpl#getPriority()
		 * @generated
		 */
		EEnum PRIORITY = eINSTANCE.getPriority();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.needs.model.EvidenceKind <em>Evidence Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.needs.model.EvidenceKind
		 * @see org.hjp.workbench.needs.model.impl.NeedsPackageImpl#getEvidenceKind()
		 * @generated
		 */
		EEnum EVIDENCE_KIND = eINSTANCE.getEvidenceKind();

		/**
		 * The meta object literal for the '{@link org.hjp.workbench.needs.model.RelationshipStrength <em>Relationship Strength</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hjp.workbench.needs.model.RelationshipStrength
		 * @see org.hjp.workbench.needs.model.impl.NeedsPackageImpl#getRelationshipStrength()
		 * @generated
		 */
		EEnum RELATIONSHIP_STRENGTH = eINSTANCE.getRelationshipStrength();

	}

} //NeedsPackage
