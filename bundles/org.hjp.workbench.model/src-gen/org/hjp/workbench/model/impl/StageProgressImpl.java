/**
 */
package org.hjp.workbench.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.hjp.workbench.model.PartnershipPackage;
import org.hjp.workbench.model.StageProgress;
import org.hjp.workbench.model.StageStatus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Stage Progress</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.model.impl.StageProgressImpl#getStageId <em>Stage Id</em>}</li>
 *   <li>{@link org.hjp.workbench.model.impl.StageProgressImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.hjp.workbench.model.impl.StageProgressImpl#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StageProgressImpl extends MinimalEObjectImpl.Container implements StageProgress {
	/**
	 * The default value of the '{@link #getStageId() <em>Stage Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStageId()
	 * @generated
	 * @ordered
	 */
	protected static final String STAGE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStageId() <em>Stage Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStageId()
	 * @generated
	 * @ordered
	 */
	protected String stageId = STAGE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final StageStatus STATUS_EDEFAULT = StageStatus.NOT_STARTED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected StageStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StageProgressImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PartnershipPackage.Literals.STAGE_PROGRESS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStageId() {
		return stageId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStageId(String newStageId) {
		String oldStageId = stageId;
		stageId = newStageId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PartnershipPackage.STAGE_PROGRESS__STAGE_ID, oldStageId, stageId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StageStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(StageStatus newStatus) {
		StageStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PartnershipPackage.STAGE_PROGRESS__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PartnershipPackage.STAGE_PROGRESS__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PartnershipPackage.STAGE_PROGRESS__STAGE_ID:
				return getStageId();
			case PartnershipPackage.STAGE_PROGRESS__STATUS:
				return getStatus();
			case PartnershipPackage.STAGE_PROGRESS__NOTE:
				return getNote();
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
			case PartnershipPackage.STAGE_PROGRESS__STAGE_ID:
				setStageId((String)newValue);
				return;
			case PartnershipPackage.STAGE_PROGRESS__STATUS:
				setStatus((StageStatus)newValue);
				return;
			case PartnershipPackage.STAGE_PROGRESS__NOTE:
				setNote((String)newValue);
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
			case PartnershipPackage.STAGE_PROGRESS__STAGE_ID:
				setStageId(STAGE_ID_EDEFAULT);
				return;
			case PartnershipPackage.STAGE_PROGRESS__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case PartnershipPackage.STAGE_PROGRESS__NOTE:
				setNote(NOTE_EDEFAULT);
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
			case PartnershipPackage.STAGE_PROGRESS__STAGE_ID:
				return STAGE_ID_EDEFAULT == null ? stageId != null : !STAGE_ID_EDEFAULT.equals(stageId);
			case PartnershipPackage.STAGE_PROGRESS__STATUS:
				return status != STATUS_EDEFAULT;
			case PartnershipPackage.STAGE_PROGRESS__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
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
		result.append(" (stageId: ");
		result.append(stageId);
		result.append(", status: ");
		result.append(status);
		result.append(", note: ");
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //StageProgressImpl
