/**
 */
package org.hjp.workbench.activities.model;

import org.hjp.workbench.model.Organisation;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Referral Pathway</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A warm referral route from health staff to legal help, avoiding a referral roundabout.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.activities.model.ReferralPathway#getFromPartner <em>From Partner</em>}</li>
 *   <li>{@link org.hjp.workbench.activities.model.ReferralPathway#getToPartner <em>To Partner</em>}</li>
 *   <li>{@link org.hjp.workbench.activities.model.ReferralPathway#isWarmReferral <em>Warm Referral</em>}</li>
 *   <li>{@link org.hjp.workbench.activities.model.ReferralPathway#getScreeningQuestions <em>Screening Questions</em>}</li>
 * </ul>
 *
 * @see org.hjp.workbench.activities.model.ActivitiesPackage#getReferralPathway()
 * @model
 * @generated
 */
public interface ReferralPathway extends Activity {
	/**
	 * Returns the value of the '<em><b>From Partner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who refers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>From Partner</em>' reference.
	 * @see #setFromPartner(Organisation)
	 * @see org.hjp.workbench.activities.model.ActivitiesPackage#getReferralPathway_FromPartner()
	 * @model
	 * @generated
	 */
	Organisation getFromPartner();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.activities.model.ReferralPathway#getFromPartner <em>From Partner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From Partner</em>' reference.
	 * @see #getFromPartner()
	 * @generated
	 */
	void setFromPartner(Organisation value);

	/**
	 * Returns the value of the '<em><b>To Partner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who receives the referral.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>To Partner</em>' reference.
	 * @see #setToPartner(Organisation)
	 * @see org.hjp.workbench.activities.model.ActivitiesPackage#getReferralPathway_ToPartner()
	 * @model
	 * @generated
	 */
	Organisation getToPartner();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.activities.model.ReferralPathway#getToPartner <em>To Partner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To Partner</em>' reference.
	 * @see #getToPartner()
	 * @generated
	 */
	void setToPartner(Organisation value);

	/**
	 * Returns the value of the '<em><b>Warm Referral</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the referrer introduces the person directly rather than handing over a phone number.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Warm Referral</em>' attribute.
	 * @see #setWarmReferral(boolean)
	 * @see org.hjp.workbench.activities.model.ActivitiesPackage#getReferralPathway_WarmReferral()
	 * @model default="true"
	 * @generated
	 */
	boolean isWarmReferral();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.activities.model.ReferralPathway#isWarmReferral <em>Warm Referral</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Warm Referral</em>' attribute.
	 * @see #isWarmReferral()
	 * @generated
	 */
	void setWarmReferral(boolean value);

	/**
	 * Returns the value of the '<em><b>Screening Questions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How staff spot a legal need, e.g. three screening questions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Screening Questions</em>' attribute.
	 * @see #setScreeningQuestions(String)
	 * @see org.hjp.workbench.activities.model.ActivitiesPackage#getReferralPathway_ScreeningQuestions()
	 * @model
	 * @generated
	 */
	String getScreeningQuestions();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.activities.model.ReferralPathway#getScreeningQuestions <em>Screening Questions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Screening Questions</em>' attribute.
	 * @see #getScreeningQuestions()
	 * @generated
	 */
	void setScreeningQuestions(String value);

} // ReferralPathway
