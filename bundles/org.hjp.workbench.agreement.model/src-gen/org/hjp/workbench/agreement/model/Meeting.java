/**
 */
package org.hjp.workbench.agreement.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Meeting</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A governance meeting.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.agreement.model.Meeting#getDate <em>Date</em>}</li>
 *   <li>{@link org.hjp.workbench.agreement.model.Meeting#getAttendees <em>Attendees</em>}</li>
 *   <li>{@link org.hjp.workbench.agreement.model.Meeting#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.hjp.workbench.agreement.model.Meeting#getDecisions <em>Decisions</em>}</li>
 * </ul>
 *
 * @see org.hjp.workbench.agreement.model.AgreementPackage#getMeeting()
 * @model
 * @generated
 */
public interface Meeting extends EObject {
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(Date)
	 * @see org.hjp.workbench.agreement.model.AgreementPackage#getMeeting_Date()
	 * @model
	 * @generated
	 */
	Date getDate();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.agreement.model.Meeting#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(Date value);

	/**
	 * Returns the value of the '<em><b>Attendees</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attendees</em>' attribute.
	 * @see #setAttendees(String)
	 * @see org.hjp.workbench.agreement.model.AgreementPackage#getMeeting_Attendees()
	 * @model
	 * @generated
	 */
	String getAttendees();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.agreement.model.Meeting#getAttendees <em>Attendees</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attendees</em>' attribute.
	 * @see #getAttendees()
	 * @generated
	 */
	void setAttendees(String value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.hjp.workbench.agreement.model.AgreementPackage#getMeeting_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.agreement.model.Meeting#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * Returns the value of the '<em><b>Decisions</b></em>' containment reference list.
	 * The list contents are of type {@link org.hjp.workbench.agreement.model.Decision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decisions</em>' containment reference list.
	 * @see org.hjp.workbench.agreement.model.AgreementPackage#getMeeting_Decisions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Decision> getDecisions();

} // Meeting
