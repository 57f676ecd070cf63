/**
 */
package org.hjp.workbench.activities.model;

import org.eclipse.emf.common.util.EList;

import org.hjp.workbench.model.PartnershipExtension;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Activity Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Stage 2, identifying what you'll do together: the partnership's activities.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.activities.model.ActivityPlan#getActivities <em>Activities</em>}</li>
 * </ul>
 *
 * @see org.hjp.workbench.activities.model.ActivitiesPackage#getActivityPlan()
 * @model
 * @generated
 */
public interface ActivityPlan extends PartnershipExtension {
	/**
	 * Returns the value of the '<em><b>Activities</b></em>' containment reference list.
	 * The list contents are of type {@link org.hjp.workbench.activities.model.Activity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Activities</em>' containment reference list.
	 * @see org.hjp.workbench.activities.model.ActivitiesPackage#getActivityPlan_Activities()
	 * @model containment="true"
	 * @generated
	 */
	EList<Activity> getActivities();

} // ActivityPlan
