/**
 */
package org.hjp.workbench.agreement.model;

import org.eclipse.emf.ecore.EObject;

import org.hjp.workbench.model.Organisation;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Information Sharing</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What information passes between partners, and on what basis.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.agreement.model.InformationSharing#getInformation <em>Information</em>}</li>
 *   <li>{@link org.hjp.workbench.agreement.model.InformationSharing#getFromPartner <em>From Partner</em>}</li>
 *   <li>{@link org.hjp.workbench.agreement.model.InformationSharing#getToPartner <em>To Partner</em>}</li>
 *   <li>{@link org.hjp.workbench.agreement.model.InformationSharing#isConsentRequired <em>Consent Required</em>}</li>
 *   <li>{@link org.hjp.workbench.agreement.model.InformationSharing#getBasis <em>Basis</em>}</li>
 * </ul>
 *
 * @see org.hjp.workbench.agreement.model.AgreementPackage#getInformationSharing()
 * @model
 * @generated
 */
public interface InformationSharing extends EObject {
	/**
	 * Returns the value of the '<em><b>Information</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Information</em>' attribute.
	 * @see #setInformation(String)
	 * @see org.hjp.workbench.agreement.model.AgreementPackage#getInformationSharing_Information()
	 * @model
	 * @generated
	 */
	String getInformation();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.agreement.model.InformationSharing#getInformation <em>Information</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Information</em>' attribute.
	 * @see #getInformation()
	 * @generated
	 */
	void setInformation(String value);

	/**
	 * Returns the value of the '<em><b>From Partner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From Partner</em>' reference.
	 * @see #setFromPartner(Organisation)
	 * @see org.hjp.workbench.agreement.model.AgreementPackage#getInformationSharing_FromPartner()
	 * @model
	 * @generated
	 */
	Organisation getFromPartner();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.agreement.model.InformationSharing#getFromPartner <em>From Partner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From Partner</em>' reference.
	 * @see #getFromPartner()
	 * @generated
	 */
	void setFromPartner(Organisation value);

	/**
	 * Returns the value of the '<em><b>To Partner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To Partner</em>' reference.
	 * @see #setToPartner(Organisation)
	 * @see org.hjp.workbench.agreement.model.AgreementPackage#getInformationSharing_ToPartner()
	 * @model
	 * @generated
	 */
	Organisation getToPartner();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.agreement.model.InformationSharing#getToPartner <em>To Partner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To Partner</em>' reference.
	 * @see #getToPartner()
	 * @generated
	 */
	void setToPartner(Organisation value);

	/**
	 * Returns the value of the '<em><b>Consent Required</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Consent Required</em>' attribute.
	 * @see #setConsentRequired(boolean)
	 * @see org.hjp.workbench.agreement.model.AgreementPackage#getInformationSharing_ConsentRequired()
	 * @model default="true"
	 * @generated
	 */
	boolean isConsentRequired();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.agreement.model.InformationSharing#isConsentRequired <em>Consent Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Consent Required</em>' attribute.
	 * @see #isConsentRequired()
	 * @generated
	 */
	void setConsentRequired(boolean value);

	/**
	 * Returns the value of the '<em><b>Basis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The consent or legal basis.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Basis</em>' attribute.
	 * @see #setBasis(String)
	 * @see org.hjp.workbench.agreement.model.AgreementPackage#getInformationSharing_Basis()
	 * @model
	 * @generated
	 */
	String getBasis();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.agreement.model.InformationSharing#getBasis <em>Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Basis</em>' attribute.
	 * @see #getBasis()
	 * @generated
	 */
	void setBasis(String value);

} // InformationSharing
