package org.hjp.workbench.assessment.scoring;

import java.util.Map;

import org.hjp.workbench.model.Organisation;

/**
 * The scores of a group of respondents: one partner organisation's (the mean of its respondents' scores, or their
 * answers pooled, as the instrument says), or all partners' together (the mean of the partners'). Values are null where
 * there is no score; {@code domainGroups} are the scores of groups of domains, by group id.
 */
public record GroupScores(String name, Organisation organisation, int respondents, Map<String, Double> domains, Map<String, Double> domainGroups, Double total,
		Map<String, Double> items) {
}
