/**
 */
package org.hjp.workbench.assessment.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Instrument</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A questionnaire partners answer to assess their partnership: statements in domains, answered on response scales, scored and read through bands.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.assessment.model.Instrument#getId <em>Id</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.Instrument#getName <em>Name</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.Instrument#getVersion <em>Version</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.Instrument#getPublisher <em>Publisher</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.Instrument#getInstructions <em>Instructions</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.Instrument#getDisagreementThreshold <em>Disagreement Threshold</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.Instrument#getScoringHook <em>Scoring Hook</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.Instrument#getScales <em>Scales</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.Instrument#getGroups <em>Groups</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.Instrument#getDomains <em>Domains</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.Instrument#getScoring <em>Scoring</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.Instrument#getBands <em>Bands</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.Instrument#getDomainBands <em>Domain Bands</em>}</li>
 * </ul>
 *
 * @see org.hjp.workbench.assessment.model.AssessmentPackage#getInstrument()
 * @model
 * @generated
 */
public interface Instrument extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A name that never changes, such as org.example.partnership-check; rounds of the same instrument are compared by it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.hjp.workbench.assessment.model.AssessmentPackage#getInstrument_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.assessment.model.Instrument#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.hjp.workbench.assessment.model.AssessmentPackage#getInstrument_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.assessment.model.Instrument#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see org.hjp.workbench.assessment.model.AssessmentPackage#getInstrument_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.assessment.model.Instrument#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Publisher</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Publisher</em>' attribute.
	 * @see #setPublisher(String)
	 * @see org.hjp.workbench.assessment.model.AssessmentPackage#getInstrument_Publisher()
	 * @model
	 * @generated
	 */
	String getPublisher();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.assessment.model.Instrument#getPublisher <em>Publisher</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Publisher</em>' attribute.
	 * @see #getPublisher()
	 * @generated
	 */
	void setPublisher(String value);

	/**
	 * Returns the value of the '<em><b>Instructions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What respondents are asked to do, shown before the statements.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Instructions</em>' attribute.
	 * @see #setInstructions(String)
	 * @see org.hjp.workbench.assessment.model.AssessmentPackage#getInstrument_Instructions()
	 * @model
	 * @generated
	 */
	String getInstructions();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.assessment.model.Instrument#getInstructions <em>Instructions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instructions</em>' attribute.
	 * @see #getInstructions()
	 * @generated
	 */
	void setInstructions(String value);

	/**
	 * Returns the value of the '<em><b>Disagreement Threshold</b></em>' attribute.
	 * The default value is <code>"25"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How far apart, as a percentage of a score's possible range, partners' scores must be to be shown as a disagreement.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Disagreement Threshold</em>' attribute.
	 * @see #setDisagreementThreshold(int)
	 * @see org.hjp.workbench.assessment.model.AssessmentPackage#getInstrument_DisagreementThreshold()
	 * @model default="25"
	 * @generated
	 */
	int getDisagreementThreshold();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.assessment.model.Instrument#getDisagreementThreshold <em>Disagreement Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Disagreement Threshold</em>' attribute.
	 * @see #getDisagreementThreshold()
	 * @generated
	 */
	void setDisagreementThreshold(int value);

	/**
	 * Returns the value of the '<em><b>Scoring Hook</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of a scoring service in Java, for scoring this definition cannot express; empty for the rules below.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scoring Hook</em>' attribute.
	 * @see #setScoringHook(String)
	 * @see org.hjp.workbench.assessment.model.AssessmentPackage#getInstrument_ScoringHook()
	 * @model
	 * @generated
	 */
	String getScoringHook();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.assessment.model.Instrument#getScoringHook <em>Scoring Hook</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scoring Hook</em>' attribute.
	 * @see #getScoringHook()
	 * @generated
	 */
	void setScoringHook(String value);

	/**
	 * Returns the value of the '<em><b>Scales</b></em>' containment reference list.
	 * The list contents are of type {@link org.hjp.workbench.assessment.model.ResponseScale}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scales</em>' containment reference list.
	 * @see org.hjp.workbench.assessment.model.AssessmentPackage#getInstrument_Scales()
	 * @model containment="true" required="true"
	 * @generated
	 */
	EList<ResponseScale> getScales();

	/**
	 * Returns the value of the '<em><b>Groups</b></em>' containment reference list.
	 * The list contents are of type {@link org.hjp.workbench.assessment.model.DomainGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Groups of domains (categories) that are scored together as well as one by one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Groups</em>' containment reference list.
	 * @see org.hjp.workbench.assessment.model.AssessmentPackage#getInstrument_Groups()
	 * @model containment="true"
	 * @generated
	 */
	EList<DomainGroup> getGroups();

	/**
	 * Returns the value of the '<em><b>Domains</b></em>' containment reference list.
	 * The list contents are of type {@link org.hjp.workbench.assessment.model.Domain}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Domains</em>' containment reference list.
	 * @see org.hjp.workbench.assessment.model.AssessmentPackage#getInstrument_Domains()
	 * @model containment="true" required="true"
	 * @generated
	 */
	EList<Domain> getDomains();

	/**
	 * Returns the value of the '<em><b>Scoring</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scoring</em>' containment reference.
	 * @see #setScoring(Scoring)
	 * @see org.hjp.workbench.assessment.model.AssessmentPackage#getInstrument_Scoring()
	 * @model containment="true"
	 * @generated
	 */
	Scoring getScoring();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.assessment.model.Instrument#getScoring <em>Scoring</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scoring</em>' containment reference.
	 * @see #getScoring()
	 * @generated
	 */
	void setScoring(Scoring value);

	/**
	 * Returns the value of the '<em><b>Bands</b></em>' containment reference list.
	 * The list contents are of type {@link org.hjp.workbench.assessment.model.Band}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How a total score is read.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bands</em>' containment reference list.
	 * @see org.hjp.workbench.assessment.model.AssessmentPackage#getInstrument_Bands()
	 * @model containment="true"
	 * @generated
	 */
	EList<Band> getBands();

	/**
	 * Returns the value of the '<em><b>Domain Bands</b></em>' containment reference list.
	 * The list contents are of type {@link org.hjp.workbench.assessment.model.Band}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the score of every domain without bands of its own is read, written once for all of them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Domain Bands</em>' containment reference list.
	 * @see org.hjp.workbench.assessment.model.AssessmentPackage#getInstrument_DomainBands()
	 * @model containment="true"
	 * @generated
	 */
	EList<Band> getDomainBands();

} // Instrument
