package org.hjp.workbench.assessment.scoring;

import java.util.Map;

import org.hjp.workbench.assessment.model.Respondent;

/**
 * One respondent's scores, or a pool of respondents' (then without a respondent): each statement's (reverse scoring
 * applied), each domain's, each group of domains', and the total.
 */
public record RespondentScores(Respondent respondent, Map<String, Double> items, Map<String, Score> domains, Map<String, Score> domainGroups, Score total) {
}
