/**
 */
package org.hjp.workbench.model.impl;

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

import org.hjp.workbench.model.Organisation;
import org.hjp.workbench.model.OrganisationType;
import org.hjp.workbench.model.PartnershipPackage;
import org.hjp.workbench.model.Person;
import org.hjp.workbench.model.Sector;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Organisation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.model.impl.OrganisationImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.hjp.workbench.model.impl.OrganisationImpl#getSector <em>Sector</em>}</li>
 *   <li>{@link org.hjp.workbench.model.impl.OrganisationImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.hjp.workbench.model.impl.OrganisationImpl#isLead <em>Lead</em>}</li>
 *   <li>{@link org.hjp.workbench.model.impl.OrganisationImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.hjp.workbench.model.impl.OrganisationImpl#getPeople <em>People</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OrganisationImpl extends MinimalEObjectImpl.Container implements Organisation {
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
	 * The default value of the '{@link #getSector() <em>Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSector()
	 * @generated
	 * @ordered
	 */
	protected static final Sector SECTOR_EDEFAULT = Sector.LEGAL;

	/**
	 * The cached value of the '{@link #getSector() <em>Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSector()
	 * @generated
	 * @ordered
	 */
	protected Sector sector = SECTOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final OrganisationType TYPE_EDEFAULT = OrganisationType.COMMUNITY_LEGAL_CENTRE;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected OrganisationType type = TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #isLead() <em>Lead</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLead()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LEAD_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLead() <em>Lead</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLead()
	 * @generated
	 * @ordered
	 */
	protected boolean lead = LEAD_EDEFAULT;

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
	 * The cached value of the '{@link #getPeople() <em>People</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeople()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> people;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OrganisationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PartnershipPackage.Literals.ORGANISATION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PartnershipPackage.ORGANISATION__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Sector getSector() {
		return sector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSector(Sector newSector) {
		Sector oldSector = sector;
		sector = newSector == null ? SECTOR_EDEFAULT : newSector;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PartnershipPackage.ORGANISATION__SECTOR, oldSector, sector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrganisationType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(OrganisationType newType) {
		OrganisationType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PartnershipPackage.ORGANISATION__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLead() {
		return lead;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLead(boolean newLead) {
		boolean oldLead = lead;
		lead = newLead;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PartnershipPackage.ORGANISATION__LEAD, oldLead, lead));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PartnershipPackage.ORGANISATION__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getPeople() {
		if (people == null) {
			people = new EObjectContainmentEList<Person>(Person.class, this, PartnershipPackage.ORGANISATION__PEOPLE);
		}
		return people;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PartnershipPackage.ORGANISATION__PEOPLE:
				return ((InternalEList<?>)getPeople()).basicRemove(otherEnd, msgs);
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
			case PartnershipPackage.ORGANISATION__NAME:
				return getName();
			case PartnershipPackage.ORGANISATION__SECTOR:
				return getSector();
			case PartnershipPackage.ORGANISATION__TYPE:
				return getType();
			case PartnershipPackage.ORGANISATION__LEAD:
				return isLead();
			case PartnershipPackage.ORGANISATION__DESCRIPTION:
				return getDescription();
			case PartnershipPackage.ORGANISATION__PEOPLE:
				return getPeople();
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
			case PartnershipPackage.ORGANISATION__NAME:
				setName((String)newValue);
				return;
			case PartnershipPackage.ORGANISATION__SECTOR:
				setSector((Sector)newValue);
				return;
			case PartnershipPackage.ORGANISATION__TYPE:
				setType((OrganisationType)newValue);
				return;
			case PartnershipPackage.ORGANISATION__LEAD:
				setLead((Boolean)newValue);
				return;
			case PartnershipPackage.ORGANISATION__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case PartnershipPackage.ORGANISATION__PEOPLE:
				getPeople().clear();
				getPeople().addAll((Collection<? extends Person>)newValue);
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
			case PartnershipPackage.ORGANISATION__NAME:
				setName(NAME_EDEFAULT);
				return;
			case PartnershipPackage.ORGANISATION__SECTOR:
				setSector(SECTOR_EDEFAULT);
				return;
			case PartnershipPackage.ORGANISATION__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case PartnershipPackage.ORGANISATION__LEAD:
				setLead(LEAD_EDEFAULT);
				return;
			case PartnershipPackage.ORGANISATION__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case PartnershipPackage.ORGANISATION__PEOPLE:
				getPeople().clear();
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
			case PartnershipPackage.ORGANISATION__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case PartnershipPackage.ORGANISATION__SECTOR:
				return sector != SECTOR_EDEFAULT;
			case PartnershipPackage.ORGANISATION__TYPE:
				return type != TYPE_EDEFAULT;
			case PartnershipPackage.ORGANISATION__LEAD:
				return lead != LEAD_EDEFAULT;
			case PartnershipPackage.ORGANISATION__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case PartnershipPackage.ORGANISATION__PEOPLE:
				return people != null && !people.isEmpty();
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
		result.append(", sector: ");
		result.append(sector);
		result.append(", type: ");
		result.append(type);
		result.append(", lead: ");
		result.append(lead);
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //OrganisationImpl
