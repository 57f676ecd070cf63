/**
 */
package org.hjp.workbench.agreement.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.hjp.workbench.model.PartnershipExtension;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Agreement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Stage 3, agreeing on how you'll work together: the content of a memorandum of understanding.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.agreement.model.Agreement#getTitle <em>Title</em>}</li>
 *   <li>{@link org.hjp.workbench.agreement.model.Agreement#getStatus <em>Status</em>}</li>
 *   <li>{@link org.hjp.workbench.agreement.model.Agreement#getSignedDate <em>Signed Date</em>}</li>
 *   <li>{@link org.hjp.workbench.agreement.model.Agreement#getMeetingRhythm <em>Meeting Rhythm</em>}</li>
 *   <li>{@link org.hjp.workbench.agreement.model.Agreement#getDecisionMaking <em>Decision Making</em>}</li>
 *   <li>{@link org.hjp.workbench.agreement.model.Agreement#getConfidentialityAndPrivilege <em>Confidentiality And Privilege</em>}</li>
 *   <li>{@link org.hjp.workbench.agreement.model.Agreement#getConflictOfInterest <em>Conflict Of Interest</em>}</li>
 *   <li>{@link org.hjp.workbench.agreement.model.Agreement#getMandatoryReporting <em>Mandatory Reporting</em>}</li>
 *   <li>{@link org.hjp.workbench.agreement.model.Agreement#getDisputeResolution <em>Dispute Resolution</em>}</li>
 *   <li>{@link org.hjp.workbench.agreement.model.Agreement#getRoles <em>Roles</em>}</li>
 *   <li>{@link org.hjp.workbench.agreement.model.Agreement#getContributions <em>Contributions</em>}</li>
 *   <li>{@link org.hjp.workbench.agreement.model.Agreement#getInformationSharing <em>Information Sharing</em>}</li>
 *   <li>{@link org.hjp.workbench.agreement.model.Agreement#getDataCollection <em>Data Collection</em>}</li>
 *   <li>{@link org.hjp.workbench.agreement.model.Agreement#getMeetings <em>Meetings</em>}</li>
 *   <li>{@link org.hjp.workbench.agreement.model.Agreement#getReviewDates <em>Review Dates</em>}</li>
 * </ul>
 *
 * @see org.hjp.workbench.agreement.model.AgreementPackage#getAgreement()
 * @model
 * @generated
 */
public interface Agreement extends PartnershipExtension {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.hjp.workbench.agreement.model.AgreementPackage#getAgreement_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.agreement.model.Agreement#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The default value is <code>"draft"</code>.
	 * The literals are from the enumeration {@link org.hjp.workbench.agreement.model.AgreementStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.hjp.workbench.agreement.model.AgreementStatus
	 * @see #setStatus(AgreementStatus)
	 * @see org.hjp.workbench.agreement.model.AgreementPackage#getAgreement_Status()
	 * @model default="draft"
	 * @generated
	 */
	AgreementStatus getStatus();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.agreement.model.Agreement#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.hjp.workbench.agreement.model.AgreementStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(AgreementStatus value);

	/**
	 * Returns the value of the '<em><b>Signed Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signed Date</em>' attribute.
	 * @see #setSignedDate(Date)
	 * @see org.hjp.workbench.agreement.model.AgreementPackage#getAgreement_SignedDate()
	 * @model
	 * @generated
	 */
	Date getSignedDate();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.agreement.model.Agreement#getSignedDate <em>Signed Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signed Date</em>' attribute.
	 * @see #getSignedDate()
	 * @generated
	 */
	void setSignedDate(Date value);

	/**
	 * Returns the value of the '<em><b>Meeting Rhythm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How often and when the partners meet.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Meeting Rhythm</em>' attribute.
	 * @see #setMeetingRhythm(String)
	 * @see org.hjp.workbench.agreement.model.AgreementPackage#getAgreement_MeetingRhythm()
	 * @model
	 * @generated
	 */
	String getMeetingRhythm();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.agreement.model.Agreement#getMeetingRhythm <em>Meeting Rhythm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Meeting Rhythm</em>' attribute.
	 * @see #getMeetingRhythm()
	 * @generated
	 */
	void setMeetingRhythm(String value);

	/**
	 * Returns the value of the '<em><b>Decision Making</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who decides what, and how.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decision Making</em>' attribute.
	 * @see #setDecisionMaking(String)
	 * @see org.hjp.workbench.agreement.model.AgreementPackage#getAgreement_DecisionMaking()
	 * @model
	 * @generated
	 */
	String getDecisionMaking();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.agreement.model.Agreement#getDecisionMaking <em>Decision Making</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decision Making</em>' attribute.
	 * @see #getDecisionMaking()
	 * @generated
	 */
	void setDecisionMaking(String value);

	/**
	 * Returns the value of the '<em><b>Confidentiality And Privilege</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How client confidentiality and legal professional privilege are protected.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Confidentiality And Privilege</em>' attribute.
	 * @see #setConfidentialityAndPrivilege(String)
	 * @see org.hjp.workbench.agreement.model.AgreementPackage#getAgreement_ConfidentialityAndPrivilege()
	 * @model
	 * @generated
	 */
	String getConfidentialityAndPrivilege();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.agreement.model.Agreement#getConfidentialityAndPrivilege <em>Confidentiality And Privilege</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confidentiality And Privilege</em>' attribute.
	 * @see #getConfidentialityAndPrivilege()
	 * @generated
	 */
	void setConfidentialityAndPrivilege(String value);

	/**
	 * Returns the value of the '<em><b>Conflict Of Interest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conflict Of Interest</em>' attribute.
	 * @see #setConflictOfInterest(String)
	 * @see org.hjp.workbench.agreement.model.AgreementPackage#getAgreement_ConflictOfInterest()
	 * @model
	 * @generated
	 */
	String getConflictOfInterest();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.agreement.model.Agreement#getConflictOfInterest <em>Conflict Of Interest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Conflict Of Interest</em>' attribute.
	 * @see #getConflictOfInterest()
	 * @generated
	 */
	void setConflictOfInterest(String value);

	/**
	 * Returns the value of the '<em><b>Mandatory Reporting</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mandatory Reporting</em>' attribute.
	 * @see #setMandatoryReporting(String)
	 * @see org.hjp.workbench.agreement.model.AgreementPackage#getAgreement_MandatoryReporting()
	 * @model
	 * @generated
	 */
	String getMandatoryReporting();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.agreement.model.Agreement#getMandatoryReporting <em>Mandatory Reporting</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mandatory Reporting</em>' attribute.
	 * @see #getMandatoryReporting()
	 * @generated
	 */
	void setMandatoryReporting(String value);

	/**
	 * Returns the value of the '<em><b>Dispute Resolution</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dispute Resolution</em>' attribute.
	 * @see #setDisputeResolution(String)
	 * @see org.hjp.workbench.agreement.model.AgreementPackage#getAgreement_DisputeResolution()
	 * @model
	 * @generated
	 */
	String getDisputeResolution();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.agreement.model.Agreement#getDisputeResolution <em>Dispute Resolution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dispute Resolution</em>' attribute.
	 * @see #getDisputeResolution()
	 * @generated
	 */
	void setDisputeResolution(String value);

	/**
	 * Returns the value of the '<em><b>Roles</b></em>' containment reference list.
	 * The list contents are of type {@link org.hjp.workbench.agreement.model.Responsibility}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Roles and responsibilities.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Roles</em>' containment reference list.
	 * @see org.hjp.workbench.agreement.model.AgreementPackage#getAgreement_Roles()
	 * @model containment="true"
	 * @generated
	 */
	EList<Responsibility> getRoles();

	/**
	 * Returns the value of the '<em><b>Contributions</b></em>' containment reference list.
	 * The list contents are of type {@link org.hjp.workbench.agreement.model.Contribution}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What each partner contributes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contributions</em>' containment reference list.
	 * @see org.hjp.workbench.agreement.model.AgreementPackage#getAgreement_Contributions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Contribution> getContributions();

	/**
	 * Returns the value of the '<em><b>Information Sharing</b></em>' containment reference list.
	 * The list contents are of type {@link org.hjp.workbench.agreement.model.InformationSharing}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Information Sharing</em>' containment reference list.
	 * @see org.hjp.workbench.agreement.model.AgreementPackage#getAgreement_InformationSharing()
	 * @model containment="true"
	 * @generated
	 */
	EList<InformationSharing> getInformationSharing();

	/**
	 * Returns the value of the '<em><b>Data Collection</b></em>' containment reference list.
	 * The list contents are of type {@link org.hjp.workbench.agreement.model.DataCollection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Collection</em>' containment reference list.
	 * @see org.hjp.workbench.agreement.model.AgreementPackage#getAgreement_DataCollection()
	 * @model containment="true"
	 * @generated
	 */
	EList<DataCollection> getDataCollection();

	/**
	 * Returns the value of the '<em><b>Meetings</b></em>' containment reference list.
	 * The list contents are of type {@link org.hjp.workbench.agreement.model.Meeting}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Meetings</em>' containment reference list.
	 * @see org.hjp.workbench.agreement.model.AgreementPackage#getAgreement_Meetings()
	 * @model containment="true"
	 * @generated
	 */
	EList<Meeting> getMeetings();

	/**
	 * Returns the value of the '<em><b>Review Dates</b></em>' containment reference list.
	 * The list contents are of type {@link org.hjp.workbench.agreement.model.ReviewDate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the agreement is reviewed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Review Dates</em>' containment reference list.
	 * @see org.hjp.workbench.agreement.model.AgreementPackage#getAgreement_ReviewDates()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReviewDate> getReviewDates();

} // Agreement
