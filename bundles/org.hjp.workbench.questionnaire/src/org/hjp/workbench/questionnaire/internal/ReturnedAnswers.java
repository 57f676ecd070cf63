package org.hjp.workbench.questionnaire.internal;

import java.util.Map;

/**
 * One respondent's answers as a file gives them, before they are checked against the round: the respondent by the id a
 * questionnaire carries, or by name and partner name, and each statement's answer by statement id.
 *
 * @param where the place in the file, for messages: "the questionnaire answers.pdf", "row 4 of answers.csv"
 * @param origin the file, or its row, to name an anonymous respondent by: "answers.pdf", "row 4 of answers.csv"
 * @param respondentId the xmi:id of one of the round's respondents, or empty when the file names them instead
 * @param name who answered, as written; may be empty
 * @param partner the partner organisation's name as written; may be empty
 * @param cells the non-empty answers by statement id, in the file's order
 */
public record ReturnedAnswers(String where, String origin, String respondentId, String name, String partner, Map<String, Cell> cells) {
}
