package org.hjp.workbench.activities.model.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.hjp.workbench.activities.model.ActivitiesPackage;
import org.hjp.workbench.activities.model.ActivitiesPackage.Literals;
import org.hjp.workbench.activities.model.Activity;
import org.hjp.workbench.activities.model.Training;
import org.hjp.workbench.model.validation.Constraints;

/** Checks of the activities stage, including the first checks of a training plan. */
public class ActivitiesConstraints extends Constraints {

	@Override
	public EPackage getEPackage() {
		return ActivitiesPackage.eINSTANCE;
	}

	@Override
	protected void check(EObject object, Problems problems) {
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
		Integer available = training.getMinutesAvailable();
		Integer needed = training.getMinutesNeeded();
		if (available != null && needed != null && needed > available) {
			problems.warning(training, Literals.TRAINING__MINUTES_NEEDED, "The training " + name + " needs " + needed
					+ " minutes but the audience can give " + available + ": shorten it or split it up.");
		}
	}
}
