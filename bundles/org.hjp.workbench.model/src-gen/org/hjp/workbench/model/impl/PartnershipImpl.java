/**
 */
package org.hjp.workbench.model.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.hjp.workbench.model.Organisation;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.model.PartnershipExtension;
import org.hjp.workbench.model.PartnershipModel;
import org.hjp.workbench.model.PartnershipPackage;
import org.hjp.workbench.model.PartnershipStatus;
import org.hjp.workbench.model.Setting;
import org.hjp.workbench.model.StageProgress;
import org.hjp.workbench.model.TargetCohort;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Partnership</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.model.impl.PartnershipImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.hjp.workbench.model.impl.PartnershipImpl#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.hjp.workbench.model.impl.PartnershipImpl#getWhyPartner <em>Why Partner</em>}</li>
 *   <li>{@link org.hjp.workbench.model.impl.PartnershipImpl#getWithWhomAndWhy <em>With Whom And Why</em>}</li>
 *   <li>{@link org.hjp.workbench.model.impl.PartnershipImpl#getChallengeAndDifference <em>Challenge And Difference</em>}</li>
 *   <li>{@link org.hjp.workbench.model.impl.PartnershipImpl#getWhyItWillWork <em>Why It Will Work</em>}</li>
 *   <li>{@link org.hjp.workbench.model.impl.PartnershipImpl#getSetting <em>Setting</em>}</li>
 *   <li>{@link org.hjp.workbench.model.impl.PartnershipImpl#getModel <em>Model</em>}</li>
 *   <li>{@link org.hjp.workbench.model.impl.PartnershipImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.hjp.workbench.model.impl.PartnershipImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.hjp.workbench.model.impl.PartnershipImpl#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.hjp.workbench.model.impl.PartnershipImpl#getOrganisations <em>Organisations</em>}</li>
 *   <li>{@link org.hjp.workbench.model.impl.PartnershipImpl#getCohorts <em>Cohorts</em>}</li>
 *   <li>{@link org.hjp.workbench.model.impl.PartnershipImpl#getStageProgress <em>Stage Progress</em>}</li>
 *   <li>{@link org.hjp.workbench.model.impl.PartnershipImpl#getExtensions <em>Extensions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PartnershipImpl extends MinimalEObjectImpl.Container implements Partnership {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected static final String PURPOSE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected String purpose = PURPOSE_EDEFAULT;

	/**
	 * The default value of the '{@link #getWhyPartner() <em>Why Partner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWhyPartner()
	 * @generated
	 * @ordered
	 */
	protected static final String WHY_PARTNER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWhyPartner() <em>Why Partner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWhyPartner()
	 * @generated
	 * @ordered
	 */
	protected String whyPartner = WHY_PARTNER_EDEFAULT;

	/**
	 * The default value of the '{@link #getWithWhomAndWhy() <em>With Whom And Why</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWithWhomAndWhy()
	 * @generated
	 * @ordered
	 */
	protected static final String WITH_WHOM_AND_WHY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWithWhomAndWhy() <em>With Whom And Why</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWithWhomAndWhy()
	 * @generated
	 * @ordered
	 */
	protected String withWhomAndWhy = WITH_WHOM_AND_WHY_EDEFAULT;

	/**
	 * The default value of the '{@link #getChallengeAndDifference() <em>Challenge And Difference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChallengeAndDifference()
	 * @generated
	 * @ordered
	 */
	protected static final String CHALLENGE_AND_DIFFERENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getChallengeAndDifference() <em>Challenge And Difference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChallengeAndDifference()
	 * @generated
	 * @ordered
	 */
	protected String challengeAndDifference = CHALLENGE_AND_DIFFERENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getWhyItWillWork() <em>Why It Will Work</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWhyItWillWork()
	 * @generated
	 * @ordered
	 */
	protected static final String WHY_IT_WILL_WORK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWhyItWillWork() <em>Why It Will Work</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWhyItWillWork()
	 * @generated
	 * @ordered
	 */
	protected String whyItWillWork = WHY_IT_WILL_WORK_EDEFAULT;

	/**
	 * The default value of the '{@link #getSetting() <em>Setting</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSetting()
	 * @generated
	 * @ordered
	 */
	protected static final Setting SETTING_EDEFAULT = Setting.HOSPITAL;

	/**
	 * The cached value of the '{@link #getSetting() <em>Setting</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSetting()
	 * @generated
	 * @ordered
	 */
	protected Setting setting = SETTING_EDEFAULT;

	/**
	 * The default value of the '{@link #getModel() <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModel()
	 * @generated
	 * @ordered
	 */
	protected static final PartnershipModel MODEL_EDEFAULT = PartnershipModel.FORMAL_PARTNERSHIP;

	/**
	 * The cached value of the '{@link #getModel() <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModel()
	 * @generated
	 * @ordered
	 */
	protected PartnershipModel model = MODEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final PartnershipStatus STATUS_EDEFAULT = PartnershipStatus.PLANNING;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected PartnershipStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date START_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected Date startDate = START_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date END_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected Date endDate = END_DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOrganisations() <em>Organisations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganisations()
	 * @generated
	 * @ordered
	 */
	protected EList<Organisation> organisations;

	/**
	 * The cached value of the '{@link #getCohorts() <em>Cohorts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCohorts()
	 * @generated
	 * @ordered
	 */
	protected EList<TargetCohort> cohorts;

	/**
	 * The cached value of the '{@link #getStageProgress() <em>Stage Progress</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStageProgress()
	 * @generated
	 * @ordered
	 */
	protected EList<StageProgress> stageProgress;

	/**
	 * The cached value of the '{@link #getExtensions() <em>Extensions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtensions()
	 * @generated
	 * @ordered
	 */
	protected EList<PartnershipExtension> extensions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PartnershipImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PartnershipPackage.Literals.PARTNERSHIP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PartnershipPackage.PARTNERSHIP__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPurpose() {
		return purpose;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPurpose(String newPurpose) {
		String oldPurpose = purpose;
		purpose = newPurpose;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PartnershipPackage.PARTNERSHIP__PURPOSE, oldPurpose, purpose));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWhyPartner() {
		return whyPartner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWhyPartner(String newWhyPartner) {
		String oldWhyPartner = whyPartner;
		whyPartner = newWhyPartner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PartnershipPackage.PARTNERSHIP__WHY_PARTNER, oldWhyPartner, whyPartner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWithWhomAndWhy() {
		return withWhomAndWhy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWithWhomAndWhy(String newWithWhomAndWhy) {
		String oldWithWhomAndWhy = withWhomAndWhy;
		withWhomAndWhy = newWithWhomAndWhy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PartnershipPackage.PARTNERSHIP__WITH_WHOM_AND_WHY, oldWithWhomAndWhy, withWhomAndWhy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getChallengeAndDifference() {
		return challengeAndDifference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChallengeAndDifference(String newChallengeAndDifference) {
		String oldChallengeAndDifference = challengeAndDifference;
		challengeAndDifference = newChallengeAndDifference;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PartnershipPackage.PARTNERSHIP__CHALLENGE_AND_DIFFERENCE, oldChallengeAndDifference, challengeAndDifference));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWhyItWillWork() {
		return whyItWillWork;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWhyItWillWork(String newWhyItWillWork) {
		String oldWhyItWillWork = whyItWillWork;
		whyItWillWork = newWhyItWillWork;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PartnershipPackage.PARTNERSHIP__WHY_IT_WILL_WORK, oldWhyItWillWork, whyItWillWork));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Setting getSetting() {
		return setting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSetting(Setting newSetting) {
		Setting oldSetting = setting;
		setting = newSetting == null ? SETTING_EDEFAULT : newSetting;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PartnershipPackage.PARTNERSHIP__SETTING, oldSetting, setting));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PartnershipModel getModel() {
		return model;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModel(PartnershipModel newModel) {
		PartnershipModel oldModel = model;
		model = newModel == null ? MODEL_EDEFAULT : newModel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PartnershipPackage.PARTNERSHIP__MODEL, oldModel, model));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PartnershipStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(PartnershipStatus newStatus) {
		PartnershipStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PartnershipPackage.PARTNERSHIP__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getStartDate() {
		return startDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartDate(Date newStartDate) {
		Date oldStartDate = startDate;
		startDate = newStartDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PartnershipPackage.PARTNERSHIP__START_DATE, oldStartDate, startDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getEndDate() {
		return endDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndDate(Date newEndDate) {
		Date oldEndDate = endDate;
		endDate = newEndDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PartnershipPackage.PARTNERSHIP__END_DATE, oldEndDate, endDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Organisation> getOrganisations() {
		if (organisations == null) {
			organisations = new EObjectContainmentEList<Organisation>(Organisation.class, this, PartnershipPackage.PARTNERSHIP__ORGANISATIONS);
		}
		return organisations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TargetCohort> getCohorts() {
		if (cohorts == null) {
			cohorts = new EObjectContainmentEList<TargetCohort>(TargetCohort.class, this, PartnershipPackage.PARTNERSHIP__COHORTS);
		}
		return cohorts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StageProgress> getStageProgress() {
		if (stageProgress == null) {
			stageProgress = new EObjectContainmentEList<StageProgress>(StageProgress.class, this, PartnershipPackage.PARTNERSHIP__STAGE_PROGRESS);
		}
		return stageProgress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PartnershipExtension> getExtensions() {
		if (extensions == null) {
			extensions = new EObjectContainmentEList<PartnershipExtension>(PartnershipExtension.class, this, PartnershipPackage.PARTNERSHIP__EXTENSIONS);
		}
		return extensions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PartnershipPackage.PARTNERSHIP__ORGANISATIONS:
				return ((InternalEList<?>)getOrganisations()).basicRemove(otherEnd, msgs);
			case PartnershipPackage.PARTNERSHIP__COHORTS:
				return ((InternalEList<?>)getCohorts()).basicRemove(otherEnd, msgs);
			case PartnershipPackage.PARTNERSHIP__STAGE_PROGRESS:
				return ((InternalEList<?>)getStageProgress()).basicRemove(otherEnd, msgs);
			case PartnershipPackage.PARTNERSHIP__EXTENSIONS:
				return ((InternalEList<?>)getExtensions()).basicRemove(otherEnd, msgs);
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
			case PartnershipPackage.PARTNERSHIP__NAME:
				return getName();
			case PartnershipPackage.PARTNERSHIP__PURPOSE:
				return getPurpose();
			case PartnershipPackage.PARTNERSHIP__WHY_PARTNER:
				return getWhyPartner();
			case PartnershipPackage.PARTNERSHIP__WITH_WHOM_AND_WHY:
				return getWithWhomAndWhy();
			case PartnershipPackage.PARTNERSHIP__CHALLENGE_AND_DIFFERENCE:
				return getChallengeAndDifference();
			case PartnershipPackage.PARTNERSHIP__WHY_IT_WILL_WORK:
				return getWhyItWillWork();
			case PartnershipPackage.PARTNERSHIP__SETTING:
				return getSetting();
			case PartnershipPackage.PARTNERSHIP__MODEL:
				return getModel();
			case PartnershipPackage.PARTNERSHIP__STATUS:
				return getStatus();
			case PartnershipPackage.PARTNERSHIP__START_DATE:
				return getStartDate();
			case PartnershipPackage.PARTNERSHIP__END_DATE:
				return getEndDate();
			case PartnershipPackage.PARTNERSHIP__ORGANISATIONS:
				return getOrganisations();
			case PartnershipPackage.PARTNERSHIP__COHORTS:
				return getCohorts();
			case PartnershipPackage.PARTNERSHIP__STAGE_PROGRESS:
				return getStageProgress();
			case PartnershipPackage.PARTNERSHIP__EXTENSIONS:
				return getExtensions();
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
			case PartnershipPackage.PARTNERSHIP__NAME:
				setName((String)newValue);
				return;
			case PartnershipPackage.PARTNERSHIP__PURPOSE:
				setPurpose((String)newValue);
				return;
			case PartnershipPackage.PARTNERSHIP__WHY_PARTNER:
				setWhyPartner((String)newValue);
				return;
			case PartnershipPackage.PARTNERSHIP__WITH_WHOM_AND_WHY:
				setWithWhomAndWhy((String)newValue);
				return;
			case PartnershipPackage.PARTNERSHIP__CHALLENGE_AND_DIFFERENCE:
				setChallengeAndDifference((String)newValue);
				return;
			case PartnershipPackage.PARTNERSHIP__WHY_IT_WILL_WORK:
				setWhyItWillWork((String)newValue);
				return;
			case PartnershipPackage.PARTNERSHIP__SETTING:
				setSetting((Setting)newValue);
				return;
			case PartnershipPackage.PARTNERSHIP__MODEL:
				setModel((PartnershipModel)newValue);
				return;
			case PartnershipPackage.PARTNERSHIP__STATUS:
				setStatus((PartnershipStatus)newValue);
				return;
			case PartnershipPackage.PARTNERSHIP__START_DATE:
				setStartDate((Date)newValue);
				return;
			case PartnershipPackage.PARTNERSHIP__END_DATE:
				setEndDate((Date)newValue);
				return;
			case PartnershipPackage.PARTNERSHIP__ORGANISATIONS:
				getOrganisations().clear();
				getOrganisations().addAll((Collection<? extends Organisation>)newValue);
				return;
			case PartnershipPackage.PARTNERSHIP__COHORTS:
				getCohorts().clear();
				getCohorts().addAll((Collection<? extends TargetCohort>)newValue);
				return;
			case PartnershipPackage.PARTNERSHIP__STAGE_PROGRESS:
				getStageProgress().clear();
				getStageProgress().addAll((Collection<? extends StageProgress>)newValue);
				return;
			case PartnershipPackage.PARTNERSHIP__EXTENSIONS:
				getExtensions().clear();
				getExtensions().addAll((Collection<? extends PartnershipExtension>)newValue);
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
			case PartnershipPackage.PARTNERSHIP__NAME:
				setName(NAME_EDEFAULT);
				return;
			case PartnershipPackage.PARTNERSHIP__PURPOSE:
				setPurpose(PURPOSE_EDEFAULT);
				return;
			case PartnershipPackage.PARTNERSHIP__WHY_PARTNER:
				setWhyPartner(WHY_PARTNER_EDEFAULT);
				return;
			case PartnershipPackage.PARTNERSHIP__WITH_WHOM_AND_WHY:
				setWithWhomAndWhy(WITH_WHOM_AND_WHY_EDEFAULT);
				return;
			case PartnershipPackage.PARTNERSHIP__CHALLENGE_AND_DIFFERENCE:
				setChallengeAndDifference(CHALLENGE_AND_DIFFERENCE_EDEFAULT);
				return;
			case PartnershipPackage.PARTNERSHIP__WHY_IT_WILL_WORK:
				setWhyItWillWork(WHY_IT_WILL_WORK_EDEFAULT);
				return;
			case PartnershipPackage.PARTNERSHIP__SETTING:
				setSetting(SETTING_EDEFAULT);
				return;
			case PartnershipPackage.PARTNERSHIP__MODEL:
				setModel(MODEL_EDEFAULT);
				return;
			case PartnershipPackage.PARTNERSHIP__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case PartnershipPackage.PARTNERSHIP__START_DATE:
				setStartDate(START_DATE_EDEFAULT);
				return;
			case PartnershipPackage.PARTNERSHIP__END_DATE:
				setEndDate(END_DATE_EDEFAULT);
				return;
			case PartnershipPackage.PARTNERSHIP__ORGANISATIONS:
				getOrganisations().clear();
				return;
			case PartnershipPackage.PARTNERSHIP__COHORTS:
				getCohorts().clear();
				return;
			case PartnershipPackage.PARTNERSHIP__STAGE_PROGRESS:
				getStageProgress().clear();
				return;
			case PartnershipPackage.PARTNERSHIP__EXTENSIONS:
				getExtensions().clear();
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
			case PartnershipPackage.PARTNERSHIP__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case PartnershipPackage.PARTNERSHIP__PURPOSE:
				return PURPOSE_EDEFAULT == null ? purpose != null : !PURPOSE_EDEFAULT.equals(purpose);
			case PartnershipPackage.PARTNERSHIP__WHY_PARTNER:
				return WHY_PARTNER_EDEFAULT == null ? whyPartner != null : !WHY_PARTNER_EDEFAULT.equals(whyPartner);
			case PartnershipPackage.PARTNERSHIP__WITH_WHOM_AND_WHY:
				return WITH_WHOM_AND_WHY_EDEFAULT == null ? withWhomAndWhy != null : !WITH_WHOM_AND_WHY_EDEFAULT.equals(withWhomAndWhy);
			case PartnershipPackage.PARTNERSHIP__CHALLENGE_AND_DIFFERENCE:
				return CHALLENGE_AND_DIFFERENCE_EDEFAULT == null ? challengeAndDifference != null : !CHALLENGE_AND_DIFFERENCE_EDEFAULT.equals(challengeAndDifference);
			case PartnershipPackage.PARTNERSHIP__WHY_IT_WILL_WORK:
				return WHY_IT_WILL_WORK_EDEFAULT == null ? whyItWillWork != null : !WHY_IT_WILL_WORK_EDEFAULT.equals(whyItWillWork);
			case PartnershipPackage.PARTNERSHIP__SETTING:
				return setting != SETTING_EDEFAULT;
			case PartnershipPackage.PARTNERSHIP__MODEL:
				return model != MODEL_EDEFAULT;
			case PartnershipPackage.PARTNERSHIP__STATUS:
				return status != STATUS_EDEFAULT;
			case PartnershipPackage.PARTNERSHIP__START_DATE:
				return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
			case PartnershipPackage.PARTNERSHIP__END_DATE:
				return END_DATE_EDEFAULT == null ? endDate != null : !END_DATE_EDEFAULT.equals(endDate);
			case PartnershipPackage.PARTNERSHIP__ORGANISATIONS:
				return organisations != null && !organisations.isEmpty();
			case PartnershipPackage.PARTNERSHIP__COHORTS:
				return cohorts != null && !cohorts.isEmpty();
			case PartnershipPackage.PARTNERSHIP__STAGE_PROGRESS:
				return stageProgress != null && !stageProgress.isEmpty();
			case PartnershipPackage.PARTNERSHIP__EXTENSIONS:
				return extensions != null && !extensions.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(", purpose: ");
		result.append(purpose);
		result.append(", whyPartner: ");
		result.append(whyPartner);
		result.append(", withWhomAndWhy: ");
		result.append(withWhomAndWhy);
		result.append(", challengeAndDifference: ");
		result.append(challengeAndDifference);
		result.append(", whyItWillWork: ");
		result.append(whyItWillWork);
		result.append(", setting: ");
		result.append(setting);
		result.append(", model: ");
		result.append(model);
		result.append(", status: ");
		result.append(status);
		result.append(", startDate: ");
		result.append(startDate);
		result.append(", endDate: ");
		result.append(endDate);
		result.append(')');
		return result.toString();
	}

} //PartnershipImpl
