/**
 */
package org.hjp.workbench.agreement.model;

import org.eclipse.emf.ecore.EObject;

import org.hjp.workbench.model.Organisation;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Data Collection</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Data a partner collects for the partnership.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.agreement.model.DataCollection#getWhat <em>What</em>}</li>
 *   <li>{@link org.hjp.workbench.agreement.model.DataCollection#getCollectedBy <em>Collected By</em>}</li>
 *   <li>{@link org.hjp.workbench.agreement.model.DataCollection#getFrequency <em>Frequency</em>}</li>
 * </ul>
 *
 * @see org.hjp.workbench.agreement.model.AgreementPackage#getDataCollection()
 * @model
 * @generated
 */
public interface DataCollection extends EObject {
	/**
	 * Returns the value of the '<em><b>What</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>What</em>' attribute.
	 * @see #setWhat(String)
	 * @see org.hjp.workbench.agreement.model.AgreementPackage#getDataCollection_What()
	 * @model
	 * @generated
	 */
	String getWhat();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.agreement.model.DataCollection#getWhat <em>What</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>What</em>' attribute.
	 * @see #getWhat()
	 * @generated
	 */
	void setWhat(String value);

	/**
	 * Returns the value of the '<em><b>Collected By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Collected By</em>' reference.
	 * @see #setCollectedBy(Organisation)
	 * @see org.hjp.workbench.agreement.model.AgreementPackage#getDataCollection_CollectedBy()
	 * @model
	 * @generated
	 */
	Organisation getCollectedBy();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.agreement.model.DataCollection#getCollectedBy <em>Collected By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Collected By</em>' reference.
	 * @see #getCollectedBy()
	 * @generated
	 */
	void setCollectedBy(Organisation value);

	/**
	 * Returns the value of the '<em><b>Frequency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Frequency</em>' attribute.
	 * @see #setFrequency(String)
	 * @see org.hjp.workbench.agreement.model.AgreementPackage#getDataCollection_Frequency()
	 * @model
	 * @generated
	 */
	String getFrequency();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.agreement.model.DataCollection#getFrequency <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frequency</em>' attribute.
	 * @see #getFrequency()
	 * @generated
	 */
	void setFrequency(String value);

} // DataCollection
