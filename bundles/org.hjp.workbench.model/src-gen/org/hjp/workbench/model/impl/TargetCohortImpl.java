/**
 */
package org.hjp.workbench.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.hjp.workbench.model.PartnershipPackage;
import org.hjp.workbench.model.TargetCohort;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Target Cohort</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.model.impl.TargetCohortImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.hjp.workbench.model.impl.TargetCohortImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.hjp.workbench.model.impl.TargetCohortImpl#getEstimatedSize <em>Estimated Size</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TargetCohortImpl extends MinimalEObjectImpl.Container implements TargetCohort {
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
	 * The default value of the '{@link #getEstimatedSize() <em>Estimated Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstimatedSize()
	 * @generated
	 * @ordered
	 */
	protected static final Integer ESTIMATED_SIZE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEstimatedSize() <em>Estimated Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstimatedSize()
	 * @generated
	 * @ordered
	 */
	protected Integer estimatedSize = ESTIMATED_SIZE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TargetCohortImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PartnershipPackage.Literals.TARGET_COHORT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PartnershipPackage.TARGET_COHORT__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PartnershipPackage.TARGET_COHORT__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getEstimatedSize() {
		return estimatedSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEstimatedSize(Integer newEstimatedSize) {
		Integer oldEstimatedSize = estimatedSize;
		estimatedSize = newEstimatedSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PartnershipPackage.TARGET_COHORT__ESTIMATED_SIZE, oldEstimatedSize, estimatedSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PartnershipPackage.TARGET_COHORT__NAME:
				return getName();
			case PartnershipPackage.TARGET_COHORT__DESCRIPTION:
				return getDescription();
			case PartnershipPackage.TARGET_COHORT__ESTIMATED_SIZE:
				return getEstimatedSize();
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
			case PartnershipPackage.TARGET_COHORT__NAME:
				setName((String)newValue);
				return;
			case PartnershipPackage.TARGET_COHORT__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case PartnershipPackage.TARGET_COHORT__ESTIMATED_SIZE:
				setEstimatedSize((Integer)newValue);
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
			case PartnershipPackage.TARGET_COHORT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case PartnershipPackage.TARGET_COHORT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case PartnershipPackage.TARGET_COHORT__ESTIMATED_SIZE:
				setEstimatedSize(ESTIMATED_SIZE_EDEFAULT);
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
			case PartnershipPackage.TARGET_COHORT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case PartnershipPackage.TARGET_COHORT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case PartnershipPackage.TARGET_COHORT__ESTIMATED_SIZE:
				return ESTIMATED_SIZE_EDEFAULT == null ? estimatedSize != null : !ESTIMATED_SIZE_EDEFAULT.equals(estimatedSize);
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
		result.append(", estimatedSize: ");
		result.append(estimatedSize);
		result.append(')');
		return result.toString();
	}

} //TargetCohortImpl
