/**
 */
package org.hjp.workbench.learning.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Review Area</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.hjp.workbench.learning.model.LearningPackage#getReviewArea()
 * @model
 * @generated
 */
public enum ReviewArea implements Enumerator {
	/**
	 * The '<em><b>Relationships</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RELATIONSHIPS_VALUE
	 * @generated
	 * @ordered
	 */
	RELATIONSHIPS(0, "relationships", "relationships"),

	/**
	 * The '<em><b>Resources</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESOURCES_VALUE
	 * @generated
	 * @ordered
	 */
	RESOURCES(1, "resources", "resources"),

	/**
	 * The '<em><b>Processes</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROCESSES_VALUE
	 * @generated
	 * @ordered
	 */
	PROCESSES(2, "processes", "processes");

	/**
	 * The '<em><b>Relationships</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RELATIONSHIPS
	 * @model name="relationships"
	 * @generated
	 * @ordered
	 */
	public static final int RELATIONSHIPS_VALUE = 0;

	/**
	 * The '<em><b>Resources</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESOURCES
	 * @model name="resources"
	 * @generated
	 * @ordered
	 */
	public static final int RESOURCES_VALUE = 1;

	/**
	 * The '<em><b>Processes</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROCESSES
	 * @model name="processes"
	 * @generated
	 * @ordered
	 */
	public static final int PROCESSES_VALUE = 2;

	/**
	 * An array of all the '<em><b>Review Area</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ReviewArea[] VALUES_ARRAY =
		new ReviewArea[] {
			RELATIONSHIPS,
			RESOURCES,
			PROCESSES,
		};

	/**
	 * A public read-only list of all the '<em><b>Review Area</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ReviewArea> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Review Area</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReviewArea get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ReviewArea result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Review Area</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReviewArea getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ReviewArea result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Review Area</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReviewArea get(int value) {
		switch (value) {
			case RELATIONSHIPS_VALUE: return RELATIONSHIPS;
			case RESOURCES_VALUE: return RESOURCES;
			case PROCESSES_VALUE: return PROCESSES;
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
	private ReviewArea(int value, String name, String literal) {
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
	
} //ReviewArea
