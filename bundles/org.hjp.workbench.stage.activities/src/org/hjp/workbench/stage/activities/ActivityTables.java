package org.hjp.workbench.stage.activities;

import java.util.List;
import java.util.function.Function;

import org.hjp.workbench.activities.model.ActivitiesPackage.Literals;
import org.hjp.workbench.activities.model.Activity;
import org.hjp.workbench.activities.model.CareCoordination;
import org.hjp.workbench.activities.model.EmbeddedLegalHelp;
import org.hjp.workbench.activities.model.ReferralPathway;
import org.hjp.workbench.activities.model.SecondaryConsultation;
import org.hjp.workbench.activities.model.SystemicAdvocacy;
import org.hjp.workbench.activities.model.Training;
import org.hjp.workbench.activities.model.TrainingSession;
import org.hjp.workbench.core.documents.DataTable;
import org.hjp.workbench.core.documents.Wording;

/** The activities stage's tables (docs/csv-layout.md): every activity, every training's plan, every session held or planned. */
final class ActivityTables {

	static final List<String> NAMES = List.of("activities", "trainings", "training-sessions");

	private final Wording words;

	ActivityTables(Wording words) {
		this.words = words;
	}

	List<DataTable> of(List<Activity> activities) {
		List<Training> trainings = activities.stream().filter(Training.class::isInstance).map(Training.class::cast).toList();
		List<SessionOf> sessions = trainings.stream().flatMap(t -> t.getSessions().stream().map(s -> new SessionOf(t, s))).toList();
		return List.of(activities(activities), trainings(trainings), sessions(sessions));
	}

	private DataTable activities(List<Activity> activities) {
		return DataTable.of("activities", activities)
				.column("activity", Activity::getName).column("kind", words::kind).column("responsible partner", a -> words.name(a.getResponsiblePartner()))
				.column("status", a -> words.choice(a, Literals.ACTIVITY__STATUS)).column("start date", Activity::getStartDate)
				.column("linked needs", a -> words.names(a.getLinkedNeeds())).column("description", Activity::getDescription)
				.column("location", only(EmbeddedLegalHelp.class, EmbeddedLegalHelp::getLocation))
				.column("hours per week", only(EmbeddedLegalHelp.class, EmbeddedLegalHelp::getHoursPerWeek))
				.column("from partner", only(ReferralPathway.class, r -> words.name(r.getFromPartner())))
				.column("to partner", only(ReferralPathway.class, r -> words.name(r.getToPartner())))
				.column("warm referral", only(ReferralPathway.class, ReferralPathway::isWarmReferral))
				.column("screening questions", only(ReferralPathway.class, ReferralPathway::getScreeningQuestions))
				.column("how to ask", only(SecondaryConsultation.class, SecondaryConsultation::getHowToAsk))
				.column("arrangement", only(CareCoordination.class, CareCoordination::getArrangement))
				.column("issue", only(SystemicAdvocacy.class, SystemicAdvocacy::getIssue))
				.column("audience", a -> a instanceof Training t ? t.getAudience() : a instanceof SystemicAdvocacy s ? s.getAudience() : null)
				.table();
	}

	private DataTable trainings(List<Training> trainings) {
		return DataTable.of("trainings", trainings)
				.column("training", Activity::getName).column("responsible partner", t -> words.name(t.getResponsiblePartner()))
				.column("status", t -> words.choice(t, Literals.ACTIVITY__STATUS)).column("start date", Activity::getStartDate)
				.column("linked needs", t -> words.names(t.getLinkedNeeds())).column("goal", Training::getGoal).column("why training", Training::getWhyTraining)
				.column("buy-in", t -> words.choice(t, Literals.TRAINING__BUY_IN)).column("partner views", Training::getPartnerViews)
				.column("direction", t -> words.choice(t, Literals.TRAINING__DIRECTION)).column("audience", Training::getAudience)
				.column("mode", t -> words.choice(t, Literals.TRAINING__MODE)).column("content kind", t -> words.choice(t, Literals.TRAINING__CONTENT_KIND))
				.column("minutes available", Training::getMinutesAvailable).column("minutes needed", Training::getMinutesNeeded)
				.column("follow-up resource", Training::getFollowUpResource)
				.column("sessions held", t -> t.getSessions().stream().filter(this::held).count())
				.column("sessions planned", t -> t.getSessions().stream().filter(s -> !held(s)).count())
				.column("attendees held", t -> t.getSessions().stream().filter(this::held).mapToInt(TrainingSession::getAttendees).sum())
				.column("description", Activity::getDescription)
				.table();
	}

	private DataTable sessions(List<SessionOf> sessions) {
		return DataTable.of("training-sessions", sessions)
				.column("training", s -> s.training().getName()).column("direction", s -> words.choice(s.training(), Literals.TRAINING__DIRECTION))
				.column("audience", s -> s.training().getAudience()).column("date", s -> s.session().getDate())
				.column("attendees", s -> s.session().getAttendees()).column("minutes", s -> s.session().getMinutes())
				.column("feedback", s -> s.session().getFeedback()).column("held or planned", s -> held(s.session()) ? "held" : "planned")
				.table();
	}

	private boolean held(TrainingSession session) {
		return HeldSessions.held(session, words.today());
	}

	private static <T extends Activity> Function<Activity, Object> only(Class<T> kind, Function<T, Object> cell) {
		return a -> kind.isInstance(a) ? cell.apply(kind.cast(a)) : null;
	}

	private record SessionOf(Training training, TrainingSession session) {
	}
}
