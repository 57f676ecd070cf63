package org.hjp.workbench.stage.activities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hjp.workbench.activities.model.Activity;
import org.hjp.workbench.activities.model.ActivityPlan;
import org.hjp.workbench.activities.model.ActivityStatus;
import org.hjp.workbench.activities.model.BuyInStatus;
import org.hjp.workbench.activities.model.Training;
import org.hjp.workbench.activities.model.TrainingSession;
import org.hjp.workbench.activities.model.validation.TrainingDirections;
import org.hjp.workbench.core.documents.Wording;
import org.hjp.workbench.core.stages.Checklist;
import org.hjp.workbench.core.stages.Commitment;
import org.hjp.workbench.core.stages.Completeness;
import org.hjp.workbench.core.stages.StageData;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.activities.model.ActivitiesPackage;
import org.hjp.workbench.core.stages.DefinedStage;
import org.hjp.workbench.core.stages.StageDescriptor;
import org.osgi.service.component.annotations.Component;

/** The stage “Identifying what you'll do together”. */
@Component(service = StageDescriptor.class)
public class ActivitiesStage extends DefinedStage {

	public static final String ID = "org.hjp.workbench.stage.activities";

	public ActivitiesStage() {
		super(ID, "Identifying what you'll do together",
				"The activities of the partnership: embedded legal help, referral pathways, training, secondary consultation, care coordination and systemic advocacy.",
				20, ActivitiesPackage.Literals.ACTIVITY_PLAN);
	}

	@Override
	public String tabLabel() {
		return "What you'll do";
	}

	@Override
	public Completeness completeness(Partnership p) {
		List<Activity> activities = StageData.find(p, dataClass()).map(d -> (List<Activity>) ((ActivityPlan) d).getActivities()).orElse(List.of());
		List<Training> training = activities.stream().filter(Training.class::isInstance).map(Training.class::cast).toList();
		return new Checklist()
				.check("Activities are planned", !activities.isEmpty())
				.check("Every activity has a partner responsible", !activities.isEmpty() && activities.stream().allMatch(a -> a.getResponsiblePartner() != null))
				.check("Every activity meets a need", !activities.isEmpty() && activities.stream().allMatch(a -> !a.getLinkedNeeds().isEmpty()))
				.check("The partner has confirmed every training", !training.isEmpty() && training.stream().allMatch(t -> t.getBuyIn() == BuyInStatus.CONFIRMED))
				.check("Training goes both ways", TrainingDirections.goBothWays(training))
				.result();
	}

	/**
	 * Activities still to start, and training sessions entered with a date ahead. A training that starts with one of its
	 * sessions is listed once, as the session.
	 */
	@Override
	public List<Commitment> commitments(Partnership p) {
		List<Commitment> commitments = new ArrayList<>();
		StageData.find(p, dataClass()).ifPresent(data -> {
			for (Activity activity : ((ActivityPlan) data).getActivities()) {
				LocalDate start = Commitment.day(activity.getStartDate());
				if (start != null && (activity.getStatus() == ActivityStatus.PROPOSED || activity.getStatus() == ActivityStatus.PLANNED)
						&& !(activity instanceof Training training && hasSessionOn(training, start))) {
					commitments.add(new Commitment(start, "Start: " + Wording.text(activity.getName(), "an activity without a name"), activity));
				}
				if (activity instanceof Training training) {
					for (TrainingSession session : training.getSessions()) {
						if (session.getDate() != null && session.getAttendees() == 0) {
							commitments.add(new Commitment(Commitment.day(session.getDate()), "Training session: " + Wording.text(training.getName(), "a training without a name"), session));
						}
					}
				}
			}
		});
		return commitments;
	}

	private static boolean hasSessionOn(Training training, LocalDate day) {
		return training.getSessions().stream().anyMatch(session -> day.equals(Commitment.day(session.getDate())));
	}
}
