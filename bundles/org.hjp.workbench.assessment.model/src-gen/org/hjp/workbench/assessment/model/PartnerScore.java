/**
 */
package org.hjp.workbench.assessment.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Partner Score</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How a partner's score is formed from its respondents' answers: the mean of each respondent's score, or one score over all their answers pooled.
 * <!-- end-model-doc -->
 * @see org.hjp.workbench.assessment.model.AssessmentPackage#getPartnerScore()
 * @model
 * @generated
 */
public enum PartnerScore implements Enumerator {
	/**
	 * The '<em><b>Mean Of Respondents</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEAN_OF_RESPONDENTS_VALUE
	 * @generated
	 * @ordered
	 */
	MEAN_OF_RESPONDENTS(0, "meanOfRespondents", "meanOfRespondents"),

	/**
	 * The '<em><b>Pooled</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POOLED_VALUE
	 * @generated
	 * @ordered
	 */
	POOLED(1, "pooled", "pooled");

	/**
	 * The '<em><b>Mean Of Respondents</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEAN_OF_RESPONDENTS
	 * @model name="meanOfRespondents"
	 * @generated
	 * @ordered
	 */
	public static final int MEAN_OF_RESPONDENTS_VALUE = 0;

	/**
	 * The '<em><b>Pooled</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POOLED
	 * @model name="pooled"
	 * @generated
	 * @ordered
	 */
	public static final int POOLED_VALUE = 1;

	/**
	 * An array of all the '<em><b>Partner Score</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PartnerScore[] VALUES_ARRAY =
		new PartnerScore[] {
			MEAN_OF_RESPONDENTS,
			POOLED,
		};

	/**
	 * A public read-only list of all the '<em><b>Partner Score</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PartnerScore> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Partner Score</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PartnerScore get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PartnerScore result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Partner Score</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PartnerScore getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PartnerScore result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Partner Score</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PartnerScore get(int value) {
		switch (value) {
			case MEAN_OF_RESPONDENTS_VALUE: return MEAN_OF_RESPONDENTS;
			case POOLED_VALUE: return POOLED;
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
	private PartnerScore(int value, String name, String literal) {
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
	
} //PartnerScore
