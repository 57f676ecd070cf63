/**
 */
package org.hjp.workbench.activities.model.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.hjp.workbench.activities.model.ActivitiesPackage;
import org.hjp.workbench.activities.model.Activity;
import org.hjp.workbench.activities.model.ActivityStatus;

import org.hjp.workbench.model.Organisation;

import org.hjp.workbench.needs.model.Need;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Activity</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.activities.model.impl.ActivityImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.hjp.workbench.activities.model.impl.ActivityImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.hjp.workbench.activities.model.impl.ActivityImpl#getResponsiblePartner <em>Responsible Partner</em>}</li>
 *   <li>{@link org.hjp.workbench.activities.model.impl.ActivityImpl#getLinkedNeeds <em>Linked Needs</em>}</li>
 *   <li>{@link org.hjp.workbench.activities.model.impl.ActivityImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.hjp.workbench.activities.model.impl.ActivityImpl#getStartDate <em>Start Date</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class ActivityImpl extends MinimalEObjectImpl.Container implements Activity {
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
	 * The cached value of the '{@link #getResponsiblePartner() <em>Responsible Partner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsiblePartner()
	 * @generated
	 * @ordered
	 */
	protected Organisation responsiblePartner;

	/**
	 * The cached value of the '{@link #getLinkedNeeds() <em>Linked Needs</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLinkedNeeds()
	 * @generated
	 * @ordered
	 */
	protected EList<Need> linkedNeeds;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ActivityStatus STATUS_EDEFAULT = ActivityStatus.PROPOSED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ActivityStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date START_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected Date startDate = START_DATE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ActivityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ActivitiesPackage.Literals.ACTIVITY;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ActivitiesPackage.ACTIVITY__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ActivitiesPackage.ACTIVITY__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getResponsiblePartner() {
		if (responsiblePartner != null && responsiblePartner.eIsProxy()) {
			InternalEObject oldResponsiblePartner = (InternalEObject)responsiblePartner;
			responsiblePartner = (Organisation)eResolveProxy(oldResponsiblePartner);
			if (responsiblePartner != oldResponsiblePartner) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ActivitiesPackage.ACTIVITY__RESPONSIBLE_PARTNER, oldResponsiblePartner, responsiblePartner));
			}
		}
		return responsiblePartner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetResponsiblePartner() {
		return responsiblePartner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResponsiblePartner(Organisation newResponsiblePartner) {
		Organisation oldResponsiblePartner = responsiblePartner;
		responsiblePartner = newResponsiblePartner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ActivitiesPackage.ACTIVITY__RESPONSIBLE_PARTNER, oldResponsiblePartner, responsiblePartner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Need> getLinkedNeeds() {
		if (linkedNeeds == null) {
			linkedNeeds = new EObjectResolvingEList<Need>(Need.class, this, ActivitiesPackage.ACTIVITY__LINKED_NEEDS);
		}
		return linkedNeeds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActivityStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ActivityStatus newStatus) {
		ActivityStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ActivitiesPackage.ACTIVITY__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getStartDate() {
		return startDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartDate(Date newStartDate) {
		Date oldStartDate = startDate;
		startDate = newStartDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ActivitiesPackage.ACTIVITY__START_DATE, oldStartDate, startDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ActivitiesPackage.ACTIVITY__NAME:
				return getName();
			case ActivitiesPackage.ACTIVITY__DESCRIPTION:
				return getDescription();
			case ActivitiesPackage.ACTIVITY__RESPONSIBLE_PARTNER:
				if (resolve) return getResponsiblePartner();
				return basicGetResponsiblePartner();
			case ActivitiesPackage.ACTIVITY__LINKED_NEEDS:
				return getLinkedNeeds();
			case ActivitiesPackage.ACTIVITY__STATUS:
				return getStatus();
			case ActivitiesPackage.ACTIVITY__START_DATE:
				return getStartDate();
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
			case ActivitiesPackage.ACTIVITY__NAME:
				setName((String)newValue);
				return;
			case ActivitiesPackage.ACTIVITY__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case ActivitiesPackage.ACTIVITY__RESPONSIBLE_PARTNER:
				setResponsiblePartner((Organisation)newValue);
				return;
			case ActivitiesPackage.ACTIVITY__LINKED_NEEDS:
				getLinkedNeeds().clear();
				getLinkedNeeds().addAll((Collection<? extends Need>)newValue);
				return;
			case ActivitiesPackage.ACTIVITY__STATUS:
				setStatus((ActivityStatus)newValue);
				return;
			case ActivitiesPackage.ACTIVITY__START_DATE:
				setStartDate((Date)newValue);
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
			case ActivitiesPackage.ACTIVITY__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ActivitiesPackage.ACTIVITY__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case ActivitiesPackage.ACTIVITY__RESPONSIBLE_PARTNER:
				setResponsiblePartner((Organisation)null);
				return;
			case ActivitiesPackage.ACTIVITY__LINKED_NEEDS:
				getLinkedNeeds().clear();
				return;
			case ActivitiesPackage.ACTIVITY__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case ActivitiesPackage.ACTIVITY__START_DATE:
				setStartDate(START_DATE_EDEFAULT);
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
			case ActivitiesPackage.ACTIVITY__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ActivitiesPackage.ACTIVITY__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case ActivitiesPackage.ACTIVITY__RESPONSIBLE_PARTNER:
				return responsiblePartner != null;
			case ActivitiesPackage.ACTIVITY__LINKED_NEEDS:
				return linkedNeeds != null && !linkedNeeds.isEmpty();
			case ActivitiesPackage.ACTIVITY__STATUS:
				return status != STATUS_EDEFAULT;
			case ActivitiesPackage.ACTIVITY__START_DATE:
				return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
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
		result.append(", status: ");
		result.append(status);
		result.append(", startDate: ");
		result.append(startDate);
		result.append(')');
		return result.toString();
	}

} //ActivityImpl
