package org.hjp.workbench.stage.needs;

import static org.hjp.workbench.core.documents.Wording.text;

import java.util.ArrayList;
import java.util.List;

import org.hjp.workbench.core.documents.DataTable;
import org.hjp.workbench.core.documents.ReportBlock;
import org.hjp.workbench.core.documents.ReportSection;
import org.hjp.workbench.core.documents.StageDocuments;
import org.hjp.workbench.core.documents.Wording;
import org.hjp.workbench.core.stages.StageData;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.needs.model.Evidence;
import org.hjp.workbench.needs.model.ExistingService;
import org.hjp.workbench.needs.model.Gap;
import org.hjp.workbench.needs.model.Need;
import org.hjp.workbench.needs.model.NeedsAndGaps;
import org.hjp.workbench.needs.model.NeedsPackage.Literals;
import org.hjp.workbench.needs.model.WorkingRelationship;
import org.osgi.service.component.annotations.Component;

/** The needs and gaps in documents: each need with its evidence, the gaps, the services there today and how the partners already work together. */
@Component(service = StageDocuments.class)
public class NeedsDocuments implements StageDocuments {

	@Override
	public String stageId() {
		return NeedsStage.ID;
	}

	@Override
	public List<String> tableNames() {
		return List.of("needs", "evidence", "gaps", "existing-services", "relationships");
	}

	@Override
	public ReportSection section(Partnership partnership, Wording words) {
		NeedsAndGaps data = data(partnership);
		if (data == null || data.getNeeds().isEmpty() && data.getGaps().isEmpty() && data.getExistingServices().isEmpty() && data.getRelationships().isEmpty()) {
			return null;
		}
		List<ReportBlock> blocks = new ArrayList<>();
		if (!data.getNeeds().isEmpty()) {
			blocks.add(new ReportBlock.Table(List.of("Need", "Legal problem", "Who", "Priority", "Baseline"), data.getNeeds().stream()
					.map(n -> List.of(text(n.getName(), ""), words.choice(n, Literals.NEED__LEGAL_PROBLEM_TYPE), words.name(n.getCohort()),
							words.choice(n, Literals.NEED__PRIORITY), baseline(n)))
					.toList()));
		}
		for (Need need : data.getNeeds()) {
			if (!text(need.getDescription(), "").isEmpty() || !need.getEvidence().isEmpty()) {
				blocks.add(needPart(need, words));
			}
		}
		if (!data.getGaps().isEmpty()) {
			blocks.add(new ReportBlock.Part("Gaps", List.of(new ReportBlock.Table(List.of("Gap", "Need", "Services there today"), data.getGaps().stream()
					.map(g -> List.of(text(g.getDescription(), ""), words.name(g.getNeed()), words.names(g.getCurrentServices()))).toList()))));
		}
		if (!data.getExistingServices().isEmpty()) {
			blocks.add(new ReportBlock.Part("Services there today", List.of(new ReportBlock.Table(List.of("Service", "Provider", "What it does"),
					data.getExistingServices().stream().map(s -> List.of(text(s.getName(), ""), words.name(s.getProvider()), text(s.getDescription(), ""))).toList()))));
		}
		if (!data.getRelationships().isEmpty()) {
			blocks.add(new ReportBlock.Part("How the partners already work together", List.of(new ReportBlock.Table(List.of("Between", "How strong", "What it is"),
					data.getRelationships().stream().map(r -> List.of(words.name(r.getFrom()) + " and " + words.name(r.getTo()),
							words.choice(r, Literals.WORKING_RELATIONSHIP__STRENGTH), text(r.getDescription(), ""))).toList()))));
		}
		return new ReportSection("Needs and gaps", blocks);
	}

	private static ReportBlock.Part needPart(Need need, Wording words) {
		List<ReportBlock> blocks = new ArrayList<>();
		if (!text(need.getDescription(), "").isEmpty()) {
			blocks.add(new ReportBlock.Text(need.getDescription()));
		}
		if (!need.getEvidence().isEmpty()) {
			blocks.add(new ReportBlock.Table(List.of("Evidence", "Kind", "Date", "What it shows"), need.getEvidence().stream()
					.map(e -> List.of(text(e.getSource(), ""), words.choice(e, Literals.EVIDENCE__KIND), Wording.day(e.getDate()), text(e.getSummary(), ""))).toList()));
		}
		return new ReportBlock.Part("Need: " + text(need.getName(), "without a name"), blocks);
	}

	private static String baseline(Need need) {
		String baseline = text(need.getBaseline(), "None recorded");
		return need.getBaselineDate() == null ? baseline : baseline + " (" + Wording.day(need.getBaselineDate()) + ")";
	}

	@Override
	public List<DataTable> tables(Partnership partnership, Wording words) {
		NeedsAndGaps data = data(partnership);
		List<Need> needs = data == null ? List.of() : data.getNeeds();
		List<EvidenceOf> evidence = needs.stream().flatMap(n -> n.getEvidence().stream().map(e -> new EvidenceOf(n, e))).toList();
		return List.of(DataTable.of("needs", needs)
				.column("need", Need::getName).column("kind", n -> words.choice(n, Literals.NEED__KIND))
				.column("legal problem type", n -> words.choice(n, Literals.NEED__LEGAL_PROBLEM_TYPE)).column("cohort", n -> words.name(n.getCohort()))
				.column("priority", n -> words.choice(n, Literals.NEED__PRIORITY)).column("baseline", Need::getBaseline).column("baseline date", Need::getBaselineDate)
				.column("evidence", n -> n.getEvidence().size())
				.column("evidence sources", n -> String.join("; ", n.getEvidence().stream().map(e -> text(e.getSource(), "")).toList()))
				.column("description", Need::getDescription).table(),
				DataTable.of("evidence", evidence)
						.column("need", e -> e.need().getName()).column("source", e -> e.evidence().getSource()).column("date", e -> e.evidence().getDate())
						.column("kind", e -> words.choice(e.evidence(), Literals.EVIDENCE__KIND)).column("summary", e -> e.evidence().getSummary()).table(),
				DataTable.of("gaps", data == null ? List.<Gap>of() : data.getGaps())
						.column("gap", Gap::getDescription).column("need", g -> words.name(g.getNeed())).column("current services", g -> words.names(g.getCurrentServices()))
						.table(),
				DataTable.of("existing-services", data == null ? List.<ExistingService>of() : data.getExistingServices())
						.column("service", ExistingService::getName).column("provider", s -> words.name(s.getProvider()))
						.column("description", ExistingService::getDescription).table(),
				DataTable.of("relationships", data == null ? List.<WorkingRelationship>of() : data.getRelationships())
						.column("from", r -> words.name(r.getFrom())).column("to", r -> words.name(r.getTo()))
						.column("strength", r -> words.choice(r, Literals.WORKING_RELATIONSHIP__STRENGTH)).column("description", WorkingRelationship::getDescription)
						.table());
	}

	private static NeedsAndGaps data(Partnership partnership) {
		return (NeedsAndGaps) StageData.find(partnership, Literals.NEEDS_AND_GAPS).orElse(null);
	}

	private record EvidenceOf(Need need, Evidence evidence) {
	}
}
