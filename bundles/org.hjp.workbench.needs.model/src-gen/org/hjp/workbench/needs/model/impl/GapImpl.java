/**
 */
package org.hjp.workbench.needs.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.hjp.workbench.needs.model.ExistingService;
import org.hjp.workbench.needs.model.Gap;
import org.hjp.workbench.needs.model.Need;
import org.hjp.workbench.needs.model.NeedsPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Gap</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.needs.model.impl.GapImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.hjp.workbench.needs.model.impl.GapImpl#getNeed <em>Need</em>}</li>
 *   <li>{@link org.hjp.workbench.needs.model.impl.GapImpl#getCurrentServices <em>Current Services</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GapImpl extends MinimalEObjectImpl.Container implements Gap {
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
	 * The cached value of the '{@link #getNeed() <em>Need</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNeed()
	 * @generated
	 * @ordered
	 */
	protected Need need;

	/**
	 * The cached value of the '{@link #getCurrentServices() <em>Current Services</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrentServices()
	 * @generated
	 * @ordered
	 */
	protected EList<ExistingService> currentServices;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GapImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NeedsPackage.Literals.GAP;
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
			eNotify(new ENotificationImpl(this, Notification.SET, NeedsPackage.GAP__DESCRIPTION, oldDescription, description));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, NeedsPackage.GAP__NEED, oldNeed, need));
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
			eNotify(new ENotificationImpl(this, Notification.SET, NeedsPackage.GAP__NEED, oldNeed, need));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ExistingService> getCurrentServices() {
		if (currentServices == null) {
			currentServices = new EObjectResolvingEList<ExistingService>(ExistingService.class, this, NeedsPackage.GAP__CURRENT_SERVICES);
		}
		return currentServices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NeedsPackage.GAP__DESCRIPTION:
				return getDescription();
			case NeedsPackage.GAP__NEED:
				if (resolve) return getNeed();
				return basicGetNeed();
			case NeedsPackage.GAP__CURRENT_SERVICES:
				return getCurrentServices();
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
			case NeedsPackage.GAP__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case NeedsPackage.GAP__NEED:
				setNeed((Need)newValue);
				return;
			case NeedsPackage.GAP__CURRENT_SERVICES:
				getCurrentServices().clear();
				getCurrentServices().addAll((Collection<? extends ExistingService>)newValue);
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
			case NeedsPackage.GAP__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case NeedsPackage.GAP__NEED:
				setNeed((Need)null);
				return;
			case NeedsPackage.GAP__CURRENT_SERVICES:
				getCurrentServices().clear();
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
			case NeedsPackage.GAP__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case NeedsPackage.GAP__NEED:
				return need != null;
			case NeedsPackage.GAP__CURRENT_SERVICES:
				return currentServices != null && !currentServices.isEmpty();
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
		result.append(" (description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //GapImpl
