/**
 */
package org.hjp.workbench.needs.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.hjp.workbench.model.impl.PartnershipExtensionImpl;

import org.hjp.workbench.needs.model.ExistingService;
import org.hjp.workbench.needs.model.Gap;
import org.hjp.workbench.needs.model.Need;
import org.hjp.workbench.needs.model.NeedsAndGaps;
import org.hjp.workbench.needs.model.NeedsPackage;
import org.hjp.workbench.needs.model.WorkingRelationship;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>And Gaps</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.needs.model.impl.NeedsAndGapsImpl#getNeeds <em>Needs</em>}</li>
 *   <li>{@link org.hjp.workbench.needs.model.impl.NeedsAndGapsImpl#getGaps <em>Gaps</em>}</li>
 *   <li>{@link org.hjp.workbench.needs.model.impl.NeedsAndGapsImpl#getExistingServices <em>Existing Services</em>}</li>
 *   <li>{@link org.hjp.workbench.needs.model.impl.NeedsAndGapsImpl#getRelationships <em>Relationships</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NeedsAndGapsImpl extends PartnershipExtensionImpl implements NeedsAndGaps {
	/**
	 * The cached value of the '{@link #getNeeds() <em>Needs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNeeds()
	 * @generated
	 * @ordered
	 */
	protected EList<Need> needs;

	/**
	 * The cached value of the '{@link #getGaps() <em>Gaps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGaps()
	 * @generated
	 * @ordered
	 */
	protected EList<Gap> gaps;

	/**
	 * The cached value of the '{@link #getExistingServices() <em>Existing Services</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExistingServices()
	 * @generated
	 * @ordered
	 */
	protected EList<ExistingService> existingServices;

	/**
	 * The cached value of the '{@link #getRelationships() <em>Relationships</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelationships()
	 * @generated
	 * @ordered
	 */
	protected EList<WorkingRelationship> relationships;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NeedsAndGapsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NeedsPackage.Literals.NEEDS_AND_GAPS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Need> getNeeds() {
		if (needs == null) {
			needs = new EObjectContainmentEList<Need>(Need.class, this, NeedsPackage.NEEDS_AND_GAPS__NEEDS);
		}
		return needs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Gap> getGaps() {
		if (gaps == null) {
			gaps = new EObjectContainmentEList<Gap>(Gap.class, this, NeedsPackage.NEEDS_AND_GAPS__GAPS);
		}
		return gaps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ExistingService> getExistingServices() {
		if (existingServices == null) {
			existingServices = new EObjectContainmentEList<ExistingService>(ExistingService.class, this, NeedsPackage.NEEDS_AND_GAPS__EXISTING_SERVICES);
		}
		return existingServices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<WorkingRelationship> getRelationships() {
		if (relationships == null) {
			relationships = new EObjectContainmentEList<WorkingRelationship>(WorkingRelationship.class, this, NeedsPackage.NEEDS_AND_GAPS__RELATIONSHIPS);
		}
		return relationships;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NeedsPackage.NEEDS_AND_GAPS__NEEDS:
				return ((InternalEList<?>)getNeeds()).basicRemove(otherEnd, msgs);
			case NeedsPackage.NEEDS_AND_GAPS__GAPS:
				return ((InternalEList<?>)getGaps()).basicRemove(otherEnd, msgs);
			case NeedsPackage.NEEDS_AND_GAPS__EXISTING_SERVICES:
				return ((InternalEList<?>)getExistingServices()).basicRemove(otherEnd, msgs);
			case NeedsPackage.NEEDS_AND_GAPS__RELATIONSHIPS:
				return ((InternalEList<?>)getRelationships()).basicRemove(otherEnd, msgs);
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
			case NeedsPackage.NEEDS_AND_GAPS__NEEDS:
				return getNeeds();
			case NeedsPackage.NEEDS_AND_GAPS__GAPS:
				return getGaps();
			case NeedsPackage.NEEDS_AND_GAPS__EXISTING_SERVICES:
				return getExistingServices();
			case NeedsPackage.NEEDS_AND_GAPS__RELATIONSHIPS:
				return getRelationships();
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
			case NeedsPackage.NEEDS_AND_GAPS__NEEDS:
				getNeeds().clear();
				getNeeds().addAll((Collection<? extends Need>)newValue);
				return;
			case NeedsPackage.NEEDS_AND_GAPS__GAPS:
				getGaps().clear();
				getGaps().addAll((Collection<? extends Gap>)newValue);
				return;
			case NeedsPackage.NEEDS_AND_GAPS__EXISTING_SERVICES:
				getExistingServices().clear();
				getExistingServices().addAll((Collection<? extends ExistingService>)newValue);
				return;
			case NeedsPackage.NEEDS_AND_GAPS__RELATIONSHIPS:
				getRelationships().clear();
				getRelationships().addAll((Collection<? extends WorkingRelationship>)newValue);
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
			case NeedsPackage.NEEDS_AND_GAPS__NEEDS:
				getNeeds().clear();
				return;
			case NeedsPackage.NEEDS_AND_GAPS__GAPS:
				getGaps().clear();
				return;
			case NeedsPackage.NEEDS_AND_GAPS__EXISTING_SERVICES:
				getExistingServices().clear();
				return;
			case NeedsPackage.NEEDS_AND_GAPS__RELATIONSHIPS:
				getRelationships().clear();
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
			case NeedsPackage.NEEDS_AND_GAPS__NEEDS:
				return needs != null && !needs.isEmpty();
			case NeedsPackage.NEEDS_AND_GAPS__GAPS:
				return gaps != null && !gaps.isEmpty();
			case NeedsPackage.NEEDS_AND_GAPS__EXISTING_SERVICES:
				return existingServices != null && !existingServices.isEmpty();
			case NeedsPackage.NEEDS_AND_GAPS__RELATIONSHIPS:
				return relationships != null && !relationships.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //NeedsAndGapsImpl
