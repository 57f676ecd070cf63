/**
 */
package org.hjp.workbench.activities.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Secondary Consultation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Health practitioners asking the lawyer for advice about a client's situation.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.activities.model.SecondaryConsultation#getHowToAsk <em>How To Ask</em>}</li>
 * </ul>
 *
 * @see org.hjp.workbench.activities.model.ActivitiesPackage#getSecondaryConsultation()
 * @model
 * @generated
 */
public interface SecondaryConsultation extends Activity {
	/**
	 * Returns the value of the '<em><b>How To Ask</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How practitioners reach the lawyer, e.g. phone line on Tuesdays.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>How To Ask</em>' attribute.
	 * @see #setHowToAsk(String)
	 * @see org.hjp.workbench.activities.model.ActivitiesPackage#getSecondaryConsultation_HowToAsk()
	 * @model
	 * @generated
	 */
	String getHowToAsk();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.activities.model.SecondaryConsultation#getHowToAsk <em>How To Ask</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>How To Ask</em>' attribute.
	 * @see #getHowToAsk()
	 * @generated
	 */
	void setHowToAsk(String value);

} // SecondaryConsultation
