package org.hjp.workbench.stage.activities;

import static org.hjp.workbench.activities.model.ActivitiesPackage.Literals.*;

import org.hjp.workbench.activities.model.CareCoordination;
import org.hjp.workbench.activities.model.EmbeddedLegalHelp;
import org.hjp.workbench.activities.model.ReferralPathway;
import org.hjp.workbench.activities.model.SecondaryConsultation;
import org.hjp.workbench.activities.model.SystemicAdvocacy;
import org.hjp.workbench.activities.model.Training;
import org.hjp.workbench.ui.forms.Fields;
import org.hjp.workbench.ui.forms.ListSpec;
import org.hjp.workbench.ui.forms.Pages;
import org.hjp.workbench.ui.forms.StagePage;
import org.osgi.service.component.annotations.Component;

/** What the partners will do together: the activities of six kinds, and the training planner. */
@Component(service = StagePage.class)
public class ActivitiesPage implements StagePage {

	@Override
	public String stageId() {
		return ActivitiesStage.ID;
	}

	@Override
	public void build(Pages pages) {
		pages.page("Activities", ListSpec.of(ACTIVITY_PLAN__ACTIVITIES).kindColumn()
				.columns(ACTIVITY__NAME, ACTIVITY__RESPONSIBLE_PARTNER, ACTIVITY__STATUS)
				.help("Embedded legal help, referral pathways, training, secondary consultation, care coordination and systemic advocacy.")
				.newItems(NewTraining::leaveChoicesOpen).details(ActivitiesPage::activity));
		pages.page("Training planner", ListSpec.of(ACTIVITY_PLAN__ACTIVITIES).only(TRAINING)
				.columns(ACTIVITY__NAME, TRAINING__DIRECTION, TRAINING__BUY_IN)
				.help("Plan training between the partners, both ways, and check each plan against what the audience wants and the time it has.")
				.newItems(NewTraining::leaveChoicesOpen).details(TrainingPlanner::fill));
	}

	private static void activity(Fields fields) {
		if (fields.object() instanceof Training) {
			TrainingPlanner.fill(fields);
			return;
		}
		fields.checks().section("The activity", null)
				.field(ACTIVITY__NAME).field(ACTIVITY__DESCRIPTION).field(ACTIVITY__RESPONSIBLE_PARTNER)
				.field(ACTIVITY__LINKED_NEEDS).field(ACTIVITY__STATUS).field(ACTIVITY__START_DATE);
		switch (fields.object()) {
		case EmbeddedLegalHelp help -> fields.section("Lawyer on site", null)
				.field(EMBEDDED_LEGAL_HELP__LOCATION).field(EMBEDDED_LEGAL_HELP__HOURS_PER_WEEK);
		case ReferralPathway pathway -> fields.section("The pathway", "A warm referral, not a referral roundabout: the person is introduced, not just given a number.")
				.field(REFERRAL_PATHWAY__FROM_PARTNER).field(REFERRAL_PATHWAY__TO_PARTNER)
				.field(REFERRAL_PATHWAY__WARM_REFERRAL).field(REFERRAL_PATHWAY__SCREENING_QUESTIONS);
		case SecondaryConsultation consultation -> fields.section("Asking the lawyer", null).field(SECONDARY_CONSULTATION__HOW_TO_ASK);
		case CareCoordination coordination -> fields.section("Working together on a person's care", null).field(CARE_COORDINATION__ARRANGEMENT);
		case SystemicAdvocacy advocacy -> fields.section("Systemic change", null)
				.field(SYSTEMIC_ADVOCACY__ISSUE).field(SYSTEMIC_ADVOCACY__AUDIENCE);
		default -> {
			// An activity kind from a plug-in's model: its own fields are not known here.
		}
		}
	}
}
