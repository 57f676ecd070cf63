/**
 */
package org.hjp.workbench.activities.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.hjp.workbench.activities.model.ActivitiesPackage;
import org.hjp.workbench.activities.model.SecondaryConsultation;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Secondary Consultation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.activities.model.impl.SecondaryConsultationImpl#getHowToAsk <em>How To Ask</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SecondaryConsultationImpl extends ActivityImpl implements SecondaryConsultation {
	/**
	 * The default value of the '{@link #getHowToAsk() <em>How To Ask</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHowToAsk()
	 * @generated
	 * @ordered
	 */
	protected static final String HOW_TO_ASK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHowToAsk() <em>How To Ask</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHowToAsk()
	 * @generated
	 * @ordered
	 */
	protected String howToAsk = HOW_TO_ASK_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SecondaryConsultationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ActivitiesPackage.Literals.SECONDARY_CONSULTATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHowToAsk() {
		return howToAsk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHowToAsk(String newHowToAsk) {
		String oldHowToAsk = howToAsk;
		howToAsk = newHowToAsk;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ActivitiesPackage.SECONDARY_CONSULTATION__HOW_TO_ASK, oldHowToAsk, howToAsk));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ActivitiesPackage.SECONDARY_CONSULTATION__HOW_TO_ASK:
				return getHowToAsk();
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
			case ActivitiesPackage.SECONDARY_CONSULTATION__HOW_TO_ASK:
				setHowToAsk((String)newValue);
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
			case ActivitiesPackage.SECONDARY_CONSULTATION__HOW_TO_ASK:
				setHowToAsk(HOW_TO_ASK_EDEFAULT);
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
			case ActivitiesPackage.SECONDARY_CONSULTATION__HOW_TO_ASK:
				return HOW_TO_ASK_EDEFAULT == null ? howToAsk != null : !HOW_TO_ASK_EDEFAULT.equals(howToAsk);
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
		result.append(" (howToAsk: ");
		result.append(howToAsk);
		result.append(')');
		return result.toString();
	}

} //SecondaryConsultationImpl
