package org.hjp.workbench.assessment;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hjp.workbench.assessment.model.Answer;
import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.assessment.model.Instrument;
import org.hjp.workbench.assessment.model.Respondent;

/** Helpers for the data of assessment rounds. */
public final class Rounds {

	private static final int SHOWN_PROBLEMS = 3;

	private Rounds() {
	}

	/** The copy of an installed instrument that a new round keeps, so that it means the same when the plug-in changes. */
	public static Instrument copyForRound(InstalledInstrument installed) {
		return EcoreUtil.copy(installed.definition());
	}

	/**
	 * Why the copy of its instrument that a round keeps cannot be used, in a sentence that names the round; empty when
	 * it can be, or the round has none. The copy is checked as a plug-in's definition is, limits included: the
	 * partnership file may have been edited by hand.
	 */
	public static Optional<String> unusableInstrument(AssessmentRound round) {
		if (round.getInstrument() == null) {
			return Optional.empty();
		}
		List<String> problems = InstrumentDefinitions.check(round.getInstrument());
		if (problems.isEmpty()) {
			return Optional.empty();
		}
		String title = round.getTitle() == null || round.getTitle().isBlank() ? "An assessment round without a title" : "The assessment round \u201c" + round.getTitle() + "\u201d";
		String shown = String.join(" ", problems.subList(0, Math.min(SHOWN_PROBLEMS, problems.size())));
		String more = problems.size() > SHOWN_PROBLEMS ? " (And " + (problems.size() - SHOWN_PROBLEMS) + " more problems.)" : "";
		return Optional.of(title + " cannot be answered or scored: the copy of its instrument kept in the partnership file cannot be used. " + shown + more);
	}

	public static Optional<Answer> answer(Respondent respondent, String itemId) {
		return respondent.getAnswers().stream().filter(a -> itemId.equals(a.getItem())).findFirst();
	}

	/** The respondent as users see them: the person or anonymous name, and the organisation. */
	public static String label(Respondent respondent) {
		String who = who(respondent);
		return respondent.getOrganisation() == null ? who : who + " (" + respondent.getOrganisation().getName() + ")";
	}

	/** Who answered: the person, the name given to an anonymous answer, or “Anonymous”. */
	public static String who(Respondent respondent) {
		if (respondent.getPerson() != null && respondent.getPerson().getName() != null) {
			return respondent.getPerson().getName();
		}
		return respondent.getLabel() != null && !respondent.getLabel().isBlank() ? respondent.getLabel() : "Anonymous";
	}
}
