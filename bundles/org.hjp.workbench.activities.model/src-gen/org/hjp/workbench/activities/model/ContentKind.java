/**
 */
package org.hjp.workbench.activities.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Content Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.hjp.workbench.activities.model.ActivitiesPackage#getContentKind()
 * @model
 * @generated
 */
public enum ContentKind implements Enumerator {
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
	 * The '<em><b>Process</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROCESS_VALUE
	 * @generated
	 * @ordered
	 */
	PROCESS(1, "process", "process"),

	/**
	 * The '<em><b>Substantive Knowledge</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUBSTANTIVE_KNOWLEDGE_VALUE
	 * @generated
	 * @ordered
	 */
	SUBSTANTIVE_KNOWLEDGE(2, "substantiveKnowledge", "substantiveKnowledge"),

	/**
	 * The '<em><b>Service Introduction</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERVICE_INTRODUCTION_VALUE
	 * @generated
	 * @ordered
	 */
	SERVICE_INTRODUCTION(3, "serviceIntroduction", "serviceIntroduction");

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
	 * The '<em><b>Process</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROCESS
	 * @model name="process"
	 * @generated
	 * @ordered
	 */
	public static final int PROCESS_VALUE = 1;

	/**
	 * The '<em><b>Substantive Knowledge</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUBSTANTIVE_KNOWLEDGE
	 * @model name="substantiveKnowledge"
	 * @generated
	 * @ordered
	 */
	public static final int SUBSTANTIVE_KNOWLEDGE_VALUE = 2;

	/**
	 * The '<em><b>Service Introduction</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERVICE_INTRODUCTION
	 * @model name="serviceIntroduction"
	 * @generated
	 * @ordered
	 */
	public static final int SERVICE_INTRODUCTION_VALUE = 3;

	/**
	 * An array of all the '<em><b>Content Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ContentKind[] VALUES_ARRAY =
		new ContentKind[] {
			NOT_CHOSEN,
			PROCESS,
			SUBSTANTIVE_KNOWLEDGE,
			SERVICE_INTRODUCTION,
		};

	/**
	 * A public read-only list of all the '<em><b>Content Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ContentKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Content Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ContentKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ContentKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Content Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ContentKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ContentKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Content Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ContentKind get(int value) {
		switch (value) {
			case NOT_CHOSEN_VALUE: return NOT_CHOSEN;
			case PROCESS_VALUE: return PROCESS;
			case SUBSTANTIVE_KNOWLEDGE_VALUE: return SUBSTANTIVE_KNOWLEDGE;
			case SERVICE_INTRODUCTION_VALUE: return SERVICE_INTRODUCTION;
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
	private ContentKind(int value, String name, String literal) {
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
	
} //ContentKind
