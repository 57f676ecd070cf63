/**
 */
package org.hjp.workbench.needs.model;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Evidence</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something that shows a need is real: local data, research or practitioners' experience.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.needs.model.Evidence#getSource <em>Source</em>}</li>
 *   <li>{@link org.hjp.workbench.needs.model.Evidence#getDate <em>Date</em>}</li>
 *   <li>{@link org.hjp.workbench.needs.model.Evidence#getKind <em>Kind</em>}</li>
 *   <li>{@link org.hjp.workbench.needs.model.Evidence#getSummary <em>Summary</em>}</li>
 * </ul>
 *
 * @see org.hjp.workbench.needs.model.NeedsPackage#getEvidence()
 * @model
 * @generated
 */
public interface Evidence extends EObject {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where it comes from, e.g. hospital social work records 2025.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.hjp.workbench.needs.model.NeedsPackage#getEvidence_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.needs.model.Evidence#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(Date)
	 * @see org.hjp.workbench.needs.model.NeedsPackage#getEvidence_Date()
	 * @model
	 * @generated
	 */
	Date getDate();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.needs.model.Evidence#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(Date value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"localData"</code>.
	 * The literals are from the enumeration {@link org.hjp.workbench.needs.model.EvidenceKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.hjp.workbench.needs.model.EvidenceKind
	 * @see #setKind(EvidenceKind)
	 * @see org.hjp.workbench.needs.model.NeedsPackage#getEvidence_Kind()
	 * @model default="localData"
	 * @generated
	 */
	EvidenceKind getKind();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.needs.model.Evidence#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.hjp.workbench.needs.model.EvidenceKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(EvidenceKind value);

	/**
	 * Returns the value of the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What it shows.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Summary</em>' attribute.
	 * @see #setSummary(String)
	 * @see org.hjp.workbench.needs.model.NeedsPackage#getEvidence_Summary()
	 * @model
	 * @generated
	 */
	String getSummary();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.needs.model.Evidence#getSummary <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' attribute.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(String value);

} // Evidence
