/**
 */
package org.hjp.workbench.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Target Cohort</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A group of people the partnership aims to reach, e.g. women attending the antenatal clinic.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.model.TargetCohort#getName <em>Name</em>}</li>
 *   <li>{@link org.hjp.workbench.model.TargetCohort#getDescription <em>Description</em>}</li>
 *   <li>{@link org.hjp.workbench.model.TargetCohort#getEstimatedSize <em>Estimated Size</em>}</li>
 * </ul>
 *
 * @see org.hjp.workbench.model.PartnershipPackage#getTargetCohort()
 * @model
 * @generated
 */
public interface TargetCohort extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.hjp.workbench.model.PartnershipPackage#getTargetCohort_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.model.TargetCohort#getName <em>Name</em>}' attribute.
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
	 * @see org.hjp.workbench.model.PartnershipPackage#getTargetCohort_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.model.TargetCohort#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Estimated Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * About how many people a year, if known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Estimated Size</em>' attribute.
	 * @see #setEstimatedSize(Integer)
	 * @see org.hjp.workbench.model.PartnershipPackage#getTargetCohort_EstimatedSize()
	 * @model
	 * @generated
	 */
	Integer getEstimatedSize();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.model.TargetCohort#getEstimatedSize <em>Estimated Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Estimated Size</em>' attribute.
	 * @see #getEstimatedSize()
	 * @generated
	 */
	void setEstimatedSize(Integer value);

} // TargetCohort
