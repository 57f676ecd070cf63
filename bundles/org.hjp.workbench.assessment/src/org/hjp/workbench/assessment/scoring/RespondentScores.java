package org.hjp.workbench.assessment.scoring;

import java.util.Map;

import org.hjp.workbench.assessment.model.Respondent;

/** One respondent's scores: each statement's (reverse scoring applied), each domain's, and the total. */
public record RespondentScores(Respondent respondent, Map<String, Double> items, Map<String, Score> domains, Score total) {
}
