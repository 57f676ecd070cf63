package org.hjp.workbench.report;

import static org.hjp.workbench.core.documents.Wording.text;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hjp.workbench.core.documents.ReportSection;
import org.hjp.workbench.core.documents.Wording;
import org.hjp.workbench.core.stages.Commitment;
import org.hjp.workbench.core.stages.Completeness;
import org.hjp.workbench.core.stages.StageDescriptor;
import org.hjp.workbench.core.stages.StageFacts;
import org.hjp.workbench.core.validation.Problem;
import org.hjp.workbench.model.Organisation;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.model.PartnershipPackage.Literals;
import org.hjp.workbench.model.Person;

/**
 * What the partnership plan says, as plain maps and lists of text for the report's template: a first page a busy
 * reader can stop at, then each stage's own section in the user's order.
 */
final class PlanContent {

	private final Wording words;

	PlanContent(Wording words) {
		this.words = words;
	}

	Map<String, Object> of(Partnership p, List<StageDescriptor> stages, List<ReportSection> sections, List<Problem> problems) {
		Map<String, Object> plan = new LinkedHashMap<>();
		plan.put("name", text(p.getName(), "Unnamed partnership"));
		plan.put("prepared", words.today().format(Wording.DAY));
		plan.put("facts", facts(p));
		plan.put("purpose", text(p.getPurpose(), ""));
		plan.put("partners", p.getOrganisations().stream().map(this::partner).toList());
		plan.put("stages", stages.stream().map(s -> stage(s, p)).toList());
		plan.put("comingUp", comingUp(p, stages));
		plan.put("warnings", problems.stream().filter(x -> x.severity() != Problem.Severity.INFO)
				.map(x -> Map.of("severity", x.severity() == Problem.Severity.ERROR ? "Error" : "Warning", "message", x.message())).toList());
		plan.put("sections", SectionContent.of(sections));
		plan.put("assessments", AssessmentContent.of(p));
		return plan;
	}

	private String facts(Partnership p) {
		String term = p.getStartDate() == null ? "" : " since " + Wording.day(p.getStartDate());
		if (p.getEndDate() != null) {
			term += (term.isEmpty() ? " until " : ", until ") + Wording.day(p.getEndDate());
		}
		return words.choice(p, Literals.PARTNERSHIP__STATUS) + term + " \u00b7 " + words.choice(p, Literals.PARTNERSHIP__MODEL) + " \u00b7 "
				+ words.choice(p, Literals.PARTNERSHIP__SETTING);
	}

	private Map<String, String> partner(Organisation o) {
		return Map.of("name", text(o.getName(), "Unnamed"), "kind", words.choice(o, Literals.ORGANISATION__TYPE) + (o.isLead() ? ", lead partner" : ""),
				"champions", String.join(", ", o.getPeople().stream().filter(Person::isChampion).map(x -> text(x.getName(), "")).toList()));
	}

	private static Map<String, Object> stage(StageDescriptor stage, Partnership p) {
		Completeness completeness = StageFacts.completeness(stage, p);
		int total = completeness.done().size() + completeness.missing().size();
		return Map.of("label", stage.label(), "completeness", total == 0 ? "" : completeness.done().size() + " of " + total + " in place",
				"missing", completeness.missing());
	}

	private List<Map<String, String>> comingUp(Partnership p, List<StageDescriptor> stages) {
		LocalDate today = words.today();
		List<Commitment> all = StageFacts.commitments(stages, p, today.minusDays(StageFacts.OVERDUE_DAYS), LocalDate.MAX);
		return all.stream().map(c -> Map.of("date", c.date().format(Wording.DAY) + (c.date().isBefore(today) ? " (overdue)" : ""), "what", c.what())).toList();
	}
}
