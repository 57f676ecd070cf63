package org.hjp.workbench.questionnaire.ui;

import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.core.documents.Wording;

/** How the choice of rounds to import answers into names a round. */
final class ImportableRounds {

	private ImportableRounds() {
	}

	/** The round as the choice of rounds shows it: its title and day. */
	static String label(AssessmentRound round) {
		String title = Wording.text(round.getTitle(), "Untitled round");
		return round.getDate() == null ? title : title + " (" + Wording.day(round.getDate()) + ")";
	}
}
