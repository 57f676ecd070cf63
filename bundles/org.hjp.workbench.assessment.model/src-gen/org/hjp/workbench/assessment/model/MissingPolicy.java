/**
 */
package org.hjp.workbench.assessment.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Missing Policy</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What a score does about statements left unanswered, or answered don't know or not applicable.
 * <!-- end-model-doc -->
 * @see org.hjp.workbench.assessment.model.AssessmentPackage#getMissingPolicy()
 * @model
 * @generated
 */
public enum MissingPolicy implements Enumerator {
	/**
	 * The '<em><b>Prorate</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRORATE_VALUE
	 * @generated
	 * @ordered
	 */
	PRORATE(0, "prorate", "prorate"),

	/**
	 * The '<em><b>Answered Only</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANSWERED_ONLY_VALUE
	 * @generated
	 * @ordered
	 */
	ANSWERED_ONLY(1, "answeredOnly", "answeredOnly"),

	/**
	 * The '<em><b>Require All</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REQUIRE_ALL_VALUE
	 * @generated
	 * @ordered
	 */
	REQUIRE_ALL(2, "requireAll", "requireAll");

	/**
	 * The '<em><b>Prorate</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRORATE
	 * @model name="prorate"
	 * @generated
	 * @ordered
	 */
	public static final int PRORATE_VALUE = 0;

	/**
	 * The '<em><b>Answered Only</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANSWERED_ONLY
	 * @model name="answeredOnly"
	 * @generated
	 * @ordered
	 */
	public static final int ANSWERED_ONLY_VALUE = 1;

	/**
	 * The '<em><b>Require All</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REQUIRE_ALL
	 * @model name="requireAll"
	 * @generated
	 * @ordered
	 */
	public static final int REQUIRE_ALL_VALUE = 2;

	/**
	 * An array of all the '<em><b>Missing Policy</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MissingPolicy[] VALUES_ARRAY =
		new MissingPolicy[] {
			PRORATE,
			ANSWERED_ONLY,
			REQUIRE_ALL,
		};

	/**
	 * A public read-only list of all the '<em><b>Missing Policy</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MissingPolicy> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Missing Policy</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MissingPolicy get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MissingPolicy result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Missing Policy</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MissingPolicy getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MissingPolicy result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Missing Policy</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MissingPolicy get(int value) {
		switch (value) {
			case PRORATE_VALUE: return PRORATE;
			case ANSWERED_ONLY_VALUE: return ANSWERED_ONLY;
			case REQUIRE_ALL_VALUE: return REQUIRE_ALL;
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
	private MissingPolicy(int value, String name, String literal) {
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
	
} //MissingPolicy
