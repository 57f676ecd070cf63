/**
 */
package org.hjp.workbench.activities.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.hjp.workbench.activities.model.ActivitiesPackage;
import org.hjp.workbench.activities.model.ReferralPathway;

import org.hjp.workbench.model.Organisation;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Referral Pathway</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.activities.model.impl.ReferralPathwayImpl#getFromPartner <em>From Partner</em>}</li>
 *   <li>{@link org.hjp.workbench.activities.model.impl.ReferralPathwayImpl#getToPartner <em>To Partner</em>}</li>
 *   <li>{@link org.hjp.workbench.activities.model.impl.ReferralPathwayImpl#isWarmReferral <em>Warm Referral</em>}</li>
 *   <li>{@link org.hjp.workbench.activities.model.impl.ReferralPathwayImpl#getScreeningQuestions <em>Screening Questions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReferralPathwayImpl extends ActivityImpl implements ReferralPathway {
	/**
	 * The cached value of the '{@link #getFromPartner() <em>From Partner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromPartner()
	 * @generated
	 * @ordered
	 */
	protected Organisation fromPartner;

	/**
	 * The cached value of the '{@link #getToPartner() <em>To Partner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToPartner()
	 * @generated
	 * @ordered
	 */
	protected Organisation toPartner;

	/**
	 * The default value of the '{@link #isWarmReferral() <em>Warm Referral</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWarmReferral()
	 * @generated
	 * @ordered
	 */
	protected static final boolean WARM_REFERRAL_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isWarmReferral() <em>Warm Referral</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWarmReferral()
	 * @generated
	 * @ordered
	 */
	protected boolean warmReferral = WARM_REFERRAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getScreeningQuestions() <em>Screening Questions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScreeningQuestions()
	 * @generated
	 * @ordered
	 */
	protected static final String SCREENING_QUESTIONS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScreeningQuestions() <em>Screening Questions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScreeningQuestions()
	 * @generated
	 * @ordered
	 */
	protected String screeningQuestions = SCREENING_QUESTIONS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReferralPathwayImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ActivitiesPackage.Literals.REFERRAL_PATHWAY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getFromPartner() {
		if (fromPartner != null && fromPartner.eIsProxy()) {
			InternalEObject oldFromPartner = (InternalEObject)fromPartner;
			fromPartner = (Organisation)eResolveProxy(oldFromPartner);
			if (fromPartner != oldFromPartner) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ActivitiesPackage.REFERRAL_PATHWAY__FROM_PARTNER, oldFromPartner, fromPartner));
			}
		}
		return fromPartner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetFromPartner() {
		return fromPartner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFromPartner(Organisation newFromPartner) {
		Organisation oldFromPartner = fromPartner;
		fromPartner = newFromPartner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ActivitiesPackage.REFERRAL_PATHWAY__FROM_PARTNER, oldFromPartner, fromPartner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getToPartner() {
		if (toPartner != null && toPartner.eIsProxy()) {
			InternalEObject oldToPartner = (InternalEObject)toPartner;
			toPartner = (Organisation)eResolveProxy(oldToPartner);
			if (toPartner != oldToPartner) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ActivitiesPackage.REFERRAL_PATHWAY__TO_PARTNER, oldToPartner, toPartner));
			}
		}
		return toPartner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetToPartner() {
		return toPartner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToPartner(Organisation newToPartner) {
		Organisation oldToPartner = toPartner;
		toPartner = newToPartner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ActivitiesPackage.REFERRAL_PATHWAY__TO_PARTNER, oldToPartner, toPartner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isWarmReferral() {
		return warmReferral;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWarmReferral(boolean newWarmReferral) {
		boolean oldWarmReferral = warmReferral;
		warmReferral = newWarmReferral;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ActivitiesPackage.REFERRAL_PATHWAY__WARM_REFERRAL, oldWarmReferral, warmReferral));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScreeningQuestions() {
		return screeningQuestions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScreeningQuestions(String newScreeningQuestions) {
		String oldScreeningQuestions = screeningQuestions;
		screeningQuestions = newScreeningQuestions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ActivitiesPackage.REFERRAL_PATHWAY__SCREENING_QUESTIONS, oldScreeningQuestions, screeningQuestions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ActivitiesPackage.REFERRAL_PATHWAY__FROM_PARTNER:
				if (resolve) return getFromPartner();
				return basicGetFromPartner();
			case ActivitiesPackage.REFERRAL_PATHWAY__TO_PARTNER:
				if (resolve) return getToPartner();
				return basicGetToPartner();
			case ActivitiesPackage.REFERRAL_PATHWAY__WARM_REFERRAL:
				return isWarmReferral();
			case ActivitiesPackage.REFERRAL_PATHWAY__SCREENING_QUESTIONS:
				return getScreeningQuestions();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ActivitiesPackage.REFERRAL_PATHWAY__FROM_PARTNER:
				setFromPartner((Organisation)newValue);
				return;
			case ActivitiesPackage.REFERRAL_PATHWAY__TO_PARTNER:
				setToPartner((Organisation)newValue);
				return;
			case ActivitiesPackage.REFERRAL_PATHWAY__WARM_REFERRAL:
				setWarmReferral((Boolean)newValue);
				return;
			case ActivitiesPackage.REFERRAL_PATHWAY__SCREENING_QUESTIONS:
				setScreeningQuestions((String)newValue);
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
			case ActivitiesPackage.REFERRAL_PATHWAY__FROM_PARTNER:
				setFromPartner((Organisation)null);
				return;
			case ActivitiesPackage.REFERRAL_PATHWAY__TO_PARTNER:
				setToPartner((Organisation)null);
				return;
			case ActivitiesPackage.REFERRAL_PATHWAY__WARM_REFERRAL:
				setWarmReferral(WARM_REFERRAL_EDEFAULT);
				return;
			case ActivitiesPackage.REFERRAL_PATHWAY__SCREENING_QUESTIONS:
				setScreeningQuestions(SCREENING_QUESTIONS_EDEFAULT);
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
			case ActivitiesPackage.REFERRAL_PATHWAY__FROM_PARTNER:
				return fromPartner != null;
			case ActivitiesPackage.REFERRAL_PATHWAY__TO_PARTNER:
				return toPartner != null;
			case ActivitiesPackage.REFERRAL_PATHWAY__WARM_REFERRAL:
				return warmReferral != WARM_REFERRAL_EDEFAULT;
			case ActivitiesPackage.REFERRAL_PATHWAY__SCREENING_QUESTIONS:
				return SCREENING_QUESTIONS_EDEFAULT == null ? screeningQuestions != null : !SCREENING_QUESTIONS_EDEFAULT.equals(screeningQuestions);
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
		result.append(" (warmReferral: ");
		result.append(warmReferral);
		result.append(", screeningQuestions: ");
		result.append(screeningQuestions);
		result.append(')');
		return result.toString();
	}

} //ReferralPathwayImpl
