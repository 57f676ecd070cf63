/**
 */
package org.hjp.workbench.needs.model.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.hjp.workbench.model.TargetCohort;

import org.hjp.workbench.needs.model.Evidence;
import org.hjp.workbench.needs.model.LegalProblemType;
import org.hjp.workbench.needs.model.Need;
import org.hjp.workbench.needs.model.NeedKind;
import org.hjp.workbench.needs.model.NeedsPackage;
import org.hjp.workbench.needs.model.Priority;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Need</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.needs.model.impl.NeedImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.hjp.workbench.needs.model.impl.NeedImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.hjp.workbench.needs.model.impl.NeedImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.hjp.workbench.needs.model.impl.NeedImpl#getLegalProblemType <em>Legal Problem Type</em>}</li>
 *   <li>{@link org.hjp.workbench.needs.model.impl.NeedImpl#getCohort <em>Cohort</em>}</li>
 *   <li>{@link org.hjp.workbench.needs.model.impl.NeedImpl#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link org.hjp.workbench.needs.model.impl.NeedImpl#getBaselineDate <em>Baseline Date</em>}</li>
 *   <li>{@link org.hjp.workbench.needs.model.impl.NeedImpl#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.hjp.workbench.needs.model.impl.NeedImpl#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NeedImpl extends MinimalEObjectImpl.Container implements Need {
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final NeedKind KIND_EDEFAULT = NeedKind.LEGAL;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected NeedKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getLegalProblemType() <em>Legal Problem Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLegalProblemType()
	 * @generated
	 * @ordered
	 */
	protected static final LegalProblemType LEGAL_PROBLEM_TYPE_EDEFAULT = LegalProblemType.HOUSING;

	/**
	 * The cached value of the '{@link #getLegalProblemType() <em>Legal Problem Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLegalProblemType()
	 * @generated
	 * @ordered
	 */
	protected LegalProblemType legalProblemType = LEGAL_PROBLEM_TYPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCohort() <em>Cohort</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCohort()
	 * @generated
	 * @ordered
	 */
	protected TargetCohort cohort;

	/**
	 * The default value of the '{@link #getBaseline() <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseline()
	 * @generated
	 * @ordered
	 */
	protected static final String BASELINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaseline() <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseline()
	 * @generated
	 * @ordered
	 */
	protected String baseline = BASELINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaselineDate() <em>Baseline Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date BASELINE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaselineDate() <em>Baseline Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineDate()
	 * @generated
	 * @ordered
	 */
	protected Date baselineDate = BASELINE_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected static final Priority PRIORITY_EDEFAULT = Priority.MEDIUM;

	/**
	 * The cached value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected Priority priority = PRIORITY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected EList<Evidence> evidence;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NeedImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NeedsPackage.Literals.NEED;
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
			eNotify(new ENotificationImpl(this, Notification.SET, NeedsPackage.NEED__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, NeedsPackage.NEED__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NeedKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(NeedKind newKind) {
		NeedKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NeedsPackage.NEED__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LegalProblemType getLegalProblemType() {
		return legalProblemType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLegalProblemType(LegalProblemType newLegalProblemType) {
		LegalProblemType oldLegalProblemType = legalProblemType;
		legalProblemType = newLegalProblemType == null ? LEGAL_PROBLEM_TYPE_EDEFAULT : newLegalProblemType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NeedsPackage.NEED__LEGAL_PROBLEM_TYPE, oldLegalProblemType, legalProblemType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TargetCohort getCohort() {
		if (cohort != null && cohort.eIsProxy()) {
			InternalEObject oldCohort = (InternalEObject)cohort;
			cohort = (TargetCohort)eResolveProxy(oldCohort);
			if (cohort != oldCohort) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, NeedsPackage.NEED__COHORT, oldCohort, cohort));
			}
		}
		return cohort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TargetCohort basicGetCohort() {
		return cohort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCohort(TargetCohort newCohort) {
		TargetCohort oldCohort = cohort;
		cohort = newCohort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NeedsPackage.NEED__COHORT, oldCohort, cohort));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBaseline() {
		return baseline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseline(String newBaseline) {
		String oldBaseline = baseline;
		baseline = newBaseline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NeedsPackage.NEED__BASELINE, oldBaseline, baseline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getBaselineDate() {
		return baselineDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaselineDate(Date newBaselineDate) {
		Date oldBaselineDate = baselineDate;
		baselineDate = newBaselineDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NeedsPackage.NEED__BASELINE_DATE, oldBaselineDate, baselineDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Priority getPriority() {
		return priority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriority(Priority newPriority) {
		Priority oldPriority = priority;
		priority = newPriority == null ? PRIORITY_EDEFAULT : newPriority;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NeedsPackage.NEED__PRIORITY, oldPriority, priority));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Evidence> getEvidence() {
		if (evidence == null) {
			evidence = new EObjectContainmentEList<Evidence>(Evidence.class, this, NeedsPackage.NEED__EVIDENCE);
		}
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NeedsPackage.NEED__EVIDENCE:
				return ((InternalEList<?>)getEvidence()).basicRemove(otherEnd, msgs);
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
			case NeedsPackage.NEED__NAME:
				return getName();
			case NeedsPackage.NEED__DESCRIPTION:
				return getDescription();
			case NeedsPackage.NEED__KIND:
				return getKind();
			case NeedsPackage.NEED__LEGAL_PROBLEM_TYPE:
				return getLegalProblemType();
			case NeedsPackage.NEED__COHORT:
				if (resolve) return getCohort();
				return basicGetCohort();
			case NeedsPackage.NEED__BASELINE:
				return getBaseline();
			case NeedsPackage.NEED__BASELINE_DATE:
				return getBaselineDate();
			case NeedsPackage.NEED__PRIORITY:
				return getPriority();
			case NeedsPackage.NEED__EVIDENCE:
				return getEvidence();
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
			case NeedsPackage.NEED__NAME:
				setName((String)newValue);
				return;
			case NeedsPackage.NEED__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case NeedsPackage.NEED__KIND:
				setKind((NeedKind)newValue);
				return;
			case NeedsPackage.NEED__LEGAL_PROBLEM_TYPE:
				setLegalProblemType((LegalProblemType)newValue);
				return;
			case NeedsPackage.NEED__COHORT:
				setCohort((TargetCohort)newValue);
				return;
			case NeedsPackage.NEED__BASELINE:
				setBaseline((String)newValue);
				return;
			case NeedsPackage.NEED__BASELINE_DATE:
				setBaselineDate((Date)newValue);
				return;
			case NeedsPackage.NEED__PRIORITY:
				setPriority((Priority)newValue);
				return;
			case NeedsPackage.NEED__EVIDENCE:
				getEvidence().clear();
				getEvidence().addAll((Collection<? extends Evidence>)newValue);
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
			case NeedsPackage.NEED__NAME:
				setName(NAME_EDEFAULT);
				return;
			case NeedsPackage.NEED__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case NeedsPackage.NEED__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case NeedsPackage.NEED__LEGAL_PROBLEM_TYPE:
				setLegalProblemType(LEGAL_PROBLEM_TYPE_EDEFAULT);
				return;
			case NeedsPackage.NEED__COHORT:
				setCohort((TargetCohort)null);
				return;
			case NeedsPackage.NEED__BASELINE:
				setBaseline(BASELINE_EDEFAULT);
				return;
			case NeedsPackage.NEED__BASELINE_DATE:
				setBaselineDate(BASELINE_DATE_EDEFAULT);
				return;
			case NeedsPackage.NEED__PRIORITY:
				setPriority(PRIORITY_EDEFAULT);
				return;
			case NeedsPackage.NEED__EVIDENCE:
				getEvidence().clear();
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
			case NeedsPackage.NEED__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case NeedsPackage.NEED__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case NeedsPackage.NEED__KIND:
				return kind != KIND_EDEFAULT;
			case NeedsPackage.NEED__LEGAL_PROBLEM_TYPE:
				return legalProblemType != LEGAL_PROBLEM_TYPE_EDEFAULT;
			case NeedsPackage.NEED__COHORT:
				return cohort != null;
			case NeedsPackage.NEED__BASELINE:
				return BASELINE_EDEFAULT == null ? baseline != null : !BASELINE_EDEFAULT.equals(baseline);
			case NeedsPackage.NEED__BASELINE_DATE:
				return BASELINE_DATE_EDEFAULT == null ? baselineDate != null : !BASELINE_DATE_EDEFAULT.equals(baselineDate);
			case NeedsPackage.NEED__PRIORITY:
				return priority != PRIORITY_EDEFAULT;
			case NeedsPackage.NEED__EVIDENCE:
				return evidence != null && !evidence.isEmpty();
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
		result.append(", kind: ");
		result.append(kind);
		result.append(", legalProblemType: ");
		result.append(legalProblemType);
		result.append(", baseline: ");
		result.append(baseline);
		result.append(", baselineDate: ");
		result.append(baselineDate);
		result.append(", priority: ");
		result.append(priority);
		result.append(')');
		return result.toString();
	}

} //NeedImpl
