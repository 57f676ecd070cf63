/**
 */
package org.hjp.workbench.activities.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Systemic Advocacy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Policy, advocacy or systemic change the partners pursue together.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.activities.model.SystemicAdvocacy#getIssue <em>Issue</em>}</li>
 *   <li>{@link org.hjp.workbench.activities.model.SystemicAdvocacy#getAudience <em>Audience</em>}</li>
 * </ul>
 *
 * @see org.hjp.workbench.activities.model.ActivitiesPackage#getSystemicAdvocacy()
 * @model
 * @generated
 */
public interface SystemicAdvocacy extends Activity {
	/**
	 * Returns the value of the '<em><b>Issue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Issue</em>' attribute.
	 * @see #setIssue(String)
	 * @see org.hjp.workbench.activities.model.ActivitiesPackage#getSystemicAdvocacy_Issue()
	 * @model
	 * @generated
	 */
	String getIssue();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.activities.model.SystemicAdvocacy#getIssue <em>Issue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Issue</em>' attribute.
	 * @see #getIssue()
	 * @generated
	 */
	void setIssue(String value);

	/**
	 * Returns the value of the '<em><b>Audience</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whom the advocacy addresses.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Audience</em>' attribute.
	 * @see #setAudience(String)
	 * @see org.hjp.workbench.activities.model.ActivitiesPackage#getSystemicAdvocacy_Audience()
	 * @model
	 * @generated
	 */
	String getAudience();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.activities.model.SystemicAdvocacy#getAudience <em>Audience</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Audience</em>' attribute.
	 * @see #getAudience()
	 * @generated
	 */
	void setAudience(String value);

} // SystemicAdvocacy
