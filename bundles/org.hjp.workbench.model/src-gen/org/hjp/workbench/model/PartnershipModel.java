/**
 */
package org.hjp.workbench.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Model</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How the partnership is organised.
 * <!-- end-model-doc -->
 * @see org.hjp.workbench.model.PartnershipPackage#getPartnershipModel()
 * @model
 * @generated
 */
public enum PartnershipModel implements Enumerator {
	/**
	 * The '<em><b>Formal Partnership</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FORMAL_PARTNERSHIP_VALUE
	 * @generated
	 * @ordered
	 */
	FORMAL_PARTNERSHIP(0, "formalPartnership", "formalPartnership"),

	/**
	 * The '<em><b>Outreach</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OUTREACH_VALUE
	 * @generated
	 * @ordered
	 */
	OUTREACH(1, "outreach", "outreach"),

	/**
	 * The '<em><b>Integrated</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTEGRATED_VALUE
	 * @generated
	 * @ordered
	 */
	INTEGRATED(2, "integrated", "integrated"),

	/**
	 * The '<em><b>Hub</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HUB_VALUE
	 * @generated
	 * @ordered
	 */
	HUB(3, "hub", "hub");

	/**
	 * The '<em><b>Formal Partnership</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FORMAL_PARTNERSHIP
	 * @model name="formalPartnership"
	 * @generated
	 * @ordered
	 */
	public static final int FORMAL_PARTNERSHIP_VALUE = 0;

	/**
	 * The '<em><b>Outreach</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OUTREACH
	 * @model name="outreach"
	 * @generated
	 * @ordered
	 */
	public static final int OUTREACH_VALUE = 1;

	/**
	 * The '<em><b>Integrated</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTEGRATED
	 * @model name="integrated"
	 * @generated
	 * @ordered
	 */
	public static final int INTEGRATED_VALUE = 2;

	/**
	 * The '<em><b>Hub</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HUB
	 * @model name="hub"
	 * @generated
	 * @ordered
	 */
	public static final int HUB_VALUE = 3;

	/**
	 * An array of all the '<em><b>Model</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PartnershipModel[] VALUES_ARRAY =
		new PartnershipModel[] {
			FORMAL_PARTNERSHIP,
			OUTREACH,
			INTEGRATED,
			HUB,
		};

	/**
	 * A public read-only list of all the '<em><b>Model</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PartnershipModel> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Model</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PartnershipModel get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PartnershipModel result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Model</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PartnershipModel getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PartnershipModel result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Model</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PartnershipModel get(int value) {
		switch (value) {
			case FORMAL_PARTNERSHIP_VALUE: return FORMAL_PARTNERSHIP;
			case OUTREACH_VALUE: return OUTREACH;
			case INTEGRATED_VALUE: return INTEGRATED;
			case HUB_VALUE: return HUB;
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
	private PartnershipModel(int value, String name, String literal) {
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
	
} //PartnershipModel
