package org.hjp.workbench.assessment.scoring;

import java.util.Map;

import org.hjp.workbench.model.Organisation;

/**
 * The mean scores of a group of respondents: one partner organisation's, or all partners' together.
 * Values are null where no respondent in the group has a score.
 */
public record GroupScores(String name, Organisation organisation, int respondents, Map<String, Double> domains, Double total,
		Map<String, Double> items) {
}
