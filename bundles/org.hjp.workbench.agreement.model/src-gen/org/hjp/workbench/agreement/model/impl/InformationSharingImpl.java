/**
 */
package org.hjp.workbench.agreement.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.hjp.workbench.agreement.model.AgreementPackage;
import org.hjp.workbench.agreement.model.InformationSharing;

import org.hjp.workbench.model.Organisation;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Information Sharing</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.agreement.model.impl.InformationSharingImpl#getInformation <em>Information</em>}</li>
 *   <li>{@link org.hjp.workbench.agreement.model.impl.InformationSharingImpl#getFromPartner <em>From Partner</em>}</li>
 *   <li>{@link org.hjp.workbench.agreement.model.impl.InformationSharingImpl#getToPartner <em>To Partner</em>}</li>
 *   <li>{@link org.hjp.workbench.agreement.model.impl.InformationSharingImpl#isConsentRequired <em>Consent Required</em>}</li>
 *   <li>{@link org.hjp.workbench.agreement.model.impl.InformationSharingImpl#getBasis <em>Basis</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InformationSharingImpl extends MinimalEObjectImpl.Container implements InformationSharing {
	/**
	 * The default value of the '{@link #getInformation() <em>Information</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInformation()
	 * @generated
	 * @ordered
	 */
	protected static final String INFORMATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInformation() <em>Information</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInformation()
	 * @generated
	 * @ordered
	 */
	protected String information = INFORMATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFromPartner() <em>From Partner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromPartner()
	 * @generated
	 * @ordered
	 */
	protected Organisation fromPartner;

	/**
	 * The cached value of the '{@link #getToPartner() <em>To Partner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToPartner()
	 * @generated
	 * @ordered
	 */
	protected Organisation toPartner;

	/**
	 * The default value of the '{@link #isConsentRequired() <em>Consent Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConsentRequired()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CONSENT_REQUIRED_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isConsentRequired() <em>Consent Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConsentRequired()
	 * @generated
	 * @ordered
	 */
	protected boolean consentRequired = CONSENT_REQUIRED_EDEFAULT;

	/**
	 * The default value of the '{@link #getBasis() <em>Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBasis()
	 * @generated
	 * @ordered
	 */
	protected static final String BASIS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBasis() <em>Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBasis()
	 * @generated
	 * @ordered
	 */
	protected String basis = BASIS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InformationSharingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AgreementPackage.Literals.INFORMATION_SHARING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInformation() {
		return information;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInformation(String newInformation) {
		String oldInformation = information;
		information = newInformation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AgreementPackage.INFORMATION_SHARING__INFORMATION, oldInformation, information));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getFromPartner() {
		if (fromPartner != null && fromPartner.eIsProxy()) {
			InternalEObject oldFromPartner = (InternalEObject)fromPartner;
			fromPartner = (Organisation)eResolveProxy(oldFromPartner);
			if (fromPartner != oldFromPartner) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AgreementPackage.INFORMATION_SHARING__FROM_PARTNER, oldFromPartner, fromPartner));
			}
		}
		return fromPartner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetFromPartner() {
		return fromPartner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFromPartner(Organisation newFromPartner) {
		Organisation oldFromPartner = fromPartner;
		fromPartner = newFromPartner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AgreementPackage.INFORMATION_SHARING__FROM_PARTNER, oldFromPartner, fromPartner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getToPartner() {
		if (toPartner != null && toPartner.eIsProxy()) {
			InternalEObject oldToPartner = (InternalEObject)toPartner;
			toPartner = (Organisation)eResolveProxy(oldToPartner);
			if (toPartner != oldToPartner) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AgreementPackage.INFORMATION_SHARING__TO_PARTNER, oldToPartner, toPartner));
			}
		}
		return toPartner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetToPartner() {
		return toPartner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToPartner(Organisation newToPartner) {
		Organisation oldToPartner = toPartner;
		toPartner = newToPartner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AgreementPackage.INFORMATION_SHARING__TO_PARTNER, oldToPartner, toPartner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isConsentRequired() {
		return consentRequired;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConsentRequired(boolean newConsentRequired) {
		boolean oldConsentRequired = consentRequired;
		consentRequired = newConsentRequired;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AgreementPackage.INFORMATION_SHARING__CONSENT_REQUIRED, oldConsentRequired, consentRequired));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBasis() {
		return basis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBasis(String newBasis) {
		String oldBasis = basis;
		basis = newBasis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AgreementPackage.INFORMATION_SHARING__BASIS, oldBasis, basis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AgreementPackage.INFORMATION_SHARING__INFORMATION:
				return getInformation();
			case AgreementPackage.INFORMATION_SHARING__FROM_PARTNER:
				if (resolve) return getFromPartner();
				return basicGetFromPartner();
			case AgreementPackage.INFORMATION_SHARING__TO_PARTNER:
				if (resolve) return getToPartner();
				return basicGetToPartner();
			case AgreementPackage.INFORMATION_SHARING__CONSENT_REQUIRED:
				return isConsentRequired();
			case AgreementPackage.INFORMATION_SHARING__BASIS:
				return getBasis();
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
			case AgreementPackage.INFORMATION_SHARING__INFORMATION:
				setInformation((String)newValue);
				return;
			case AgreementPackage.INFORMATION_SHARING__FROM_PARTNER:
				setFromPartner((Organisation)newValue);
				return;
			case AgreementPackage.INFORMATION_SHARING__TO_PARTNER:
				setToPartner((Organisation)newValue);
				return;
			case AgreementPackage.INFORMATION_SHARING__CONSENT_REQUIRED:
				setConsentRequired((Boolean)newValue);
				return;
			case AgreementPackage.INFORMATION_SHARING__BASIS:
				setBasis((String)newValue);
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
			case AgreementPackage.INFORMATION_SHARING__INFORMATION:
				setInformation(INFORMATION_EDEFAULT);
				return;
			case AgreementPackage.INFORMATION_SHARING__FROM_PARTNER:
				setFromPartner((Organisation)null);
				return;
			case AgreementPackage.INFORMATION_SHARING__TO_PARTNER:
				setToPartner((Organisation)null);
				return;
			case AgreementPackage.INFORMATION_SHARING__CONSENT_REQUIRED:
				setConsentRequired(CONSENT_REQUIRED_EDEFAULT);
				return;
			case AgreementPackage.INFORMATION_SHARING__BASIS:
				setBasis(BASIS_EDEFAULT);
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
			case AgreementPackage.INFORMATION_SHARING__INFORMATION:
				return INFORMATION_EDEFAULT == null ? information != null : !INFORMATION_EDEFAULT.equals(information);
			case AgreementPackage.INFORMATION_SHARING__FROM_PARTNER:
				return fromPartner != null;
			case AgreementPackage.INFORMATION_SHARING__TO_PARTNER:
				return toPartner != null;
			case AgreementPackage.INFORMATION_SHARING__CONSENT_REQUIRED:
				return consentRequired != CONSENT_REQUIRED_EDEFAULT;
			case AgreementPackage.INFORMATION_SHARING__BASIS:
				return BASIS_EDEFAULT == null ? basis != null : !BASIS_EDEFAULT.equals(basis);
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
		result.append(" (information: ");
		result.append(information);
		result.append(", consentRequired: ");
		result.append(consentRequired);
		result.append(", basis: ");
		result.append(basis);
		result.append(')');
		return result.toString();
	}

} //InformationSharingImpl
