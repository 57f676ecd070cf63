/**
 */
package org.hjp.workbench.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Organisation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A partner organisation.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.model.Organisation#getName <em>Name</em>}</li>
 *   <li>{@link org.hjp.workbench.model.Organisation#getSector <em>Sector</em>}</li>
 *   <li>{@link org.hjp.workbench.model.Organisation#getType <em>Type</em>}</li>
 *   <li>{@link org.hjp.workbench.model.Organisation#isLead <em>Lead</em>}</li>
 *   <li>{@link org.hjp.workbench.model.Organisation#getDescription <em>Description</em>}</li>
 *   <li>{@link org.hjp.workbench.model.Organisation#getPeople <em>People</em>}</li>
 * </ul>
 *
 * @see org.hjp.workbench.model.PartnershipPackage#getOrganisation()
 * @model
 * @generated
 */
public interface Organisation extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.hjp.workbench.model.PartnershipPackage#getOrganisation_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.model.Organisation#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Sector</b></em>' attribute.
	 * The default value is <code>"legal"</code>.
	 * The literals are from the enumeration {@link org.hjp.workbench.model.Sector}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Legal, health or other.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sector</em>' attribute.
	 * @see org.hjp.workbench.model.Sector
	 * @see #setSector(Sector)
	 * @see org.hjp.workbench.model.PartnershipPackage#getOrganisation_Sector()
	 * @model default="legal"
	 * @generated
	 */
	Sector getSector();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.model.Organisation#getSector <em>Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sector</em>' attribute.
	 * @see org.hjp.workbench.model.Sector
	 * @see #getSector()
	 * @generated
	 */
	void setSector(Sector value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The default value is <code>"communityLegalCentre"</code>.
	 * The literals are from the enumeration {@link org.hjp.workbench.model.OrganisationType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind of service.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.hjp.workbench.model.OrganisationType
	 * @see #setType(OrganisationType)
	 * @see org.hjp.workbench.model.PartnershipPackage#getOrganisation_Type()
	 * @model default="communityLegalCentre"
	 * @generated
	 */
	OrganisationType getType();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.model.Organisation#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.hjp.workbench.model.OrganisationType
	 * @see #getType()
	 * @generated
	 */
	void setType(OrganisationType value);

	/**
	 * Returns the value of the '<em><b>Lead</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether this organisation is a lead partner.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lead</em>' attribute.
	 * @see #setLead(boolean)
	 * @see org.hjp.workbench.model.PartnershipPackage#getOrganisation_Lead()
	 * @model
	 * @generated
	 */
	boolean isLead();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.model.Organisation#isLead <em>Lead</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lead</em>' attribute.
	 * @see #isLead()
	 * @generated
	 */
	void setLead(boolean value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.hjp.workbench.model.PartnershipPackage#getOrganisation_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.model.Organisation#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>People</b></em>' containment reference list.
	 * The list contents are of type {@link org.hjp.workbench.model.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The people of this organisation who take part in the partnership.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>People</em>' containment reference list.
	 * @see org.hjp.workbench.model.PartnershipPackage#getOrganisation_People()
	 * @model containment="true"
	 * @generated
	 */
	EList<Person> getPeople();

} // Organisation
