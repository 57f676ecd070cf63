/**
 */
package org.hjp.workbench.learning.model;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Review</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A review of how the partners work together.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.learning.model.Review#getDate <em>Date</em>}</li>
 *   <li>{@link org.hjp.workbench.learning.model.Review#getArea <em>Area</em>}</li>
 *   <li>{@link org.hjp.workbench.learning.model.Review#getFindings <em>Findings</em>}</li>
 *   <li>{@link org.hjp.workbench.learning.model.Review#getActions <em>Actions</em>}</li>
 * </ul>
 *
 * @see org.hjp.workbench.learning.model.LearningPackage#getReview()
 * @model
 * @generated
 */
public interface Review extends EObject {
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(Date)
	 * @see org.hjp.workbench.learning.model.LearningPackage#getReview_Date()
	 * @model
	 * @generated
	 */
	Date getDate();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.learning.model.Review#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(Date value);

	/**
	 * Returns the value of the '<em><b>Area</b></em>' attribute.
	 * The default value is <code>"relationships"</code>.
	 * The literals are from the enumeration {@link org.hjp.workbench.learning.model.ReviewArea}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Area</em>' attribute.
	 * @see org.hjp.workbench.learning.model.ReviewArea
	 * @see #setArea(ReviewArea)
	 * @see org.hjp.workbench.learning.model.LearningPackage#getReview_Area()
	 * @model default="relationships"
	 * @generated
	 */
	ReviewArea getArea();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.learning.model.Review#getArea <em>Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Area</em>' attribute.
	 * @see org.hjp.workbench.learning.model.ReviewArea
	 * @see #getArea()
	 * @generated
	 */
	void setArea(ReviewArea value);

	/**
	 * Returns the value of the '<em><b>Findings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Findings</em>' attribute.
	 * @see #setFindings(String)
	 * @see org.hjp.workbench.learning.model.LearningPackage#getReview_Findings()
	 * @model
	 * @generated
	 */
	String getFindings();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.learning.model.Review#getFindings <em>Findings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Findings</em>' attribute.
	 * @see #getFindings()
	 * @generated
	 */
	void setFindings(String value);

	/**
	 * Returns the value of the '<em><b>Actions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actions</em>' attribute.
	 * @see #setActions(String)
	 * @see org.hjp.workbench.learning.model.LearningPackage#getReview_Actions()
	 * @model
	 * @generated
	 */
	String getActions();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.learning.model.Review#getActions <em>Actions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actions</em>' attribute.
	 * @see #getActions()
	 * @generated
	 */
	void setActions(String value);

} // Review
