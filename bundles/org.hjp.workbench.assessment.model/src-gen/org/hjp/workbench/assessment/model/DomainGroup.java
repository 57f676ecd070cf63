/**
 */
package org.hjp.workbench.assessment.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Domain Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A group of domains (a category) with a score of its own over all their statements.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.assessment.model.DomainGroup#getId <em>Id</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.DomainGroup#getName <em>Name</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.DomainGroup#getDescription <em>Description</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.DomainGroup#getBands <em>Bands</em>}</li>
 * </ul>
 *
 * @see org.hjp.workbench.assessment.model.AssessmentPackage#getDomainGroup()
 * @model
 * @generated
 */
public interface DomainGroup extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.hjp.workbench.assessment.model.AssessmentPackage#getDomainGroup_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.assessment.model.DomainGroup#getId <em>Id</em>}' attribute.
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
	 * @see org.hjp.workbench.assessment.model.AssessmentPackage#getDomainGroup_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.assessment.model.DomainGroup#getName <em>Name</em>}' attribute.
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
	 * @see org.hjp.workbench.assessment.model.AssessmentPackage#getDomainGroup_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.assessment.model.DomainGroup#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Bands</b></em>' containment reference list.
	 * The list contents are of type {@link org.hjp.workbench.assessment.model.Band}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the group's score is read.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bands</em>' containment reference list.
	 * @see org.hjp.workbench.assessment.model.AssessmentPackage#getDomainGroup_Bands()
	 * @model containment="true"
	 * @generated
	 */
	EList<Band> getBands();

} // DomainGroup
