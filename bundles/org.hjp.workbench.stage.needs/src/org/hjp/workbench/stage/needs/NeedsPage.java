package org.hjp.workbench.stage.needs;

import static org.hjp.workbench.needs.model.NeedsPackage.Literals.*;

import org.hjp.workbench.model.PartnershipPackage;
import org.hjp.workbench.ui.forms.Fields;
import org.hjp.workbench.ui.forms.ListSpec;
import org.hjp.workbench.ui.forms.Pages;
import org.hjp.workbench.ui.forms.StagePage;
import org.osgi.service.component.annotations.Component;

/** Investigating needs and gaps: cohorts, needs with their evidence, services people use, gaps, relationships. */
@Component(service = StagePage.class)
public class NeedsPage implements StagePage {

	@Override
	public String stageId() {
		return NeedsStage.ID;
	}

	@Override
	public void build(Pages pages) {
		pages.page("Needs and evidence", ListSpec.of(NEEDS_AND_GAPS__NEEDS)
				.columns(NEED__NAME, NEED__LEGAL_PROBLEM_TYPE, NEED__PRIORITY, NEED__COHORT)
				.help("The legal and health needs of the people you want to reach, and what shows they are real.")
				.details(NeedsPage::need));
		pages.page("Who the partnership is for", ListSpec.of(PartnershipPackage.Literals.PARTNERSHIP__COHORTS).owner(pages.partnership())
				.columns(PartnershipPackage.Literals.TARGET_COHORT__NAME, PartnershipPackage.Literals.TARGET_COHORT__ESTIMATED_SIZE)
				.help("The target cohorts: the groups of people the partnership is for. Never record people's health information here."));
		pages.page("Services people use", ListSpec.of(NEEDS_AND_GAPS__EXISTING_SERVICES)
				.columns(EXISTING_SERVICE__NAME, EXISTING_SERVICE__PROVIDER)
				.help("The services the cohort already uses, legal or not: where they go for help today."));
		pages.page("Gaps", ListSpec.of(NEEDS_AND_GAPS__GAPS).columns(GAP__DESCRIPTION, GAP__NEED)
				.help("Where current services fall short of a need: the space the partnership could fill.")
				.details(gap -> gap.checks().field(GAP__DESCRIPTION).field(GAP__NEED).field(GAP__CURRENT_SERVICES)));
		pages.page("Who works with whom")
				.section("Relationship map", "The relationships that already exist between possible partners. Add partners in the profile and relationships below.")
				.control(RelationshipMap::create)
				.table(ListSpec.of(NEEDS_AND_GAPS__RELATIONSHIPS)
						.columns(WORKING_RELATIONSHIP__FROM, WORKING_RELATIONSHIP__TO, WORKING_RELATIONSHIP__STRENGTH)
						.details(r -> r.field(WORKING_RELATIONSHIP__FROM).field(WORKING_RELATIONSHIP__TO)
								.field(WORKING_RELATIONSHIP__STRENGTH).field(WORKING_RELATIONSHIP__DESCRIPTION)));
	}

	private static void need(Fields fields) {
		fields.checks().section("The need", null)
				.field(NEED__NAME).field(NEED__DESCRIPTION).field(NEED__KIND).field(NEED__LEGAL_PROBLEM_TYPE)
				.field(NEED__COHORT).field(NEED__PRIORITY)
				.section("Baseline", "Where things stand now, so that change can be seen later.")
				.field(NEED__BASELINE).field(NEED__BASELINE_DATE)
				.section("Evidence", "Local data, research, practitioners' experience or community consultation that shows the need.")
				.table(ListSpec.of(NEED__EVIDENCE).columns(EVIDENCE__SOURCE, EVIDENCE__KIND, EVIDENCE__DATE)
						.details(e -> e.field(EVIDENCE__SOURCE).field(EVIDENCE__KIND).field(EVIDENCE__DATE).field(EVIDENCE__SUMMARY)));
	}
}
