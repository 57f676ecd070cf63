/**
 */
package org.hjp.workbench.activities.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Training</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Training offered by one partner to the other.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.activities.model.Training#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.hjp.workbench.activities.model.Training#getAudience <em>Audience</em>}</li>
 *   <li>{@link org.hjp.workbench.activities.model.Training#getGoal <em>Goal</em>}</li>
 *   <li>{@link org.hjp.workbench.activities.model.Training#getWhyTraining <em>Why Training</em>}</li>
 *   <li>{@link org.hjp.workbench.activities.model.Training#getBuyIn <em>Buy In</em>}</li>
 *   <li>{@link org.hjp.workbench.activities.model.Training#getPartnerViews <em>Partner Views</em>}</li>
 *   <li>{@link org.hjp.workbench.activities.model.Training#getMode <em>Mode</em>}</li>
 *   <li>{@link org.hjp.workbench.activities.model.Training#getContentKind <em>Content Kind</em>}</li>
 *   <li>{@link org.hjp.workbench.activities.model.Training#getMinutesAvailable <em>Minutes Available</em>}</li>
 *   <li>{@link org.hjp.workbench.activities.model.Training#getMinutesNeeded <em>Minutes Needed</em>}</li>
 *   <li>{@link org.hjp.workbench.activities.model.Training#getFollowUpResource <em>Follow Up Resource</em>}</li>
 *   <li>{@link org.hjp.workbench.activities.model.Training#getSessions <em>Sessions</em>}</li>
 * </ul>
 *
 * @see org.hjp.workbench.activities.model.ActivitiesPackage#getTraining()
 * @model
 * @generated
 */
public interface Training extends Activity {
	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The default value is <code>"legalToHealth"</code>.
	 * The literals are from the enumeration {@link org.hjp.workbench.activities.model.TrainingDirection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who trains whom.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see org.hjp.workbench.activities.model.TrainingDirection
	 * @see #setDirection(TrainingDirection)
	 * @see org.hjp.workbench.activities.model.ActivitiesPackage#getTraining_Direction()
	 * @model default="legalToHealth"
	 * @generated
	 */
	TrainingDirection getDirection();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.activities.model.Training#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see org.hjp.workbench.activities.model.TrainingDirection
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(TrainingDirection value);

	/**
	 * Returns the value of the '<em><b>Audience</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who attends, e.g. maternity social workers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Audience</em>' attribute.
	 * @see #setAudience(String)
	 * @see org.hjp.workbench.activities.model.ActivitiesPackage#getTraining_Audience()
	 * @model
	 * @generated
	 */
	String getAudience();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.activities.model.Training#getAudience <em>Audience</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Audience</em>' attribute.
	 * @see #getAudience()
	 * @generated
	 */
	void setAudience(String value);

	/**
	 * Returns the value of the '<em><b>Goal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The capability the training builds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Goal</em>' attribute.
	 * @see #setGoal(String)
	 * @see org.hjp.workbench.activities.model.ActivitiesPackage#getTraining_Goal()
	 * @model
	 * @generated
	 */
	String getGoal();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.activities.model.Training#getGoal <em>Goal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Goal</em>' attribute.
	 * @see #getGoal()
	 * @generated
	 */
	void setGoal(String value);

	/**
	 * Returns the value of the '<em><b>Why Training</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why training is the best tool for this need, rather than something else.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Why Training</em>' attribute.
	 * @see #setWhyTraining(String)
	 * @see org.hjp.workbench.activities.model.ActivitiesPackage#getTraining_WhyTraining()
	 * @model
	 * @generated
	 */
	String getWhyTraining();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.activities.model.Training#getWhyTraining <em>Why Training</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Why Training</em>' attribute.
	 * @see #getWhyTraining()
	 * @generated
	 */
	void setWhyTraining(String value);

	/**
	 * Returns the value of the '<em><b>Buy In</b></em>' attribute.
	 * The default value is <code>"notAsked"</code>.
	 * The literals are from the enumeration {@link org.hjp.workbench.activities.model.BuyInStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the partner wants this training.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Buy In</em>' attribute.
	 * @see org.hjp.workbench.activities.model.BuyInStatus
	 * @see #setBuyIn(BuyInStatus)
	 * @see org.hjp.workbench.activities.model.ActivitiesPackage#getTraining_BuyIn()
	 * @model default="notAsked"
	 * @generated
	 */
	BuyInStatus getBuyIn();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.activities.model.Training#getBuyIn <em>Buy In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Buy In</em>' attribute.
	 * @see org.hjp.workbench.activities.model.BuyInStatus
	 * @see #getBuyIn()
	 * @generated
	 */
	void setBuyIn(BuyInStatus value);

	/**
	 * Returns the value of the '<em><b>Partner Views</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the partner said about content, style and mode.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Partner Views</em>' attribute.
	 * @see #setPartnerViews(String)
	 * @see org.hjp.workbench.activities.model.ActivitiesPackage#getTraining_PartnerViews()
	 * @model
	 * @generated
	 */
	String getPartnerViews();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.activities.model.Training#getPartnerViews <em>Partner Views</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Partner Views</em>' attribute.
	 * @see #getPartnerViews()
	 * @generated
	 */
	void setPartnerViews(String value);

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The default value is <code>"inPerson"</code>.
	 * The literals are from the enumeration {@link org.hjp.workbench.activities.model.DeliveryMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see org.hjp.workbench.activities.model.DeliveryMode
	 * @see #setMode(DeliveryMode)
	 * @see org.hjp.workbench.activities.model.ActivitiesPackage#getTraining_Mode()
	 * @model default="inPerson"
	 * @generated
	 */
	DeliveryMode getMode();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.activities.model.Training#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see org.hjp.workbench.activities.model.DeliveryMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(DeliveryMode value);

	/**
	 * Returns the value of the '<em><b>Content Kind</b></em>' attribute.
	 * The default value is <code>"serviceIntroduction"</code>.
	 * The literals are from the enumeration {@link org.hjp.workbench.activities.model.ContentKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Content Kind</em>' attribute.
	 * @see org.hjp.workbench.activities.model.ContentKind
	 * @see #setContentKind(ContentKind)
	 * @see org.hjp.workbench.activities.model.ActivitiesPackage#getTraining_ContentKind()
	 * @model default="serviceIntroduction"
	 * @generated
	 */
	ContentKind getContentKind();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.activities.model.Training#getContentKind <em>Content Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content Kind</em>' attribute.
	 * @see org.hjp.workbench.activities.model.ContentKind
	 * @see #getContentKind()
	 * @generated
	 */
	void setContentKind(ContentKind value);

	/**
	 * Returns the value of the '<em><b>Minutes Available</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How long the audience can really give, e.g. 5 minutes at the start of a team meeting.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Minutes Available</em>' attribute.
	 * @see #setMinutesAvailable(Integer)
	 * @see org.hjp.workbench.activities.model.ActivitiesPackage#getTraining_MinutesAvailable()
	 * @model
	 * @generated
	 */
	Integer getMinutesAvailable();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.activities.model.Training#getMinutesAvailable <em>Minutes Available</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minutes Available</em>' attribute.
	 * @see #getMinutesAvailable()
	 * @generated
	 */
	void setMinutesAvailable(Integer value);

	/**
	 * Returns the value of the '<em><b>Minutes Needed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How long the content needs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Minutes Needed</em>' attribute.
	 * @see #setMinutesNeeded(Integer)
	 * @see org.hjp.workbench.activities.model.ActivitiesPackage#getTraining_MinutesNeeded()
	 * @model
	 * @generated
	 */
	Integer getMinutesNeeded();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.activities.model.Training#getMinutesNeeded <em>Minutes Needed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minutes Needed</em>' attribute.
	 * @see #getMinutesNeeded()
	 * @generated
	 */
	void setMinutesNeeded(Integer value);

	/**
	 * Returns the value of the '<em><b>Follow Up Resource</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A written resource people keep afterwards.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Follow Up Resource</em>' attribute.
	 * @see #setFollowUpResource(String)
	 * @see org.hjp.workbench.activities.model.ActivitiesPackage#getTraining_FollowUpResource()
	 * @model
	 * @generated
	 */
	String getFollowUpResource();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.activities.model.Training#getFollowUpResource <em>Follow Up Resource</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Follow Up Resource</em>' attribute.
	 * @see #getFollowUpResource()
	 * @generated
	 */
	void setFollowUpResource(String value);

	/**
	 * Returns the value of the '<em><b>Sessions</b></em>' containment reference list.
	 * The list contents are of type {@link org.hjp.workbench.activities.model.TrainingSession}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sessions held.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sessions</em>' containment reference list.
	 * @see org.hjp.workbench.activities.model.ActivitiesPackage#getTraining_Sessions()
	 * @model containment="true"
	 * @generated
	 */
	EList<TrainingSession> getSessions();

} // Training
