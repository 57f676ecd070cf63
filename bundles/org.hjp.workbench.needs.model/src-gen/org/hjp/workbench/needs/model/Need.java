/**
 */
package org.hjp.workbench.needs.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.hjp.workbench.model.TargetCohort;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Need</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A legal or health need of a target cohort.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.needs.model.Need#getName <em>Name</em>}</li>
 *   <li>{@link org.hjp.workbench.needs.model.Need#getDescription <em>Description</em>}</li>
 *   <li>{@link org.hjp.workbench.needs.model.Need#getKind <em>Kind</em>}</li>
 *   <li>{@link org.hjp.workbench.needs.model.Need#getLegalProblemType <em>Legal Problem Type</em>}</li>
 *   <li>{@link org.hjp.workbench.needs.model.Need#getCohort <em>Cohort</em>}</li>
 *   <li>{@link org.hjp.workbench.needs.model.Need#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link org.hjp.workbench.needs.model.Need#getBaselineDate <em>Baseline Date</em>}</li>
 *   <li>{@link org.hjp.workbench.needs.model.Need#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.hjp.workbench.needs.model.Need#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @see org.hjp.workbench.needs.model.NeedsPackage#getNeed()
 * @model
 * @generated
 */
public interface Need extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A short name for the need, e.g. rental arrears before birth.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.hjp.workbench.needs.model.NeedsPackage#getNeed_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.needs.model.Need#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.hjp.workbench.needs.model.NeedsPackage#getNeed_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.needs.model.Need#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"legal"</code>.
	 * The literals are from the enumeration {@link org.hjp.workbench.needs.model.NeedKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.hjp.workbench.needs.model.NeedKind
	 * @see #setKind(NeedKind)
	 * @see org.hjp.workbench.needs.model.NeedsPackage#getNeed_Kind()
	 * @model default="legal"
	 * @generated
	 */
	NeedKind getKind();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.needs.model.Need#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.hjp.workbench.needs.model.NeedKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(NeedKind value);

	/**
	 * Returns the value of the '<em><b>Legal Problem Type</b></em>' attribute.
	 * The default value is <code>"housing"</code>.
	 * The literals are from the enumeration {@link org.hjp.workbench.needs.model.LegalProblemType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind of legal problem, where the need is legal.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Legal Problem Type</em>' attribute.
	 * @see org.hjp.workbench.needs.model.LegalProblemType
	 * @see #setLegalProblemType(LegalProblemType)
	 * @see org.hjp.workbench.needs.model.NeedsPackage#getNeed_LegalProblemType()
	 * @model default="housing"
	 * @generated
	 */
	LegalProblemType getLegalProblemType();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.needs.model.Need#getLegalProblemType <em>Legal Problem Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Legal Problem Type</em>' attribute.
	 * @see org.hjp.workbench.needs.model.LegalProblemType
	 * @see #getLegalProblemType()
	 * @generated
	 */
	void setLegalProblemType(LegalProblemType value);

	/**
	 * Returns the value of the '<em><b>Cohort</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who has this need.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cohort</em>' reference.
	 * @see #setCohort(TargetCohort)
	 * @see org.hjp.workbench.needs.model.NeedsPackage#getNeed_Cohort()
	 * @model
	 * @generated
	 */
	TargetCohort getCohort();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.needs.model.Need#getCohort <em>Cohort</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cohort</em>' reference.
	 * @see #getCohort()
	 * @generated
	 */
	void setCohort(TargetCohort value);

	/**
	 * Returns the value of the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where things stand now, recorded so that change can be seen later.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Baseline</em>' attribute.
	 * @see #setBaseline(String)
	 * @see org.hjp.workbench.needs.model.NeedsPackage#getNeed_Baseline()
	 * @model
	 * @generated
	 */
	String getBaseline();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.needs.model.Need#getBaseline <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline</em>' attribute.
	 * @see #getBaseline()
	 * @generated
	 */
	void setBaseline(String value);

	/**
	 * Returns the value of the '<em><b>Baseline Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the baseline was recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Baseline Date</em>' attribute.
	 * @see #setBaselineDate(Date)
	 * @see org.hjp.workbench.needs.model.NeedsPackage#getNeed_BaselineDate()
	 * @model
	 * @generated
	 */
	Date getBaselineDate();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.needs.model.Need#getBaselineDate <em>Baseline Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline Date</em>' attribute.
	 * @see #getBaselineDate()
	 * @generated
	 */
	void setBaselineDate(Date value);

	/**
	 * Returns the value of the '<em><b>Priority</b></em>' attribute.
	 * The default value is <code>"medium"</code>.
	 * The literals are from the enumeration {@link org.hjp.workbench.needs.model.Priority}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Priority</em>' attribute.
	 * @see org.hjp.workbench.needs.model.Priority
	 * @see #setPriority(Priority)
	 * @see org.hjp.workbench.needs.model.NeedsPackage#getNeed_Priority()
	 * @model default="medium"
	 * @generated
	 */
	Priority getPriority();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.needs.model.Need#getPriority <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority</em>' attribute.
	 * @see org.hjp.workbench.needs.model.Priority
	 * @see #getPriority()
	 * @generated
	 */
	void setPriority(Priority value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' containment reference list.
	 * The list contents are of type {@link org.hjp.workbench.needs.model.Evidence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What shows that the need is real.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence</em>' containment reference list.
	 * @see org.hjp.workbench.needs.model.NeedsPackage#getNeed_Evidence()
	 * @model containment="true"
	 * @generated
	 */
	EList<Evidence> getEvidence();

} // Need
