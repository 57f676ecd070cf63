/**
 */
package org.hjp.workbench.activities.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.hjp.workbench.activities.model.ActivitiesPackage;
import org.hjp.workbench.activities.model.BuyInStatus;
import org.hjp.workbench.activities.model.ContentKind;
import org.hjp.workbench.activities.model.DeliveryMode;
import org.hjp.workbench.activities.model.Training;
import org.hjp.workbench.activities.model.TrainingDirection;
import org.hjp.workbench.activities.model.TrainingSession;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Training</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.activities.model.impl.TrainingImpl#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.hjp.workbench.activities.model.impl.TrainingImpl#getAudience <em>Audience</em>}</li>
 *   <li>{@link org.hjp.workbench.activities.model.impl.TrainingImpl#getGoal <em>Goal</em>}</li>
 *   <li>{@link org.hjp.workbench.activities.model.impl.TrainingImpl#getWhyTraining <em>Why Training</em>}</li>
 *   <li>{@link org.hjp.workbench.activities.model.impl.TrainingImpl#getBuyIn <em>Buy In</em>}</li>
 *   <li>{@link org.hjp.workbench.activities.model.impl.TrainingImpl#getPartnerViews <em>Partner Views</em>}</li>
 *   <li>{@link org.hjp.workbench.activities.model.impl.TrainingImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link org.hjp.workbench.activities.model.impl.TrainingImpl#getContentKind <em>Content Kind</em>}</li>
 *   <li>{@link org.hjp.workbench.activities.model.impl.TrainingImpl#getMinutesAvailable <em>Minutes Available</em>}</li>
 *   <li>{@link org.hjp.workbench.activities.model.impl.TrainingImpl#getMinutesNeeded <em>Minutes Needed</em>}</li>
 *   <li>{@link org.hjp.workbench.activities.model.impl.TrainingImpl#getFollowUpResource <em>Follow Up Resource</em>}</li>
 *   <li>{@link org.hjp.workbench.activities.model.impl.TrainingImpl#getSessions <em>Sessions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TrainingImpl extends ActivityImpl implements Training {
	/**
	 * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected static final TrainingDirection DIRECTION_EDEFAULT = TrainingDirection.LEGAL_TO_HEALTH;

	/**
	 * The cached value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected TrainingDirection direction = DIRECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getAudience() <em>Audience</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAudience()
	 * @generated
	 * @ordered
	 */
	protected static final String AUDIENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAudience() <em>Audience</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAudience()
	 * @generated
	 * @ordered
	 */
	protected String audience = AUDIENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getGoal() <em>Goal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoal()
	 * @generated
	 * @ordered
	 */
	protected static final String GOAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGoal() <em>Goal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoal()
	 * @generated
	 * @ordered
	 */
	protected String goal = GOAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getWhyTraining() <em>Why Training</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWhyTraining()
	 * @generated
	 * @ordered
	 */
	protected static final String WHY_TRAINING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWhyTraining() <em>Why Training</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWhyTraining()
	 * @generated
	 * @ordered
	 */
	protected String whyTraining = WHY_TRAINING_EDEFAULT;

	/**
	 * The default value of the '{@link #getBuyIn() <em>Buy In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBuyIn()
	 * @generated
	 * @ordered
	 */
	protected static final BuyInStatus BUY_IN_EDEFAULT = BuyInStatus.NOT_ASKED;

	/**
	 * The cached value of the '{@link #getBuyIn() <em>Buy In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBuyIn()
	 * @generated
	 * @ordered
	 */
	protected BuyInStatus buyIn = BUY_IN_EDEFAULT;

	/**
	 * The default value of the '{@link #getPartnerViews() <em>Partner Views</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartnerViews()
	 * @generated
	 * @ordered
	 */
	protected static final String PARTNER_VIEWS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPartnerViews() <em>Partner Views</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartnerViews()
	 * @generated
	 * @ordered
	 */
	protected String partnerViews = PARTNER_VIEWS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final DeliveryMode MODE_EDEFAULT = DeliveryMode.IN_PERSON;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected DeliveryMode mode = MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getContentKind() <em>Content Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentKind()
	 * @generated
	 * @ordered
	 */
	protected static final ContentKind CONTENT_KIND_EDEFAULT = ContentKind.SERVICE_INTRODUCTION;

	/**
	 * The cached value of the '{@link #getContentKind() <em>Content Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentKind()
	 * @generated
	 * @ordered
	 */
	protected ContentKind contentKind = CONTENT_KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinutesAvailable() <em>Minutes Available</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinutesAvailable()
	 * @generated
	 * @ordered
	 */
	protected static final Integer MINUTES_AVAILABLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMinutesAvailable() <em>Minutes Available</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinutesAvailable()
	 * @generated
	 * @ordered
	 */
	protected Integer minutesAvailable = MINUTES_AVAILABLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinutesNeeded() <em>Minutes Needed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinutesNeeded()
	 * @generated
	 * @ordered
	 */
	protected static final Integer MINUTES_NEEDED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMinutesNeeded() <em>Minutes Needed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinutesNeeded()
	 * @generated
	 * @ordered
	 */
	protected Integer minutesNeeded = MINUTES_NEEDED_EDEFAULT;

	/**
	 * The default value of the '{@link #getFollowUpResource() <em>Follow Up Resource</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFollowUpResource()
	 * @generated
	 * @ordered
	 */
	protected static final String FOLLOW_UP_RESOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFollowUpResource() <em>Follow Up Resource</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFollowUpResource()
	 * @generated
	 * @ordered
	 */
	protected String followUpResource = FOLLOW_UP_RESOURCE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSessions() <em>Sessions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessions()
	 * @generated
	 * @ordered
	 */
	protected EList<TrainingSession> sessions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TrainingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ActivitiesPackage.Literals.TRAINING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingDirection getDirection() {
		return direction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirection(TrainingDirection newDirection) {
		TrainingDirection oldDirection = direction;
		direction = newDirection == null ? DIRECTION_EDEFAULT : newDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ActivitiesPackage.TRAINING__DIRECTION, oldDirection, direction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAudience() {
		return audience;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAudience(String newAudience) {
		String oldAudience = audience;
		audience = newAudience;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ActivitiesPackage.TRAINING__AUDIENCE, oldAudience, audience));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGoal() {
		return goal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGoal(String newGoal) {
		String oldGoal = goal;
		goal = newGoal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ActivitiesPackage.TRAINING__GOAL, oldGoal, goal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWhyTraining() {
		return whyTraining;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWhyTraining(String newWhyTraining) {
		String oldWhyTraining = whyTraining;
		whyTraining = newWhyTraining;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ActivitiesPackage.TRAINING__WHY_TRAINING, oldWhyTraining, whyTraining));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BuyInStatus getBuyIn() {
		return buyIn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBuyIn(BuyInStatus newBuyIn) {
		BuyInStatus oldBuyIn = buyIn;
		buyIn = newBuyIn == null ? BUY_IN_EDEFAULT : newBuyIn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ActivitiesPackage.TRAINING__BUY_IN, oldBuyIn, buyIn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPartnerViews() {
		return partnerViews;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPartnerViews(String newPartnerViews) {
		String oldPartnerViews = partnerViews;
		partnerViews = newPartnerViews;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ActivitiesPackage.TRAINING__PARTNER_VIEWS, oldPartnerViews, partnerViews));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeliveryMode getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(DeliveryMode newMode) {
		DeliveryMode oldMode = mode;
		mode = newMode == null ? MODE_EDEFAULT : newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ActivitiesPackage.TRAINING__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContentKind getContentKind() {
		return contentKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContentKind(ContentKind newContentKind) {
		ContentKind oldContentKind = contentKind;
		contentKind = newContentKind == null ? CONTENT_KIND_EDEFAULT : newContentKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ActivitiesPackage.TRAINING__CONTENT_KIND, oldContentKind, contentKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getMinutesAvailable() {
		return minutesAvailable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinutesAvailable(Integer newMinutesAvailable) {
		Integer oldMinutesAvailable = minutesAvailable;
		minutesAvailable = newMinutesAvailable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ActivitiesPackage.TRAINING__MINUTES_AVAILABLE, oldMinutesAvailable, minutesAvailable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getMinutesNeeded() {
		return minutesNeeded;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinutesNeeded(Integer newMinutesNeeded) {
		Integer oldMinutesNeeded = minutesNeeded;
		minutesNeeded = newMinutesNeeded;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ActivitiesPackage.TRAINING__MINUTES_NEEDED, oldMinutesNeeded, minutesNeeded));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFollowUpResource() {
		return followUpResource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFollowUpResource(String newFollowUpResource) {
		String oldFollowUpResource = followUpResource;
		followUpResource = newFollowUpResource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ActivitiesPackage.TRAINING__FOLLOW_UP_RESOURCE, oldFollowUpResource, followUpResource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TrainingSession> getSessions() {
		if (sessions == null) {
			sessions = new EObjectContainmentEList<TrainingSession>(TrainingSession.class, this, ActivitiesPackage.TRAINING__SESSIONS);
		}
		return sessions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ActivitiesPackage.TRAINING__SESSIONS:
				return ((InternalEList<?>)getSessions()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ActivitiesPackage.TRAINING__DIRECTION:
				return getDirection();
			case ActivitiesPackage.TRAINING__AUDIENCE:
				return getAudience();
			case ActivitiesPackage.TRAINING__GOAL:
				return getGoal();
			case ActivitiesPackage.TRAINING__WHY_TRAINING:
				return getWhyTraining();
			case ActivitiesPackage.TRAINING__BUY_IN:
				return getBuyIn();
			case ActivitiesPackage.TRAINING__PARTNER_VIEWS:
				return getPartnerViews();
			case ActivitiesPackage.TRAINING__MODE:
				return getMode();
			case ActivitiesPackage.TRAINING__CONTENT_KIND:
				return getContentKind();
			case ActivitiesPackage.TRAINING__MINUTES_AVAILABLE:
				return getMinutesAvailable();
			case ActivitiesPackage.TRAINING__MINUTES_NEEDED:
				return getMinutesNeeded();
			case ActivitiesPackage.TRAINING__FOLLOW_UP_RESOURCE:
				return getFollowUpResource();
			case ActivitiesPackage.TRAINING__SESSIONS:
				return getSessions();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ActivitiesPackage.TRAINING__DIRECTION:
				setDirection((TrainingDirection)newValue);
				return;
			case ActivitiesPackage.TRAINING__AUDIENCE:
				setAudience((String)newValue);
				return;
			case ActivitiesPackage.TRAINING__GOAL:
				setGoal((String)newValue);
				return;
			case ActivitiesPackage.TRAINING__WHY_TRAINING:
				setWhyTraining((String)newValue);
				return;
			case ActivitiesPackage.TRAINING__BUY_IN:
				setBuyIn((BuyInStatus)newValue);
				return;
			case ActivitiesPackage.TRAINING__PARTNER_VIEWS:
				setPartnerViews((String)newValue);
				return;
			case ActivitiesPackage.TRAINING__MODE:
				setMode((DeliveryMode)newValue);
				return;
			case ActivitiesPackage.TRAINING__CONTENT_KIND:
				setContentKind((ContentKind)newValue);
				return;
			case ActivitiesPackage.TRAINING__MINUTES_AVAILABLE:
				setMinutesAvailable((Integer)newValue);
				return;
			case ActivitiesPackage.TRAINING__MINUTES_NEEDED:
				setMinutesNeeded((Integer)newValue);
				return;
			case ActivitiesPackage.TRAINING__FOLLOW_UP_RESOURCE:
				setFollowUpResource((String)newValue);
				return;
			case ActivitiesPackage.TRAINING__SESSIONS:
				getSessions().clear();
				getSessions().addAll((Collection<? extends TrainingSession>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ActivitiesPackage.TRAINING__DIRECTION:
				setDirection(DIRECTION_EDEFAULT);
				return;
			case ActivitiesPackage.TRAINING__AUDIENCE:
				setAudience(AUDIENCE_EDEFAULT);
				return;
			case ActivitiesPackage.TRAINING__GOAL:
				setGoal(GOAL_EDEFAULT);
				return;
			case ActivitiesPackage.TRAINING__WHY_TRAINING:
				setWhyTraining(WHY_TRAINING_EDEFAULT);
				return;
			case ActivitiesPackage.TRAINING__BUY_IN:
				setBuyIn(BUY_IN_EDEFAULT);
				return;
			case ActivitiesPackage.TRAINING__PARTNER_VIEWS:
				setPartnerViews(PARTNER_VIEWS_EDEFAULT);
				return;
			case ActivitiesPackage.TRAINING__MODE:
				setMode(MODE_EDEFAULT);
				return;
			case ActivitiesPackage.TRAINING__CONTENT_KIND:
				setContentKind(CONTENT_KIND_EDEFAULT);
				return;
			case ActivitiesPackage.TRAINING__MINUTES_AVAILABLE:
				setMinutesAvailable(MINUTES_AVAILABLE_EDEFAULT);
				return;
			case ActivitiesPackage.TRAINING__MINUTES_NEEDED:
				setMinutesNeeded(MINUTES_NEEDED_EDEFAULT);
				return;
			case ActivitiesPackage.TRAINING__FOLLOW_UP_RESOURCE:
				setFollowUpResource(FOLLOW_UP_RESOURCE_EDEFAULT);
				return;
			case ActivitiesPackage.TRAINING__SESSIONS:
				getSessions().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ActivitiesPackage.TRAINING__DIRECTION:
				return direction != DIRECTION_EDEFAULT;
			case ActivitiesPackage.TRAINING__AUDIENCE:
				return AUDIENCE_EDEFAULT == null ? audience != null : !AUDIENCE_EDEFAULT.equals(audience);
			case ActivitiesPackage.TRAINING__GOAL:
				return GOAL_EDEFAULT == null ? goal != null : !GOAL_EDEFAULT.equals(goal);
			case ActivitiesPackage.TRAINING__WHY_TRAINING:
				return WHY_TRAINING_EDEFAULT == null ? whyTraining != null : !WHY_TRAINING_EDEFAULT.equals(whyTraining);
			case ActivitiesPackage.TRAINING__BUY_IN:
				return buyIn != BUY_IN_EDEFAULT;
			case ActivitiesPackage.TRAINING__PARTNER_VIEWS:
				return PARTNER_VIEWS_EDEFAULT == null ? partnerViews != null : !PARTNER_VIEWS_EDEFAULT.equals(partnerViews);
			case ActivitiesPackage.TRAINING__MODE:
				return mode != MODE_EDEFAULT;
			case ActivitiesPackage.TRAINING__CONTENT_KIND:
				return contentKind != CONTENT_KIND_EDEFAULT;
			case ActivitiesPackage.TRAINING__MINUTES_AVAILABLE:
				return MINUTES_AVAILABLE_EDEFAULT == null ? minutesAvailable != null : !MINUTES_AVAILABLE_EDEFAULT.equals(minutesAvailable);
			case ActivitiesPackage.TRAINING__MINUTES_NEEDED:
				return MINUTES_NEEDED_EDEFAULT == null ? minutesNeeded != null : !MINUTES_NEEDED_EDEFAULT.equals(minutesNeeded);
			case ActivitiesPackage.TRAINING__FOLLOW_UP_RESOURCE:
				return FOLLOW_UP_RESOURCE_EDEFAULT == null ? followUpResource != null : !FOLLOW_UP_RESOURCE_EDEFAULT.equals(followUpResource);
			case ActivitiesPackage.TRAINING__SESSIONS:
				return sessions != null && !sessions.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (direction: ");
		result.append(direction);
		result.append(", audience: ");
		result.append(audience);
		result.append(", goal: ");
		result.append(goal);
		result.append(", whyTraining: ");
		result.append(whyTraining);
		result.append(", buyIn: ");
		result.append(buyIn);
		result.append(", partnerViews: ");
		result.append(partnerViews);
		result.append(", mode: ");
		result.append(mode);
		result.append(", contentKind: ");
		result.append(contentKind);
		result.append(", minutesAvailable: ");
		result.append(minutesAvailable);
		result.append(", minutesNeeded: ");
		result.append(minutesNeeded);
		result.append(", followUpResource: ");
		result.append(followUpResource);
		result.append(')');
		return result.toString();
	}

} //TrainingImpl
