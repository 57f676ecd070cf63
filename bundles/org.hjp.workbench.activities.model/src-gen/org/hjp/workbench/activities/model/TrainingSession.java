/**
 */
package org.hjp.workbench.activities.model;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Training Session</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A training session that took place.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.activities.model.TrainingSession#getDate <em>Date</em>}</li>
 *   <li>{@link org.hjp.workbench.activities.model.TrainingSession#getAttendees <em>Attendees</em>}</li>
 *   <li>{@link org.hjp.workbench.activities.model.TrainingSession#getMinutes <em>Minutes</em>}</li>
 *   <li>{@link org.hjp.workbench.activities.model.TrainingSession#getFeedback <em>Feedback</em>}</li>
 * </ul>
 *
 * @see org.hjp.workbench.activities.model.ActivitiesPackage#getTrainingSession()
 * @model
 * @generated
 */
public interface TrainingSession extends EObject {
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(Date)
	 * @see org.hjp.workbench.activities.model.ActivitiesPackage#getTrainingSession_Date()
	 * @model
	 * @generated
	 */
	Date getDate();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.activities.model.TrainingSession#getDate <em>Date</em>}' attribute.
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
	 * @see #setAttendees(int)
	 * @see org.hjp.workbench.activities.model.ActivitiesPackage#getTrainingSession_Attendees()
	 * @model
	 * @generated
	 */
	int getAttendees();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.activities.model.TrainingSession#getAttendees <em>Attendees</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attendees</em>' attribute.
	 * @see #getAttendees()
	 * @generated
	 */
	void setAttendees(int value);

	/**
	 * Returns the value of the '<em><b>Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Minutes</em>' attribute.
	 * @see #setMinutes(Integer)
	 * @see org.hjp.workbench.activities.model.ActivitiesPackage#getTrainingSession_Minutes()
	 * @model
	 * @generated
	 */
	Integer getMinutes();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.activities.model.TrainingSession#getMinutes <em>Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minutes</em>' attribute.
	 * @see #getMinutes()
	 * @generated
	 */
	void setMinutes(Integer value);

	/**
	 * Returns the value of the '<em><b>Feedback</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Feedback</em>' attribute.
	 * @see #setFeedback(String)
	 * @see org.hjp.workbench.activities.model.ActivitiesPackage#getTrainingSession_Feedback()
	 * @model
	 * @generated
	 */
	String getFeedback();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.activities.model.TrainingSession#getFeedback <em>Feedback</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Feedback</em>' attribute.
	 * @see #getFeedback()
	 * @generated
	 */
	void setFeedback(String value);

} // TrainingSession
