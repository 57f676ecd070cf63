/**
 */
package org.hjp.workbench.learning.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Purpose</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.hjp.workbench.learning.model.LearningPackage#getLearningPurpose()
 * @model
 * @generated
 */
public enum LearningPurpose implements Enumerator {
	/**
	 * The '<em><b>Improvement</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IMPROVEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	IMPROVEMENT(0, "improvement", "improvement"),

	/**
	 * The '<em><b>Funder Reporting</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FUNDER_REPORTING_VALUE
	 * @generated
	 * @ordered
	 */
	FUNDER_REPORTING(1, "funderReporting", "funderReporting"),

	/**
	 * The '<em><b>Outcomes</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OUTCOMES_VALUE
	 * @generated
	 * @ordered
	 */
	OUTCOMES(2, "outcomes", "outcomes");

	/**
	 * The '<em><b>Improvement</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IMPROVEMENT
	 * @model name="improvement"
	 * @generated
	 * @ordered
	 */
	public static final int IMPROVEMENT_VALUE = 0;

	/**
	 * The '<em><b>Funder Reporting</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FUNDER_REPORTING
	 * @model name="funderReporting"
	 * @generated
	 * @ordered
	 */
	public static final int FUNDER_REPORTING_VALUE = 1;

	/**
	 * The '<em><b>Outcomes</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OUTCOMES
	 * @model name="outcomes"
	 * @generated
	 * @ordered
	 */
	public static final int OUTCOMES_VALUE = 2;

	/**
	 * An array of all the '<em><b>Purpose</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final LearningPurpose[] VALUES_ARRAY =
		new LearningPurpose[] {
			IMPROVEMENT,
			FUNDER_REPORTING,
			OUTCOMES,
		};

	/**
	 * A public read-only list of all the '<em><b>Purpose</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<LearningPurpose> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Purpose</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LearningPurpose get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LearningPurpose result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Purpose</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LearningPurpose getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LearningPurpose result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Purpose</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LearningPurpose get(int value) {
		switch (value) {
			case IMPROVEMENT_VALUE: return IMPROVEMENT;
			case FUNDER_REPORTING_VALUE: return FUNDER_REPORTING;
			case OUTCOMES_VALUE: return OUTCOMES;
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
	private LearningPurpose(int value, String name, String literal) {
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
	
} //LearningPurpose
