package org.hjp.workbench.assessment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hjp.workbench.assessment.InstrumentRegistry;
import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.assessment.model.Instrument;
import org.hjp.workbench.assessment.scoring.Bands;
import org.hjp.workbench.assessment.scoring.RespondentScores;
import org.hjp.workbench.assessment.scoring.Scorer;
import org.hjp.workbench.tests.generator.Services;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Scores by the rules of a definition: reverse scoring, sums and means, missing answers, bands. */
class ScoringTest {

	static final String CHECKLIST = "org.hjp.workbench.partnership-checklist";
	private static Instrument checklist;

	@BeforeAll
	static void findChecklist() throws InterruptedException {
		checklist = EcoreUtil.copy(Services.get(InstrumentRegistry.class).find(CHECKLIST).orElseThrow().definition());
	}

	private static RespondentScores score(Instrument instrument, int... values) {
		AssessmentRound round = TestRounds.round(instrument);
		return new Scorer(instrument, Optional.empty()).score(TestRounds.respondent(round, null, values));
	}

	@Test
	void checklistSumsWithItsTwoDrawbacksReversed() {
		// 33 statements at 4 and the two drawbacks (agreement 4 scores 2): 132 + 4
		RespondentScores scores = score(checklist, TestRounds.all(35, 4));
		assertEquals(136.0, scores.total().value());
		assertEquals("Strong collaboration", scores.total().band().getLabel());
		assertEquals(18.0, scores.domains().get("trust").value());
		assertEquals(20.0, scores.domains().get("purpose").value());
	}

	@Test
	void checklistRangeIs35To175() {
		Scorer scorer = new Scorer(checklist, Optional.empty());
		assertEquals(35.0, scorer.totalRange().min());
		assertEquals(175.0, scorer.totalRange().max());
		assertEquals(1.0, score(checklist, TestRounds.all(35, 1)).items().get("purpose-1"));
		assertEquals(5.0, score(checklist, TestRounds.all(35, 1)).items().get("trust-5"));
	}

	@Test
	void checklistBandsReadTheTotal() {
		assertEquals("Time to rethink", score(checklist, TestRounds.all(35, 2)).total().band().getLabel());
		assertEquals("Heading the right way", score(checklist, TestRounds.all(35, 3)).total().band().getLabel());
	}

	@Test
	void missingAnswersAreProratedUntilTooFewAreLeft() {
		int[] values = TestRounds.all(35, 3);
		for (int i = 0; i < 7; i++) {
			values[i * 5] = i % 2 == 0 ? 0 : -1; // one in each domain unanswered or don't know: 28 of 35 answered (80%)
		}
		RespondentScores scores = score(checklist, values);
		assertEquals(105.0, scores.total().value(), 1e-9);
		assertEquals(28, scores.total().answered());
		assertEquals(15.0, scores.domains().get("purpose").value(), 1e-9);
		values[1] = 0; // 27 of 35 is below the checklist's 80%, and so is 3 of 5 in its first domain
		RespondentScores fewer = score(checklist, values);
		assertNull(fewer.total().value());
		assertNull(fewer.domains().get("purpose").value());
		assertFalse(fewer.total().isGiven());
	}

	@Test
	void answeredOnlySumsWhatWasAnswered() throws Exception {
		Instrument instrument = Definitions.read(Definitions.twoDomains("x", "<scoring missing=\"answeredOnly\" minimumAnswered=\"0\"/>"));
		RespondentScores scores = score(instrument, 3, 0, 2, 2);
		assertEquals(3.0, scores.domains().get("a").value());
		assertEquals(7.0, scores.total().value());
	}

	@Test
	void requireAllGivesNoScoreWithAGap() throws Exception {
		Instrument instrument = Definitions.read(Definitions.twoDomains("x", "<scoring missing=\"requireAll\" minimumAnswered=\"0\"/>"));
		RespondentScores scores = score(instrument, 3, 0, 2, 2);
		assertNull(scores.domains().get("a").value());
		assertEquals(4.0, scores.domains().get("b").value());
		assertNull(scores.total().value());
	}

	@Test
	void meansAreOfAnsweredStatements() throws Exception {
		Instrument instrument = Definitions.read(Definitions.twoDomains("x", "<scoring method=\"mean\" total=\"false\"/>"));
		RespondentScores scores = score(instrument, 3, 3, 2, 0);
		assertEquals(2.0, scores.domains().get("a").value()); // 3 and the drawback's 3 reversed to 1
		assertEquals(2.0, scores.domains().get("b").value());
		assertNull(scores.total());
		assertEquals(1.0, new Scorer(instrument, Optional.empty()).range(instrument.getDomains().get(0)).min());
		assertEquals(3.0, new Scorer(instrument, Optional.empty()).range(instrument.getDomains().get(0)).max());
	}

	@Test
	void answersOffTheScaleAreNotScored() throws Exception {
		Instrument instrument = Definitions.read(Definitions.twoDomains("x", "<scoring missing=\"answeredOnly\" minimumAnswered=\"0\"/>"));
		assertEquals(4.0, score(instrument, 9, 0, 2, 2).total().value());
	}

	@Test
	void aScoreBetweenTwoBandsStaysInTheLowerUntilItReachesTheHigher() {
		assertEquals("Heading the right way", Bands.find(checklist.getBands(), 126.4).getLabel());
		assertEquals("Strong collaboration", Bands.find(checklist.getBands(), 127.0).getLabel());
		assertNull(Bands.find(checklist.getBands(), 176.0));
		assertNull(Bands.find(checklist.getBands(), 20.0));
	}
}
