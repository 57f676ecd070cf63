/**
 */
package org.hjp.workbench.assessment.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.hjp.workbench.assessment.model.AssessmentPackage;
import org.hjp.workbench.assessment.model.Band;
import org.hjp.workbench.assessment.model.Domain;
import org.hjp.workbench.assessment.model.DomainGroup;
import org.hjp.workbench.assessment.model.Instrument;
import org.hjp.workbench.assessment.model.ResponseScale;
import org.hjp.workbench.assessment.model.Scoring;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Instrument</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.assessment.model.impl.InstrumentImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.impl.InstrumentImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.impl.InstrumentImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.impl.InstrumentImpl#getPublisher <em>Publisher</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.impl.InstrumentImpl#getInstructions <em>Instructions</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.impl.InstrumentImpl#getDisagreementThreshold <em>Disagreement Threshold</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.impl.InstrumentImpl#getScoringHook <em>Scoring Hook</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.impl.InstrumentImpl#getScales <em>Scales</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.impl.InstrumentImpl#getGroups <em>Groups</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.impl.InstrumentImpl#getDomains <em>Domains</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.impl.InstrumentImpl#getScoring <em>Scoring</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.impl.InstrumentImpl#getBands <em>Bands</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.impl.InstrumentImpl#getDomainBands <em>Domain Bands</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InstrumentImpl extends MinimalEObjectImpl.Container implements Instrument {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

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
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getPublisher() <em>Publisher</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublisher()
	 * @generated
	 * @ordered
	 */
	protected static final String PUBLISHER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublisher() <em>Publisher</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublisher()
	 * @generated
	 * @ordered
	 */
	protected String publisher = PUBLISHER_EDEFAULT;

	/**
	 * The default value of the '{@link #getInstructions() <em>Instructions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstructions()
	 * @generated
	 * @ordered
	 */
	protected static final String INSTRUCTIONS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInstructions() <em>Instructions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstructions()
	 * @generated
	 * @ordered
	 */
	protected String instructions = INSTRUCTIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDisagreementThreshold() <em>Disagreement Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisagreementThreshold()
	 * @generated
	 * @ordered
	 */
	protected static final int DISAGREEMENT_THRESHOLD_EDEFAULT = 25;

	/**
	 * The cached value of the '{@link #getDisagreementThreshold() <em>Disagreement Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisagreementThreshold()
	 * @generated
	 * @ordered
	 */
	protected int disagreementThreshold = DISAGREEMENT_THRESHOLD_EDEFAULT;

	/**
	 * The default value of the '{@link #getScoringHook() <em>Scoring Hook</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScoringHook()
	 * @generated
	 * @ordered
	 */
	protected static final String SCORING_HOOK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScoringHook() <em>Scoring Hook</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScoringHook()
	 * @generated
	 * @ordered
	 */
	protected String scoringHook = SCORING_HOOK_EDEFAULT;

	/**
	 * The cached value of the '{@link #getScales() <em>Scales</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScales()
	 * @generated
	 * @ordered
	 */
	protected EList<ResponseScale> scales;

	/**
	 * The cached value of the '{@link #getGroups() <em>Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<DomainGroup> groups;

	/**
	 * The cached value of the '{@link #getDomains() <em>Domains</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomains()
	 * @generated
	 * @ordered
	 */
	protected EList<Domain> domains;

	/**
	 * The cached value of the '{@link #getScoring() <em>Scoring</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScoring()
	 * @generated
	 * @ordered
	 */
	protected Scoring scoring;

	/**
	 * The cached value of the '{@link #getBands() <em>Bands</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBands()
	 * @generated
	 * @ordered
	 */
	protected EList<Band> bands;

	/**
	 * The cached value of the '{@link #getDomainBands() <em>Domain Bands</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomainBands()
	 * @generated
	 * @ordered
	 */
	protected EList<Band> domainBands;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InstrumentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AssessmentPackage.Literals.INSTRUMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssessmentPackage.INSTRUMENT__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AssessmentPackage.INSTRUMENT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssessmentPackage.INSTRUMENT__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPublisher() {
		return publisher;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublisher(String newPublisher) {
		String oldPublisher = publisher;
		publisher = newPublisher;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssessmentPackage.INSTRUMENT__PUBLISHER, oldPublisher, publisher));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInstructions() {
		return instructions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstructions(String newInstructions) {
		String oldInstructions = instructions;
		instructions = newInstructions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssessmentPackage.INSTRUMENT__INSTRUCTIONS, oldInstructions, instructions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDisagreementThreshold() {
		return disagreementThreshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDisagreementThreshold(int newDisagreementThreshold) {
		int oldDisagreementThreshold = disagreementThreshold;
		disagreementThreshold = newDisagreementThreshold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssessmentPackage.INSTRUMENT__DISAGREEMENT_THRESHOLD, oldDisagreementThreshold, disagreementThreshold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScoringHook() {
		return scoringHook;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScoringHook(String newScoringHook) {
		String oldScoringHook = scoringHook;
		scoringHook = newScoringHook;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssessmentPackage.INSTRUMENT__SCORING_HOOK, oldScoringHook, scoringHook));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ResponseScale> getScales() {
		if (scales == null) {
			scales = new EObjectContainmentEList<ResponseScale>(ResponseScale.class, this, AssessmentPackage.INSTRUMENT__SCALES);
		}
		return scales;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DomainGroup> getGroups() {
		if (groups == null) {
			groups = new EObjectContainmentEList<DomainGroup>(DomainGroup.class, this, AssessmentPackage.INSTRUMENT__GROUPS);
		}
		return groups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Domain> getDomains() {
		if (domains == null) {
			domains = new EObjectContainmentEList<Domain>(Domain.class, this, AssessmentPackage.INSTRUMENT__DOMAINS);
		}
		return domains;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scoring getScoring() {
		return scoring;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetScoring(Scoring newScoring, NotificationChain msgs) {
		Scoring oldScoring = scoring;
		scoring = newScoring;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AssessmentPackage.INSTRUMENT__SCORING, oldScoring, newScoring);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScoring(Scoring newScoring) {
		if (newScoring != scoring) {
			NotificationChain msgs = null;
			if (scoring != null)
				msgs = ((InternalEObject)scoring).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AssessmentPackage.INSTRUMENT__SCORING, null, msgs);
			if (newScoring != null)
				msgs = ((InternalEObject)newScoring).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AssessmentPackage.INSTRUMENT__SCORING, null, msgs);
			msgs = basicSetScoring(newScoring, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssessmentPackage.INSTRUMENT__SCORING, newScoring, newScoring));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Band> getBands() {
		if (bands == null) {
			bands = new EObjectContainmentEList<Band>(Band.class, this, AssessmentPackage.INSTRUMENT__BANDS);
		}
		return bands;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Band> getDomainBands() {
		if (domainBands == null) {
			domainBands = new EObjectContainmentEList<Band>(Band.class, this, AssessmentPackage.INSTRUMENT__DOMAIN_BANDS);
		}
		return domainBands;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AssessmentPackage.INSTRUMENT__SCALES:
				return ((InternalEList<?>)getScales()).basicRemove(otherEnd, msgs);
			case AssessmentPackage.INSTRUMENT__GROUPS:
				return ((InternalEList<?>)getGroups()).basicRemove(otherEnd, msgs);
			case AssessmentPackage.INSTRUMENT__DOMAINS:
				return ((InternalEList<?>)getDomains()).basicRemove(otherEnd, msgs);
			case AssessmentPackage.INSTRUMENT__SCORING:
				return basicSetScoring(null, msgs);
			case AssessmentPackage.INSTRUMENT__BANDS:
				return ((InternalEList<?>)getBands()).basicRemove(otherEnd, msgs);
			case AssessmentPackage.INSTRUMENT__DOMAIN_BANDS:
				return ((InternalEList<?>)getDomainBands()).basicRemove(otherEnd, msgs);
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
			case AssessmentPackage.INSTRUMENT__ID:
				return getId();
			case AssessmentPackage.INSTRUMENT__NAME:
				return getName();
			case AssessmentPackage.INSTRUMENT__VERSION:
				return getVersion();
			case AssessmentPackage.INSTRUMENT__PUBLISHER:
				return getPublisher();
			case AssessmentPackage.INSTRUMENT__INSTRUCTIONS:
				return getInstructions();
			case AssessmentPackage.INSTRUMENT__DISAGREEMENT_THRESHOLD:
				return getDisagreementThreshold();
			case AssessmentPackage.INSTRUMENT__SCORING_HOOK:
				return getScoringHook();
			case AssessmentPackage.INSTRUMENT__SCALES:
				return getScales();
			case AssessmentPackage.INSTRUMENT__GROUPS:
				return getGroups();
			case AssessmentPackage.INSTRUMENT__DOMAINS:
				return getDomains();
			case AssessmentPackage.INSTRUMENT__SCORING:
				return getScoring();
			case AssessmentPackage.INSTRUMENT__BANDS:
				return getBands();
			case AssessmentPackage.INSTRUMENT__DOMAIN_BANDS:
				return getDomainBands();
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
			case AssessmentPackage.INSTRUMENT__ID:
				setId((String)newValue);
				return;
			case AssessmentPackage.INSTRUMENT__NAME:
				setName((String)newValue);
				return;
			case AssessmentPackage.INSTRUMENT__VERSION:
				setVersion((String)newValue);
				return;
			case AssessmentPackage.INSTRUMENT__PUBLISHER:
				setPublisher((String)newValue);
				return;
			case AssessmentPackage.INSTRUMENT__INSTRUCTIONS:
				setInstructions((String)newValue);
				return;
			case AssessmentPackage.INSTRUMENT__DISAGREEMENT_THRESHOLD:
				setDisagreementThreshold((Integer)newValue);
				return;
			case AssessmentPackage.INSTRUMENT__SCORING_HOOK:
				setScoringHook((String)newValue);
				return;
			case AssessmentPackage.INSTRUMENT__SCALES:
				getScales().clear();
				getScales().addAll((Collection<? extends ResponseScale>)newValue);
				return;
			case AssessmentPackage.INSTRUMENT__GROUPS:
				getGroups().clear();
				getGroups().addAll((Collection<? extends DomainGroup>)newValue);
				return;
			case AssessmentPackage.INSTRUMENT__DOMAINS:
				getDomains().clear();
				getDomains().addAll((Collection<? extends Domain>)newValue);
				return;
			case AssessmentPackage.INSTRUMENT__SCORING:
				setScoring((Scoring)newValue);
				return;
			case AssessmentPackage.INSTRUMENT__BANDS:
				getBands().clear();
				getBands().addAll((Collection<? extends Band>)newValue);
				return;
			case AssessmentPackage.INSTRUMENT__DOMAIN_BANDS:
				getDomainBands().clear();
				getDomainBands().addAll((Collection<? extends Band>)newValue);
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
			case AssessmentPackage.INSTRUMENT__ID:
				setId(ID_EDEFAULT);
				return;
			case AssessmentPackage.INSTRUMENT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case AssessmentPackage.INSTRUMENT__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case AssessmentPackage.INSTRUMENT__PUBLISHER:
				setPublisher(PUBLISHER_EDEFAULT);
				return;
			case AssessmentPackage.INSTRUMENT__INSTRUCTIONS:
				setInstructions(INSTRUCTIONS_EDEFAULT);
				return;
			case AssessmentPackage.INSTRUMENT__DISAGREEMENT_THRESHOLD:
				setDisagreementThreshold(DISAGREEMENT_THRESHOLD_EDEFAULT);
				return;
			case AssessmentPackage.INSTRUMENT__SCORING_HOOK:
				setScoringHook(SCORING_HOOK_EDEFAULT);
				return;
			case AssessmentPackage.INSTRUMENT__SCALES:
				getScales().clear();
				return;
			case AssessmentPackage.INSTRUMENT__GROUPS:
				getGroups().clear();
				return;
			case AssessmentPackage.INSTRUMENT__DOMAINS:
				getDomains().clear();
				return;
			case AssessmentPackage.INSTRUMENT__SCORING:
				setScoring((Scoring)null);
				return;
			case AssessmentPackage.INSTRUMENT__BANDS:
				getBands().clear();
				return;
			case AssessmentPackage.INSTRUMENT__DOMAIN_BANDS:
				getDomainBands().clear();
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
			case AssessmentPackage.INSTRUMENT__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case AssessmentPackage.INSTRUMENT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case AssessmentPackage.INSTRUMENT__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case AssessmentPackage.INSTRUMENT__PUBLISHER:
				return PUBLISHER_EDEFAULT == null ? publisher != null : !PUBLISHER_EDEFAULT.equals(publisher);
			case AssessmentPackage.INSTRUMENT__INSTRUCTIONS:
				return INSTRUCTIONS_EDEFAULT == null ? instructions != null : !INSTRUCTIONS_EDEFAULT.equals(instructions);
			case AssessmentPackage.INSTRUMENT__DISAGREEMENT_THRESHOLD:
				return disagreementThreshold != DISAGREEMENT_THRESHOLD_EDEFAULT;
			case AssessmentPackage.INSTRUMENT__SCORING_HOOK:
				return SCORING_HOOK_EDEFAULT == null ? scoringHook != null : !SCORING_HOOK_EDEFAULT.equals(scoringHook);
			case AssessmentPackage.INSTRUMENT__SCALES:
				return scales != null && !scales.isEmpty();
			case AssessmentPackage.INSTRUMENT__GROUPS:
				return groups != null && !groups.isEmpty();
			case AssessmentPackage.INSTRUMENT__DOMAINS:
				return domains != null && !domains.isEmpty();
			case AssessmentPackage.INSTRUMENT__SCORING:
				return scoring != null;
			case AssessmentPackage.INSTRUMENT__BANDS:
				return bands != null && !bands.isEmpty();
			case AssessmentPackage.INSTRUMENT__DOMAIN_BANDS:
				return domainBands != null && !domainBands.isEmpty();
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
		result.append(" (id: ");
		result.append(id);
		result.append(", name: ");
		result.append(name);
		result.append(", version: ");
		result.append(version);
		result.append(", publisher: ");
		result.append(publisher);
		result.append(", instructions: ");
		result.append(instructions);
		result.append(", disagreementThreshold: ");
		result.append(disagreementThreshold);
		result.append(", scoringHook: ");
		result.append(scoringHook);
		result.append(')');
		return result.toString();
	}

} //InstrumentImpl
