package org.hjp.workbench.questionnaire.internal;

import java.util.List;

import org.hjp.workbench.assessment.Rounds;
import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.assessment.model.Instrument;
import org.hjp.workbench.assessment.model.Respondent;
import org.hjp.workbench.model.Organisation;

/**
 * What a questionnaire for a round says, whether it is filled in on screen or on paper: the instrument and its
 * instructions, the round, who answers (null on a blank questionnaire, with the partners to choose from instead) and
 * the statements by domain.
 */
record QuestionnaireContent(Instrument instrument, String roundTitle, String respondent, String partner, List<String> partners,
		List<Section> sections, QuestionnaireId id) {

	static QuestionnaireContent of(AssessmentRound round, Respondent respondent) {
		Instrument instrument = round.getInstrument();
		if (instrument == null) {
			throw new IllegalArgumentException("No instrument has been chosen for the round \u201c" + round.getTitle() + "\u201d, so it has no questionnaire.");
		}
		Rounds.unusableInstrument(round).ifPresent(problem -> {
			throw new IllegalArgumentException(problem);
		});
		String roundId = ModelIds.of(round);
		if (roundId == null) {
			throw new IllegalArgumentException("The round \u201c" + round.getTitle() + "\u201d is not part of a partnership file, so answers to its questionnaire could not be matched to it.");
		}
		if (respondent != null && respondent.eContainer() != round) {
			throw new IllegalArgumentException("The respondent " + Rounds.label(respondent) + " is not one of the round \u201c" + round.getTitle() + "\u201d.");
		}
		String roundTitle = round.getTitle() == null || round.getTitle().isBlank() ? instrument.getName() : round.getTitle();
		QuestionnaireId id = new QuestionnaireId(roundId, roundTitle, respondent == null ? "" : ModelIds.of(respondent), instrument.getId(), instrument.getVersion());
		List<String> partners = ModelIds.organisations(round).stream().map(Organisation::getName).filter(n -> n != null && !n.isBlank()).toList();
		String who = respondent == null ? null : Rounds.who(respondent);
		String partner = respondent == null || respondent.getOrganisation() == null ? null : respondent.getOrganisation().getName();
		return new QuestionnaireContent(instrument, roundTitle, who, partner, partners, StatementFields.sections(instrument), id);
	}

	boolean blank() {
		return respondent == null;
	}
}
