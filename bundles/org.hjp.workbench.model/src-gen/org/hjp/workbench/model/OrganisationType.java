/**
 */
package org.hjp.workbench.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Organisation Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.hjp.workbench.model.PartnershipPackage#getOrganisationType()
 * @model
 * @generated
 */
public enum OrganisationType implements Enumerator {
	/**
	 * The '<em><b>Community Legal Centre</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNITY_LEGAL_CENTRE_VALUE
	 * @generated
	 * @ordered
	 */
	COMMUNITY_LEGAL_CENTRE(0, "communityLegalCentre", "communityLegalCentre"),

	/**
	 * The '<em><b>Legal Aid Commission</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEGAL_AID_COMMISSION_VALUE
	 * @generated
	 * @ordered
	 */
	LEGAL_AID_COMMISSION(1, "legalAidCommission", "legalAidCommission"),

	/**
	 * The '<em><b>Aboriginal Legal Service</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ABORIGINAL_LEGAL_SERVICE_VALUE
	 * @generated
	 * @ordered
	 */
	ABORIGINAL_LEGAL_SERVICE(2, "aboriginalLegalService", "aboriginalLegalService"),

	/**
	 * The '<em><b>Family Violence Prevention Legal Service</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAMILY_VIOLENCE_PREVENTION_LEGAL_SERVICE_VALUE
	 * @generated
	 * @ordered
	 */
	FAMILY_VIOLENCE_PREVENTION_LEGAL_SERVICE(3, "familyViolencePreventionLegalService", "familyViolencePreventionLegalService"),

	/**
	 * The '<em><b>Hospital</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOSPITAL_VALUE
	 * @generated
	 * @ordered
	 */
	HOSPITAL(4, "hospital", "hospital"),

	/**
	 * The '<em><b>Community Health Centre</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNITY_HEALTH_CENTRE_VALUE
	 * @generated
	 * @ordered
	 */
	COMMUNITY_HEALTH_CENTRE(5, "communityHealthCentre", "communityHealthCentre"),

	/**
	 * The '<em><b>Primary Care Practice</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIMARY_CARE_PRACTICE_VALUE
	 * @generated
	 * @ordered
	 */
	PRIMARY_CARE_PRACTICE(6, "primaryCarePractice", "primaryCarePractice"),

	/**
	 * The '<em><b>Aboriginal Community Controlled Health Service</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ABORIGINAL_COMMUNITY_CONTROLLED_HEALTH_SERVICE_VALUE
	 * @generated
	 * @ordered
	 */
	ABORIGINAL_COMMUNITY_CONTROLLED_HEALTH_SERVICE(7, "aboriginalCommunityControlledHealthService", "aboriginalCommunityControlledHealthService"),

	/**
	 * The '<em><b>Other</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(8, "other", "other");

	/**
	 * The '<em><b>Community Legal Centre</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNITY_LEGAL_CENTRE
	 * @model name="communityLegalCentre"
	 * @generated
	 * @ordered
	 */
	public static final int COMMUNITY_LEGAL_CENTRE_VALUE = 0;

	/**
	 * The '<em><b>Legal Aid Commission</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEGAL_AID_COMMISSION
	 * @model name="legalAidCommission"
	 * @generated
	 * @ordered
	 */
	public static final int LEGAL_AID_COMMISSION_VALUE = 1;

	/**
	 * The '<em><b>Aboriginal Legal Service</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ABORIGINAL_LEGAL_SERVICE
	 * @model name="aboriginalLegalService"
	 * @generated
	 * @ordered
	 */
	public static final int ABORIGINAL_LEGAL_SERVICE_VALUE = 2;

	/**
	 * The '<em><b>Family Violence Prevention Legal Service</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAMILY_VIOLENCE_PREVENTION_LEGAL_SERVICE
	 * @model name="familyViolencePreventionLegalService"
	 * @generated
	 * @ordered
	 */
	public static final int FAMILY_VIOLENCE_PREVENTION_LEGAL_SERVICE_VALUE = 3;

	/**
	 * The '<em><b>Hospital</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOSPITAL
	 * @model name="hospital"
	 * @generated
	 * @ordered
	 */
	public static final int HOSPITAL_VALUE = 4;

	/**
	 * The '<em><b>Community Health Centre</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNITY_HEALTH_CENTRE
	 * @model name="communityHealthCentre"
	 * @generated
	 * @ordered
	 */
	public static final int COMMUNITY_HEALTH_CENTRE_VALUE = 5;

	/**
	 * The '<em><b>Primary Care Practice</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIMARY_CARE_PRACTICE
	 * @model name="primaryCarePractice"
	 * @generated
	 * @ordered
	 */
	public static final int PRIMARY_CARE_PRACTICE_VALUE = 6;

	/**
	 * The '<em><b>Aboriginal Community Controlled Health Service</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ABORIGINAL_COMMUNITY_CONTROLLED_HEALTH_SERVICE
	 * @model name="aboriginalCommunityControlledHealthService"
	 * @generated
	 * @ordered
	 */
	public static final int ABORIGINAL_COMMUNITY_CONTROLLED_HEALTH_SERVICE_VALUE = 7;

	/**
	 * The '<em><b>Other</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model name="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 8;

	/**
	 * An array of all the '<em><b>Organisation Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final OrganisationType[] VALUES_ARRAY =
		new OrganisationType[] {
			COMMUNITY_LEGAL_CENTRE,
			LEGAL_AID_COMMISSION,
			ABORIGINAL_LEGAL_SERVICE,
			FAMILY_VIOLENCE_PREVENTION_LEGAL_SERVICE,
			HOSPITAL,
			COMMUNITY_HEALTH_CENTRE,
			PRIMARY_CARE_PRACTICE,
			ABORIGINAL_COMMUNITY_CONTROLLED_HEALTH_SERVICE,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Organisation Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<OrganisationType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Organisation Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrganisationType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OrganisationType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Organisation Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrganisationType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OrganisationType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Organisation Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrganisationType get(int value) {
		switch (value) {
			case COMMUNITY_LEGAL_CENTRE_VALUE: return COMMUNITY_LEGAL_CENTRE;
			case LEGAL_AID_COMMISSION_VALUE: return LEGAL_AID_COMMISSION;
			case ABORIGINAL_LEGAL_SERVICE_VALUE: return ABORIGINAL_LEGAL_SERVICE;
			case FAMILY_VIOLENCE_PREVENTION_LEGAL_SERVICE_VALUE: return FAMILY_VIOLENCE_PREVENTION_LEGAL_SERVICE;
			case HOSPITAL_VALUE: return HOSPITAL;
			case COMMUNITY_HEALTH_CENTRE_VALUE: return COMMUNITY_HEALTH_CENTRE;
			case PRIMARY_CARE_PRACTICE_VALUE: return PRIMARY_CARE_PRACTICE;
			case ABORIGINAL_COMMUNITY_CONTROLLED_HEALTH_SERVICE_VALUE: return ABORIGINAL_COMMUNITY_CONTROLLED_HEALTH_SERVICE;
			case OTHER_VALUE: return OTHER;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private OrganisationType(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
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
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //OrganisationType
