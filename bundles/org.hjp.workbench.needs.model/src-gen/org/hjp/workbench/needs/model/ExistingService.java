/**
 */
package org.hjp.workbench.needs.model;

import org.eclipse.emf.ecore.EObject;

import org.hjp.workbench.model.Organisation;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Existing Service</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A service the target cohort already uses.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.needs.model.ExistingService#getName <em>Name</em>}</li>
 *   <li>{@link org.hjp.workbench.needs.model.ExistingService#getProvider <em>Provider</em>}</li>
 *   <li>{@link org.hjp.workbench.needs.model.ExistingService#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see org.hjp.workbench.needs.model.NeedsPackage#getExistingService()
 * @model
 * @generated
 */
public interface ExistingService extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.hjp.workbench.needs.model.NeedsPackage#getExistingService_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.needs.model.ExistingService#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Provider</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who runs it, if they are a partner.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provider</em>' reference.
	 * @see #setProvider(Organisation)
	 * @see org.hjp.workbench.needs.model.NeedsPackage#getExistingService_Provider()
	 * @model
	 * @generated
	 */
	Organisation getProvider();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.needs.model.ExistingService#getProvider <em>Provider</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provider</em>' reference.
	 * @see #getProvider()
	 * @generated
	 */
	void setProvider(Organisation value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.hjp.workbench.needs.model.NeedsPackage#getExistingService_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.needs.model.ExistingService#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // ExistingService
