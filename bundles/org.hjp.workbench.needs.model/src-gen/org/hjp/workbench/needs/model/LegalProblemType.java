/**
 */
package org.hjp.workbench.needs.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Legal Problem Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.hjp.workbench.needs.model.NeedsPackage#getLegalProblemType()
 * @model
 * @generated
 */
public enum LegalProblemType implements Enumerator {
	/**
	 * The '<em><b>Debt</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEBT_VALUE
	 * @generated
	 * @ordered
	 */
	DEBT(0, "debt", "debt"),

	/**
	 * The '<em><b>Housing</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOUSING_VALUE
	 * @generated
	 * @ordered
	 */
	HOUSING(1, "housing", "housing"),

	/**
	 * The '<em><b>Tenancy</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TENANCY_VALUE
	 * @generated
	 * @ordered
	 */
	TENANCY(2, "tenancy", "tenancy"),

	/**
	 * The '<em><b>Family Violence</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAMILY_VIOLENCE_VALUE
	 * @generated
	 * @ordered
	 */
	FAMILY_VIOLENCE(3, "familyViolence", "familyViolence"),

	/**
	 * The '<em><b>Elder Abuse</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELDER_ABUSE_VALUE
	 * @generated
	 * @ordered
	 */
	ELDER_ABUSE(4, "elderAbuse", "elderAbuse"),

	/**
	 * The '<em><b>Employment</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMPLOYMENT_VALUE
	 * @generated
	 * @ordered
	 */
	EMPLOYMENT(5, "employment", "employment"),

	/**
	 * The '<em><b>Fines</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FINES_VALUE
	 * @generated
	 * @ordered
	 */
	FINES(6, "fines", "fines"),

	/**
	 * The '<em><b>Immigration</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IMMIGRATION_VALUE
	 * @generated
	 * @ordered
	 */
	IMMIGRATION(7, "immigration", "immigration"),

	/**
	 * The '<em><b>Consumer</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONSUMER_VALUE
	 * @generated
	 * @ordered
	 */
	CONSUMER(8, "consumer", "consumer"),

	/**
	 * The '<em><b>Wills And Guardianship</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WILLS_AND_GUARDIANSHIP_VALUE
	 * @generated
	 * @ordered
	 */
	WILLS_AND_GUARDIANSHIP(9, "willsAndGuardianship", "willsAndGuardianship"),

	/**
	 * The '<em><b>Other</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(10, "other", "other");

	/**
	 * The '<em><b>Debt</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEBT
	 * @model name="debt"
	 * @generated
	 * @ordered
	 */
	public static final int DEBT_VALUE = 0;

	/**
	 * The '<em><b>Housing</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOUSING
	 * @model name="housing"
	 * @generated
	 * @ordered
	 */
	public static final int HOUSING_VALUE = 1;

	/**
	 * The '<em><b>Tenancy</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TENANCY
	 * @model name="tenancy"
	 * @generated
	 * @ordered
	 */
	public static final int TENANCY_VALUE = 2;

	/**
	 * The '<em><b>Family Violence</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAMILY_VIOLENCE
	 * @model name="familyViolence"
	 * @generated
	 * @ordered
	 */
	public static final int FAMILY_VIOLENCE_VALUE = 3;

	/**
	 * The '<em><b>Elder Abuse</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELDER_ABUSE
	 * @model name="elderAbuse"
	 * @generated
	 * @ordered
	 */
	public static final int ELDER_ABUSE_VALUE = 4;

	/**
	 * The '<em><b>Employment</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMPLOYMENT
	 * @model name="employment"
	 * @generated
	 * @ordered
	 */
	public static final int EMPLOYMENT_VALUE = 5;

	/**
	 * The '<em><b>Fines</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FINES
	 * @model name="fines"
	 * @generated
	 * @ordered
	 */
	public static final int FINES_VALUE = 6;

	/**
	 * The '<em><b>Immigration</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IMMIGRATION
	 * @model name="immigration"
	 * @generated
	 * @ordered
	 */
	public static final int IMMIGRATION_VALUE = 7;

	/**
	 * The '<em><b>Consumer</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONSUMER
	 * @model name="consumer"
	 * @generated
	 * @ordered
	 */
	public static final int CONSUMER_VALUE = 8;

	/**
	 * The '<em><b>Wills And Guardianship</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WILLS_AND_GUARDIANSHIP
	 * @model name="willsAndGuardianship"
	 * @generated
	 * @ordered
	 */
	public static final int WILLS_AND_GUARDIANSHIP_VALUE = 9;

	/**
	 * The '<em><b>Other</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model name="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 10;

	/**
	 * An array of all the '<em><b>Legal Problem Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final LegalProblemType[] VALUES_ARRAY =
		new LegalProblemType[] {
			DEBT,
			HOUSING,
			TENANCY,
			FAMILY_VIOLENCE,
			ELDER_ABUSE,
			EMPLOYMENT,
			FINES,
			IMMIGRATION,
			CONSUMER,
			WILLS_AND_GUARDIANSHIP,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Legal Problem Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<LegalProblemType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Legal Problem Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LegalProblemType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LegalProblemType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Legal Problem Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LegalProblemType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LegalProblemType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Legal Problem Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LegalProblemType get(int value) {
		switch (value) {
			case DEBT_VALUE: return DEBT;
			case HOUSING_VALUE: return HOUSING;
			case TENANCY_VALUE: return TENANCY;
			case FAMILY_VIOLENCE_VALUE: return FAMILY_VIOLENCE;
			case ELDER_ABUSE_VALUE: return ELDER_ABUSE;
			case EMPLOYMENT_VALUE: return EMPLOYMENT;
			case FINES_VALUE: return FINES;
			case IMMIGRATION_VALUE: return IMMIGRATION;
			case CONSUMER_VALUE: return CONSUMER;
			case WILLS_AND_GUARDIANSHIP_VALUE: return WILLS_AND_GUARDIANSHIP;
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
	private LegalProblemType(int value, String name, String literal) {
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
	
} //LegalProblemType
