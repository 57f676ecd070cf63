package org.hjp.workbench.stage.activities;

import org.eclipse.emf.ecore.EObject;
import org.hjp.workbench.activities.model.ContentKind;
import org.hjp.workbench.activities.model.DeliveryMode;
import org.hjp.workbench.activities.model.Training;
import org.hjp.workbench.activities.model.TrainingDirection;

/**
 * A training the user adds starts with who teaches whom, the mode and the kind of content not chosen, so that an
 * untouched plan does not look decided. The model's defaults stay as they were: files written before these choices
 * could be left open keep their meaning.
 */
final class NewTraining {

	private NewTraining() {
	}

	static void leaveChoicesOpen(EObject item) {
		if (item instanceof Training training) {
			training.setDirection(TrainingDirection.NOT_CHOSEN);
			training.setMode(DeliveryMode.NOT_CHOSEN);
			training.setContentKind(ContentKind.NOT_CHOSEN);
		}
	}
}
