package org.hjp.workbench.activities.model.validation;

import java.util.Collection;

import org.hjp.workbench.activities.model.Training;
import org.hjp.workbench.activities.model.TrainingDirection;

/** Whether a plan's training goes both ways: legal staff learn from health staff too. */
public final class TrainingDirections {

	private TrainingDirections() {
	}

	/** Training delivered together by both partners goes both ways; otherwise each partner must train the other at least once. */
	public static boolean goBothWays(Collection<Training> training) {
		boolean together = training.stream().anyMatch(t -> t.getDirection() == TrainingDirection.TOGETHER);
		boolean legalToHealth = training.stream().anyMatch(t -> t.getDirection() == TrainingDirection.LEGAL_TO_HEALTH);
		boolean healthToLegal = training.stream().anyMatch(t -> t.getDirection() == TrainingDirection.HEALTH_TO_LEGAL);
		return together || legalToHealth && healthToLegal;
	}

	/** Whether any training says who teaches whom. */
	public static boolean anyChosen(Collection<Training> training) {
		return training.stream().anyMatch(t -> t.getDirection() != TrainingDirection.NOT_CHOSEN);
	}
}
