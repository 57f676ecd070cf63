package org.hjp.workbench.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.hjp.workbench.activities.model.ActivitiesPackage;
import org.hjp.workbench.activities.model.Activity;
import org.hjp.workbench.activities.model.ActivityPlan;
import org.hjp.workbench.activities.model.Training;
import org.hjp.workbench.agreement.model.Agreement;
import org.hjp.workbench.agreement.model.AgreementPackage;
import org.hjp.workbench.agreement.model.Contribution;
import org.hjp.workbench.agreement.model.Responsibility;
import org.hjp.workbench.core.editing.ModelLabels;
import org.hjp.workbench.core.editing.ValueFormat;
import org.hjp.workbench.core.stages.Commitment;
import org.hjp.workbench.core.stages.Completeness;
import org.hjp.workbench.core.stages.StageData;
import org.hjp.workbench.core.stages.StageDescriptor;
import org.hjp.workbench.core.stages.StageFacts;
import org.hjp.workbench.core.validation.Problem;
import org.hjp.workbench.learning.model.LearningPackage;
import org.hjp.workbench.learning.model.LearningPlan;
import org.hjp.workbench.learning.model.Measure;
import org.hjp.workbench.model.Organisation;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.model.PartnershipPackage;
import org.hjp.workbench.model.Person;
import org.hjp.workbench.needs.model.Evidence;
import org.hjp.workbench.needs.model.Need;
import org.hjp.workbench.needs.model.NeedsAndGaps;
import org.hjp.workbench.needs.model.NeedsPackage;

/** What the partnership plan says, as plain maps and lists of text for the report's template. */
final class PlanContent {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private final AdapterFactory labels;

	PlanContent(AdapterFactory labels) {
		this.labels = labels;
	}

	Map<String, Object> of(Partnership p, List<StageDescriptor> stages, List<Problem> problems, LocalDate today) {
		Map<String, Object> plan = new LinkedHashMap<>();
		plan.put("name", text(p.getName(), "Unnamed partnership"));
		plan.put("prepared", today.format(DAY));
		plan.put("facts", choice(p, PartnershipPackage.Literals.PARTNERSHIP__STATUS) + (p.getStartDate() == null ? "" : " since " + day(p.getStartDate()))
				+ " \u00b7 " + choice(p, PartnershipPackage.Literals.PARTNERSHIP__MODEL) + " \u00b7 " + choice(p, PartnershipPackage.Literals.PARTNERSHIP__SETTING));
		plan.put("purpose", text(p.getPurpose(), ""));
		plan.put("why", List.of(
				answer("Why partner?", p.getWhyPartner()), answer("With whom, and why?", p.getWithWhomAndWhy()),
				answer("What challenge, and what difference are we after?", p.getChallengeAndDifference()),
				answer("Why will this work, and on what evidence?", p.getWhyItWillWork())));
		plan.put("partners", p.getOrganisations().stream().map(this::partner).toList());
		plan.put("stages", stages.stream().filter(s -> s.dataClass() != null).map(s -> stage(s, p)).toList());
		plan.put("needs", needs(p));
		plan.put("activities", activities(p));
		plan.put("agreement", agreement(p));
		plan.put("measures", measures(p));
		plan.put("assessments", AssessmentContent.of(p));
		plan.put("comingUp", comingUp(p, stages, today));
		plan.put("warnings", problems.stream().filter(x -> x.severity() != Problem.Severity.INFO)
				.map(x -> Map.of("severity", x.severity() == Problem.Severity.ERROR ? "Error" : "Warning", "message", x.message())).toList());
		return plan;
	}

	private static Map<String, String> answer(String question, String answer) {
		return Map.of("question", question, "answer", text(answer, "Not answered yet."));
	}

	private Map<String, String> partner(Organisation o) {
		return Map.of("name", text(o.getName(), "Unnamed"), "kind", choice(o, PartnershipPackage.Literals.ORGANISATION__TYPE) + (o.isLead() ? ", lead partner" : ""),
				"champions", String.join(", ", o.getPeople().stream().filter(Person::isChampion).map(Person::getName).toList()),
				"people", String.join("; ", o.getPeople().stream().map(x -> text(x.getName(), "") + (x.getRole() == null ? "" : " (" + x.getRole() + ")")).toList()));
	}

	private static Map<String, Object> stage(StageDescriptor stage, Partnership p) {
		Completeness completeness = StageFacts.completeness(stage, p);
		int total = completeness.done().size() + completeness.missing().size();
		return Map.of("label", stage.label(), "completeness", total == 0 ? "" : completeness.done().size() + " of " + total + " in place",
				"missing", completeness.missing());
	}

	private List<Map<String, String>> needs(Partnership p) {
		List<Map<String, String>> rows = new ArrayList<>();
		StageData.find(p, NeedsPackage.Literals.NEEDS_AND_GAPS).ifPresent(d -> {
			for (Need n : ((NeedsAndGaps) d).getNeeds()) {
				rows.add(Map.of("name", text(n.getName(), ""), "type", choice(n, NeedsPackage.Literals.NEED__LEGAL_PROBLEM_TYPE),
						"cohort", n.getCohort() == null ? "" : text(n.getCohort().getName(), ""), "priority", choice(n, NeedsPackage.Literals.NEED__PRIORITY),
						"baseline", text(n.getBaseline(), "None recorded"),
						"evidence", String.join("; ", n.getEvidence().stream().map(Evidence::getSource).map(s -> text(s, "")).toList())));
			}
		});
		return rows;
	}

	private List<Map<String, String>> activities(Partnership p) {
		List<Map<String, String>> rows = new ArrayList<>();
		StageData.find(p, ActivitiesPackage.Literals.ACTIVITY_PLAN).ifPresent(d -> {
			for (Activity a : ((ActivityPlan) d).getActivities()) {
				String sessions = a instanceof Training t && !t.getSessions().isEmpty()
						? t.getSessions().size() + " sessions, " + t.getSessions().stream().mapToInt(s -> s.getAttendees()).sum() + " attendees" : "";
				rows.add(Map.of("name", text(a.getName(), ""), "kind", ModelLabels.kindOf(labels, a), "partner", name(a.getResponsiblePartner()),
						"status", choice(a, ActivitiesPackage.Literals.ACTIVITY__STATUS), "sessions", sessions));
			}
		});
		return rows;
	}

	private Map<String, Object> agreement(Partnership p) {
		Map<String, Object> content = new LinkedHashMap<>();
		StageData.find(p, AgreementPackage.Literals.AGREEMENT).ifPresent(d -> {
			Agreement a = (Agreement) d;
			content.put("title", text(a.getTitle(), "Agreement"));
			content.put("status", choice(a, AgreementPackage.Literals.AGREEMENT__STATUS) + (a.getSignedDate() == null ? "" : ", " + day(a.getSignedDate())));
			content.put("terms", List.of(answer("Meetings", a.getMeetingRhythm()), answer("Decisions", a.getDecisionMaking()),
					answer("Confidentiality and legal privilege", a.getConfidentialityAndPrivilege()), answer("Conflicts of interest", a.getConflictOfInterest()),
					answer("Mandatory reporting", a.getMandatoryReporting()), answer("Disputes", a.getDisputeResolution())));
			content.put("roles", a.getRoles().stream().map((Responsibility r) -> Map.of("who", name(r.getPartner()) + (r.getPerson() == null ? "" : ", " + name(r.getPerson())),
					"what", text(r.getDescription(), ""))).toList());
			content.put("contributions", a.getContributions().stream().map((Contribution c) -> Map.of("who", name(c.getPartner()),
					"what", choice(c, AgreementPackage.Literals.CONTRIBUTION__KIND) + ": " + text(c.getDescription(), ""))).toList());
		});
		return content;
	}

	private List<Map<String, String>> measures(Partnership p) {
		List<Map<String, String>> rows = new ArrayList<>();
		StageData.find(p, LearningPackage.Literals.LEARNING_PLAN).ifPresent(d -> {
			for (Measure m : ((LearningPlan) d).getMeasures()) {
				String latest = m.getDataPoints().isEmpty() ? "No data yet"
						: number(m.getDataPoints().get(m.getDataPoints().size() - 1).getValue()) + " (" + day(m.getDataPoints().get(m.getDataPoints().size() - 1).getDate()) + ")";
				rows.add(Map.of("name", text(m.getName(), ""), "unit", text(m.getUnit(), ""), "baseline", m.getBaseline() == null ? "None" : number(m.getBaseline()),
						"target", m.getTarget() == null ? "None" : number(m.getTarget()), "latest", latest));
			}
		});
		return rows;
	}

	private static List<Map<String, String>> comingUp(Partnership p, List<StageDescriptor> stages, LocalDate today) {
		List<Commitment> all = StageFacts.commitments(stages, p, today.minusDays(StageFacts.OVERDUE_DAYS), LocalDate.MAX);
		return all.stream().map(c -> Map.of("date", c.date().format(DAY) + (c.date().isBefore(today) ? " (overdue)" : ""), "what", c.what())).toList();
	}

	private String choice(EObject owner, EStructuralFeature feature) {
		return ModelLabels.valueOf(labels, owner, feature, owner.eGet(feature));
	}

	private String name(EObject linked) {
		return linked == null ? "" : ModelLabels.nameOf(labels, linked);
	}

	private static String day(Date date) {
		return date == null ? "" : Commitment.day(date).format(DAY);
	}

	private static String number(double value) {
		return ValueFormat.format(value);
	}

	private static String text(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value;
	}
}
