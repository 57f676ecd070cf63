package org.hjp.workbench.stage.profile;

import static org.hjp.workbench.model.PartnershipPackage.Literals.*;

import org.hjp.workbench.ui.forms.Fields;
import org.hjp.workbench.ui.forms.ListSpec;
import org.hjp.workbench.ui.forms.Pages;
import org.hjp.workbench.ui.forms.StagePage;
import org.osgi.service.component.annotations.Component;

/** The partnership profile: the four "why" questions, the partners, their people and champions. */
@Component(service = StagePage.class)
public class ProfilePage implements StagePage {

	@Override
	public String stageId() {
		return ProfileStage.ID;
	}

	@Override
	public void build(Pages pages) {
		pages.page("Why this partnership").checks()
				.section("The partnership", "Its name and, in a sentence or two, what it is for.")
				.field(PARTNERSHIP__NAME).field(PARTNERSHIP__PURPOSE)
				.section("Four questions to answer first", "Partnerships that last answer these before they start, and come back to them.")
				.field(PARTNERSHIP__WHY_PARTNER).field(PARTNERSHIP__WITH_WHOM_AND_WHY)
				.field(PARTNERSHIP__CHALLENGE_AND_DIFFERENCE).field(PARTNERSHIP__WHY_IT_WILL_WORK)
				.section("Setting and status", "What networks of partnerships count: where the service is, how it is set up, and whether it is running.")
				.field(PARTNERSHIP__SETTING).field(PARTNERSHIP__MODEL).field(PARTNERSHIP__STATUS)
				.field(PARTNERSHIP__START_DATE).field(PARTNERSHIP__END_DATE);
		pages.page("Partners and people", ListSpec.of(PARTNERSHIP__ORGANISATIONS)
				.columns(ORGANISATION__NAME, ORGANISATION__SECTOR, ORGANISATION__TYPE, ORGANISATION__LEAD)
				.help("The organisations in the partnership: usually a legal help service and a health service. Mark the lead partner.")
				.details(ProfilePage::organisation));
	}

	private static void organisation(Fields fields) {
		fields.checks().section("Organisation", null)
				.field(ORGANISATION__NAME).field(ORGANISATION__SECTOR).field(ORGANISATION__TYPE).field(ORGANISATION__LEAD)
				.field(ORGANISATION__DESCRIPTION)
				.section("People and roles", "Who works on the partnership here. Champions carry it inside their organisation; with high staff turnover, name more than one.")
				.table(ListSpec.of(ORGANISATION__PEOPLE).columns(PERSON__NAME, PERSON__ROLE, PERSON__CHAMPION)
						.details(person -> person.field(PERSON__NAME).field(PERSON__ROLE).field(PERSON__CHAMPION).field(PERSON__EMAIL)));
	}
}
