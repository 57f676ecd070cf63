package org.hjp.workbench.assessment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.assessment.model.validation.AssessmentConstraints;
import org.hjp.workbench.learning.model.LearningFactory;
import org.hjp.workbench.learning.model.LearningPlan;
import org.hjp.workbench.model.Organisation;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.model.PartnershipFactory;
import org.junit.jupiter.api.Test;

/** The checks of a round: an instrument and a date, and answers from more than one partner. */
class RoundConstraintsTest {

	private final AssessmentConstraints constraints = new AssessmentConstraints();

	private List<String> problems(EObject object, int severity) {
		BasicDiagnostic chain = new BasicDiagnostic();
		constraints.validate(object, chain, null);
		return chain.getChildren().stream().filter(d -> d.getSeverity() == severity).map(Diagnostic::getMessage).toList();
	}

	@Test
	void aRoundNeedsAnInstrumentAndADate() throws Exception {
		AssessmentRound round = TestRounds.round(null);
		round.setTitle("Spring");
		assertEquals(List.of("The assessment round \u201cSpring\u201d has no instrument chosen."), problems(round, Diagnostic.WARNING));
		round.setInstrument(Definitions.read(Definitions.twoDomains("x", "")));
		assertEquals(List.of("The assessment round \u201cSpring\u201d has no date, so later rounds cannot be compared with it in order."), problems(round, Diagnostic.WARNING));
		round.setDate(new Date());
		assertEquals(List.of(), problems(round, Diagnostic.WARNING));
	}

	@Test
	void answersFromOnePartnerOfSeveralAreNoted() throws Exception {
		Partnership partnership = PartnershipFactory.eINSTANCE.createPartnership();
		Organisation legal = TestRounds.organisation("Legal centre");
		Organisation health = TestRounds.organisation("Hospital");
		partnership.getOrganisations().addAll(List.of(legal, health));
		LearningPlan plan = LearningFactory.eINSTANCE.createLearningPlan();
		partnership.getExtensions().add(plan);
		AssessmentRound round = TestRounds.round(Definitions.read(Definitions.twoDomains("x", "")));
		round.setTitle("Spring");
		round.setDate(new Date());
		plan.getAssessmentRounds().add(round);
		TestRounds.respondent(round, legal, 3, 3, 3, 3);
		assertEquals(List.of("Only \u201cLegal centre\u201d has answered the round \u201cSpring\u201d so far, so where the partners disagree cannot be shown yet."),
				problems(round, Diagnostic.INFO));
		TestRounds.respondent(round, health, 3, 3, 3, 3);
		assertEquals(List.of(), problems(round, Diagnostic.INFO));
		assertEquals(List.of("A respondent in the round \u201cSpring\u201d answered for no partner; their answers are counted on their own."),
				problems(TestRounds.respondent(round, null, 1), Diagnostic.INFO));
	}
}
