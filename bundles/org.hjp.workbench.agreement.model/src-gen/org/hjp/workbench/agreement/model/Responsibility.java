/**
 */
package org.hjp.workbench.agreement.model;

import org.eclipse.emf.ecore.EObject;

import org.hjp.workbench.model.Organisation;
import org.hjp.workbench.model.Person;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Responsibility</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A role or responsibility of a partner.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.agreement.model.Responsibility#getPartner <em>Partner</em>}</li>
 *   <li>{@link org.hjp.workbench.agreement.model.Responsibility#getPerson <em>Person</em>}</li>
 *   <li>{@link org.hjp.workbench.agreement.model.Responsibility#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see org.hjp.workbench.agreement.model.AgreementPackage#getResponsibility()
 * @model
 * @generated
 */
public interface Responsibility extends EObject {
	/**
	 * Returns the value of the '<em><b>Partner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Partner</em>' reference.
	 * @see #setPartner(Organisation)
	 * @see org.hjp.workbench.agreement.model.AgreementPackage#getResponsibility_Partner()
	 * @model
	 * @generated
	 */
	Organisation getPartner();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.agreement.model.Responsibility#getPartner <em>Partner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Partner</em>' reference.
	 * @see #getPartner()
	 * @generated
	 */
	void setPartner(Organisation value);

	/**
	 * Returns the value of the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Person</em>' reference.
	 * @see #setPerson(Person)
	 * @see org.hjp.workbench.agreement.model.AgreementPackage#getResponsibility_Person()
	 * @model
	 * @generated
	 */
	Person getPerson();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.agreement.model.Responsibility#getPerson <em>Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Person</em>' reference.
	 * @see #getPerson()
	 * @generated
	 */
	void setPerson(Person value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.hjp.workbench.agreement.model.AgreementPackage#getResponsibility_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.agreement.model.Responsibility#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // Responsibility
