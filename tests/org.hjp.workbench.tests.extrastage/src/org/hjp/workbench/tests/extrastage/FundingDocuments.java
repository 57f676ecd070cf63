package org.hjp.workbench.tests.extrastage;

import java.util.List;

import org.hjp.workbench.core.documents.DataTable;
import org.hjp.workbench.core.documents.ReportBlock;
import org.hjp.workbench.core.documents.ReportSection;
import org.hjp.workbench.core.documents.StageDocuments;
import org.hjp.workbench.core.documents.Wording;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.model.PartnershipPackage.Literals;
import org.osgi.service.component.annotations.Component;

/** The funding stage's section of the plan report and its table, as an organisation's plug-in would give them. */
@Component(service = StageDocuments.class)
public class FundingDocuments implements StageDocuments {

	@Override
	public String stageId() {
		return FundingStage.ID;
	}

	@Override
	public List<String> tableNames() {
		return List.of("funding");
	}

	@Override
	public ReportSection section(Partnership partnership, Wording words) {
		return new ReportSection("Funding and reporting", List.of(new ReportBlock.Answers(List.of(
				new ReportBlock.Answer("Where the funding stands", words.choice(partnership, Literals.PARTNERSHIP__STATUS)),
				new ReportBlock.Answer("Funded since", Wording.text(Wording.day(partnership.getStartDate()), "Not recorded")),
				new ReportBlock.Answer("Funding ends", Wording.text(Wording.day(partnership.getEndDate()), "No end date recorded"))))));
	}

	@Override
	public List<DataTable> tables(Partnership partnership, Wording words) {
		return List.of(DataTable.of("funding", List.of(partnership))
				.column("status", p -> words.choice(p, Literals.PARTNERSHIP__STATUS)).column("funded since", Partnership::getStartDate)
				.column("funding ends", Partnership::getEndDate).table());
	}
}
