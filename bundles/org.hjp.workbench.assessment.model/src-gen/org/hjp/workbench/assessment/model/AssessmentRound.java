/**
 */
package org.hjp.workbench.assessment.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Round</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One time the partners answered an instrument, each respondent separately.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.assessment.model.AssessmentRound#getTitle <em>Title</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.AssessmentRound#getDate <em>Date</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.AssessmentRound#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.AssessmentRound#getInstrumentBundle <em>Instrument Bundle</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.AssessmentRound#getInstrument <em>Instrument</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.AssessmentRound#getRespondents <em>Respondents</em>}</li>
 * </ul>
 *
 * @see org.hjp.workbench.assessment.model.AssessmentPackage#getAssessmentRound()
 * @model
 * @generated
 */
public interface AssessmentRound extends EObject {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.hjp.workbench.assessment.model.AssessmentPackage#getAssessmentRound_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.assessment.model.AssessmentRound#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the partners answered.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(Date)
	 * @see org.hjp.workbench.assessment.model.AssessmentPackage#getAssessmentRound_Date()
	 * @model
	 * @generated
	 */
	Date getDate();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.assessment.model.AssessmentRound#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(Date value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the round was run: who collated the answers, what was discussed afterwards.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.hjp.workbench.assessment.model.AssessmentPackage#getAssessmentRound_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.assessment.model.AssessmentRound#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * Returns the value of the '<em><b>Instrument Bundle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The plug-in the instrument came from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Instrument Bundle</em>' attribute.
	 * @see #setInstrumentBundle(String)
	 * @see org.hjp.workbench.assessment.model.AssessmentPackage#getAssessmentRound_InstrumentBundle()
	 * @model
	 * @generated
	 */
	String getInstrumentBundle();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.assessment.model.AssessmentRound#getInstrumentBundle <em>Instrument Bundle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instrument Bundle</em>' attribute.
	 * @see #getInstrumentBundle()
	 * @generated
	 */
	void setInstrumentBundle(String value);

	/**
	 * Returns the value of the '<em><b>Instrument</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A copy of the instrument as it was answered, so that the round keeps its meaning when the plug-in is updated or removed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Instrument</em>' containment reference.
	 * @see #setInstrument(Instrument)
	 * @see org.hjp.workbench.assessment.model.AssessmentPackage#getAssessmentRound_Instrument()
	 * @model containment="true"
	 * @generated
	 */
	Instrument getInstrument();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.assessment.model.AssessmentRound#getInstrument <em>Instrument</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instrument</em>' containment reference.
	 * @see #getInstrument()
	 * @generated
	 */
	void setInstrument(Instrument value);

	/**
	 * Returns the value of the '<em><b>Respondents</b></em>' containment reference list.
	 * The list contents are of type {@link org.hjp.workbench.assessment.model.Respondent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Respondents</em>' containment reference list.
	 * @see org.hjp.workbench.assessment.model.AssessmentPackage#getAssessmentRound_Respondents()
	 * @model containment="true"
	 * @generated
	 */
	EList<Respondent> getRespondents();

} // AssessmentRound
