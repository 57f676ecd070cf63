/**
 */
package org.hjp.workbench.activities.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Care Coordination</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Legal and health staff coordinating their work with the same person.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.activities.model.CareCoordination#getArrangement <em>Arrangement</em>}</li>
 * </ul>
 *
 * @see org.hjp.workbench.activities.model.ActivitiesPackage#getCareCoordination()
 * @model
 * @generated
 */
public interface CareCoordination extends Activity {
	/**
	 * Returns the value of the '<em><b>Arrangement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the coordination works, e.g. joint case meeting monthly.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Arrangement</em>' attribute.
	 * @see #setArrangement(String)
	 * @see org.hjp.workbench.activities.model.ActivitiesPackage#getCareCoordination_Arrangement()
	 * @model
	 * @generated
	 */
	String getArrangement();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.activities.model.CareCoordination#getArrangement <em>Arrangement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Arrangement</em>' attribute.
	 * @see #getArrangement()
	 * @generated
	 */
	void setArrangement(String value);

} // CareCoordination
