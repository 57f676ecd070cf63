/**
 */
package org.hjp.workbench.assessment.model.impl;

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

import org.hjp.workbench.assessment.model.AssessmentPackage;
import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.assessment.model.Instrument;
import org.hjp.workbench.assessment.model.Respondent;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Round</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.assessment.model.impl.AssessmentRoundImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.impl.AssessmentRoundImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.impl.AssessmentRoundImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.impl.AssessmentRoundImpl#getInstrumentBundle <em>Instrument Bundle</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.impl.AssessmentRoundImpl#getInstrument <em>Instrument</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.impl.AssessmentRoundImpl#getRespondents <em>Respondents</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AssessmentRoundImpl extends MinimalEObjectImpl.Container implements AssessmentRound {
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
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected Date date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getInstrumentBundle() <em>Instrument Bundle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstrumentBundle()
	 * @generated
	 * @ordered
	 */
	protected static final String INSTRUMENT_BUNDLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInstrumentBundle() <em>Instrument Bundle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstrumentBundle()
	 * @generated
	 * @ordered
	 */
	protected String instrumentBundle = INSTRUMENT_BUNDLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getInstrument() <em>Instrument</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstrument()
	 * @generated
	 * @ordered
	 */
	protected Instrument instrument;

	/**
	 * The cached value of the '{@link #getRespondents() <em>Respondents</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRespondents()
	 * @generated
	 * @ordered
	 */
	protected EList<Respondent> respondents;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AssessmentRoundImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AssessmentPackage.Literals.ASSESSMENT_ROUND;
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
			eNotify(new ENotificationImpl(this, Notification.SET, AssessmentPackage.ASSESSMENT_ROUND__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(Date newDate) {
		Date oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssessmentPackage.ASSESSMENT_ROUND__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes() {
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes) {
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssessmentPackage.ASSESSMENT_ROUND__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInstrumentBundle() {
		return instrumentBundle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstrumentBundle(String newInstrumentBundle) {
		String oldInstrumentBundle = instrumentBundle;
		instrumentBundle = newInstrumentBundle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssessmentPackage.ASSESSMENT_ROUND__INSTRUMENT_BUNDLE, oldInstrumentBundle, instrumentBundle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instrument getInstrument() {
		return instrument;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetInstrument(Instrument newInstrument, NotificationChain msgs) {
		Instrument oldInstrument = instrument;
		instrument = newInstrument;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AssessmentPackage.ASSESSMENT_ROUND__INSTRUMENT, oldInstrument, newInstrument);
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
	public void setInstrument(Instrument newInstrument) {
		if (newInstrument != instrument) {
			NotificationChain msgs = null;
			if (instrument != null)
				msgs = ((InternalEObject)instrument).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AssessmentPackage.ASSESSMENT_ROUND__INSTRUMENT, null, msgs);
			if (newInstrument != null)
				msgs = ((InternalEObject)newInstrument).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AssessmentPackage.ASSESSMENT_ROUND__INSTRUMENT, null, msgs);
			msgs = basicSetInstrument(newInstrument, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssessmentPackage.ASSESSMENT_ROUND__INSTRUMENT, newInstrument, newInstrument));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Respondent> getRespondents() {
		if (respondents == null) {
			respondents = new EObjectContainmentEList<Respondent>(Respondent.class, this, AssessmentPackage.ASSESSMENT_ROUND__RESPONDENTS);
		}
		return respondents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AssessmentPackage.ASSESSMENT_ROUND__INSTRUMENT:
				return basicSetInstrument(null, msgs);
			case AssessmentPackage.ASSESSMENT_ROUND__RESPONDENTS:
				return ((InternalEList<?>)getRespondents()).basicRemove(otherEnd, msgs);
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
			case AssessmentPackage.ASSESSMENT_ROUND__TITLE:
				return getTitle();
			case AssessmentPackage.ASSESSMENT_ROUND__DATE:
				return getDate();
			case AssessmentPackage.ASSESSMENT_ROUND__NOTES:
				return getNotes();
			case AssessmentPackage.ASSESSMENT_ROUND__INSTRUMENT_BUNDLE:
				return getInstrumentBundle();
			case AssessmentPackage.ASSESSMENT_ROUND__INSTRUMENT:
				return getInstrument();
			case AssessmentPackage.ASSESSMENT_ROUND__RESPONDENTS:
				return getRespondents();
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
			case AssessmentPackage.ASSESSMENT_ROUND__TITLE:
				setTitle((String)newValue);
				return;
			case AssessmentPackage.ASSESSMENT_ROUND__DATE:
				setDate((Date)newValue);
				return;
			case AssessmentPackage.ASSESSMENT_ROUND__NOTES:
				setNotes((String)newValue);
				return;
			case AssessmentPackage.ASSESSMENT_ROUND__INSTRUMENT_BUNDLE:
				setInstrumentBundle((String)newValue);
				return;
			case AssessmentPackage.ASSESSMENT_ROUND__INSTRUMENT:
				setInstrument((Instrument)newValue);
				return;
			case AssessmentPackage.ASSESSMENT_ROUND__RESPONDENTS:
				getRespondents().clear();
				getRespondents().addAll((Collection<? extends Respondent>)newValue);
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
			case AssessmentPackage.ASSESSMENT_ROUND__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case AssessmentPackage.ASSESSMENT_ROUND__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case AssessmentPackage.ASSESSMENT_ROUND__NOTES:
				setNotes(NOTES_EDEFAULT);
				return;
			case AssessmentPackage.ASSESSMENT_ROUND__INSTRUMENT_BUNDLE:
				setInstrumentBundle(INSTRUMENT_BUNDLE_EDEFAULT);
				return;
			case AssessmentPackage.ASSESSMENT_ROUND__INSTRUMENT:
				setInstrument((Instrument)null);
				return;
			case AssessmentPackage.ASSESSMENT_ROUND__RESPONDENTS:
				getRespondents().clear();
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
			case AssessmentPackage.ASSESSMENT_ROUND__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case AssessmentPackage.ASSESSMENT_ROUND__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case AssessmentPackage.ASSESSMENT_ROUND__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
			case AssessmentPackage.ASSESSMENT_ROUND__INSTRUMENT_BUNDLE:
				return INSTRUMENT_BUNDLE_EDEFAULT == null ? instrumentBundle != null : !INSTRUMENT_BUNDLE_EDEFAULT.equals(instrumentBundle);
			case AssessmentPackage.ASSESSMENT_ROUND__INSTRUMENT:
				return instrument != null;
			case AssessmentPackage.ASSESSMENT_ROUND__RESPONDENTS:
				return respondents != null && !respondents.isEmpty();
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
		result.append(", date: ");
		result.append(date);
		result.append(", notes: ");
		result.append(notes);
		result.append(", instrumentBundle: ");
		result.append(instrumentBundle);
		result.append(')');
		return result.toString();
	}

} //AssessmentRoundImpl
