/**
 */
package org.hjp.workbench.learning.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.hjp.workbench.activities.model.Activity;

import org.hjp.workbench.model.Organisation;

import org.hjp.workbench.needs.model.Need;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Measure</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something the partners measure, with a baseline and a target.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.learning.model.Measure#getName <em>Name</em>}</li>
 *   <li>{@link org.hjp.workbench.learning.model.Measure#getDescription <em>Description</em>}</li>
 *   <li>{@link org.hjp.workbench.learning.model.Measure#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.hjp.workbench.learning.model.Measure#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.hjp.workbench.learning.model.Measure#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link org.hjp.workbench.learning.model.Measure#getTarget <em>Target</em>}</li>
 *   <li>{@link org.hjp.workbench.learning.model.Measure#getCollectedBy <em>Collected By</em>}</li>
 *   <li>{@link org.hjp.workbench.learning.model.Measure#getNeed <em>Need</em>}</li>
 *   <li>{@link org.hjp.workbench.learning.model.Measure#getActivity <em>Activity</em>}</li>
 *   <li>{@link org.hjp.workbench.learning.model.Measure#getDataPoints <em>Data Points</em>}</li>
 * </ul>
 *
 * @see org.hjp.workbench.learning.model.LearningPackage#getMeasure()
 * @model
 * @generated
 */
public interface Measure extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.hjp.workbench.learning.model.LearningPackage#getMeasure_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.learning.model.Measure#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.hjp.workbench.learning.model.LearningPackage#getMeasure_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.learning.model.Measure#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Purpose</b></em>' attribute.
	 * The default value is <code>"improvement"</code>.
	 * The literals are from the enumeration {@link org.hjp.workbench.learning.model.LearningPurpose}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Purpose</em>' attribute.
	 * @see org.hjp.workbench.learning.model.LearningPurpose
	 * @see #setPurpose(LearningPurpose)
	 * @see org.hjp.workbench.learning.model.LearningPackage#getMeasure_Purpose()
	 * @model default="improvement"
	 * @generated
	 */
	LearningPurpose getPurpose();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.learning.model.Measure#getPurpose <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Purpose</em>' attribute.
	 * @see org.hjp.workbench.learning.model.LearningPurpose
	 * @see #getPurpose()
	 * @generated
	 */
	void setPurpose(LearningPurpose value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * e.g. referrals a month, % of staff trained.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.hjp.workbench.learning.model.LearningPackage#getMeasure_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.learning.model.Measure#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value before the partnership's work began.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Baseline</em>' attribute.
	 * @see #setBaseline(Double)
	 * @see org.hjp.workbench.learning.model.LearningPackage#getMeasure_Baseline()
	 * @model
	 * @generated
	 */
	Double getBaseline();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.learning.model.Measure#getBaseline <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline</em>' attribute.
	 * @see #getBaseline()
	 * @generated
	 */
	void setBaseline(Double value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(Double)
	 * @see org.hjp.workbench.learning.model.LearningPackage#getMeasure_Target()
	 * @model
	 * @generated
	 */
	Double getTarget();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.learning.model.Measure#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Double value);

	/**
	 * Returns the value of the '<em><b>Collected By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Collected By</em>' reference.
	 * @see #setCollectedBy(Organisation)
	 * @see org.hjp.workbench.learning.model.LearningPackage#getMeasure_CollectedBy()
	 * @model
	 * @generated
	 */
	Organisation getCollectedBy();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.learning.model.Measure#getCollectedBy <em>Collected By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Collected By</em>' reference.
	 * @see #getCollectedBy()
	 * @generated
	 */
	void setCollectedBy(Organisation value);

	/**
	 * Returns the value of the '<em><b>Need</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The need the measure tracks.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Need</em>' reference.
	 * @see #setNeed(Need)
	 * @see org.hjp.workbench.learning.model.LearningPackage#getMeasure_Need()
	 * @model
	 * @generated
	 */
	Need getNeed();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.learning.model.Measure#getNeed <em>Need</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Need</em>' reference.
	 * @see #getNeed()
	 * @generated
	 */
	void setNeed(Need value);

	/**
	 * Returns the value of the '<em><b>Activity</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The activity the measure tracks.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Activity</em>' reference.
	 * @see #setActivity(Activity)
	 * @see org.hjp.workbench.learning.model.LearningPackage#getMeasure_Activity()
	 * @model
	 * @generated
	 */
	Activity getActivity();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.learning.model.Measure#getActivity <em>Activity</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Activity</em>' reference.
	 * @see #getActivity()
	 * @generated
	 */
	void setActivity(Activity value);

	/**
	 * Returns the value of the '<em><b>Data Points</b></em>' containment reference list.
	 * The list contents are of type {@link org.hjp.workbench.learning.model.DataPoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Points</em>' containment reference list.
	 * @see org.hjp.workbench.learning.model.LearningPackage#getMeasure_DataPoints()
	 * @model containment="true"
	 * @generated
	 */
	EList<DataPoint> getDataPoints();

} // Measure
