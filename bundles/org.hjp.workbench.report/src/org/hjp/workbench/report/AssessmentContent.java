package org.hjp.workbench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.assessment.model.Domain;
import org.hjp.workbench.assessment.model.DomainGroup;
import org.hjp.workbench.assessment.scoring.GroupScores;
import org.hjp.workbench.assessment.scoring.PartnerColours;
import org.hjp.workbench.assessment.scoring.Range;
import org.hjp.workbench.assessment.scoring.ResultRows;
import org.hjp.workbench.assessment.scoring.RoundResults;
import org.hjp.workbench.assessment.scoring.ScoreText;
import org.hjp.workbench.core.documents.Wording;
import org.hjp.workbench.core.stages.StageData;
import org.hjp.workbench.learning.model.LearningPackage;
import org.hjp.workbench.learning.model.LearningPlan;
import org.hjp.workbench.model.Partnership;

/**
 * The assessment rounds for the report: per round, how the partnership reads, and each domain's scores by partner
 * and overall with bars on the domain's range, the spread shaded where partners disagree.
 */
final class AssessmentContent {

	private AssessmentContent() {
	}

	static List<Map<String, Object>> of(Partnership p) {
		List<Map<String, Object>> rounds = new ArrayList<>();
		StageData.find(p, LearningPackage.Literals.LEARNING_PLAN).ifPresent(d -> {
			for (AssessmentRound round : ((LearningPlan) d).getAssessmentRounds()) {
				if (round.getInstrument() != null && !round.getRespondents().isEmpty()) {
					rounds.add(round(RoundResults.of(round, null)));
				}
			}
		});
		return rounds;
	}

	private static Map<String, Object> round(RoundResults results) {
		AssessmentRound round = results.round();
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("title", round.getTitle() == null ? results.instrument().getName() : round.getTitle());
		content.put("when", (round.getDate() == null ? "Undated" : Wording.day(round.getDate())) + " \u00b7 "
				+ results.instrument().getName() + ", version " + results.instrument().getVersion() + " \u00b7 " + round.getRespondents().size() + " respondents");
		if (!results.scored()) {
			content.put("reading", "");
			content.put("partners", List.of());
			content.put("domains", List.of());
			content.put("notes", results.notes());
			return content;
		}
		content.put("reading", Objects.toString(ScoreText.totalReading(results), ""));
		List<GroupScores> groups = new ArrayList<>(results.organisations());
		List<Map<String, String>> partners = new ArrayList<>();
		for (int i = 0; i < groups.size(); i++) {
			partners.add(Map.of("name", groups.get(i).name(), "colour", PartnerColours.hex(i)));
		}
		content.put("partners", partners);
		List<Map<String, Object>> domains = new ArrayList<>();
		for (ResultRows.Row score : ResultRows.of(results)) {
			if (score.kind() == ResultRows.Kind.TOTAL) {
				continue;
			}
			Range range = score.kind() == ResultRows.Kind.GROUP ? results.range(group(results, score.id())) : results.range(domain(results, score.id()));
			List<Map<String, String>> bars = new ArrayList<>();
			List<String> values = new ArrayList<>();
			for (int i = 0; i < groups.size(); i++) {
				Double value = score.partners().get(i);
				values.add(ScoreText.score(value));
				bars.add(Map.of("width", String.valueOf(Math.round(percent(value, range))), "colour", partners.get(i).get("colour")));
			}
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("name", score.name());
			row.put("group", score.kind() == ResultRows.Kind.GROUP);
			row.put("inGroup", score.inGroup());
			row.put("values", values);
			row.put("overall", ScoreText.score(score.partnership()));
			row.put("band", ScoreText.band(score.band()));
			row.put("range", ScoreText.score(range.min()) + "\u2013" + ScoreText.score(range.max()));
			row.put("spread", ScoreText.score(score.spread().value()));
			row.put("disagree", score.spread().disagreement());
			row.put("bars", bars);
			domains.add(row);
		}
		content.put("domains", domains);
		content.put("notes", results.notes());
		return content;
	}

	private static Domain domain(RoundResults results, String id) {
		return results.instrument().getDomains().stream().filter(d -> id.equals(d.getId())).findFirst().orElseThrow();
	}

	private static DomainGroup group(RoundResults results, String id) {
		return results.instrument().getGroups().stream().filter(g -> id.equals(g.getId())).findFirst().orElseThrow();
	}

	private static double percent(Double value, Range range) {
		return value == null || range.width() == 0 ? 0 : Math.max(0, Math.min(100, (value - range.min()) * 100 / range.width()));
	}
}
