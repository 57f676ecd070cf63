/**
 */
package org.hjp.workbench.activities.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.hjp.workbench.activities.model.ActivitiesPackage;
import org.hjp.workbench.activities.model.CareCoordination;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Care Coordination</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.activities.model.impl.CareCoordinationImpl#getArrangement <em>Arrangement</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CareCoordinationImpl extends ActivityImpl implements CareCoordination {
	/**
	 * The default value of the '{@link #getArrangement() <em>Arrangement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArrangement()
	 * @generated
	 * @ordered
	 */
	protected static final String ARRANGEMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getArrangement() <em>Arrangement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArrangement()
	 * @generated
	 * @ordered
	 */
	protected String arrangement = ARRANGEMENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CareCoordinationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ActivitiesPackage.Literals.CARE_COORDINATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getArrangement() {
		return arrangement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArrangement(String newArrangement) {
		String oldArrangement = arrangement;
		arrangement = newArrangement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ActivitiesPackage.CARE_COORDINATION__ARRANGEMENT, oldArrangement, arrangement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ActivitiesPackage.CARE_COORDINATION__ARRANGEMENT:
				return getArrangement();
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
			case ActivitiesPackage.CARE_COORDINATION__ARRANGEMENT:
				setArrangement((String)newValue);
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
			case ActivitiesPackage.CARE_COORDINATION__ARRANGEMENT:
				setArrangement(ARRANGEMENT_EDEFAULT);
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
			case ActivitiesPackage.CARE_COORDINATION__ARRANGEMENT:
				return ARRANGEMENT_EDEFAULT == null ? arrangement != null : !ARRANGEMENT_EDEFAULT.equals(arrangement);
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
		result.append(" (arrangement: ");
		result.append(arrangement);
		result.append(')');
		return result.toString();
	}

} //CareCoordinationImpl
