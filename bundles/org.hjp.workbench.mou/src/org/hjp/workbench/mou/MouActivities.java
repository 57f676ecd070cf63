package org.hjp.workbench.mou;

import static org.hjp.workbench.core.documents.Wording.text;
import static org.hjp.workbench.mou.MouDocument.TO_AGREE;
import static org.hjp.workbench.mou.MouDocument.or;

import java.util.ArrayList;
import java.util.List;

import org.hjp.workbench.activities.model.ActivitiesPackage.Literals;
import org.hjp.workbench.activities.model.Activity;
import org.hjp.workbench.activities.model.CareCoordination;
import org.hjp.workbench.activities.model.EmbeddedLegalHelp;
import org.hjp.workbench.activities.model.ReferralPathway;
import org.hjp.workbench.activities.model.SecondaryConsultation;
import org.hjp.workbench.activities.model.SystemicAdvocacy;
import org.hjp.workbench.activities.model.Training;
import org.hjp.workbench.activities.model.TrainingDirection;
import org.hjp.workbench.activities.model.TrainingSession;
import org.hjp.workbench.core.documents.Wording;

/** The memorandum's clauses on what the partners will do: each activity with who does what, and each training with its goal and the time agreed. */
final class MouActivities {

	private final MouOutline mou;
	private final Wording words;

	MouActivities(MouOutline mou, Wording words) {
		this.mou = mou;
		this.words = words;
	}

	void write(List<Activity> activities) {
		mou.heading("What we will do together");
		if (activities.isEmpty()) {
			mou.paragraph(TO_AGREE);
			return;
		}
		mou.table(List.of("Activity", "Led by", "Who does what", "Status"), activities.stream()
				.map(a -> List.of(text(a.getName(), "") + " (" + words.kind(a).toLowerCase() + ")", text(words.name(a.getResponsiblePartner()), TO_AGREE), whoDoesWhat(a),
						words.choice(a, Literals.ACTIVITY__STATUS)))
				.toList());
		List<Training> trainings = activities.stream().filter(Training.class::isInstance).map(Training.class::cast).toList();
		if (!trainings.isEmpty()) {
			mou.heading("Training between the partners");
			trainings.forEach(this::training);
		}
	}

	private String whoDoesWhat(Activity activity) {
		List<String> parts = new ArrayList<>();
		switch (activity) {
		case EmbeddedLegalHelp help -> parts.add("On site: " + text(help.getLocation(), TO_AGREE)
				+ (help.getHoursPerWeek() == null ? "" : "; " + Wording.number(help.getHoursPerWeek()) + " hours a week") + ".");
		case ReferralPathway pathway -> parts.add(text(words.name(pathway.getFromPartner()), "One partner") + " refers people to "
				+ text(words.name(pathway.getToPartner()), "the other") + (pathway.isWarmReferral() ? ", introducing them in person (a warm referral)." : "."));
		case SecondaryConsultation consultation -> parts.add(text(consultation.getHowToAsk(), ""));
		case CareCoordination coordination -> parts.add(text(coordination.getArrangement(), ""));
		case SystemicAdvocacy advocacy -> parts.add(text(advocacy.getIssue(), "") + (text(advocacy.getAudience(), "").isEmpty() ? "" : ", addressed to " + advocacy.getAudience()));
		case Training training -> parts.add(direction(training) + "; see Training between the partners.");
		default -> {
			// An activity kind from a plug-in's model: its description says what it is.
		}
		}
		parts.add(0, text(activity.getDescription(), ""));
		return String.join(" ", parts.stream().filter(p -> !p.isBlank()).toList());
	}

	private void training(Training training) {
		mou.subheading(text(training.getName(), "A training"));
		String audience = text(training.getAudience(), "");
		mou.labelled("Who teaches whom", direction(training) + (audience.isEmpty() ? "" : ", for " + audience) + ".");
		mou.labelled("Led by", text(words.name(training.getResponsiblePartner()), TO_AGREE));
		mou.labelled("Goal", or(training.getGoal()));
		mou.labelled("Time agreed", time(training));
		mou.labelled("Written follow-up", text(training.getFollowUpResource(), "None agreed."));
		List<String> planned = training.getSessions().stream().filter(s -> s.getDate() != null && s.getAttendees() == 0)
				.map((TrainingSession s) -> Wording.day(s.getDate())).toList();
		if (!planned.isEmpty()) {
			mou.labelled("Sessions planned", String.join("; ", planned) + ".");
		}
	}

	private String direction(Training training) {
		return training.getDirection() == TrainingDirection.NOT_CHOSEN ? TO_AGREE : words.choice(training, Literals.TRAINING__DIRECTION);
	}

	private static String time(Training training) {
		Integer available = training.getMinutesAvailable();
		Integer needed = training.getMinutesNeeded();
		if (available == null) {
			return TO_AGREE;
		}
		return available + " minutes of the audience's time" + (needed == null ? "." : "; the content is planned to take " + needed + " minutes.");
	}
}
