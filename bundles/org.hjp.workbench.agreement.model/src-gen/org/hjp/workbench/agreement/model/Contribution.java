/**
 */
package org.hjp.workbench.agreement.model;

import org.eclipse.emf.ecore.EObject;

import org.hjp.workbench.model.Organisation;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Contribution</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What a partner contributes: staff, space, money or in-kind support.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.agreement.model.Contribution#getPartner <em>Partner</em>}</li>
 *   <li>{@link org.hjp.workbench.agreement.model.Contribution#getKind <em>Kind</em>}</li>
 *   <li>{@link org.hjp.workbench.agreement.model.Contribution#getDescription <em>Description</em>}</li>
 *   <li>{@link org.hjp.workbench.agreement.model.Contribution#getAnnualValue <em>Annual Value</em>}</li>
 * </ul>
 *
 * @see org.hjp.workbench.agreement.model.AgreementPackage#getContribution()
 * @model
 * @generated
 */
public interface Contribution extends EObject {
	/**
	 * Returns the value of the '<em><b>Partner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Partner</em>' reference.
	 * @see #setPartner(Organisation)
	 * @see org.hjp.workbench.agreement.model.AgreementPackage#getContribution_Partner()
	 * @model
	 * @generated
	 */
	Organisation getPartner();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.agreement.model.Contribution#getPartner <em>Partner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Partner</em>' reference.
	 * @see #getPartner()
	 * @generated
	 */
	void setPartner(Organisation value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"staff"</code>.
	 * The literals are from the enumeration {@link org.hjp.workbench.agreement.model.ContributionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.hjp.workbench.agreement.model.ContributionKind
	 * @see #setKind(ContributionKind)
	 * @see org.hjp.workbench.agreement.model.AgreementPackage#getContribution_Kind()
	 * @model default="staff"
	 * @generated
	 */
	ContributionKind getKind();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.agreement.model.Contribution#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.hjp.workbench.agreement.model.ContributionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ContributionKind value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.hjp.workbench.agreement.model.AgreementPackage#getContribution_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.agreement.model.Contribution#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Annual Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Estimated value a year, in dollars.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Annual Value</em>' attribute.
	 * @see #setAnnualValue(Double)
	 * @see org.hjp.workbench.agreement.model.AgreementPackage#getContribution_AnnualValue()
	 * @model
	 * @generated
	 */
	Double getAnnualValue();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.agreement.model.Contribution#getAnnualValue <em>Annual Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annual Value</em>' attribute.
	 * @see #getAnnualValue()
	 * @generated
	 */
	void setAnnualValue(Double value);

} // Contribution
