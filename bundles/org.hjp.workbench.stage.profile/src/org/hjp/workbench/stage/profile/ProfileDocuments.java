package org.hjp.workbench.stage.profile;

import static org.hjp.workbench.core.documents.Wording.text;

import java.util.ArrayList;
import java.util.List;

import org.hjp.workbench.core.documents.DataTable;
import org.hjp.workbench.core.documents.ReportBlock;
import org.hjp.workbench.core.documents.ReportBlock.Answer;
import org.hjp.workbench.core.documents.ReportSection;
import org.hjp.workbench.core.documents.StageDocuments;
import org.hjp.workbench.core.documents.Wording;
import org.hjp.workbench.model.Organisation;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.model.PartnershipPackage.Literals;
import org.hjp.workbench.model.Person;
import org.hjp.workbench.model.StageProgress;
import org.hjp.workbench.model.TargetCohort;
import org.osgi.service.component.annotations.Component;

/** The profile in documents: why the partners work together, who takes part, and whom the partnership is for. */
@Component(service = StageDocuments.class)
public class ProfileDocuments implements StageDocuments {

	@Override
	public String stageId() {
		return ProfileStage.ID;
	}

	@Override
	public List<String> tableNames() {
		return List.of("partnership", "organisations", "people", "cohorts", "stage-progress");
	}

	@Override
	public ReportSection section(Partnership p, Wording words) {
		List<ReportBlock> blocks = new ArrayList<>();
		blocks.add(new ReportBlock.Answers(List.of(answer("Why partner?", p.getWhyPartner()), answer("With whom, and why?", p.getWithWhomAndWhy()),
				answer("What challenge, and what difference are we after?", p.getChallengeAndDifference()),
				answer("Why will this work, and on what evidence?", p.getWhyItWillWork()))));
		List<PersonOf> people = people(p);
		if (!people.isEmpty()) {
			blocks.add(new ReportBlock.Part("Who takes part", List.of(new ReportBlock.Table(List.of("Person", "Role", "Organisation", "Champion"), people.stream()
					.map(x -> List.of(text(x.person().getName(), ""), text(x.person().getRole(), ""), words.name(x.organisation()),
							x.person().isChampion() ? "Champion" : ""))
					.toList()))));
		}
		if (!p.getCohorts().isEmpty()) {
			blocks.add(new ReportBlock.Part("Whom the partnership is for", List.of(new ReportBlock.Table(List.of("Group", "Who they are", "About how many"),
					p.getCohorts().stream().map(c -> List.of(text(c.getName(), ""), text(c.getDescription(), ""), Wording.number(c.getEstimatedSize()))).toList()))));
		}
		return new ReportSection("Why this partnership", blocks);
	}

	private static Answer answer(String question, String answer) {
		return new Answer(question, text(answer, "Not answered yet."));
	}

	@Override
	public List<DataTable> tables(Partnership p, Wording words) {
		return List.of(DataTable.of("partnership", List.of(p))
				.column("purpose", Partnership::getPurpose).column("why partner", Partnership::getWhyPartner).column("with whom and why", Partnership::getWithWhomAndWhy)
				.column("challenge and difference", Partnership::getChallengeAndDifference).column("why it will work", Partnership::getWhyItWillWork)
				.column("setting", x -> words.choice(x, Literals.PARTNERSHIP__SETTING)).column("model", x -> words.choice(x, Literals.PARTNERSHIP__MODEL))
				.column("status", x -> words.choice(x, Literals.PARTNERSHIP__STATUS)).column("start date", Partnership::getStartDate)
				.column("end date", Partnership::getEndDate).table(),
				DataTable.of("organisations", p.getOrganisations())
						.column("organisation", Organisation::getName).column("sector", o -> words.choice(o, Literals.ORGANISATION__SECTOR))
						.column("type", o -> words.choice(o, Literals.ORGANISATION__TYPE)).column("lead", Organisation::isLead)
						.column("description", Organisation::getDescription).column("people", o -> o.getPeople().size()).table(),
				DataTable.of("people", people(p))
						.column("organisation", x -> x.organisation().getName()).column("person", x -> x.person().getName()).column("role", x -> x.person().getRole())
						.column("champion", x -> x.person().isChampion()).column("email", x -> x.person().getEmail()).table(),
				DataTable.of("cohorts", p.getCohorts())
						.column("cohort", TargetCohort::getName).column("description", TargetCohort::getDescription).column("estimated size", TargetCohort::getEstimatedSize)
						.table(),
				DataTable.of("stage-progress", p.getStageProgress())
						.column("stage", StageProgress::getStageId).column("status", s -> words.choice(s, Literals.STAGE_PROGRESS__STATUS)).column("note", StageProgress::getNote)
						.table());
	}

	private static List<PersonOf> people(Partnership p) {
		return p.getOrganisations().stream().flatMap(o -> o.getPeople().stream().map(x -> new PersonOf(o, x))).toList();
	}

	private record PersonOf(Organisation organisation, Person person) {
	}
}
