/**
 */
package org.hjp.workbench.activities.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.hjp.workbench.model.Organisation;

import org.hjp.workbench.needs.model.Need;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Activity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something the partners do together.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.activities.model.Activity#getName <em>Name</em>}</li>
 *   <li>{@link org.hjp.workbench.activities.model.Activity#getDescription <em>Description</em>}</li>
 *   <li>{@link org.hjp.workbench.activities.model.Activity#getResponsiblePartner <em>Responsible Partner</em>}</li>
 *   <li>{@link org.hjp.workbench.activities.model.Activity#getLinkedNeeds <em>Linked Needs</em>}</li>
 *   <li>{@link org.hjp.workbench.activities.model.Activity#getStatus <em>Status</em>}</li>
 *   <li>{@link org.hjp.workbench.activities.model.Activity#getStartDate <em>Start Date</em>}</li>
 * </ul>
 *
 * @see org.hjp.workbench.activities.model.ActivitiesPackage#getActivity()
 * @model abstract="true"
 * @generated
 */
public interface Activity extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.hjp.workbench.activities.model.ActivitiesPackage#getActivity_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.activities.model.Activity#getName <em>Name</em>}' attribute.
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
	 * @see org.hjp.workbench.activities.model.ActivitiesPackage#getActivity_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.activities.model.Activity#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Responsible Partner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The partner organisation responsible for the activity.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Responsible Partner</em>' reference.
	 * @see #setResponsiblePartner(Organisation)
	 * @see org.hjp.workbench.activities.model.ActivitiesPackage#getActivity_ResponsiblePartner()
	 * @model
	 * @generated
	 */
	Organisation getResponsiblePartner();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.activities.model.Activity#getResponsiblePartner <em>Responsible Partner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Responsible Partner</em>' reference.
	 * @see #getResponsiblePartner()
	 * @generated
	 */
	void setResponsiblePartner(Organisation value);

	/**
	 * Returns the value of the '<em><b>Linked Needs</b></em>' reference list.
	 * The list contents are of type {@link org.hjp.workbench.needs.model.Need}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The needs the activity meets.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Linked Needs</em>' reference list.
	 * @see org.hjp.workbench.activities.model.ActivitiesPackage#getActivity_LinkedNeeds()
	 * @model
	 * @generated
	 */
	EList<Need> getLinkedNeeds();

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The default value is <code>"proposed"</code>.
	 * The literals are from the enumeration {@link org.hjp.workbench.activities.model.ActivityStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.hjp.workbench.activities.model.ActivityStatus
	 * @see #setStatus(ActivityStatus)
	 * @see org.hjp.workbench.activities.model.ActivitiesPackage#getActivity_Status()
	 * @model default="proposed"
	 * @generated
	 */
	ActivityStatus getStatus();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.activities.model.Activity#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.hjp.workbench.activities.model.ActivityStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ActivityStatus value);

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(Date)
	 * @see org.hjp.workbench.activities.model.ActivitiesPackage#getActivity_StartDate()
	 * @model
	 * @generated
	 */
	Date getStartDate();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.activities.model.Activity#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(Date value);

} // Activity
