/**
 */
package org.hjp.workbench.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Setting</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Where the health partner delivers care.
 * <!-- end-model-doc -->
 * @see org.hjp.workbench.model.PartnershipPackage#getSetting()
 * @model
 * @generated
 */
public enum Setting implements Enumerator {
	/**
	 * The '<em><b>Hospital</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOSPITAL_VALUE
	 * @generated
	 * @ordered
	 */
	HOSPITAL(0, "hospital", "hospital"),

	/**
	 * The '<em><b>Community Health</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNITY_HEALTH_VALUE
	 * @generated
	 * @ordered
	 */
	COMMUNITY_HEALTH(1, "communityHealth", "communityHealth"),

	/**
	 * The '<em><b>Primary Health</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIMARY_HEALTH_VALUE
	 * @generated
	 * @ordered
	 */
	PRIMARY_HEALTH(2, "primaryHealth", "primaryHealth"),

	/**
	 * The '<em><b>Aboriginal Health</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ABORIGINAL_HEALTH_VALUE
	 * @generated
	 * @ordered
	 */
	ABORIGINAL_HEALTH(3, "aboriginalHealth", "aboriginalHealth"),

	/**
	 * The '<em><b>Other</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(4, "other", "other");

	/**
	 * The '<em><b>Hospital</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOSPITAL
	 * @model name="hospital"
	 * @generated
	 * @ordered
	 */
	public static final int HOSPITAL_VALUE = 0;

	/**
	 * The '<em><b>Community Health</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNITY_HEALTH
	 * @model name="communityHealth"
	 * @generated
	 * @ordered
	 */
	public static final int COMMUNITY_HEALTH_VALUE = 1;

	/**
	 * The '<em><b>Primary Health</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIMARY_HEALTH
	 * @model name="primaryHealth"
	 * @generated
	 * @ordered
	 */
	public static final int PRIMARY_HEALTH_VALUE = 2;

	/**
	 * The '<em><b>Aboriginal Health</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ABORIGINAL_HEALTH
	 * @model name="aboriginalHealth"
	 * @generated
	 * @ordered
	 */
	public static final int ABORIGINAL_HEALTH_VALUE = 3;

	/**
	 * The '<em><b>Other</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model name="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 4;

	/**
	 * An array of all the '<em><b>Setting</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Setting[] VALUES_ARRAY =
		new Setting[] {
			HOSPITAL,
			COMMUNITY_HEALTH,
			PRIMARY_HEALTH,
			ABORIGINAL_HEALTH,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Setting</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Setting> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Setting</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Setting get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Setting result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Setting</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Setting getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Setting result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Setting</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Setting get(int value) {
		switch (value) {
			case HOSPITAL_VALUE: return HOSPITAL;
			case COMMUNITY_HEALTH_VALUE: return COMMUNITY_HEALTH;
			case PRIMARY_HEALTH_VALUE: return PRIMARY_HEALTH;
			case ABORIGINAL_HEALTH_VALUE: return ABORIGINAL_HEALTH;
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
	private Setting(int value, String name, String literal) {
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
	
} //Setting
