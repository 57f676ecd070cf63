package org.hjp.workbench.questionnaire.internal;

/** An answer as a file gives it, with where it is for messages: "row 4 of answers.csv" or "answers.pdf". */
public record Cell(String raw, String where) {
}
