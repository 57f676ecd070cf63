package org.hjp.workbench.activities.model.validation;

import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.hjp.workbench.activities.model.ActivitiesPackage;
import org.hjp.workbench.activities.model.ActivitiesPackage.Literals;
import org.hjp.workbench.activities.model.Activity;
import org.hjp.workbench.activities.model.ActivityPlan;
import org.hjp.workbench.activities.model.BuyInStatus;
import org.hjp.workbench.activities.model.ContentKind;
import org.hjp.workbench.activities.model.DeliveryMode;
import org.hjp.workbench.activities.model.Training;
import org.hjp.workbench.activities.model.TrainingDirection;
import org.hjp.workbench.model.validation.Constraints;

/** Checks of the activities stage, including the checks of the training planner. */
public class ActivitiesConstraints extends Constraints {

	@Override
	public EPackage getEPackage() {
		return ActivitiesPackage.eINSTANCE;
	}

	/** A slot this short leaves no time to take anything in; people need something to come back to. */
	static final int SHORT_SLOT_MINUTES = 10;

	@Override
	protected void check(EObject object, Problems problems) {
		if (object instanceof ActivityPlan plan) {
			checkDirections(plan, problems);
			return;
		}
		if (!(object instanceof Activity activity)) {
			return;
		}
		String name = named(activity.getName(), "without a name");
		if (text(activity.getName()) == null) {
			problems.error(activity, Literals.ACTIVITY__NAME, "An activity has no name.");
		}
		if (activity.getResponsiblePartner() == null) {
			problems.warning(activity, Literals.ACTIVITY__RESPONSIBLE_PARTNER,
					"The activity " + name + " has no partner responsible for it.");
		}
		if (activity instanceof Training training) {
			checkTraining(training, name, problems);
		}
	}

	private static void checkTraining(Training training, String name, Problems problems) {
		if (training.getLinkedNeeds().isEmpty()) {
			problems.warning(training, Literals.ACTIVITY__LINKED_NEEDS,
					"The training " + name + " is not linked to a need: say which need it meets.");
		}
		if (text(training.getWhyTraining()) == null) {
			problems.warning(training, Literals.TRAINING__WHY_TRAINING, "The training " + name
					+ " does not say why training is the right tool: is it the best way to meet this need, or would something else do better?");
		}
		if (training.getBuyIn() == BuyInStatus.CONFIRMED && text(training.getPartnerViews()) == null) {
			problems.warning(training, Literals.TRAINING__PARTNER_VIEWS, "The partner has confirmed the training " + name
					+ ", but nothing is recorded of what they said: note what they want in content, style and mode.");
		}
		notChosen(training, Literals.TRAINING__DIRECTION, TrainingDirection.NOT_CHOSEN, "who teaches whom", name, problems);
		notChosen(training, Literals.TRAINING__MODE, DeliveryMode.NOT_CHOSEN, "whether it is written, in person or both", name, problems);
		notChosen(training, Literals.TRAINING__CONTENT_KIND, ContentKind.NOT_CHOSEN, "what kind of content it has", name, problems);
		if (training.getBuyIn() == BuyInStatus.DECLINED) {
			problems.warning(training, Literals.TRAINING__BUY_IN, "The partner has declined the training " + name
					+ ": ask what would help them instead before going ahead.");
		} else if (training.getBuyIn() != BuyInStatus.CONFIRMED) {
			problems.warning(training, Literals.TRAINING__BUY_IN, "The partner has not yet confirmed they want the training "
					+ name + ": check the topic, the style and the time with them first.");
		}
		Integer available = training.getMinutesAvailable();
		Integer needed = training.getMinutesNeeded();
		if (available != null && needed != null && needed > available) {
			problems.warning(training, Literals.TRAINING__MINUTES_NEEDED, "The training " + name + " needs " + needed
					+ " minutes but the audience can give " + available + ": shorten it or split it up.");
		}
		if (available != null && available <= SHORT_SLOT_MINUTES && text(training.getFollowUpResource()) == null) {
			problems.warning(training, Literals.TRAINING__FOLLOW_UP_RESOURCE, "The training " + name + " has only " + available
					+ " minutes: leave a written follow-up resource, such as a card or a one-page guide, that people can come back to.");
		}
	}

	private static void notChosen(Training training, EAttribute choice, Enumerator none, String what, String name, Problems problems) {
		if (training.eGet(choice) == none) {
			problems.warning(training, choice, "The training " + name + " does not yet say " + what + ": ask the partner, then choose.");
		}
	}

	/** Training builds trust both ways: legal staff learn from health staff too. */
	private static void checkDirections(ActivityPlan plan, Problems problems) {
		List<Training> training = plan.getActivities().stream().filter(Training.class::isInstance).map(Training.class::cast).toList();
		if (!TrainingDirections.anyChosen(training) || TrainingDirections.goBothWays(training)) {
			return;
		}
		boolean legalToHealth = training.stream().anyMatch(t -> t.getDirection() == TrainingDirection.LEGAL_TO_HEALTH);
		String one = legalToHealth ? "legal staff training health staff" : "health staff training legal staff";
		problems.warning(plan, Literals.ACTIVITY_PLAN__ACTIVITIES, "All the training in the plan is " + one
				+ ": consider what the other partner's staff could teach in return, or training together.");
	}
}
