/**
 */
package org.hjp.workbench.assessment.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Answer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.assessment.model.Answer#getItem <em>Item</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.Answer#getKind <em>Kind</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.Answer#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @see org.hjp.workbench.assessment.model.AssessmentPackage#getAnswer()
 * @model
 * @generated
 */
public interface Answer extends EObject {
	/**
	 * Returns the value of the '<em><b>Item</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the statement answered.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Item</em>' attribute.
	 * @see #setItem(String)
	 * @see org.hjp.workbench.assessment.model.AssessmentPackage#getAnswer_Item()
	 * @model
	 * @generated
	 */
	String getItem();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.assessment.model.Answer#getItem <em>Item</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Item</em>' attribute.
	 * @see #getItem()
	 * @generated
	 */
	void setItem(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"point"</code>.
	 * The literals are from the enumeration {@link org.hjp.workbench.assessment.model.AnswerKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.hjp.workbench.assessment.model.AnswerKind
	 * @see #setKind(AnswerKind)
	 * @see org.hjp.workbench.assessment.model.AssessmentPackage#getAnswer_Kind()
	 * @model default="point"
	 * @generated
	 */
	AnswerKind getKind();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.assessment.model.Answer#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.hjp.workbench.assessment.model.AnswerKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(AnswerKind value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value of the point chosen on the statement's scale.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(int)
	 * @see org.hjp.workbench.assessment.model.AssessmentPackage#getAnswer_Value()
	 * @model
	 * @generated
	 */
	int getValue();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.assessment.model.Answer#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(int value);

} // Answer
