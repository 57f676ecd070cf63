/**
 */
package org.hjp.workbench.activities.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Embedded Legal Help</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A lawyer working on site in the health service.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.activities.model.EmbeddedLegalHelp#getLocation <em>Location</em>}</li>
 *   <li>{@link org.hjp.workbench.activities.model.EmbeddedLegalHelp#getHoursPerWeek <em>Hours Per Week</em>}</li>
 * </ul>
 *
 * @see org.hjp.workbench.activities.model.ActivitiesPackage#getEmbeddedLegalHelp()
 * @model
 * @generated
 */
public interface EmbeddedLegalHelp extends Activity {
	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the lawyer works, e.g. the maternity ward's family room.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see org.hjp.workbench.activities.model.ActivitiesPackage#getEmbeddedLegalHelp_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.activities.model.EmbeddedLegalHelp#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Hours Per Week</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hours Per Week</em>' attribute.
	 * @see #setHoursPerWeek(Double)
	 * @see org.hjp.workbench.activities.model.ActivitiesPackage#getEmbeddedLegalHelp_HoursPerWeek()
	 * @model
	 * @generated
	 */
	Double getHoursPerWeek();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.activities.model.EmbeddedLegalHelp#getHoursPerWeek <em>Hours Per Week</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hours Per Week</em>' attribute.
	 * @see #getHoursPerWeek()
	 * @generated
	 */
	void setHoursPerWeek(Double value);

} // EmbeddedLegalHelp
