package org.hjp.workbench.stage.activities;

import static org.hjp.workbench.core.documents.Wording.text;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.hjp.workbench.activities.model.ActivitiesPackage.Literals;
import org.hjp.workbench.activities.model.BuyInStatus;
import org.hjp.workbench.activities.model.Training;
import org.hjp.workbench.activities.model.TrainingSession;
import org.hjp.workbench.core.documents.ReportBlock;
import org.hjp.workbench.core.documents.ReportBlock.Answer;
import org.hjp.workbench.core.documents.Wording;

/** A training's plan in a report, as the answers to the training planner's questions, with its sessions held and planned kept apart. */
final class TrainingPlanText {

	private static final String NOT_ANSWERED = "Not answered yet.";

	private final Wording words;

	TrainingPlanText(Wording words) {
		this.words = words;
	}

	ReportBlock.Part of(Training training) {
		List<ReportBlock> blocks = new ArrayList<>();
		if (!text(training.getDescription(), "").isEmpty()) {
			blocks.add(new ReportBlock.Text(training.getDescription()));
		}
		blocks.add(new ReportBlock.Answers(List.of(
				new Answer("Which need does it meet?", text(words.names(training.getLinkedNeeds()), "No need linked yet.")),
				new Answer("What should it achieve?", text(training.getGoal(), NOT_ANSWERED)),
				new Answer("Why is training the right tool?", text(training.getWhyTraining(), "Not answered yet: is training the best tool for this need?")),
				new Answer("Does the partner want it?", buyIn(training)),
				new Answer("What the partner said about content, style and mode", text(training.getPartnerViews(), "Nothing recorded yet.")),
				new Answer("Who teaches whom?", whoTeachesWhom(training)),
				new Answer("What kind of content?", chosen(training, Literals.TRAINING__CONTENT_KIND)),
				new Answer("Written, in person or both?", chosen(training, Literals.TRAINING__MODE)),
				new Answer("The time there really is", time(training)),
				new Answer("Written follow-up", text(training.getFollowUpResource(), "None planned.")),
				new Answer("Where it is at", ActivitiesDocuments.status(training, words)))));
		List<TrainingSession> held = sessions(training, true);
		List<TrainingSession> planned = sessions(training, false);
		if (!held.isEmpty()) {
			blocks.add(new ReportBlock.Text("Held: " + count(held.size()) + ", " + held.stream().mapToInt(TrainingSession::getAttendees).sum() + " attendees in all."));
			blocks.add(table(held));
		}
		if (!planned.isEmpty()) {
			blocks.add(new ReportBlock.Text("Planned: " + count(planned.size()) + "."));
			blocks.add(table(planned));
		}
		if (held.isEmpty() && planned.isEmpty()) {
			blocks.add(new ReportBlock.Text("No sessions yet.", true));
		}
		return new ReportBlock.Part("Training: " + text(training.getName(), "without a name"), blocks);
	}

	private List<TrainingSession> sessions(Training training, boolean held) {
		return training.getSessions().stream().filter(s -> held == HeldSessions.held(s, words.today())).toList();
	}

	private ReportBlock.Table table(List<TrainingSession> sessions) {
		return new ReportBlock.Table(List.of("Date", "Attendees", "Minutes", "Feedback"), sessions.stream()
				.map(s -> List.of(text(Wording.day(s.getDate()), "No date yet"), s.getAttendees() == 0 ? "" : String.valueOf(s.getAttendees()),
						Wording.number(s.getMinutes()), text(s.getFeedback(), "")))
				.toList());
	}

	private String buyIn(Training training) {
		String status = words.choice(training, Literals.TRAINING__BUY_IN);
		return training.getBuyIn() == BuyInStatus.CONFIRMED && text(training.getPartnerViews(), "").isEmpty()
				? status + ", though nothing is recorded of what the partner said." : status + ".";
	}

	private String whoTeachesWhom(Training training) {
		String direction = chosen(training, Literals.TRAINING__DIRECTION);
		String audience = text(training.getAudience(), "");
		String by = words.name(training.getResponsiblePartner());
		return direction + (audience.isEmpty() ? "" : "; for " + audience) + (by.isEmpty() ? "" : "; led by " + by) + ".";
	}

	private String chosen(Training training, EStructuralFeature feature) {
		return text(words.choice(training, feature), "Not chosen yet");
	}

	private static String time(Training training) {
		Integer available = training.getMinutesAvailable();
		Integer needed = training.getMinutesNeeded();
		if (available == null && needed == null) {
			return "Not known yet.";
		}
		String given = available == null ? "The time the audience can give is not known yet" : "The audience can give " + available + " minutes";
		String asked = needed == null ? "the time the training needs is not set" : "the training needs " + needed + " minutes";
		String verdict = available != null && needed != null && needed > available ? ": shorten it or split it up." : ".";
		return given + "; " + asked + verdict;
	}

	private static String count(int sessions) {
		return sessions == 1 ? "1 session" : sessions + " sessions";
	}
}
