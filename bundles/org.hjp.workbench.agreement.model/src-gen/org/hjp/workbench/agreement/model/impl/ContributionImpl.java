/**
 */
package org.hjp.workbench.agreement.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.hjp.workbench.agreement.model.AgreementPackage;
import org.hjp.workbench.agreement.model.Contribution;
import org.hjp.workbench.agreement.model.ContributionKind;

import org.hjp.workbench.model.Organisation;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Contribution</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.agreement.model.impl.ContributionImpl#getPartner <em>Partner</em>}</li>
 *   <li>{@link org.hjp.workbench.agreement.model.impl.ContributionImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.hjp.workbench.agreement.model.impl.ContributionImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.hjp.workbench.agreement.model.impl.ContributionImpl#getAnnualValue <em>Annual Value</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContributionImpl extends MinimalEObjectImpl.Container implements Contribution {
	/**
	 * The cached value of the '{@link #getPartner() <em>Partner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartner()
	 * @generated
	 * @ordered
	 */
	protected Organisation partner;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ContributionKind KIND_EDEFAULT = ContributionKind.STAFF;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ContributionKind kind = KIND_EDEFAULT;

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
	 * The default value of the '{@link #getAnnualValue() <em>Annual Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualValue()
	 * @generated
	 * @ordered
	 */
	protected static final Double ANNUAL_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnnualValue() <em>Annual Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualValue()
	 * @generated
	 * @ordered
	 */
	protected Double annualValue = ANNUAL_VALUE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContributionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AgreementPackage.Literals.CONTRIBUTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getPartner() {
		if (partner != null && partner.eIsProxy()) {
			InternalEObject oldPartner = (InternalEObject)partner;
			partner = (Organisation)eResolveProxy(oldPartner);
			if (partner != oldPartner) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AgreementPackage.CONTRIBUTION__PARTNER, oldPartner, partner));
			}
		}
		return partner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetPartner() {
		return partner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPartner(Organisation newPartner) {
		Organisation oldPartner = partner;
		partner = newPartner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AgreementPackage.CONTRIBUTION__PARTNER, oldPartner, partner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContributionKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ContributionKind newKind) {
		ContributionKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AgreementPackage.CONTRIBUTION__KIND, oldKind, kind));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AgreementPackage.CONTRIBUTION__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getAnnualValue() {
		return annualValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnnualValue(Double newAnnualValue) {
		Double oldAnnualValue = annualValue;
		annualValue = newAnnualValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AgreementPackage.CONTRIBUTION__ANNUAL_VALUE, oldAnnualValue, annualValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AgreementPackage.CONTRIBUTION__PARTNER:
				if (resolve) return getPartner();
				return basicGetPartner();
			case AgreementPackage.CONTRIBUTION__KIND:
				return getKind();
			case AgreementPackage.CONTRIBUTION__DESCRIPTION:
				return getDescription();
			case AgreementPackage.CONTRIBUTION__ANNUAL_VALUE:
				return getAnnualValue();
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
			case AgreementPackage.CONTRIBUTION__PARTNER:
				setPartner((Organisation)newValue);
				return;
			case AgreementPackage.CONTRIBUTION__KIND:
				setKind((ContributionKind)newValue);
				return;
			case AgreementPackage.CONTRIBUTION__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case AgreementPackage.CONTRIBUTION__ANNUAL_VALUE:
				setAnnualValue((Double)newValue);
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
			case AgreementPackage.CONTRIBUTION__PARTNER:
				setPartner((Organisation)null);
				return;
			case AgreementPackage.CONTRIBUTION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case AgreementPackage.CONTRIBUTION__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case AgreementPackage.CONTRIBUTION__ANNUAL_VALUE:
				setAnnualValue(ANNUAL_VALUE_EDEFAULT);
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
			case AgreementPackage.CONTRIBUTION__PARTNER:
				return partner != null;
			case AgreementPackage.CONTRIBUTION__KIND:
				return kind != KIND_EDEFAULT;
			case AgreementPackage.CONTRIBUTION__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case AgreementPackage.CONTRIBUTION__ANNUAL_VALUE:
				return ANNUAL_VALUE_EDEFAULT == null ? annualValue != null : !ANNUAL_VALUE_EDEFAULT.equals(annualValue);
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", description: ");
		result.append(description);
		result.append(", annualValue: ");
		result.append(annualValue);
		result.append(')');
		return result.toString();
	}

} //ContributionImpl
