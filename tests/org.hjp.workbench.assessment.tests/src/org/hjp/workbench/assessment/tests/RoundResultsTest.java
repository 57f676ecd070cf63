package org.hjp.workbench.assessment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hjp.workbench.assessment.InstrumentRegistry;
import org.hjp.workbench.assessment.ScoringHook;
import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.assessment.model.Domain;
import org.hjp.workbench.assessment.model.Instrument;
import org.hjp.workbench.assessment.model.Item;
import org.hjp.workbench.assessment.scoring.GroupScores;
import org.hjp.workbench.assessment.scoring.RoundHistory;
import org.hjp.workbench.assessment.scoring.RoundResults;
import org.hjp.workbench.assessment.scoring.Spread;
import org.hjp.workbench.core.contributions.ContributedCode;
import org.hjp.workbench.model.Organisation;
import org.hjp.workbench.tests.generator.Services;
import org.junit.jupiter.api.BeforeEach;
import org.hjp.workbench.tests.generator.Hang;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;

/** Results of a round: partners' means, the overall score, where partners disagree, and what is missing. */
class RoundResultsTest {

	private InstrumentRegistry registry;
	private Instrument instrument;
	private final Organisation legal = TestRounds.organisation("Legal centre");
	private final Organisation health = TestRounds.organisation("Hospital");

	@BeforeEach
	void setUp() throws Exception {
		registry = Services.get(InstrumentRegistry.class);
		instrument = Definitions.read(Definitions.twoDomains("test.results", "<scoring missing=\"answeredOnly\" minimumAnswered=\"0\"/>"));
	}

	private Domain domain(String id) {
		return instrument.getDomains().stream().filter(d -> d.getId().equals(id)).findFirst().orElseThrow();
	}

	@Test
	void partnersCountTheSameHoweverManyAnswerForThem() {
		AssessmentRound round = TestRounds.round(instrument);
		TestRounds.respondent(round, legal, 3, 1, 3, 3); // a 3+3, b 6
		TestRounds.respondent(round, legal, 1, 3, 3, 3); // a 1+1, b 6
		TestRounds.respondent(round, health, 3, 3, 1, 1); // a 3+1, b 2
		RoundResults results = RoundResults.of(round, registry);
		assertEquals(List.of("Legal centre", "Hospital"), results.organisations().stream().map(GroupScores::name).toList());
		GroupScores legalMeans = results.organisations().get(0);
		assertEquals(2, legalMeans.respondents());
		assertEquals(4.0, legalMeans.domains().get("a"));
		assertEquals(10.0, legalMeans.total());
		assertEquals(4.0, results.organisations().get(1).domains().get("a"));
		assertEquals(4.0, results.overall().domains().get("b")); // (6 + 2) / 2, not (6 + 6 + 2) / 3
		assertEquals(8.0, results.overall().total()); // (10 + 6) / 2
		assertEquals(2.0, results.overall().items().get("b1"));
	}

	@Test
	void partnersDisagreeWhereTheirMeansAreFarApart() {
		AssessmentRound round = TestRounds.round(instrument);
		TestRounds.respondent(round, legal, 3, 1, 3, 3);
		TestRounds.respondent(round, health, 3, 1, 1, 2);
		RoundResults results = RoundResults.of(round, registry);
		Spread b = results.spread(domain("b"));
		assertTrue(b.betweenPartners());
		assertEquals(3.0, b.value()); // 6 against 3, on a range of 2 to 6
		assertEquals(75.0, b.percentOfRange());
		assertTrue(b.disagreement());
		Spread a = results.spread(domain("a"));
		assertEquals(0.0, a.value());
		assertFalse(a.disagreement());
		Item b1 = domain("b").getItems().get(0);
		assertTrue(results.spread(b1).disagreement());
		assertFalse(results.spread(domain("a").getItems().get(0)).disagreement());
		assertTrue(results.totalSpread().disagreement()); // 12 against 9 on a range of 4 to 12: 37.5%
	}

	@Test
	void withOnePartnerTheSpreadIsBetweenRespondents() {
		AssessmentRound round = TestRounds.round(instrument);
		TestRounds.respondent(round, legal, 3, 1, 3, 3);
		TestRounds.respondent(round, legal, 3, 1, 1, 1);
		RoundResults results = RoundResults.of(round, registry);
		Spread b = results.spread(domain("b"));
		assertFalse(b.betweenPartners());
		assertEquals(4.0, b.value());
		assertEquals(results.organisations().get(0).total(), results.overall().total());
	}

	@Test
	void theThresholdIsTheInstruments() throws Exception {
		Instrument strict = Definitions.read(Definitions.twoDomains("test.strict", "<scoring missing=\"answeredOnly\"/>").replace("version=\"1.0\">", "version=\"1.0\" disagreementThreshold=\"80\">"));
		AssessmentRound round = TestRounds.round(strict);
		TestRounds.respondent(round, legal, 3, 1, 3, 3);
		TestRounds.respondent(round, health, 3, 1, 1, 2);
		assertFalse(RoundResults.of(round, registry).spread(strict.getDomains().get(1)).disagreement());
	}

	@Test
	void aScoringHookScoresWhileItIsInstalled() throws Exception {
		Instrument hooked = Definitions.read(Definitions.twoDomains("test.hooked", "").replace("version=\"1.0\">", "version=\"1.0\" scoringHook=\"test.max\">"));
		AssessmentRound round = TestRounds.round(hooked);
		TestRounds.respondent(round, legal, 3, 1, 2, 1);
		ScoringHook highest = new ScoringHook() {
			@Override
			public String id() {
				return "test.max";
			}

			@Override
			public HookScores score(Instrument instrument, Map<String, Double> items) {
				return new HookScores(Map.of("a", Math.max(items.get("a1"), items.get("a2")), "b", 0.0), 99.0);
			}
		};
		ServiceRegistration<ScoringHook> registration = Services.register(ScoringHook.class, highest);
		try {
			RoundResults results = RoundResults.of(round, registry);
			assertEquals(3.0, results.respondents().get(0).domains().get("a").value());
			assertEquals(99.0, results.respondents().get(0).total().value());
			assertTrue(results.notes().stream().noneMatch(n -> n.contains("test.max")), results.notes().toString());
		} finally {
			registration.unregister();
		}
		RoundResults withoutHook = RoundResults.of(round, registry);
		assertEquals(6.0, withoutHook.respondents().get(0).domains().get("a").value());
		assertTrue(withoutHook.notes().stream().anyMatch(n -> n.contains("test.max") && n.contains("not installed")), withoutHook.notes().toString());
	}

	@Test
	void aHookThatThrowsLeavesTheRulesToScore() throws Exception {
		Instrument hooked = Definitions.read(Definitions.twoDomains("test.throws", "").replace("version=\"1.0\">", "version=\"1.0\" scoringHook=\"test.throws\">"));
		AssessmentRound round = TestRounds.round(hooked);
		TestRounds.respondent(round, legal, 3, 1, 2, 1);
		ServiceRegistration<ScoringHook> registration = Services.register(ScoringHook.class, new ScoringHook() {
			@Override
			public String id() {
				return "test.throws";
			}

			@Override
			public HookScores score(Instrument instrument, Map<String, Double> items) {
				throw new IllegalStateException("broken on purpose");
			}
		});
		try {
			RoundResults results = RoundResults.of(round, registry);
			assertEquals(6.0, results.respondents().get(0).domains().get("a").value());
			assertTrue(results.notes().contains("The plug-in that scores this instrument (test.throws) failed (java.lang.IllegalStateException: "
					+ "broken on purpose); the scores follow the rules in its definition instead."), results.notes().toString());
		} finally {
			registration.unregister();
		}
	}

	@Test
	void aHookThatNeverAnswersIsTurnedOffAndTheRulesScore() throws Exception {
		Instrument hooked = Definitions.read(Definitions.twoDomains("test.hangs", "").replace("version=\"1.0\">", "version=\"1.0\" scoringHook=\"test.hangs\">"));
		AssessmentRound round = TestRounds.round(hooked);
		TestRounds.respondent(round, legal, 3, 1, 2, 1);
		TestRounds.respondent(round, legal, 1, 1, 1, 1);
		Hang release = new Hang();
		AtomicInteger asked = new AtomicInteger();
		ServiceRegistration<ScoringHook> registration = Services.register(ScoringHook.class, new ScoringHook() {
			@Override
			public String id() {
				return "test.hangs";
			}

			@Override
			public HookScores score(Instrument instrument, Map<String, Double> items) {
				asked.incrementAndGet();
				release.untilReleased();
				return new HookScores(Map.of(), 0.0);
			}
		});
		try {
			RoundResults results = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> RoundResults.of(round, registry),
					"scoring hangs with a hook that never answers");
			assertEquals(6.0, results.respondents().get(0).domains().get("a").value());
			assertTrue(results.notes().contains("The plug-in that scores this instrument (test.hangs) did not answer within "
					+ ContributedCode.limitInSeconds() + " seconds and is turned off until the workbench restarts; "
					+ "the scores follow the rules in its definition instead."), results.notes().toString());
			assertEquals(1, asked.get(), "asked once, for the first respondent, and not again");
			RoundResults again = RoundResults.of(round, registry);
			assertEquals(results.notes(), again.notes());
			assertEquals(1, asked.get(), "not asked again once turned off");
		} finally {
			registration.unregister();
			release.release();
		}
	}

	@Test
	void aRoundWhosePluginIsGoneSaysSoAndStillScores() {
		AssessmentRound round = TestRounds.round(instrument);
		round.setInstrumentBundle("org.example.gone");
		TestRounds.respondent(round, legal, 3, 1, 3, 3);
		RoundResults results = RoundResults.of(round, registry);
		assertTrue(results.notes().stream().anyMatch(n -> n.contains("org.example.gone") && n.contains("not installed")), results.notes().toString());
		assertEquals(12.0, results.overall().total());
	}

	@Test
	void aRoundOfAnOlderVersionSaysWhichItKeeps() {
		Instrument older = EcoreUtil.copy(registry.find(ScoringTest.CHECKLIST).orElseThrow().definition());
		older.setVersion("0.9");
		AssessmentRound round = TestRounds.round(older);
		TestRounds.respondent(round, legal, TestRounds.all(35, 4));
		RoundResults results = RoundResults.of(round, registry);
		assertTrue(results.notes().stream().anyMatch(n -> n.contains("version 0.9") && n.contains("version 1.0 is installed")), results.notes().toString());
		assertEquals(136.0, results.overall().total());
	}

	@Test
	void answersToStatementsTheInstrumentLacksAreKeptButNotScored() {
		AssessmentRound round = TestRounds.round(instrument);
		TestRounds.respondent(round, legal, 3, 1, 3, 3).getAnswers().get(0).setItem("gone");
		RoundResults results = RoundResults.of(round, registry);
		assertTrue(results.notes().stream().anyMatch(n -> n.startsWith("1 answer is to statements")), results.notes().toString());
		assertEquals(9.0, results.overall().total());
	}

	@Test
	void earlierRoundsOfTheSameInstrumentComeOldestFirst() throws Exception {
		AssessmentRound first = dated(TestRounds.round(instrument), 2025, 3);
		AssessmentRound later = dated(TestRounds.round(EcoreUtil.copy(instrument)), 2026, 3);
		AssessmentRound middle = dated(TestRounds.round(EcoreUtil.copy(instrument)), 2025, 9);
		AssessmentRound other = dated(TestRounds.round(Definitions.read(Definitions.twoDomains("test.other", ""))), 2024, 1);
		List<AssessmentRound> all = List.of(first, later, middle, other);
		assertEquals(List.of(first, middle), RoundHistory.earlier(later, all));
		assertEquals(List.of(), RoundHistory.earlier(first, all));
	}

	private static AssessmentRound dated(AssessmentRound round, int year, int month) {
		round.setDate(new Date(new GregorianCalendar(year, month - 1, 1).getTimeInMillis()));
		return round;
	}
}
