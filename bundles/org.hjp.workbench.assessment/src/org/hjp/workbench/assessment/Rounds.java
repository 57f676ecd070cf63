package org.hjp.workbench.assessment;

import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hjp.workbench.assessment.model.Answer;
import org.hjp.workbench.assessment.model.Instrument;
import org.hjp.workbench.assessment.model.Respondent;

/** Helpers for the data of assessment rounds. */
public final class Rounds {

	private Rounds() {
	}

	/** The copy of an installed instrument that a new round keeps, so that it means the same when the plug-in changes. */
	public static Instrument copyForRound(InstalledInstrument installed) {
		return EcoreUtil.copy(installed.definition());
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
