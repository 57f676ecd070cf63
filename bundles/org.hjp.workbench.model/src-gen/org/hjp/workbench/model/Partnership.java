/**
 */
package org.hjp.workbench.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Partnership</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A health justice partnership: a legal help service and a health service working together.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.model.Partnership#getName <em>Name</em>}</li>
 *   <li>{@link org.hjp.workbench.model.Partnership#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.hjp.workbench.model.Partnership#getWhyPartner <em>Why Partner</em>}</li>
 *   <li>{@link org.hjp.workbench.model.Partnership#getWithWhomAndWhy <em>With Whom And Why</em>}</li>
 *   <li>{@link org.hjp.workbench.model.Partnership#getChallengeAndDifference <em>Challenge And Difference</em>}</li>
 *   <li>{@link org.hjp.workbench.model.Partnership#getWhyItWillWork <em>Why It Will Work</em>}</li>
 *   <li>{@link org.hjp.workbench.model.Partnership#getSetting <em>Setting</em>}</li>
 *   <li>{@link org.hjp.workbench.model.Partnership#getModel <em>Model</em>}</li>
 *   <li>{@link org.hjp.workbench.model.Partnership#getStatus <em>Status</em>}</li>
 *   <li>{@link org.hjp.workbench.model.Partnership#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.hjp.workbench.model.Partnership#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.hjp.workbench.model.Partnership#getOrganisations <em>Organisations</em>}</li>
 *   <li>{@link org.hjp.workbench.model.Partnership#getCohorts <em>Cohorts</em>}</li>
 *   <li>{@link org.hjp.workbench.model.Partnership#getStageProgress <em>Stage Progress</em>}</li>
 *   <li>{@link org.hjp.workbench.model.Partnership#getExtensions <em>Extensions</em>}</li>
 * </ul>
 *
 * @see org.hjp.workbench.model.PartnershipPackage#getPartnership()
 * @model
 * @generated
 */
public interface Partnership extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the partnership is called.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.hjp.workbench.model.PartnershipPackage#getPartnership_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.model.Partnership#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * In one or two sentences, what the partnership is for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Purpose</em>' attribute.
	 * @see #setPurpose(String)
	 * @see org.hjp.workbench.model.PartnershipPackage#getPartnership_Purpose()
	 * @model
	 * @generated
	 */
	String getPurpose();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.model.Partnership#getPurpose <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Purpose</em>' attribute.
	 * @see #getPurpose()
	 * @generated
	 */
	void setPurpose(String value);

	/**
	 * Returns the value of the '<em><b>Why Partner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why partner at all, rather than each service working alone.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Why Partner</em>' attribute.
	 * @see #setWhyPartner(String)
	 * @see org.hjp.workbench.model.PartnershipPackage#getPartnership_WhyPartner()
	 * @model
	 * @generated
	 */
	String getWhyPartner();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.model.Partnership#getWhyPartner <em>Why Partner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Why Partner</em>' attribute.
	 * @see #getWhyPartner()
	 * @generated
	 */
	void setWhyPartner(String value);

	/**
	 * Returns the value of the '<em><b>With Whom And Why</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * With whom the partnership is formed, and why those partners.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>With Whom And Why</em>' attribute.
	 * @see #setWithWhomAndWhy(String)
	 * @see org.hjp.workbench.model.PartnershipPackage#getPartnership_WithWhomAndWhy()
	 * @model
	 * @generated
	 */
	String getWithWhomAndWhy();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.model.Partnership#getWithWhomAndWhy <em>With Whom And Why</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>With Whom And Why</em>' attribute.
	 * @see #getWithWhomAndWhy()
	 * @generated
	 */
	void setWithWhomAndWhy(String value);

	/**
	 * Returns the value of the '<em><b>Challenge And Difference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The challenge the partners take on and the difference they are after.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Challenge And Difference</em>' attribute.
	 * @see #setChallengeAndDifference(String)
	 * @see org.hjp.workbench.model.PartnershipPackage#getPartnership_ChallengeAndDifference()
	 * @model
	 * @generated
	 */
	String getChallengeAndDifference();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.model.Partnership#getChallengeAndDifference <em>Challenge And Difference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Challenge And Difference</em>' attribute.
	 * @see #getChallengeAndDifference()
	 * @generated
	 */
	void setChallengeAndDifference(String value);

	/**
	 * Returns the value of the '<em><b>Why It Will Work</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why this will work, and on what evidence.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Why It Will Work</em>' attribute.
	 * @see #setWhyItWillWork(String)
	 * @see org.hjp.workbench.model.PartnershipPackage#getPartnership_WhyItWillWork()
	 * @model
	 * @generated
	 */
	String getWhyItWillWork();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.model.Partnership#getWhyItWillWork <em>Why It Will Work</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Why It Will Work</em>' attribute.
	 * @see #getWhyItWillWork()
	 * @generated
	 */
	void setWhyItWillWork(String value);

	/**
	 * Returns the value of the '<em><b>Setting</b></em>' attribute.
	 * The default value is <code>"hospital"</code>.
	 * The literals are from the enumeration {@link org.hjp.workbench.model.Setting}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the partnership's health partner delivers care.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Setting</em>' attribute.
	 * @see org.hjp.workbench.model.Setting
	 * @see #setSetting(Setting)
	 * @see org.hjp.workbench.model.PartnershipPackage#getPartnership_Setting()
	 * @model default="hospital"
	 * @generated
	 */
	Setting getSetting();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.model.Partnership#getSetting <em>Setting</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Setting</em>' attribute.
	 * @see org.hjp.workbench.model.Setting
	 * @see #getSetting()
	 * @generated
	 */
	void setSetting(Setting value);

	/**
	 * Returns the value of the '<em><b>Model</b></em>' attribute.
	 * The default value is <code>"formalPartnership"</code>.
	 * The literals are from the enumeration {@link org.hjp.workbench.model.PartnershipModel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the partnership is organised.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Model</em>' attribute.
	 * @see org.hjp.workbench.model.PartnershipModel
	 * @see #setModel(PartnershipModel)
	 * @see org.hjp.workbench.model.PartnershipPackage#getPartnership_Model()
	 * @model default="formalPartnership"
	 * @generated
	 */
	PartnershipModel getModel();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.model.Partnership#getModel <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model</em>' attribute.
	 * @see org.hjp.workbench.model.PartnershipModel
	 * @see #getModel()
	 * @generated
	 */
	void setModel(PartnershipModel value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The default value is <code>"planning"</code>.
	 * The literals are from the enumeration {@link org.hjp.workbench.model.PartnershipStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the partnership is being planned, is active or has ceased.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.hjp.workbench.model.PartnershipStatus
	 * @see #setStatus(PartnershipStatus)
	 * @see org.hjp.workbench.model.PartnershipPackage#getPartnership_Status()
	 * @model default="planning"
	 * @generated
	 */
	PartnershipStatus getStatus();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.model.Partnership#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.hjp.workbench.model.PartnershipStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(PartnershipStatus value);

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the partnership began, or will begin.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(Date)
	 * @see org.hjp.workbench.model.PartnershipPackage#getPartnership_StartDate()
	 * @model
	 * @generated
	 */
	Date getStartDate();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.model.Partnership#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(Date value);

	/**
	 * Returns the value of the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the partnership ended, if it has.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End Date</em>' attribute.
	 * @see #setEndDate(Date)
	 * @see org.hjp.workbench.model.PartnershipPackage#getPartnership_EndDate()
	 * @model
	 * @generated
	 */
	Date getEndDate();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.model.Partnership#getEndDate <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Date</em>' attribute.
	 * @see #getEndDate()
	 * @generated
	 */
	void setEndDate(Date value);

	/**
	 * Returns the value of the '<em><b>Organisations</b></em>' containment reference list.
	 * The list contents are of type {@link org.hjp.workbench.model.Organisation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The partner organisations.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Organisations</em>' containment reference list.
	 * @see org.hjp.workbench.model.PartnershipPackage#getPartnership_Organisations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Organisation> getOrganisations();

	/**
	 * Returns the value of the '<em><b>Cohorts</b></em>' containment reference list.
	 * The list contents are of type {@link org.hjp.workbench.model.TargetCohort}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The groups of people the partnership aims to reach.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cohorts</em>' containment reference list.
	 * @see org.hjp.workbench.model.PartnershipPackage#getPartnership_Cohorts()
	 * @model containment="true"
	 * @generated
	 */
	EList<TargetCohort> getCohorts();

	/**
	 * Returns the value of the '<em><b>Stage Progress</b></em>' containment reference list.
	 * The list contents are of type {@link org.hjp.workbench.model.StageProgress}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How far the partnership has come in each Building Blocks stage.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stage Progress</em>' containment reference list.
	 * @see org.hjp.workbench.model.PartnershipPackage#getPartnership_StageProgress()
	 * @model containment="true"
	 * @generated
	 */
	EList<StageProgress> getStageProgress();

	/**
	 * Returns the value of the '<em><b>Extensions</b></em>' containment reference list.
	 * The list contents are of type {@link org.hjp.workbench.model.PartnershipExtension}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The data of each stage, and of organisations' own plug-ins.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Extensions</em>' containment reference list.
	 * @see org.hjp.workbench.model.PartnershipPackage#getPartnership_Extensions()
	 * @model containment="true"
	 * @generated
	 */
	EList<PartnershipExtension> getExtensions();

} // Partnership
