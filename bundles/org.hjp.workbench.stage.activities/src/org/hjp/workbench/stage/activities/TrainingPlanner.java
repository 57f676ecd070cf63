package org.hjp.workbench.stage.activities;

import static org.hjp.workbench.activities.model.ActivitiesPackage.Literals.*;

import org.hjp.workbench.ui.forms.Fields;
import org.hjp.workbench.ui.forms.ListSpec;

/**
 * The training planner's form: the questions a partner should answer before offering training to the other,
 * in plain words, with the planner's checks at the top.
 */
final class TrainingPlanner {

	private TrainingPlanner() {
	}

	static void fill(Fields fields) {
		fields.checks()
				.section("What is it for?", "Which need does this training meet, and is training the best tool for it?")
				.field(ACTIVITY__NAME).field(ACTIVITY__LINKED_NEEDS, "The needs this training meets.").field(TRAINING__GOAL).field(TRAINING__WHY_TRAINING)
				.section("Does the partner want it?", "Training nobody asked for rarely lands. Ask about the topic, the style and the way it is delivered.")
				.field(TRAINING__BUY_IN).field(TRAINING__PARTNER_VIEWS)
				.section("Who teaches whom?", "Legal staff learn from health staff too, not only the other way round.")
				.field(TRAINING__DIRECTION).field(TRAINING__AUDIENCE).field(ACTIVITY__RESPONSIBLE_PARTNER)
				.section("What kind of training?", null)
				.field(TRAINING__MODE).field(TRAINING__CONTENT_KIND)
				.section("The time there really is", "A health team may give five or ten minutes at the start of a team meeting. Plan for that, not for the hour you would like.")
				.field(TRAINING__MINUTES_AVAILABLE).field(TRAINING__MINUTES_NEEDED).field(TRAINING__FOLLOW_UP_RESOURCE)
				.section("Where it is at", null)
				.field(ACTIVITY__STATUS).field(ACTIVITY__START_DATE).field(ACTIVITY__DESCRIPTION)
				.section("Sessions held", "Each session, how many came and what they said: legal centres count these as community legal education.")
				.table(ListSpec.of(TRAINING__SESSIONS).columns(TRAINING_SESSION__DATE, TRAINING_SESSION__ATTENDEES, TRAINING_SESSION__MINUTES)
						.details(s -> s.field(TRAINING_SESSION__DATE).field(TRAINING_SESSION__ATTENDEES).field(TRAINING_SESSION__MINUTES)
								.field(TRAINING_SESSION__FEEDBACK)));
	}
}
