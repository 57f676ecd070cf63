/**
 */
package org.hjp.workbench.needs.model;

import org.eclipse.emf.common.util.EList;

import org.hjp.workbench.model.PartnershipExtension;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>And Gaps</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Stage 1, investigating needs and gaps: what people need, the evidence for it, and where current services fall short.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.needs.model.NeedsAndGaps#getNeeds <em>Needs</em>}</li>
 *   <li>{@link org.hjp.workbench.needs.model.NeedsAndGaps#getGaps <em>Gaps</em>}</li>
 *   <li>{@link org.hjp.workbench.needs.model.NeedsAndGaps#getExistingServices <em>Existing Services</em>}</li>
 *   <li>{@link org.hjp.workbench.needs.model.NeedsAndGaps#getRelationships <em>Relationships</em>}</li>
 * </ul>
 *
 * @see org.hjp.workbench.needs.model.NeedsPackage#getNeedsAndGaps()
 * @model
 * @generated
 */
public interface NeedsAndGaps extends PartnershipExtension {
	/**
	 * Returns the value of the '<em><b>Needs</b></em>' containment reference list.
	 * The list contents are of type {@link org.hjp.workbench.needs.model.Need}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Needs</em>' containment reference list.
	 * @see org.hjp.workbench.needs.model.NeedsPackage#getNeedsAndGaps_Needs()
	 * @model containment="true"
	 * @generated
	 */
	EList<Need> getNeeds();

	/**
	 * Returns the value of the '<em><b>Gaps</b></em>' containment reference list.
	 * The list contents are of type {@link org.hjp.workbench.needs.model.Gap}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gaps</em>' containment reference list.
	 * @see org.hjp.workbench.needs.model.NeedsPackage#getNeedsAndGaps_Gaps()
	 * @model containment="true"
	 * @generated
	 */
	EList<Gap> getGaps();

	/**
	 * Returns the value of the '<em><b>Existing Services</b></em>' containment reference list.
	 * The list contents are of type {@link org.hjp.workbench.needs.model.ExistingService}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Services the target cohorts already use.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Existing Services</em>' containment reference list.
	 * @see org.hjp.workbench.needs.model.NeedsPackage#getNeedsAndGaps_ExistingServices()
	 * @model containment="true"
	 * @generated
	 */
	EList<ExistingService> getExistingServices();

	/**
	 * Returns the value of the '<em><b>Relationships</b></em>' containment reference list.
	 * The list contents are of type {@link org.hjp.workbench.needs.model.WorkingRelationship}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who already works with whom.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Relationships</em>' containment reference list.
	 * @see org.hjp.workbench.needs.model.NeedsPackage#getNeedsAndGaps_Relationships()
	 * @model containment="true"
	 * @generated
	 */
	EList<WorkingRelationship> getRelationships();

} // NeedsAndGaps
