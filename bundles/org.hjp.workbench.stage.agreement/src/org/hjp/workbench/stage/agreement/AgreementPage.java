package org.hjp.workbench.stage.agreement;

import static org.hjp.workbench.agreement.model.AgreementPackage.Literals.*;

import org.eclipse.emf.ecore.EObject;
import org.hjp.workbench.agreement.model.Responsibility;
import org.hjp.workbench.model.Organisation;
import org.hjp.workbench.model.Person;
import org.hjp.workbench.ui.forms.ListSpec;
import org.hjp.workbench.ui.forms.Pages;
import org.hjp.workbench.ui.forms.StagePage;
import org.osgi.service.component.annotations.Component;

/** How the partners will work together: the content of a memorandum of understanding. */
@Component(service = StagePage.class)
public class AgreementPage implements StagePage {

	@Override
	public String stageId() {
		return AgreementStage.ID;
	}

	@Override
	public void build(Pages pages) {
		pages.page("Governance").checks()
				.section("The agreement", "Usually a memorandum of understanding: not legally binding, and reviewed regularly.")
				.field(AGREEMENT__TITLE).field(AGREEMENT__STATUS).field(AGREEMENT__SIGNED_DATE)
				.section("Meeting and deciding", null)
				.field(AGREEMENT__MEETING_RHYTHM).field(AGREEMENT__DECISION_MAKING)
				.section("When things get hard", null)
				.field(AGREEMENT__CONFLICT_OF_INTEREST).field(AGREEMENT__MANDATORY_REPORTING).field(AGREEMENT__DISPUTE_RESOLUTION);
		pages.page("Roles and contributions")
				.section("Roles and responsibilities", "Who does what, by partner and, where it matters, by person.")
				.table(ListSpec.of(AGREEMENT__ROLES).columns(RESPONSIBILITY__PARTNER, RESPONSIBILITY__PERSON, RESPONSIBILITY__DESCRIPTION)
						.details(role -> role.field(RESPONSIBILITY__PARTNER)
								.field(RESPONSIBILITY__PERSON, "Someone from the partner chosen above.", AgreementPage::isWithThePartner)
								.field(RESPONSIBILITY__DESCRIPTION)))
				.section("What each partner contributes", "Staff, space, money or other support.")
				.table(ListSpec.of(AGREEMENT__CONTRIBUTIONS).columns(CONTRIBUTION__PARTNER, CONTRIBUTION__KIND, CONTRIBUTION__ANNUAL_VALUE));
		pages.page("Information and privilege")
				.section("Confidentiality and legal privilege", null)
				.field(AGREEMENT__CONFIDENTIALITY_AND_PRIVILEGE)
				.section("Information sharing", "What passes between the partners, in which direction, and on what basis.")
				.table(ListSpec.of(AGREEMENT__INFORMATION_SHARING).columns(INFORMATION_SHARING__INFORMATION,
						INFORMATION_SHARING__FROM_PARTNER, INFORMATION_SHARING__TO_PARTNER, INFORMATION_SHARING__CONSENT_REQUIRED))
				.section("Data collection", "Keep it modest: use data the partners already collect where you can.")
				.table(ListSpec.of(AGREEMENT__DATA_COLLECTION).columns(DATA_COLLECTION__WHAT, DATA_COLLECTION__COLLECTED_BY, DATA_COLLECTION__FREQUENCY));
		pages.page("Meetings", ListSpec.of(AGREEMENT__MEETINGS).columns(MEETING__DATE, MEETING__ATTENDEES)
				.help("Partnership meetings and what was decided at them.")
				.details(m -> m.field(MEETING__DATE).field(MEETING__ATTENDEES).field(MEETING__NOTES)
						.section("Decisions", null)
						.table(ListSpec.of(MEETING__DECISIONS).columns(DECISION__DESCRIPTION, DECISION__OWNER))));
		pages.page("Review dates", ListSpec.of(AGREEMENT__REVIEW_DATES).columns(REVIEW_DATE__DATE, REVIEW_DATE__PURPOSE, REVIEW_DATE__DONE)
				.help("When the partners will look at the agreement again. Upcoming ones show on the overview."));
	}

	/** Whether {@code person} is with the partner chosen for {@code role}: any person until a partner is chosen. */
	private static boolean isWithThePartner(EObject role, Object person) {
		Organisation partner = ((Responsibility) role).getPartner();
		return partner == null || (person instanceof Person p && p.eContainer() == partner);
	}
}
