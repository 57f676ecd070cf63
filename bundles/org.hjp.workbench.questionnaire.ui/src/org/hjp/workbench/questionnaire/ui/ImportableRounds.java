package org.hjp.workbench.questionnaire.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.core.documents.Wording;
import org.hjp.workbench.core.stages.StageData;
import org.hjp.workbench.learning.model.LearningPackage;
import org.hjp.workbench.learning.model.LearningPlan;
import org.hjp.workbench.model.Partnership;

/** The assessment rounds of a partnership that answers can be imported into: those with an instrument, newest first. */
final class ImportableRounds {

	private ImportableRounds() {
	}

	static List<AssessmentRound> of(Partnership partnership) {
		List<AssessmentRound> rounds = new ArrayList<>(StageData.find(partnership, LearningPackage.Literals.LEARNING_PLAN)
				.map(plan -> ((LearningPlan) plan).getAssessmentRounds().stream().filter(r -> r.getInstrument() != null).toList()).orElse(List.of()));
		// Of two rounds on the same day, or two without a date, the one added later is taken as the newer.
		Collections.reverse(rounds);
		rounds.sort(Comparator.comparing(AssessmentRound::getDate, Comparator.nullsLast(Comparator.<Date> reverseOrder())));
		return rounds;
	}

	/** The round as the choice of rounds shows it: its title and day. */
	static String label(AssessmentRound round) {
		String title = Wording.text(round.getTitle(), "Untitled round");
		return round.getDate() == null ? title : title + " (" + Wording.day(round.getDate()) + ")";
	}
}
