/**
 */
package org.hjp.workbench.assessment.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scoring</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How answers become scores, for each domain and in total.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hjp.workbench.assessment.model.Scoring#getMethod <em>Method</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.Scoring#getMissing <em>Missing</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.Scoring#getMinimumAnswered <em>Minimum Answered</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.Scoring#isTotal <em>Total</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.Scoring#isDontKnowAnswered <em>Dont Know Answered</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.Scoring#getPartnerScore <em>Partner Score</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.Scoring#isRoundBeforeBanding <em>Round Before Banding</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.Scoring#getBandMaximum <em>Band Maximum</em>}</li>
 *   <li>{@link org.hjp.workbench.assessment.model.Scoring#getBetweenBands <em>Between Bands</em>}</li>
 * </ul>
 *
 * @see org.hjp.workbench.assessment.model.AssessmentPackage#getScoring()
 * @model
 * @generated
 */
public interface Scoring extends EObject {
	/**
	 * Returns the value of the '<em><b>Method</b></em>' attribute.
	 * The default value is <code>"sum"</code>.
	 * The literals are from the enumeration {@link org.hjp.workbench.assessment.model.ScoreMethod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Method</em>' attribute.
	 * @see org.hjp.workbench.assessment.model.ScoreMethod
	 * @see #setMethod(ScoreMethod)
	 * @see org.hjp.workbench.assessment.model.AssessmentPackage#getScoring_Method()
	 * @model default="sum"
	 * @generated
	 */
	ScoreMethod getMethod();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.assessment.model.Scoring#getMethod <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method</em>' attribute.
	 * @see org.hjp.workbench.assessment.model.ScoreMethod
	 * @see #getMethod()
	 * @generated
	 */
	void setMethod(ScoreMethod value);

	/**
	 * Returns the value of the '<em><b>Missing</b></em>' attribute.
	 * The default value is <code>"prorate"</code>.
	 * The literals are from the enumeration {@link org.hjp.workbench.assessment.model.MissingPolicy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Missing</em>' attribute.
	 * @see org.hjp.workbench.assessment.model.MissingPolicy
	 * @see #setMissing(MissingPolicy)
	 * @see org.hjp.workbench.assessment.model.AssessmentPackage#getScoring_Missing()
	 * @model default="prorate"
	 * @generated
	 */
	MissingPolicy getMissing();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.assessment.model.Scoring#getMissing <em>Missing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Missing</em>' attribute.
	 * @see org.hjp.workbench.assessment.model.MissingPolicy
	 * @see #getMissing()
	 * @generated
	 */
	void setMissing(MissingPolicy value);

	/**
	 * Returns the value of the '<em><b>Minimum Answered</b></em>' attribute.
	 * The default value is <code>"50"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The percentage of a domain's statements (or of all statements, for the total) that must be answered for a score to be given.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Minimum Answered</em>' attribute.
	 * @see #setMinimumAnswered(int)
	 * @see org.hjp.workbench.assessment.model.AssessmentPackage#getScoring_MinimumAnswered()
	 * @model default="50"
	 * @generated
	 */
	int getMinimumAnswered();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.assessment.model.Scoring#getMinimumAnswered <em>Minimum Answered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minimum Answered</em>' attribute.
	 * @see #getMinimumAnswered()
	 * @generated
	 */
	void setMinimumAnswered(int value);

	/**
	 * Returns the value of the '<em><b>Total</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether a total over all statements is given as well as the domain scores.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Total</em>' attribute.
	 * @see #setTotal(boolean)
	 * @see org.hjp.workbench.assessment.model.AssessmentPackage#getScoring_Total()
	 * @model default="true"
	 * @generated
	 */
	boolean isTotal();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.assessment.model.Scoring#isTotal <em>Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Total</em>' attribute.
	 * @see #isTotal()
	 * @generated
	 */
	void setTotal(boolean value);

	/**
	 * Returns the value of the '<em><b>Dont Know Answered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether a don't know answer counts as answered towards the minimum answered; it is never scored.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dont Know Answered</em>' attribute.
	 * @see #setDontKnowAnswered(boolean)
	 * @see org.hjp.workbench.assessment.model.AssessmentPackage#getScoring_DontKnowAnswered()
	 * @model
	 * @generated
	 */
	boolean isDontKnowAnswered();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.assessment.model.Scoring#isDontKnowAnswered <em>Dont Know Answered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dont Know Answered</em>' attribute.
	 * @see #isDontKnowAnswered()
	 * @generated
	 */
	void setDontKnowAnswered(boolean value);

	/**
	 * Returns the value of the '<em><b>Partner Score</b></em>' attribute.
	 * The default value is <code>"meanOfRespondents"</code>.
	 * The literals are from the enumeration {@link org.hjp.workbench.assessment.model.PartnerScore}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Partner Score</em>' attribute.
	 * @see org.hjp.workbench.assessment.model.PartnerScore
	 * @see #setPartnerScore(PartnerScore)
	 * @see org.hjp.workbench.assessment.model.AssessmentPackage#getScoring_PartnerScore()
	 * @model default="meanOfRespondents"
	 * @generated
	 */
	PartnerScore getPartnerScore();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.assessment.model.Scoring#getPartnerScore <em>Partner Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Partner Score</em>' attribute.
	 * @see org.hjp.workbench.assessment.model.PartnerScore
	 * @see #getPartnerScore()
	 * @generated
	 */
	void setPartnerScore(PartnerScore value);

	/**
	 * Returns the value of the '<em><b>Round Before Banding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether a score is rounded to one decimal, as results show it, before its band is found.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Round Before Banding</em>' attribute.
	 * @see #setRoundBeforeBanding(boolean)
	 * @see org.hjp.workbench.assessment.model.AssessmentPackage#getScoring_RoundBeforeBanding()
	 * @model
	 * @generated
	 */
	boolean isRoundBeforeBanding();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.assessment.model.Scoring#isRoundBeforeBanding <em>Round Before Banding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Round Before Banding</em>' attribute.
	 * @see #isRoundBeforeBanding()
	 * @generated
	 */
	void setRoundBeforeBanding(boolean value);

	/**
	 * Returns the value of the '<em><b>Band Maximum</b></em>' attribute.
	 * The default value is <code>"included"</code>.
	 * The literals are from the enumeration {@link org.hjp.workbench.assessment.model.BandMaximum}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Band Maximum</em>' attribute.
	 * @see org.hjp.workbench.assessment.model.BandMaximum
	 * @see #setBandMaximum(BandMaximum)
	 * @see org.hjp.workbench.assessment.model.AssessmentPackage#getScoring_BandMaximum()
	 * @model default="included"
	 * @generated
	 */
	BandMaximum getBandMaximum();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.assessment.model.Scoring#getBandMaximum <em>Band Maximum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Band Maximum</em>' attribute.
	 * @see org.hjp.workbench.assessment.model.BandMaximum
	 * @see #getBandMaximum()
	 * @generated
	 */
	void setBandMaximum(BandMaximum value);

	/**
	 * Returns the value of the '<em><b>Between Bands</b></em>' attribute.
	 * The default value is <code>"lower"</code>.
	 * The literals are from the enumeration {@link org.hjp.workbench.assessment.model.BetweenBands}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Between Bands</em>' attribute.
	 * @see org.hjp.workbench.assessment.model.BetweenBands
	 * @see #setBetweenBands(BetweenBands)
	 * @see org.hjp.workbench.assessment.model.AssessmentPackage#getScoring_BetweenBands()
	 * @model default="lower"
	 * @generated
	 */
	BetweenBands getBetweenBands();

	/**
	 * Sets the value of the '{@link org.hjp.workbench.assessment.model.Scoring#getBetweenBands <em>Between Bands</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Between Bands</em>' attribute.
	 * @see org.hjp.workbench.assessment.model.BetweenBands
	 * @see #getBetweenBands()
	 * @generated
	 */
	void setBetweenBands(BetweenBands value);

} // Scoring
