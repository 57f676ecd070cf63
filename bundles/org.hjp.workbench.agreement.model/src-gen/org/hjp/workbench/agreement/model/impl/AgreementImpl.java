/**
 */
package org.hjp.workbench.agreement.model.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.hjp.workbench.agreement.model.Agreement;
import org.hjp.workbench.agreement.model.AgreementPackage;
import org.hjp.workbench.agreement.model.AgreementStatus;
import org.hjp.workbench.agreement.model.Contribution;
import org.hjp.workbench.agreement.model.DataCollection;
import org.hjp.workbench.agreement.model.InformationSharing;
import org.hjp.workbench.agreement.model.Meeting;
import org.hjp.workbench.agreement.model.Responsibility;
import org.hjp.workbench.agreement.model.ReviewDate;

import org.hjp.workbench.model.impl.PartnershipExtensionImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Agreement</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.agreement.model.impl.AgreementImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.hjp.workbench.agreement.model.impl.AgreementImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.hjp.workbench.agreement.model.impl.AgreementImpl#getSignedDate <em>Signed Date</em>}</li>
 *   <li>{@link org.hjp.workbench.agreement.model.impl.AgreementImpl#getMeetingRhythm <em>Meeting Rhythm</em>}</li>
 *   <li>{@link org.hjp.workbench.agreement.model.impl.AgreementImpl#getDecisionMaking <em>Decision Making</em>}</li>
 *   <li>{@link org.hjp.workbench.agreement.model.impl.AgreementImpl#getConfidentialityAndPrivilege <em>Confidentiality And Privilege</em>}</li>
 *   <li>{@link org.hjp.workbench.agreement.model.impl.AgreementImpl#getConflictOfInterest <em>Conflict Of Interest</em>}</li>
 *   <li>{@link org.hjp.workbench.agreement.model.impl.AgreementImpl#getMandatoryReporting <em>Mandatory Reporting</em>}</li>
 *   <li>{@link org.hjp.workbench.agreement.model.impl.AgreementImpl#getDisputeResolution <em>Dispute Resolution</em>}</li>
 *   <li>{@link org.hjp.workbench.agreement.model.impl.AgreementImpl#getRoles <em>Roles</em>}</li>
 *   <li>{@link org.hjp.workbench.agreement.model.impl.AgreementImpl#getContributions <em>Contributions</em>}</li>
 *   <li>{@link org.hjp.workbench.agreement.model.impl.AgreementImpl#getInformationSharing <em>Information Sharing</em>}</li>
 *   <li>{@link org.hjp.workbench.agreement.model.impl.AgreementImpl#getDataCollection <em>Data Collection</em>}</li>
 *   <li>{@link org.hjp.workbench.agreement.model.impl.AgreementImpl#getMeetings <em>Meetings</em>}</li>
 *   <li>{@link org.hjp.workbench.agreement.model.impl.AgreementImpl#getReviewDates <em>Review Dates</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AgreementImpl extends PartnershipExtensionImpl implements Agreement {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final AgreementStatus STATUS_EDEFAULT = AgreementStatus.DRAFT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected AgreementStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSignedDate() <em>Signed Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date SIGNED_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSignedDate() <em>Signed Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedDate()
	 * @generated
	 * @ordered
	 */
	protected Date signedDate = SIGNED_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMeetingRhythm() <em>Meeting Rhythm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeetingRhythm()
	 * @generated
	 * @ordered
	 */
	protected static final String MEETING_RHYTHM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMeetingRhythm() <em>Meeting Rhythm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeetingRhythm()
	 * @generated
	 * @ordered
	 */
	protected String meetingRhythm = MEETING_RHYTHM_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecisionMaking() <em>Decision Making</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisionMaking()
	 * @generated
	 * @ordered
	 */
	protected static final String DECISION_MAKING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDecisionMaking() <em>Decision Making</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisionMaking()
	 * @generated
	 * @ordered
	 */
	protected String decisionMaking = DECISION_MAKING_EDEFAULT;

	/**
	 * The default value of the '{@link #getConfidentialityAndPrivilege() <em>Confidentiality And Privilege</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidentialityAndPrivilege()
	 * @generated
	 * @ordered
	 */
	protected static final String CONFIDENTIALITY_AND_PRIVILEGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConfidentialityAndPrivilege() <em>Confidentiality And Privilege</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidentialityAndPrivilege()
	 * @generated
	 * @ordered
	 */
	protected String confidentialityAndPrivilege = CONFIDENTIALITY_AND_PRIVILEGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getConflictOfInterest() <em>Conflict Of Interest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConflictOfInterest()
	 * @generated
	 * @ordered
	 */
	protected static final String CONFLICT_OF_INTEREST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConflictOfInterest() <em>Conflict Of Interest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConflictOfInterest()
	 * @generated
	 * @ordered
	 */
	protected String conflictOfInterest = CONFLICT_OF_INTEREST_EDEFAULT;

	/**
	 * The default value of the '{@link #getMandatoryReporting() <em>Mandatory Reporting</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMandatoryReporting()
	 * @generated
	 * @ordered
	 */
	protected static final String MANDATORY_REPORTING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMandatoryReporting() <em>Mandatory Reporting</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMandatoryReporting()
	 * @generated
	 * @ordered
	 */
	protected String mandatoryReporting = MANDATORY_REPORTING_EDEFAULT;

	/**
	 * The default value of the '{@link #getDisputeResolution() <em>Dispute Resolution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisputeResolution()
	 * @generated
	 * @ordered
	 */
	protected static final String DISPUTE_RESOLUTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDisputeResolution() <em>Dispute Resolution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisputeResolution()
	 * @generated
	 * @ordered
	 */
	protected String disputeResolution = DISPUTE_RESOLUTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRoles() <em>Roles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoles()
	 * @generated
	 * @ordered
	 */
	protected EList<Responsibility> roles;

	/**
	 * The cached value of the '{@link #getContributions() <em>Contributions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContributions()
	 * @generated
	 * @ordered
	 */
	protected EList<Contribution> contributions;

	/**
	 * The cached value of the '{@link #getInformationSharing() <em>Information Sharing</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInformationSharing()
	 * @generated
	 * @ordered
	 */
	protected EList<InformationSharing> informationSharing;

	/**
	 * The cached value of the '{@link #getDataCollection() <em>Data Collection</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataCollection()
	 * @generated
	 * @ordered
	 */
	protected EList<DataCollection> dataCollection;

	/**
	 * The cached value of the '{@link #getMeetings() <em>Meetings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeetings()
	 * @generated
	 * @ordered
	 */
	protected EList<Meeting> meetings;

	/**
	 * The cached value of the '{@link #getReviewDates() <em>Review Dates</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewDates()
	 * @generated
	 * @ordered
	 */
	protected EList<ReviewDate> reviewDates;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AgreementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AgreementPackage.Literals.AGREEMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AgreementPackage.AGREEMENT__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AgreementStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(AgreementStatus newStatus) {
		AgreementStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AgreementPackage.AGREEMENT__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getSignedDate() {
		return signedDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignedDate(Date newSignedDate) {
		Date oldSignedDate = signedDate;
		signedDate = newSignedDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AgreementPackage.AGREEMENT__SIGNED_DATE, oldSignedDate, signedDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMeetingRhythm() {
		return meetingRhythm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeetingRhythm(String newMeetingRhythm) {
		String oldMeetingRhythm = meetingRhythm;
		meetingRhythm = newMeetingRhythm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AgreementPackage.AGREEMENT__MEETING_RHYTHM, oldMeetingRhythm, meetingRhythm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDecisionMaking() {
		return decisionMaking;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecisionMaking(String newDecisionMaking) {
		String oldDecisionMaking = decisionMaking;
		decisionMaking = newDecisionMaking;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AgreementPackage.AGREEMENT__DECISION_MAKING, oldDecisionMaking, decisionMaking));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getConfidentialityAndPrivilege() {
		return confidentialityAndPrivilege;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfidentialityAndPrivilege(String newConfidentialityAndPrivilege) {
		String oldConfidentialityAndPrivilege = confidentialityAndPrivilege;
		confidentialityAndPrivilege = newConfidentialityAndPrivilege;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AgreementPackage.AGREEMENT__CONFIDENTIALITY_AND_PRIVILEGE, oldConfidentialityAndPrivilege, confidentialityAndPrivilege));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getConflictOfInterest() {
		return conflictOfInterest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConflictOfInterest(String newConflictOfInterest) {
		String oldConflictOfInterest = conflictOfInterest;
		conflictOfInterest = newConflictOfInterest;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AgreementPackage.AGREEMENT__CONFLICT_OF_INTEREST, oldConflictOfInterest, conflictOfInterest));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMandatoryReporting() {
		return mandatoryReporting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMandatoryReporting(String newMandatoryReporting) {
		String oldMandatoryReporting = mandatoryReporting;
		mandatoryReporting = newMandatoryReporting;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AgreementPackage.AGREEMENT__MANDATORY_REPORTING, oldMandatoryReporting, mandatoryReporting));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDisputeResolution() {
		return disputeResolution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDisputeResolution(String newDisputeResolution) {
		String oldDisputeResolution = disputeResolution;
		disputeResolution = newDisputeResolution;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AgreementPackage.AGREEMENT__DISPUTE_RESOLUTION, oldDisputeResolution, disputeResolution));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Responsibility> getRoles() {
		if (roles == null) {
			roles = new EObjectContainmentEList<Responsibility>(Responsibility.class, this, AgreementPackage.AGREEMENT__ROLES);
		}
		return roles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Contribution> getContributions() {
		if (contributions == null) {
			contributions = new EObjectContainmentEList<Contribution>(Contribution.class, this, AgreementPackage.AGREEMENT__CONTRIBUTIONS);
		}
		return contributions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InformationSharing> getInformationSharing() {
		if (informationSharing == null) {
			informationSharing = new EObjectContainmentEList<InformationSharing>(InformationSharing.class, this, AgreementPackage.AGREEMENT__INFORMATION_SHARING);
		}
		return informationSharing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DataCollection> getDataCollection() {
		if (dataCollection == null) {
			dataCollection = new EObjectContainmentEList<DataCollection>(DataCollection.class, this, AgreementPackage.AGREEMENT__DATA_COLLECTION);
		}
		return dataCollection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Meeting> getMeetings() {
		if (meetings == null) {
			meetings = new EObjectContainmentEList<Meeting>(Meeting.class, this, AgreementPackage.AGREEMENT__MEETINGS);
		}
		return meetings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReviewDate> getReviewDates() {
		if (reviewDates == null) {
			reviewDates = new EObjectContainmentEList<ReviewDate>(ReviewDate.class, this, AgreementPackage.AGREEMENT__REVIEW_DATES);
		}
		return reviewDates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AgreementPackage.AGREEMENT__ROLES:
				return ((InternalEList<?>)getRoles()).basicRemove(otherEnd, msgs);
			case AgreementPackage.AGREEMENT__CONTRIBUTIONS:
				return ((InternalEList<?>)getContributions()).basicRemove(otherEnd, msgs);
			case AgreementPackage.AGREEMENT__INFORMATION_SHARING:
				return ((InternalEList<?>)getInformationSharing()).basicRemove(otherEnd, msgs);
			case AgreementPackage.AGREEMENT__DATA_COLLECTION:
				return ((InternalEList<?>)getDataCollection()).basicRemove(otherEnd, msgs);
			case AgreementPackage.AGREEMENT__MEETINGS:
				return ((InternalEList<?>)getMeetings()).basicRemove(otherEnd, msgs);
			case AgreementPackage.AGREEMENT__REVIEW_DATES:
				return ((InternalEList<?>)getReviewDates()).basicRemove(otherEnd, msgs);
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
			case AgreementPackage.AGREEMENT__TITLE:
				return getTitle();
			case AgreementPackage.AGREEMENT__STATUS:
				return getStatus();
			case AgreementPackage.AGREEMENT__SIGNED_DATE:
				return getSignedDate();
			case AgreementPackage.AGREEMENT__MEETING_RHYTHM:
				return getMeetingRhythm();
			case AgreementPackage.AGREEMENT__DECISION_MAKING:
				return getDecisionMaking();
			case AgreementPackage.AGREEMENT__CONFIDENTIALITY_AND_PRIVILEGE:
				return getConfidentialityAndPrivilege();
			case AgreementPackage.AGREEMENT__CONFLICT_OF_INTEREST:
				return getConflictOfInterest();
			case AgreementPackage.AGREEMENT__MANDATORY_REPORTING:
				return getMandatoryReporting();
			case AgreementPackage.AGREEMENT__DISPUTE_RESOLUTION:
				return getDisputeResolution();
			case AgreementPackage.AGREEMENT__ROLES:
				return getRoles();
			case AgreementPackage.AGREEMENT__CONTRIBUTIONS:
				return getContributions();
			case AgreementPackage.AGREEMENT__INFORMATION_SHARING:
				return getInformationSharing();
			case AgreementPackage.AGREEMENT__DATA_COLLECTION:
				return getDataCollection();
			case AgreementPackage.AGREEMENT__MEETINGS:
				return getMeetings();
			case AgreementPackage.AGREEMENT__REVIEW_DATES:
				return getReviewDates();
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
			case AgreementPackage.AGREEMENT__TITLE:
				setTitle((String)newValue);
				return;
			case AgreementPackage.AGREEMENT__STATUS:
				setStatus((AgreementStatus)newValue);
				return;
			case AgreementPackage.AGREEMENT__SIGNED_DATE:
				setSignedDate((Date)newValue);
				return;
			case AgreementPackage.AGREEMENT__MEETING_RHYTHM:
				setMeetingRhythm((String)newValue);
				return;
			case AgreementPackage.AGREEMENT__DECISION_MAKING:
				setDecisionMaking((String)newValue);
				return;
			case AgreementPackage.AGREEMENT__CONFIDENTIALITY_AND_PRIVILEGE:
				setConfidentialityAndPrivilege((String)newValue);
				return;
			case AgreementPackage.AGREEMENT__CONFLICT_OF_INTEREST:
				setConflictOfInterest((String)newValue);
				return;
			case AgreementPackage.AGREEMENT__MANDATORY_REPORTING:
				setMandatoryReporting((String)newValue);
				return;
			case AgreementPackage.AGREEMENT__DISPUTE_RESOLUTION:
				setDisputeResolution((String)newValue);
				return;
			case AgreementPackage.AGREEMENT__ROLES:
				getRoles().clear();
				getRoles().addAll((Collection<? extends Responsibility>)newValue);
				return;
			case AgreementPackage.AGREEMENT__CONTRIBUTIONS:
				getContributions().clear();
				getContributions().addAll((Collection<? extends Contribution>)newValue);
				return;
			case AgreementPackage.AGREEMENT__INFORMATION_SHARING:
				getInformationSharing().clear();
				getInformationSharing().addAll((Collection<? extends InformationSharing>)newValue);
				return;
			case AgreementPackage.AGREEMENT__DATA_COLLECTION:
				getDataCollection().clear();
				getDataCollection().addAll((Collection<? extends DataCollection>)newValue);
				return;
			case AgreementPackage.AGREEMENT__MEETINGS:
				getMeetings().clear();
				getMeetings().addAll((Collection<? extends Meeting>)newValue);
				return;
			case AgreementPackage.AGREEMENT__REVIEW_DATES:
				getReviewDates().clear();
				getReviewDates().addAll((Collection<? extends ReviewDate>)newValue);
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
			case AgreementPackage.AGREEMENT__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case AgreementPackage.AGREEMENT__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case AgreementPackage.AGREEMENT__SIGNED_DATE:
				setSignedDate(SIGNED_DATE_EDEFAULT);
				return;
			case AgreementPackage.AGREEMENT__MEETING_RHYTHM:
				setMeetingRhythm(MEETING_RHYTHM_EDEFAULT);
				return;
			case AgreementPackage.AGREEMENT__DECISION_MAKING:
				setDecisionMaking(DECISION_MAKING_EDEFAULT);
				return;
			case AgreementPackage.AGREEMENT__CONFIDENTIALITY_AND_PRIVILEGE:
				setConfidentialityAndPrivilege(CONFIDENTIALITY_AND_PRIVILEGE_EDEFAULT);
				return;
			case AgreementPackage.AGREEMENT__CONFLICT_OF_INTEREST:
				setConflictOfInterest(CONFLICT_OF_INTEREST_EDEFAULT);
				return;
			case AgreementPackage.AGREEMENT__MANDATORY_REPORTING:
				setMandatoryReporting(MANDATORY_REPORTING_EDEFAULT);
				return;
			case AgreementPackage.AGREEMENT__DISPUTE_RESOLUTION:
				setDisputeResolution(DISPUTE_RESOLUTION_EDEFAULT);
				return;
			case AgreementPackage.AGREEMENT__ROLES:
				getRoles().clear();
				return;
			case AgreementPackage.AGREEMENT__CONTRIBUTIONS:
				getContributions().clear();
				return;
			case AgreementPackage.AGREEMENT__INFORMATION_SHARING:
				getInformationSharing().clear();
				return;
			case AgreementPackage.AGREEMENT__DATA_COLLECTION:
				getDataCollection().clear();
				return;
			case AgreementPackage.AGREEMENT__MEETINGS:
				getMeetings().clear();
				return;
			case AgreementPackage.AGREEMENT__REVIEW_DATES:
				getReviewDates().clear();
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
			case AgreementPackage.AGREEMENT__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case AgreementPackage.AGREEMENT__STATUS:
				return status != STATUS_EDEFAULT;
			case AgreementPackage.AGREEMENT__SIGNED_DATE:
				return SIGNED_DATE_EDEFAULT == null ? signedDate != null : !SIGNED_DATE_EDEFAULT.equals(signedDate);
			case AgreementPackage.AGREEMENT__MEETING_RHYTHM:
				return MEETING_RHYTHM_EDEFAULT == null ? meetingRhythm != null : !MEETING_RHYTHM_EDEFAULT.equals(meetingRhythm);
			case AgreementPackage.AGREEMENT__DECISION_MAKING:
				return DECISION_MAKING_EDEFAULT == null ? decisionMaking != null : !DECISION_MAKING_EDEFAULT.equals(decisionMaking);
			case AgreementPackage.AGREEMENT__CONFIDENTIALITY_AND_PRIVILEGE:
				return CONFIDENTIALITY_AND_PRIVILEGE_EDEFAULT == null ? confidentialityAndPrivilege != null : !CONFIDENTIALITY_AND_PRIVILEGE_EDEFAULT.equals(confidentialityAndPrivilege);
			case AgreementPackage.AGREEMENT__CONFLICT_OF_INTEREST:
				return CONFLICT_OF_INTEREST_EDEFAULT == null ? conflictOfInterest != null : !CONFLICT_OF_INTEREST_EDEFAULT.equals(conflictOfInterest);
			case AgreementPackage.AGREEMENT__MANDATORY_REPORTING:
				return MANDATORY_REPORTING_EDEFAULT == null ? mandatoryReporting != null : !MANDATORY_REPORTING_EDEFAULT.equals(mandatoryReporting);
			case AgreementPackage.AGREEMENT__DISPUTE_RESOLUTION:
				return DISPUTE_RESOLUTION_EDEFAULT == null ? disputeResolution != null : !DISPUTE_RESOLUTION_EDEFAULT.equals(disputeResolution);
			case AgreementPackage.AGREEMENT__ROLES:
				return roles != null && !roles.isEmpty();
			case AgreementPackage.AGREEMENT__CONTRIBUTIONS:
				return contributions != null && !contributions.isEmpty();
			case AgreementPackage.AGREEMENT__INFORMATION_SHARING:
				return informationSharing != null && !informationSharing.isEmpty();
			case AgreementPackage.AGREEMENT__DATA_COLLECTION:
				return dataCollection != null && !dataCollection.isEmpty();
			case AgreementPackage.AGREEMENT__MEETINGS:
				return meetings != null && !meetings.isEmpty();
			case AgreementPackage.AGREEMENT__REVIEW_DATES:
				return reviewDates != null && !reviewDates.isEmpty();
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
		result.append(" (title: ");
		result.append(title);
		result.append(", status: ");
		result.append(status);
		result.append(", signedDate: ");
		result.append(signedDate);
		result.append(", meetingRhythm: ");
		result.append(meetingRhythm);
		result.append(", decisionMaking: ");
		result.append(decisionMaking);
		result.append(", confidentialityAndPrivilege: ");
		result.append(confidentialityAndPrivilege);
		result.append(", conflictOfInterest: ");
		result.append(conflictOfInterest);
		result.append(", mandatoryReporting: ");
		result.append(mandatoryReporting);
		result.append(", disputeResolution: ");
		result.append(disputeResolution);
		result.append(')');
		return result.toString();
	}

} //AgreementImpl
