/**
 */
package org.hjp.workbench.learning.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Change Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.hjp.workbench.learning.model.LearningPackage#getChangeKind()
 * @model
 * @generated
 */
public enum ChangeKind implements Enumerator {
	/**
	 * The '<em><b>Translate</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRANSLATE_VALUE
	 * @generated
	 * @ordered
	 */
	TRANSLATE(0, "translate", "translate"),

	/**
	 * The '<em><b>Try Something New</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRY_SOMETHING_NEW_VALUE
	 * @generated
	 * @ordered
	 */
	TRY_SOMETHING_NEW(1, "trySomethingNew", "trySomethingNew"),

	/**
	 * The '<em><b>Deepen</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEEPEN_VALUE
	 * @generated
	 * @ordered
	 */
	DEEPEN(2, "deepen", "deepen"),

	/**
	 * The '<em><b>Scale Back</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCALE_BACK_VALUE
	 * @generated
	 * @ordered
	 */
	SCALE_BACK(3, "scaleBack", "scaleBack"),

	/**
	 * The '<em><b>Wind Up</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WIND_UP_VALUE
	 * @generated
	 * @ordered
	 */
	WIND_UP(4, "windUp", "windUp");

	/**
	 * The '<em><b>Translate</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRANSLATE
	 * @model name="translate"
	 * @generated
	 * @ordered
	 */
	public static final int TRANSLATE_VALUE = 0;

	/**
	 * The '<em><b>Try Something New</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRY_SOMETHING_NEW
	 * @model name="trySomethingNew"
	 * @generated
	 * @ordered
	 */
	public static final int TRY_SOMETHING_NEW_VALUE = 1;

	/**
	 * The '<em><b>Deepen</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEEPEN
	 * @model name="deepen"
	 * @generated
	 * @ordered
	 */
	public static final int DEEPEN_VALUE = 2;

	/**
	 * The '<em><b>Scale Back</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCALE_BACK
	 * @model name="scaleBack"
	 * @generated
	 * @ordered
	 */
	public static final int SCALE_BACK_VALUE = 3;

	/**
	 * The '<em><b>Wind Up</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WIND_UP
	 * @model name="windUp"
	 * @generated
	 * @ordered
	 */
	public static final int WIND_UP_VALUE = 4;

	/**
	 * An array of all the '<em><b>Change Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ChangeKind[] VALUES_ARRAY =
		new ChangeKind[] {
			TRANSLATE,
			TRY_SOMETHING_NEW,
			DEEPEN,
			SCALE_BACK,
			WIND_UP,
		};

	/**
	 * A public read-only list of all the '<em><b>Change Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ChangeKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Change Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ChangeKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ChangeKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Change Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ChangeKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ChangeKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Change Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ChangeKind get(int value) {
		switch (value) {
			case TRANSLATE_VALUE: return TRANSLATE;
			case TRY_SOMETHING_NEW_VALUE: return TRY_SOMETHING_NEW;
			case DEEPEN_VALUE: return DEEPEN;
			case SCALE_BACK_VALUE: return SCALE_BACK;
			case WIND_UP_VALUE: return WIND_UP;
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
	private ChangeKind(int value, String name, String literal) {
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
	
} //ChangeKind
