/**
 */
package org.hjp.workbench.needs.model;

import org.eclipse.emf.ecore.EObject;

import org.hjp.workbench.model.Organisation;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Working Relationship</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An existing working relationship between two organisations.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.needs.model.WorkingRelationship#getFrom <em>From</em>}</li>
 *   <li>{@link org.hjp.workbench.needs.model.WorkingRelationship#getTo <em>To</em>}</li>
 *   <li>{@link org.hjp.workbench.needs.model.WorkingRelationship#getStrength <em>Strength</em>}</li>
 *   <li>{@link org.hjp.workbench.needs.model.WorkingRelationship#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see org.hjp.workbench.needs.model.NeedsPackage#getWorkingRelationship()
 * @model
 * @generated
 */
public interface WorkingRelationship extends EObject {
	/**
	 * Returns the value of the '<em><b>From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From</em>' reference.
	 * @see #setFrom(Organisation)
	 * @see org.hjp.workbench.needs.model.NeedsPackage#getWorkingRelationship_From()
	 * @model
	 * @generated
	 */
	Organisation getFrom();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.needs.model.WorkingRelationship#getFrom <em>From</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From</em>' reference.
	 * @see #getFrom()
	 * @generated
	 */
	void setFrom(Organisation value);

	/**
	 * Returns the value of the '<em><b>To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To</em>' reference.
	 * @see #setTo(Organisation)
	 * @see org.hjp.workbench.needs.model.NeedsPackage#getWorkingRelationship_To()
	 * @model
	 * @generated
	 */
	Organisation getTo();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.needs.model.WorkingRelationship#getTo <em>To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To</em>' reference.
	 * @see #getTo()
	 * @generated
	 */
	void setTo(Organisation value);

	/**
	 * Returns the value of the '<em><b>Strength</b></em>' attribute.
	 * The default value is <code>"informal"</code>.
	 * The literals are from the enumeration {@link org.hjp.workbench.needs.model.RelationshipStrength}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Strength</em>' attribute.
	 * @see org.hjp.workbench.needs.model.RelationshipStrength
	 * @see #setStrength(RelationshipStrength)
	 * @see org.hjp.workbench.needs.model.NeedsPackage#getWorkingRelationship_Strength()
	 * @model default="informal"
	 * @generated
	 */
	RelationshipStrength getStrength();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.needs.model.WorkingRelationship#getStrength <em>Strength</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Strength</em>' attribute.
	 * @see org.hjp.workbench.needs.model.RelationshipStrength
	 * @see #getStrength()
	 * @generated
	 */
	void setStrength(RelationshipStrength value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.hjp.workbench.needs.model.NeedsPackage#getWorkingRelationship_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.needs.model.WorkingRelationship#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // WorkingRelationship
