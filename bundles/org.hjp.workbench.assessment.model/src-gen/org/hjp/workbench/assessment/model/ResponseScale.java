/**
 */
package org.hjp.workbench.assessment.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Response Scale</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The answers a statement can have: labelled points with values, and optionally don't know and not applicable.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.assessment.model.ResponseScale#getId <em>Id</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.ResponseScale#getName <em>Name</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.ResponseScale#isDontKnow <em>Dont Know</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.ResponseScale#isNotApplicable <em>Not Applicable</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.ResponseScale#getPoints <em>Points</em>}</li>
 * </ul>
 *
 * @see org.hjp.workbench.assessment.model.AssessmentPackage#getResponseScale()
 * @model
 * @generated
 */
public interface ResponseScale extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.hjp.workbench.assessment.model.AssessmentPackage#getResponseScale_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.assessment.model.ResponseScale#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.hjp.workbench.assessment.model.AssessmentPackage#getResponseScale_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.assessment.model.ResponseScale#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Dont Know</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether "don't know" may be answered; it counts as a missing answer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dont Know</em>' attribute.
	 * @see #setDontKnow(boolean)
	 * @see org.hjp.workbench.assessment.model.AssessmentPackage#getResponseScale_DontKnow()
	 * @model
	 * @generated
	 */
	boolean isDontKnow();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.assessment.model.ResponseScale#isDontKnow <em>Dont Know</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dont Know</em>' attribute.
	 * @see #isDontKnow()
	 * @generated
	 */
	void setDontKnow(boolean value);

	/**
	 * Returns the value of the '<em><b>Not Applicable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether "not applicable" may be answered; it counts as a missing answer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Not Applicable</em>' attribute.
	 * @see #setNotApplicable(boolean)
	 * @see org.hjp.workbench.assessment.model.AssessmentPackage#getResponseScale_NotApplicable()
	 * @model
	 * @generated
	 */
	boolean isNotApplicable();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.assessment.model.ResponseScale#isNotApplicable <em>Not Applicable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Not Applicable</em>' attribute.
	 * @see #isNotApplicable()
	 * @generated
	 */
	void setNotApplicable(boolean value);

	/**
	 * Returns the value of the '<em><b>Points</b></em>' containment reference list.
	 * The list contents are of type {@link org.hjp.workbench.assessment.model.ScalePoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Points</em>' containment reference list.
	 * @see org.hjp.workbench.assessment.model.AssessmentPackage#getResponseScale_Points()
	 * @model containment="true" lower="2"
	 * @generated
	 */
	EList<ScalePoint> getPoints();

} // ResponseScale
