/**
 */
package org.hjp.workbench.assessment.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.hjp.workbench.assessment.model.AssessmentPackage;
import org.hjp.workbench.assessment.model.BandMaximum;
import org.hjp.workbench.assessment.model.BetweenBands;
import org.hjp.workbench.assessment.model.MissingPolicy;
import org.hjp.workbench.assessment.model.PartnerScore;
import org.hjp.workbench.assessment.model.ScoreMethod;
import org.hjp.workbench.assessment.model.Scoring;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Scoring</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.assessment.model.impl.ScoringImpl#getMethod <em>Method</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.impl.ScoringImpl#getMissing <em>Missing</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.impl.ScoringImpl#getMinimumAnswered <em>Minimum Answered</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.impl.ScoringImpl#isTotal <em>Total</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.impl.ScoringImpl#isDontKnowAnswered <em>Dont Know Answered</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.impl.ScoringImpl#getPartnerScore <em>Partner Score</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.impl.ScoringImpl#isRoundBeforeBanding <em>Round Before Banding</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.impl.ScoringImpl#getBandMaximum <em>Band Maximum</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.impl.ScoringImpl#getBetweenBands <em>Between Bands</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScoringImpl extends MinimalEObjectImpl.Container implements Scoring {
	/**
	 * The default value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected static final ScoreMethod METHOD_EDEFAULT = ScoreMethod.SUM;

	/**
	 * The cached value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected ScoreMethod method = METHOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getMissing() <em>Missing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMissing()
	 * @generated
	 * @ordered
	 */
	protected static final MissingPolicy MISSING_EDEFAULT = MissingPolicy.PRORATE;

	/**
	 * The cached value of the '{@link #getMissing() <em>Missing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMissing()
	 * @generated
	 * @ordered
	 */
	protected MissingPolicy missing = MISSING_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinimumAnswered() <em>Minimum Answered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumAnswered()
	 * @generated
	 * @ordered
	 */
	protected static final int MINIMUM_ANSWERED_EDEFAULT = 50;

	/**
	 * The cached value of the '{@link #getMinimumAnswered() <em>Minimum Answered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumAnswered()
	 * @generated
	 * @ordered
	 */
	protected int minimumAnswered = MINIMUM_ANSWERED_EDEFAULT;

	/**
	 * The default value of the '{@link #isTotal() <em>Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTotal()
	 * @generated
	 * @ordered
	 */
	protected static final boolean TOTAL_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isTotal() <em>Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTotal()
	 * @generated
	 * @ordered
	 */
	protected boolean total = TOTAL_EDEFAULT;

	/**
	 * The default value of the '{@link #isDontKnowAnswered() <em>Dont Know Answered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDontKnowAnswered()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DONT_KNOW_ANSWERED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDontKnowAnswered() <em>Dont Know Answered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDontKnowAnswered()
	 * @generated
	 * @ordered
	 */
	protected boolean dontKnowAnswered = DONT_KNOW_ANSWERED_EDEFAULT;

	/**
	 * The default value of the '{@link #getPartnerScore() <em>Partner Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartnerScore()
	 * @generated
	 * @ordered
	 */
	protected static final PartnerScore PARTNER_SCORE_EDEFAULT = PartnerScore.MEAN_OF_RESPONDENTS;

	/**
	 * The cached value of the '{@link #getPartnerScore() <em>Partner Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartnerScore()
	 * @generated
	 * @ordered
	 */
	protected PartnerScore partnerScore = PARTNER_SCORE_EDEFAULT;

	/**
	 * The default value of the '{@link #isRoundBeforeBanding() <em>Round Before Banding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRoundBeforeBanding()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ROUND_BEFORE_BANDING_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRoundBeforeBanding() <em>Round Before Banding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRoundBeforeBanding()
	 * @generated
	 * @ordered
	 */
	protected boolean roundBeforeBanding = ROUND_BEFORE_BANDING_EDEFAULT;

	/**
	 * The default value of the '{@link #getBandMaximum() <em>Band Maximum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBandMaximum()
	 * @generated
	 * @ordered
	 */
	protected static final BandMaximum BAND_MAXIMUM_EDEFAULT = BandMaximum.INCLUDED;

	/**
	 * The cached value of the '{@link #getBandMaximum() <em>Band Maximum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBandMaximum()
	 * @generated
	 * @ordered
	 */
	protected BandMaximum bandMaximum = BAND_MAXIMUM_EDEFAULT;

	/**
	 * The default value of the '{@link #getBetweenBands() <em>Between Bands</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBetweenBands()
	 * @generated
	 * @ordered
	 */
	protected static final BetweenBands BETWEEN_BANDS_EDEFAULT = BetweenBands.LOWER;

	/**
	 * The cached value of the '{@link #getBetweenBands() <em>Between Bands</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBetweenBands()
	 * @generated
	 * @ordered
	 */
	protected BetweenBands betweenBands = BETWEEN_BANDS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScoringImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AssessmentPackage.Literals.SCORING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScoreMethod getMethod() {
		return method;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMethod(ScoreMethod newMethod) {
		ScoreMethod oldMethod = method;
		method = newMethod == null ? METHOD_EDEFAULT : newMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssessmentPackage.SCORING__METHOD, oldMethod, method));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MissingPolicy getMissing() {
		return missing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMissing(MissingPolicy newMissing) {
		MissingPolicy oldMissing = missing;
		missing = newMissing == null ? MISSING_EDEFAULT : newMissing;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssessmentPackage.SCORING__MISSING, oldMissing, missing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinimumAnswered() {
		return minimumAnswered;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinimumAnswered(int newMinimumAnswered) {
		int oldMinimumAnswered = minimumAnswered;
		minimumAnswered = newMinimumAnswered;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssessmentPackage.SCORING__MINIMUM_ANSWERED, oldMinimumAnswered, minimumAnswered));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isTotal() {
		return total;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTotal(boolean newTotal) {
		boolean oldTotal = total;
		total = newTotal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssessmentPackage.SCORING__TOTAL, oldTotal, total));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDontKnowAnswered() {
		return dontKnowAnswered;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDontKnowAnswered(boolean newDontKnowAnswered) {
		boolean oldDontKnowAnswered = dontKnowAnswered;
		dontKnowAnswered = newDontKnowAnswered;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssessmentPackage.SCORING__DONT_KNOW_ANSWERED, oldDontKnowAnswered, dontKnowAnswered));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PartnerScore getPartnerScore() {
		return partnerScore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPartnerScore(PartnerScore newPartnerScore) {
		PartnerScore oldPartnerScore = partnerScore;
		partnerScore = newPartnerScore == null ? PARTNER_SCORE_EDEFAULT : newPartnerScore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssessmentPackage.SCORING__PARTNER_SCORE, oldPartnerScore, partnerScore));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRoundBeforeBanding() {
		return roundBeforeBanding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRoundBeforeBanding(boolean newRoundBeforeBanding) {
		boolean oldRoundBeforeBanding = roundBeforeBanding;
		roundBeforeBanding = newRoundBeforeBanding;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssessmentPackage.SCORING__ROUND_BEFORE_BANDING, oldRoundBeforeBanding, roundBeforeBanding));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BandMaximum getBandMaximum() {
		return bandMaximum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBandMaximum(BandMaximum newBandMaximum) {
		BandMaximum oldBandMaximum = bandMaximum;
		bandMaximum = newBandMaximum == null ? BAND_MAXIMUM_EDEFAULT : newBandMaximum;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssessmentPackage.SCORING__BAND_MAXIMUM, oldBandMaximum, bandMaximum));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BetweenBands getBetweenBands() {
		return betweenBands;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBetweenBands(BetweenBands newBetweenBands) {
		BetweenBands oldBetweenBands = betweenBands;
		betweenBands = newBetweenBands == null ? BETWEEN_BANDS_EDEFAULT : newBetweenBands;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssessmentPackage.SCORING__BETWEEN_BANDS, oldBetweenBands, betweenBands));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AssessmentPackage.SCORING__METHOD:
				return getMethod();
			case AssessmentPackage.SCORING__MISSING:
				return getMissing();
			case AssessmentPackage.SCORING__MINIMUM_ANSWERED:
				return getMinimumAnswered();
			case AssessmentPackage.SCORING__TOTAL:
				return isTotal();
			case AssessmentPackage.SCORING__DONT_KNOW_ANSWERED:
				return isDontKnowAnswered();
			case AssessmentPackage.SCORING__PARTNER_SCORE:
				return getPartnerScore();
			case AssessmentPackage.SCORING__ROUND_BEFORE_BANDING:
				return isRoundBeforeBanding();
			case AssessmentPackage.SCORING__BAND_MAXIMUM:
				return getBandMaximum();
			case AssessmentPackage.SCORING__BETWEEN_BANDS:
				return getBetweenBands();
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
			case AssessmentPackage.SCORING__METHOD:
				setMethod((ScoreMethod)newValue);
				return;
			case AssessmentPackage.SCORING__MISSING:
				setMissing((MissingPolicy)newValue);
				return;
			case AssessmentPackage.SCORING__MINIMUM_ANSWERED:
				setMinimumAnswered((Integer)newValue);
				return;
			case AssessmentPackage.SCORING__TOTAL:
				setTotal((Boolean)newValue);
				return;
			case AssessmentPackage.SCORING__DONT_KNOW_ANSWERED:
				setDontKnowAnswered((Boolean)newValue);
				return;
			case AssessmentPackage.SCORING__PARTNER_SCORE:
				setPartnerScore((PartnerScore)newValue);
				return;
			case AssessmentPackage.SCORING__ROUND_BEFORE_BANDING:
				setRoundBeforeBanding((Boolean)newValue);
				return;
			case AssessmentPackage.SCORING__BAND_MAXIMUM:
				setBandMaximum((BandMaximum)newValue);
				return;
			case AssessmentPackage.SCORING__BETWEEN_BANDS:
				setBetweenBands((BetweenBands)newValue);
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
			case AssessmentPackage.SCORING__METHOD:
				setMethod(METHOD_EDEFAULT);
				return;
			case AssessmentPackage.SCORING__MISSING:
				setMissing(MISSING_EDEFAULT);
				return;
			case AssessmentPackage.SCORING__MINIMUM_ANSWERED:
				setMinimumAnswered(MINIMUM_ANSWERED_EDEFAULT);
				return;
			case AssessmentPackage.SCORING__TOTAL:
				setTotal(TOTAL_EDEFAULT);
				return;
			case AssessmentPackage.SCORING__DONT_KNOW_ANSWERED:
				setDontKnowAnswered(DONT_KNOW_ANSWERED_EDEFAULT);
				return;
			case AssessmentPackage.SCORING__PARTNER_SCORE:
				setPartnerScore(PARTNER_SCORE_EDEFAULT);
				return;
			case AssessmentPackage.SCORING__ROUND_BEFORE_BANDING:
				setRoundBeforeBanding(ROUND_BEFORE_BANDING_EDEFAULT);
				return;
			case AssessmentPackage.SCORING__BAND_MAXIMUM:
				setBandMaximum(BAND_MAXIMUM_EDEFAULT);
				return;
			case AssessmentPackage.SCORING__BETWEEN_BANDS:
				setBetweenBands(BETWEEN_BANDS_EDEFAULT);
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
			case AssessmentPackage.SCORING__METHOD:
				return method != METHOD_EDEFAULT;
			case AssessmentPackage.SCORING__MISSING:
				return missing != MISSING_EDEFAULT;
			case AssessmentPackage.SCORING__MINIMUM_ANSWERED:
				return minimumAnswered != MINIMUM_ANSWERED_EDEFAULT;
			case AssessmentPackage.SCORING__TOTAL:
				return total != TOTAL_EDEFAULT;
			case AssessmentPackage.SCORING__DONT_KNOW_ANSWERED:
				return dontKnowAnswered != DONT_KNOW_ANSWERED_EDEFAULT;
			case AssessmentPackage.SCORING__PARTNER_SCORE:
				return partnerScore != PARTNER_SCORE_EDEFAULT;
			case AssessmentPackage.SCORING__ROUND_BEFORE_BANDING:
				return roundBeforeBanding != ROUND_BEFORE_BANDING_EDEFAULT;
			case AssessmentPackage.SCORING__BAND_MAXIMUM:
				return bandMaximum != BAND_MAXIMUM_EDEFAULT;
			case AssessmentPackage.SCORING__BETWEEN_BANDS:
				return betweenBands != BETWEEN_BANDS_EDEFAULT;
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
		result.append(" (method: ");
		result.append(method);
		result.append(", missing: ");
		result.append(missing);
		result.append(", minimumAnswered: ");
		result.append(minimumAnswered);
		result.append(", total: ");
		result.append(total);
		result.append(", dontKnowAnswered: ");
		result.append(dontKnowAnswered);
		result.append(", partnerScore: ");
		result.append(partnerScore);
		result.append(", roundBeforeBanding: ");
		result.append(roundBeforeBanding);
		result.append(", bandMaximum: ");
		result.append(bandMaximum);
		result.append(", betweenBands: ");
		result.append(betweenBands);
		result.append(')');
		return result.toString();
	}

} //ScoringImpl
