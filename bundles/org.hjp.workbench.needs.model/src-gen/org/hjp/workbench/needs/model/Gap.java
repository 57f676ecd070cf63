/**
 */
package org.hjp.workbench.needs.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Gap</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A gap between a need and the help currently available.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.needs.model.Gap#getDescription <em>Description</em>}</li>
 *   <li>{@link org.hjp.workbench.needs.model.Gap#getNeed <em>Need</em>}</li>
 *   <li>{@link org.hjp.workbench.needs.model.Gap#getCurrentServices <em>Current Services</em>}</li>
 * </ul>
 *
 * @see org.hjp.workbench.needs.model.NeedsPackage#getGap()
 * @model
 * @generated
 */
public interface Gap extends EObject {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.hjp.workbench.needs.model.NeedsPackage#getGap_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.needs.model.Gap#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Need</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The need the gap leaves unmet.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Need</em>' reference.
	 * @see #setNeed(Need)
	 * @see org.hjp.workbench.needs.model.NeedsPackage#getGap_Need()
	 * @model
	 * @generated
	 */
	Need getNeed();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.needs.model.Gap#getNeed <em>Need</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Need</em>' reference.
	 * @see #getNeed()
	 * @generated
	 */
	void setNeed(Need value);

	/**
	 * Returns the value of the '<em><b>Current Services</b></em>' reference list.
	 * The list contents are of type {@link org.hjp.workbench.needs.model.ExistingService}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The services that fall short today.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Current Services</em>' reference list.
	 * @see org.hjp.workbench.needs.model.NeedsPackage#getGap_CurrentServices()
	 * @model
	 * @generated
	 */
	EList<ExistingService> getCurrentServices();

} // Gap
