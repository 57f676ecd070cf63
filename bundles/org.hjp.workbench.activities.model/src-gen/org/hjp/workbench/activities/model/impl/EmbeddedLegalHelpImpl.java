/**
 */
package org.hjp.workbench.activities.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.hjp.workbench.activities.model.ActivitiesPackage;
import org.hjp.workbench.activities.model.EmbeddedLegalHelp;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Embedded Legal Help</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.activities.model.impl.EmbeddedLegalHelpImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link org.hjp.workbench.activities.model.impl.EmbeddedLegalHelpImpl#getHoursPerWeek <em>Hours Per Week</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EmbeddedLegalHelpImpl extends ActivityImpl implements EmbeddedLegalHelp {
	/**
	 * The default value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected String location = LOCATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getHoursPerWeek() <em>Hours Per Week</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHoursPerWeek()
	 * @generated
	 * @ordered
	 */
	protected static final Double HOURS_PER_WEEK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHoursPerWeek() <em>Hours Per Week</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHoursPerWeek()
	 * @generated
	 * @ordered
	 */
	protected Double hoursPerWeek = HOURS_PER_WEEK_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EmbeddedLegalHelpImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ActivitiesPackage.Literals.EMBEDDED_LEGAL_HELP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocation() {
		return location;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocation(String newLocation) {
		String oldLocation = location;
		location = newLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ActivitiesPackage.EMBEDDED_LEGAL_HELP__LOCATION, oldLocation, location));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getHoursPerWeek() {
		return hoursPerWeek;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHoursPerWeek(Double newHoursPerWeek) {
		Double oldHoursPerWeek = hoursPerWeek;
		hoursPerWeek = newHoursPerWeek;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ActivitiesPackage.EMBEDDED_LEGAL_HELP__HOURS_PER_WEEK, oldHoursPerWeek, hoursPerWeek));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ActivitiesPackage.EMBEDDED_LEGAL_HELP__LOCATION:
				return getLocation();
			case ActivitiesPackage.EMBEDDED_LEGAL_HELP__HOURS_PER_WEEK:
				return getHoursPerWeek();
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
			case ActivitiesPackage.EMBEDDED_LEGAL_HELP__LOCATION:
				setLocation((String)newValue);
				return;
			case ActivitiesPackage.EMBEDDED_LEGAL_HELP__HOURS_PER_WEEK:
				setHoursPerWeek((Double)newValue);
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
			case ActivitiesPackage.EMBEDDED_LEGAL_HELP__LOCATION:
				setLocation(LOCATION_EDEFAULT);
				return;
			case ActivitiesPackage.EMBEDDED_LEGAL_HELP__HOURS_PER_WEEK:
				setHoursPerWeek(HOURS_PER_WEEK_EDEFAULT);
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
			case ActivitiesPackage.EMBEDDED_LEGAL_HELP__LOCATION:
				return LOCATION_EDEFAULT == null ? location != null : !LOCATION_EDEFAULT.equals(location);
			case ActivitiesPackage.EMBEDDED_LEGAL_HELP__HOURS_PER_WEEK:
				return HOURS_PER_WEEK_EDEFAULT == null ? hoursPerWeek != null : !HOURS_PER_WEEK_EDEFAULT.equals(hoursPerWeek);
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
		result.append(" (location: ");
		result.append(location);
		result.append(", hoursPerWeek: ");
		result.append(hoursPerWeek);
		result.append(')');
		return result.toString();
	}

} //EmbeddedLegalHelpImpl
