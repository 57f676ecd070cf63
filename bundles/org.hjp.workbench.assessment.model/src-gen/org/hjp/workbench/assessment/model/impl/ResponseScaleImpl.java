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
import org.hjp.workbench.assessment.model.ResponseScale;
import org.hjp.workbench.assessment.model.ScalePoint;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Response Scale</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.assessment.model.impl.ResponseScaleImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.impl.ResponseScaleImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.impl.ResponseScaleImpl#isDontKnow <em>Dont Know</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.impl.ResponseScaleImpl#isNotApplicable <em>Not Applicable</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.impl.ResponseScaleImpl#getPoints <em>Points</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ResponseScaleImpl extends MinimalEObjectImpl.Container implements ResponseScale {
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
	 * The default value of the '{@link #isDontKnow() <em>Dont Know</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDontKnow()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DONT_KNOW_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDontKnow() <em>Dont Know</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDontKnow()
	 * @generated
	 * @ordered
	 */
	protected boolean dontKnow = DONT_KNOW_EDEFAULT;

	/**
	 * The default value of the '{@link #isNotApplicable() <em>Not Applicable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNotApplicable()
	 * @generated
	 * @ordered
	 */
	protected static final boolean NOT_APPLICABLE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isNotApplicable() <em>Not Applicable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNotApplicable()
	 * @generated
	 * @ordered
	 */
	protected boolean notApplicable = NOT_APPLICABLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPoints() <em>Points</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoints()
	 * @generated
	 * @ordered
	 */
	protected EList<ScalePoint> points;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ResponseScaleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AssessmentPackage.Literals.RESPONSE_SCALE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, AssessmentPackage.RESPONSE_SCALE__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AssessmentPackage.RESPONSE_SCALE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDontKnow() {
		return dontKnow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDontKnow(boolean newDontKnow) {
		boolean oldDontKnow = dontKnow;
		dontKnow = newDontKnow;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssessmentPackage.RESPONSE_SCALE__DONT_KNOW, oldDontKnow, dontKnow));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isNotApplicable() {
		return notApplicable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotApplicable(boolean newNotApplicable) {
		boolean oldNotApplicable = notApplicable;
		notApplicable = newNotApplicable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssessmentPackage.RESPONSE_SCALE__NOT_APPLICABLE, oldNotApplicable, notApplicable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ScalePoint> getPoints() {
		if (points == null) {
			points = new EObjectContainmentEList<ScalePoint>(ScalePoint.class, this, AssessmentPackage.RESPONSE_SCALE__POINTS);
		}
		return points;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AssessmentPackage.RESPONSE_SCALE__POINTS:
				return ((InternalEList<?>)getPoints()).basicRemove(otherEnd, msgs);
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
			case AssessmentPackage.RESPONSE_SCALE__ID:
				return getId();
			case AssessmentPackage.RESPONSE_SCALE__NAME:
				return getName();
			case AssessmentPackage.RESPONSE_SCALE__DONT_KNOW:
				return isDontKnow();
			case AssessmentPackage.RESPONSE_SCALE__NOT_APPLICABLE:
				return isNotApplicable();
			case AssessmentPackage.RESPONSE_SCALE__POINTS:
				return getPoints();
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
			case AssessmentPackage.RESPONSE_SCALE__ID:
				setId((String)newValue);
				return;
			case AssessmentPackage.RESPONSE_SCALE__NAME:
				setName((String)newValue);
				return;
			case AssessmentPackage.RESPONSE_SCALE__DONT_KNOW:
				setDontKnow((Boolean)newValue);
				return;
			case AssessmentPackage.RESPONSE_SCALE__NOT_APPLICABLE:
				setNotApplicable((Boolean)newValue);
				return;
			case AssessmentPackage.RESPONSE_SCALE__POINTS:
				getPoints().clear();
				getPoints().addAll((Collection<? extends ScalePoint>)newValue);
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
			case AssessmentPackage.RESPONSE_SCALE__ID:
				setId(ID_EDEFAULT);
				return;
			case AssessmentPackage.RESPONSE_SCALE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case AssessmentPackage.RESPONSE_SCALE__DONT_KNOW:
				setDontKnow(DONT_KNOW_EDEFAULT);
				return;
			case AssessmentPackage.RESPONSE_SCALE__NOT_APPLICABLE:
				setNotApplicable(NOT_APPLICABLE_EDEFAULT);
				return;
			case AssessmentPackage.RESPONSE_SCALE__POINTS:
				getPoints().clear();
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
			case AssessmentPackage.RESPONSE_SCALE__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case AssessmentPackage.RESPONSE_SCALE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case AssessmentPackage.RESPONSE_SCALE__DONT_KNOW:
				return dontKnow != DONT_KNOW_EDEFAULT;
			case AssessmentPackage.RESPONSE_SCALE__NOT_APPLICABLE:
				return notApplicable != NOT_APPLICABLE_EDEFAULT;
			case AssessmentPackage.RESPONSE_SCALE__POINTS:
				return points != null && !points.isEmpty();
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
		result.append(", dontKnow: ");
		result.append(dontKnow);
		result.append(", notApplicable: ");
		result.append(notApplicable);
		result.append(')');
		return result.toString();
	}

} //ResponseScaleImpl
