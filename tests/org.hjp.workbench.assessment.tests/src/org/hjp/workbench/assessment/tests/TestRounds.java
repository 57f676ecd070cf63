package org.hjp.workbench.assessment.tests;

import org.hjp.workbench.assessment.InstrumentDefinitions;
import org.hjp.workbench.assessment.model.Answer;
import org.hjp.workbench.assessment.model.AnswerKind;
import org.hjp.workbench.assessment.model.AssessmentFactory;
import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.assessment.model.Instrument;
import org.hjp.workbench.assessment.model.Item;
import org.hjp.workbench.assessment.model.Respondent;
import org.hjp.workbench.model.Organisation;
import org.hjp.workbench.model.PartnershipFactory;

/** Rounds and respondents for tests. */
final class TestRounds {

	private TestRounds() {
	}

	static AssessmentRound round(Instrument instrument) {
		AssessmentRound round = AssessmentFactory.eINSTANCE.createAssessmentRound();
		round.setInstrument(instrument);
		return round;
	}

	static Organisation organisation(String name) {
		Organisation organisation = PartnershipFactory.eINSTANCE.createOrganisation();
		organisation.setName(name);
		return organisation;
	}

	/** A respondent for {@code organisation} answering every statement in order with {@code values}; 0 leaves it unanswered, -1 is don't know. */
	static Respondent respondent(AssessmentRound round, Organisation organisation, int... values) {
		Respondent respondent = AssessmentFactory.eINSTANCE.createRespondent();
		respondent.setOrganisation(organisation);
		int i = 0;
		for (Item item : InstrumentDefinitions.items(round.getInstrument())) {
			int value = i < values.length ? values[i] : 0;
			i++;
			if (value == 0) {
				continue;
			}
			Answer answer = AssessmentFactory.eINSTANCE.createAnswer();
			answer.setItem(item.getId());
			if (value < 0) {
				answer.setKind(AnswerKind.DONT_KNOW);
			} else {
				answer.setValue(value);
			}
			respondent.getAnswers().add(answer);
		}
		round.getRespondents().add(respondent);
		return respondent;
	}

	/** {@code count} copies of {@code value}. */
	static int[] all(int count, int value) {
		int[] values = new int[count];
		java.util.Arrays.fill(values, value);
		return values;
	}
}
