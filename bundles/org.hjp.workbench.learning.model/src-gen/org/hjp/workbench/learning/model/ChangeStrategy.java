/**
 */
package org.hjp.workbench.learning.model;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Change Strategy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A decision to change course.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.learning.model.ChangeStrategy#getKind <em>Kind</em>}</li>
 *   <li>{@link org.hjp.workbench.learning.model.ChangeStrategy#getDescription <em>Description</em>}</li>
 *   <li>{@link org.hjp.workbench.learning.model.ChangeStrategy#getDecidedOn <em>Decided On</em>}</li>
 * </ul>
 *
 * @see org.hjp.workbench.learning.model.LearningPackage#getChangeStrategy()
 * @model
 * @generated
 */
public interface ChangeStrategy extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"deepen"</code>.
	 * The literals are from the enumeration {@link org.hjp.workbench.learning.model.ChangeKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.hjp.workbench.learning.model.ChangeKind
	 * @see #setKind(ChangeKind)
	 * @see org.hjp.workbench.learning.model.LearningPackage#getChangeStrategy_Kind()
	 * @model default="deepen"
	 * @generated
	 */
	ChangeKind getKind();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.learning.model.ChangeStrategy#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.hjp.workbench.learning.model.ChangeKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ChangeKind value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.hjp.workbench.learning.model.LearningPackage#getChangeStrategy_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.learning.model.ChangeStrategy#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Decided On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decided On</em>' attribute.
	 * @see #setDecidedOn(Date)
	 * @see org.hjp.workbench.learning.model.LearningPackage#getChangeStrategy_DecidedOn()
	 * @model
	 * @generated
	 */
	Date getDecidedOn();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.learning.model.ChangeStrategy#getDecidedOn <em>Decided On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decided On</em>' attribute.
	 * @see #getDecidedOn()
	 * @generated
	 */
	void setDecidedOn(Date value);

} // ChangeStrategy
