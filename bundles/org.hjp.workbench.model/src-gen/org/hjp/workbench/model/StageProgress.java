/**
 */
package org.hjp.workbench.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stage Progress</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How far the partnership has come in one stage.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.model.StageProgress#getStageId <em>Stage Id</em>}</li>
 *   <li>{@link org.hjp.workbench.model.StageProgress#getStatus <em>Status</em>}</li>
 *   <li>{@link org.hjp.workbench.model.StageProgress#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see org.hjp.workbench.model.PartnershipPackage#getStageProgress()
 * @model
 * @generated
 */
public interface StageProgress extends EObject {
	/**
	 * Returns the value of the '<em><b>Stage Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The identifier of the stage.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stage Id</em>' attribute.
	 * @see #setStageId(String)
	 * @see org.hjp.workbench.model.PartnershipPackage#getStageProgress_StageId()
	 * @model
	 * @generated
	 */
	String getStageId();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.model.StageProgress#getStageId <em>Stage Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stage Id</em>' attribute.
	 * @see #getStageId()
	 * @generated
	 */
	void setStageId(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The default value is <code>"notStarted"</code>.
	 * The literals are from the enumeration {@link org.hjp.workbench.model.StageStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.hjp.workbench.model.StageStatus
	 * @see #setStatus(StageStatus)
	 * @see org.hjp.workbench.model.PartnershipPackage#getStageProgress_Status()
	 * @model default="notStarted"
	 * @generated
	 */
	StageStatus getStatus();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.model.StageProgress#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.hjp.workbench.model.StageStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(StageStatus value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.hjp.workbench.model.PartnershipPackage#getStageProgress_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.model.StageProgress#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // StageProgress
