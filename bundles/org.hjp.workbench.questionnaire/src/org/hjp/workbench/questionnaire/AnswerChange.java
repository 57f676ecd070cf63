package org.hjp.workbench.questionnaire;

import org.hjp.workbench.assessment.model.AnswerKind;

/**
 * An answer an import gives a statement, where it differs from the round's.
 *
 * @param statement the statement's id
 * @param before the answer the round has now, as users read it ("4 (Agree)", "Don't know"); null when it has none
 * @param after the answer imported, as users read it
 * @param kind the kind of the answer imported
 * @param value the point's value, for a {@link AnswerKind#POINT point}; 0 otherwise
 */
public record AnswerChange(String statement, String before, String after, AnswerKind kind, int value) {
}
