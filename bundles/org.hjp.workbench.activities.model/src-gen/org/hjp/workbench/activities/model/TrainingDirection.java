/**
 */
package org.hjp.workbench.activities.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Training Direction</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.hjp.workbench.activities.model.ActivitiesPackage#getTrainingDirection()
 * @model
 * @generated
 */
public enum TrainingDirection implements Enumerator {
	/**
	 * The '<em><b>Not Chosen</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_CHOSEN_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_CHOSEN(0, "notChosen", "notChosen"),

	/**
	 * The '<em><b>Legal To Health</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEGAL_TO_HEALTH_VALUE
	 * @generated
	 * @ordered
	 */
	LEGAL_TO_HEALTH(1, "legalToHealth", "legalToHealth"),

	/**
	 * The '<em><b>Health To Legal</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEALTH_TO_LEGAL_VALUE
	 * @generated
	 * @ordered
	 */
	HEALTH_TO_LEGAL(2, "healthToLegal", "healthToLegal"),

	/**
	 * The '<em><b>Together</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOGETHER_VALUE
	 * @generated
	 * @ordered
	 */
	TOGETHER(3, "together", "together");

	/**
	 * The '<em><b>Not Chosen</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_CHOSEN
	 * @model name="notChosen"
	 * @generated
	 * @ordered
	 */
	public static final int NOT_CHOSEN_VALUE = 0;

	/**
	 * The '<em><b>Legal To Health</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEGAL_TO_HEALTH
	 * @model name="legalToHealth"
	 * @generated
	 * @ordered
	 */
	public static final int LEGAL_TO_HEALTH_VALUE = 1;

	/**
	 * The '<em><b>Health To Legal</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEALTH_TO_LEGAL
	 * @model name="healthToLegal"
	 * @generated
	 * @ordered
	 */
	public static final int HEALTH_TO_LEGAL_VALUE = 2;

	/**
	 * The '<em><b>Together</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOGETHER
	 * @model name="together"
	 * @generated
	 * @ordered
	 */
	public static final int TOGETHER_VALUE = 3;

	/**
	 * An array of all the '<em><b>Training Direction</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TrainingDirection[] VALUES_ARRAY =
		new TrainingDirection[] {
			NOT_CHOSEN,
			LEGAL_TO_HEALTH,
			HEALTH_TO_LEGAL,
			TOGETHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Training Direction</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TrainingDirection> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Training Direction</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TrainingDirection get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TrainingDirection result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Training Direction</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TrainingDirection getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TrainingDirection result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Training Direction</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TrainingDirection get(int value) {
		switch (value) {
			case NOT_CHOSEN_VALUE: return NOT_CHOSEN;
			case LEGAL_TO_HEALTH_VALUE: return LEGAL_TO_HEALTH;
			case HEALTH_TO_LEGAL_VALUE: return HEALTH_TO_LEGAL;
			case TOGETHER_VALUE: return TOGETHER;
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
	private TrainingDirection(int value, String name, String literal) {
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
	
} //TrainingDirection
