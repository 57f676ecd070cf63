/**
 */
package org.hjp.workbench.learning.model.impl;

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

import org.hjp.workbench.activities.model.Activity;

import org.hjp.workbench.learning.model.DataPoint;
import org.hjp.workbench.learning.model.LearningPackage;
import org.hjp.workbench.learning.model.LearningPurpose;
import org.hjp.workbench.learning.model.Measure;

import org.hjp.workbench.model.Organisation;

import org.hjp.workbench.needs.model.Need;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Measure</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.learning.model.impl.MeasureImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.hjp.workbench.learning.model.impl.MeasureImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.hjp.workbench.learning.model.impl.MeasureImpl#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.hjp.workbench.learning.model.impl.MeasureImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.hjp.workbench.learning.model.impl.MeasureImpl#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link org.hjp.workbench.learning.model.impl.MeasureImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.hjp.workbench.learning.model.impl.MeasureImpl#getCollectedBy <em>Collected By</em>}</li>
 *   <li>{@link org.hjp.workbench.learning.model.impl.MeasureImpl#getNeed <em>Need</em>}</li>
 *   <li>{@link org.hjp.workbench.learning.model.impl.MeasureImpl#getActivity <em>Activity</em>}</li>
 *   <li>{@link org.hjp.workbench.learning.model.impl.MeasureImpl#getDataPoints <em>Data Points</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MeasureImpl extends MinimalEObjectImpl.Container implements Measure {
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
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected static final LearningPurpose PURPOSE_EDEFAULT = LearningPurpose.IMPROVEMENT;

	/**
	 * The cached value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected LearningPurpose purpose = PURPOSE_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected String unit = UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaseline() <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseline()
	 * @generated
	 * @ordered
	 */
	protected static final Double BASELINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaseline() <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseline()
	 * @generated
	 * @ordered
	 */
	protected Double baseline = BASELINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected static final Double TARGET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected Double target = TARGET_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCollectedBy() <em>Collected By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCollectedBy()
	 * @generated
	 * @ordered
	 */
	protected Organisation collectedBy;

	/**
	 * The cached value of the '{@link #getNeed() <em>Need</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNeed()
	 * @generated
	 * @ordered
	 */
	protected Need need;

	/**
	 * The cached value of the '{@link #getActivity() <em>Activity</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivity()
	 * @generated
	 * @ordered
	 */
	protected Activity activity;

	/**
	 * The cached value of the '{@link #getDataPoints() <em>Data Points</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataPoints()
	 * @generated
	 * @ordered
	 */
	protected EList<DataPoint> dataPoints;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MeasureImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LearningPackage.Literals.MEASURE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.MEASURE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.MEASURE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LearningPurpose getPurpose() {
		return purpose;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPurpose(LearningPurpose newPurpose) {
		LearningPurpose oldPurpose = purpose;
		purpose = newPurpose == null ? PURPOSE_EDEFAULT : newPurpose;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.MEASURE__PURPOSE, oldPurpose, purpose));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(String newUnit) {
		String oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.MEASURE__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getBaseline() {
		return baseline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseline(Double newBaseline) {
		Double oldBaseline = baseline;
		baseline = newBaseline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.MEASURE__BASELINE, oldBaseline, baseline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(Double newTarget) {
		Double oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.MEASURE__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getCollectedBy() {
		if (collectedBy != null && collectedBy.eIsProxy()) {
			InternalEObject oldCollectedBy = (InternalEObject)collectedBy;
			collectedBy = (Organisation)eResolveProxy(oldCollectedBy);
			if (collectedBy != oldCollectedBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LearningPackage.MEASURE__COLLECTED_BY, oldCollectedBy, collectedBy));
			}
		}
		return collectedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetCollectedBy() {
		return collectedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCollectedBy(Organisation newCollectedBy) {
		Organisation oldCollectedBy = collectedBy;
		collectedBy = newCollectedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.MEASURE__COLLECTED_BY, oldCollectedBy, collectedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Need getNeed() {
		if (need != null && need.eIsProxy()) {
			InternalEObject oldNeed = (InternalEObject)need;
			need = (Need)eResolveProxy(oldNeed);
			if (need != oldNeed) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LearningPackage.MEASURE__NEED, oldNeed, need));
			}
		}
		return need;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Need basicGetNeed() {
		return need;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNeed(Need newNeed) {
		Need oldNeed = need;
		need = newNeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.MEASURE__NEED, oldNeed, need));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Activity getActivity() {
		if (activity != null && activity.eIsProxy()) {
			InternalEObject oldActivity = (InternalEObject)activity;
			activity = (Activity)eResolveProxy(oldActivity);
			if (activity != oldActivity) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LearningPackage.MEASURE__ACTIVITY, oldActivity, activity));
			}
		}
		return activity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Activity basicGetActivity() {
		return activity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActivity(Activity newActivity) {
		Activity oldActivity = activity;
		activity = newActivity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LearningPackage.MEASURE__ACTIVITY, oldActivity, activity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DataPoint> getDataPoints() {
		if (dataPoints == null) {
			dataPoints = new EObjectContainmentEList<DataPoint>(DataPoint.class, this, LearningPackage.MEASURE__DATA_POINTS);
		}
		return dataPoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LearningPackage.MEASURE__DATA_POINTS:
				return ((InternalEList<?>)getDataPoints()).basicRemove(otherEnd, msgs);
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
			case LearningPackage.MEASURE__NAME:
				return getName();
			case LearningPackage.MEASURE__DESCRIPTION:
				return getDescription();
			case LearningPackage.MEASURE__PURPOSE:
				return getPurpose();
			case LearningPackage.MEASURE__UNIT:
				return getUnit();
			case LearningPackage.MEASURE__BASELINE:
				return getBaseline();
			case LearningPackage.MEASURE__TARGET:
				return getTarget();
			case LearningPackage.MEASURE__COLLECTED_BY:
				if (resolve) return getCollectedBy();
				return basicGetCollectedBy();
			case LearningPackage.MEASURE__NEED:
				if (resolve) return getNeed();
				return basicGetNeed();
			case LearningPackage.MEASURE__ACTIVITY:
				if (resolve) return getActivity();
				return basicGetActivity();
			case LearningPackage.MEASURE__DATA_POINTS:
				return getDataPoints();
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
			case LearningPackage.MEASURE__NAME:
				setName((String)newValue);
				return;
			case LearningPackage.MEASURE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case LearningPackage.MEASURE__PURPOSE:
				setPurpose((LearningPurpose)newValue);
				return;
			case LearningPackage.MEASURE__UNIT:
				setUnit((String)newValue);
				return;
			case LearningPackage.MEASURE__BASELINE:
				setBaseline((Double)newValue);
				return;
			case LearningPackage.MEASURE__TARGET:
				setTarget((Double)newValue);
				return;
			case LearningPackage.MEASURE__COLLECTED_BY:
				setCollectedBy((Organisation)newValue);
				return;
			case LearningPackage.MEASURE__NEED:
				setNeed((Need)newValue);
				return;
			case LearningPackage.MEASURE__ACTIVITY:
				setActivity((Activity)newValue);
				return;
			case LearningPackage.MEASURE__DATA_POINTS:
				getDataPoints().clear();
				getDataPoints().addAll((Collection<? extends DataPoint>)newValue);
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
			case LearningPackage.MEASURE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case LearningPackage.MEASURE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case LearningPackage.MEASURE__PURPOSE:
				setPurpose(PURPOSE_EDEFAULT);
				return;
			case LearningPackage.MEASURE__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case LearningPackage.MEASURE__BASELINE:
				setBaseline(BASELINE_EDEFAULT);
				return;
			case LearningPackage.MEASURE__TARGET:
				setTarget(TARGET_EDEFAULT);
				return;
			case LearningPackage.MEASURE__COLLECTED_BY:
				setCollectedBy((Organisation)null);
				return;
			case LearningPackage.MEASURE__NEED:
				setNeed((Need)null);
				return;
			case LearningPackage.MEASURE__ACTIVITY:
				setActivity((Activity)null);
				return;
			case LearningPackage.MEASURE__DATA_POINTS:
				getDataPoints().clear();
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
			case LearningPackage.MEASURE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case LearningPackage.MEASURE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case LearningPackage.MEASURE__PURPOSE:
				return purpose != PURPOSE_EDEFAULT;
			case LearningPackage.MEASURE__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case LearningPackage.MEASURE__BASELINE:
				return BASELINE_EDEFAULT == null ? baseline != null : !BASELINE_EDEFAULT.equals(baseline);
			case LearningPackage.MEASURE__TARGET:
				return TARGET_EDEFAULT == null ? target != null : !TARGET_EDEFAULT.equals(target);
			case LearningPackage.MEASURE__COLLECTED_BY:
				return collectedBy != null;
			case LearningPackage.MEASURE__NEED:
				return need != null;
			case LearningPackage.MEASURE__ACTIVITY:
				return activity != null;
			case LearningPackage.MEASURE__DATA_POINTS:
				return dataPoints != null && !dataPoints.isEmpty();
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
		result.append(", description: ");
		result.append(description);
		result.append(", purpose: ");
		result.append(purpose);
		result.append(", unit: ");
		result.append(unit);
		result.append(", baseline: ");
		result.append(baseline);
		result.append(", target: ");
		result.append(target);
		result.append(')');
		return result.toString();
	}

} //MeasureImpl
