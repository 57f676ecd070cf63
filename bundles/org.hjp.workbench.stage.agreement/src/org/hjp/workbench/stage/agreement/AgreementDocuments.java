package org.hjp.workbench.stage.agreement;

import static org.hjp.workbench.core.documents.Wording.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.hjp.workbench.agreement.model.Agreement;
import org.hjp.workbench.agreement.model.AgreementPackage.Literals;
import org.hjp.workbench.agreement.model.Contribution;
import org.hjp.workbench.agreement.model.DataCollection;
import org.hjp.workbench.agreement.model.Decision;
import org.hjp.workbench.agreement.model.InformationSharing;
import org.hjp.workbench.agreement.model.Meeting;
import org.hjp.workbench.agreement.model.Responsibility;
import org.hjp.workbench.agreement.model.ReviewDate;
import org.hjp.workbench.core.documents.DataTable;
import org.hjp.workbench.core.documents.ReportBlock;
import org.hjp.workbench.core.documents.ReportBlock.Answer;
import org.hjp.workbench.core.documents.ReportSection;
import org.hjp.workbench.core.documents.StageDocuments;
import org.hjp.workbench.core.documents.Wording;
import org.hjp.workbench.core.stages.StageData;
import org.hjp.workbench.model.Partnership;
import org.osgi.service.component.annotations.Component;

/** The agreement in documents: its terms, who does what, what each partner brings, what is shared and collected, meetings and reviews. */
@Component(service = StageDocuments.class)
public class AgreementDocuments implements StageDocuments {

	@Override
	public String stageId() {
		return AgreementStage.ID;
	}

	@Override
	public List<String> tableNames() {
		return List.of("agreement", "roles", "contributions", "information-sharing", "data-collection", "meetings", "decisions", "review-dates");
	}

	@Override
	public ReportSection section(Partnership partnership, Wording words) {
		Agreement a = data(partnership);
		if (a == null) {
			return null;
		}
		List<ReportBlock> blocks = new ArrayList<>();
		blocks.add(new ReportBlock.Text(text(a.getTitle(), "Agreement") + " (" + words.choice(a, Literals.AGREEMENT__STATUS)
				+ (a.getSignedDate() == null ? "" : ", " + Wording.day(a.getSignedDate())) + ")"));
		blocks.add(new ReportBlock.Answers(List.of(answer("Meetings", a.getMeetingRhythm()), answer("Decisions", a.getDecisionMaking()),
				answer("Confidentiality and legal privilege", a.getConfidentialityAndPrivilege()), answer("Conflicts of interest", a.getConflictOfInterest()),
				answer("Mandatory reporting", a.getMandatoryReporting()), answer("Disputes", a.getDisputeResolution()))));
		part(blocks, "Roles", List.of("Who", "What"), a.getRoles(), (Responsibility r) -> List.of(
				words.name(r.getPartner()) + (r.getPerson() == null ? "" : ", " + words.name(r.getPerson())), text(r.getDescription(), "")));
		part(blocks, "What each partner brings", List.of("Partner", "Kind", "What", "A year's value"), a.getContributions(), (Contribution c) -> List.of(
				words.name(c.getPartner()), words.choice(c, Literals.CONTRIBUTION__KIND), text(c.getDescription(), ""), Wording.number(c.getAnnualValue())));
		part(blocks, "Information shared between the partners", List.of("Information", "From", "To", "Consent needed", "On what basis"), a.getInformationSharing(),
				(InformationSharing s) -> List.of(text(s.getInformation(), ""), words.name(s.getFromPartner()), words.name(s.getToPartner()),
						Wording.yesNo(s.isConsentRequired()), text(s.getBasis(), "")));
		part(blocks, "Data collected", List.of("What", "Collected by", "How often"), a.getDataCollection(), (DataCollection d) -> List.of(
				text(d.getWhat(), ""), words.name(d.getCollectedBy()), text(d.getFrequency(), "")));
		part(blocks, "Meetings", List.of("Date", "Who came", "Notes", "Decisions"), a.getMeetings(), (Meeting m) -> List.of(
				Wording.day(m.getDate()), text(m.getAttendees(), ""), text(m.getNotes(), ""),
				String.join("; ", m.getDecisions().stream().map(d -> text(d.getDescription(), "") + (text(d.getOwner(), "").isEmpty() ? "" : " (" + d.getOwner() + ")")).toList())));
		part(blocks, "Reviews of the agreement", List.of("Date", "What for", "Done"), a.getReviewDates(), (ReviewDate r) -> List.of(
				Wording.day(r.getDate()), text(r.getPurpose(), ""), Wording.yesNo(r.isDone())));
		return new ReportSection("How the partners work together", blocks);
	}

	private static Answer answer(String question, String answer) {
		return new Answer(question, text(answer, "Not answered yet."));
	}

	private static <T> void part(List<ReportBlock> blocks, String heading, List<String> header, List<T> items, Function<T, List<String>> row) {
		if (!items.isEmpty()) {
			blocks.add(new ReportBlock.Part(heading, List.of(new ReportBlock.Table(header, items.stream().map(row).toList()))));
		}
	}

	@Override
	public List<DataTable> tables(Partnership partnership, Wording words) {
		Agreement a = data(partnership);
		List<Agreement> agreement = a == null ? List.of() : List.of(a);
		List<DecisionOf> decisions = a == null ? List.of() : a.getMeetings().stream().flatMap(m -> m.getDecisions().stream().map(d -> new DecisionOf(m, d))).toList();
		return List.of(DataTable.of("agreement", agreement)
				.column("title", Agreement::getTitle).column("status", x -> words.choice(x, Literals.AGREEMENT__STATUS)).column("signed date", Agreement::getSignedDate)
				.column("meeting rhythm", Agreement::getMeetingRhythm).column("decision making", Agreement::getDecisionMaking)
				.column("confidentiality and privilege", Agreement::getConfidentialityAndPrivilege).column("conflict of interest", Agreement::getConflictOfInterest)
				.column("mandatory reporting", Agreement::getMandatoryReporting).column("dispute resolution", Agreement::getDisputeResolution).table(),
				DataTable.of("roles", a == null ? List.<Responsibility>of() : a.getRoles())
						.column("partner", r -> words.name(r.getPartner())).column("person", r -> words.name(r.getPerson()))
						.column("description", Responsibility::getDescription).table(),
				DataTable.of("contributions", a == null ? List.<Contribution>of() : a.getContributions())
						.column("partner", c -> words.name(c.getPartner())).column("kind", c -> words.choice(c, Literals.CONTRIBUTION__KIND))
						.column("description", Contribution::getDescription).column("annual value", Contribution::getAnnualValue).table(),
				DataTable.of("information-sharing", a == null ? List.<InformationSharing>of() : a.getInformationSharing())
						.column("information", InformationSharing::getInformation).column("from partner", s -> words.name(s.getFromPartner()))
						.column("to partner", s -> words.name(s.getToPartner())).column("consent required", InformationSharing::isConsentRequired)
						.column("basis", InformationSharing::getBasis).table(),
				DataTable.of("data-collection", a == null ? List.<DataCollection>of() : a.getDataCollection())
						.column("what", DataCollection::getWhat).column("collected by", d -> words.name(d.getCollectedBy()))
						.column("frequency", DataCollection::getFrequency).table(),
				DataTable.of("meetings", a == null ? List.<Meeting>of() : a.getMeetings())
						.column("date", Meeting::getDate).column("attendees", Meeting::getAttendees).column("notes", Meeting::getNotes)
						.column("decisions", m -> m.getDecisions().size()).table(),
				DataTable.of("decisions", decisions)
						.column("meeting date", d -> d.meeting().getDate()).column("description", d -> d.decision().getDescription())
						.column("owner", d -> d.decision().getOwner()).table(),
				DataTable.of("review-dates", a == null ? List.<ReviewDate>of() : a.getReviewDates())
						.column("date", ReviewDate::getDate).column("purpose", ReviewDate::getPurpose).column("done", ReviewDate::isDone).table());
	}

	private static Agreement data(Partnership partnership) {
		return (Agreement) StageData.find(partnership, Literals.AGREEMENT).orElse(null);
	}

	private record DecisionOf(Meeting meeting, Decision decision) {
	}
}
