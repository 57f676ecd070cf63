/**
 */
package org.hjp.workbench.assessment.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.hjp.workbench.assessment.model.AssessmentPackage;
import org.hjp.workbench.assessment.model.MissingPolicy;
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
		result.append(')');
		return result.toString();
	}

} //ScoringImpl
