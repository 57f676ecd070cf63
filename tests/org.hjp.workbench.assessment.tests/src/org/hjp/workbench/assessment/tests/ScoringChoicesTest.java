package org.hjp.workbench.assessment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hjp.workbench.assessment.DefinitionException;
import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.assessment.model.Instrument;
import org.hjp.workbench.assessment.scoring.RespondentScores;
import org.hjp.workbench.assessment.scoring.ResultRows;
import org.hjp.workbench.assessment.scoring.ResultsTable;
import org.hjp.workbench.assessment.scoring.RoundResults;
import org.hjp.workbench.assessment.scoring.ScoreText;
import org.hjp.workbench.assessment.scoring.Scorer;
import org.hjp.workbench.model.Organisation;
import org.junit.jupiter.api.Test;

/**
 * The choices a definition makes about scores and bands (docs/assessment-instruments.md, "Scoring choices"), each
 * against its worked example there; left out, each keeps the meaning definitions had before they existed.
 */
class ScoringChoicesTest {

	private static final String FIVE = """
			  <scales id="five" name="Five points" dontKnow="true">
			    <points value="1" label="1"/><points value="2" label="2"/><points value="3" label="3"/><points value="4" label="4"/><points value="5" label="5"/>
			  </scales>
			""";
	private static final String GROUPED = Definitions.AGREE + """
			  <groups id="working" name="Working together">
			    <bands min="1" max="1.99" label="Apart"/><bands min="2" max="3" label="Together"/>
			  </groups>
			  <domains id="a" name="Domain A" group="working"><items id="a1" text="First"/><items id="a2" text="Second"/></domains>
			  <domains id="b" name="Domain B" group="working"><items id="b1" text="Third"/><items id="b2" text="Fourth"/></domains>
			  <domains id="c" name="Domain C"><items id="c1" text="Fifth"/>
			    <bands min="1" max="3" label="C's own"/>
			  </domains>
			  <scoring method="mean"/>
			  <domainBands min="1" max="1.99" label="Low"/><domainBands min="2" max="3" label="High"/>
			""";

	@Test
	void groupOfDomainsIsScoredOverItsDomainsStatementsAndReadThroughItsBands() throws DefinitionException {
		Instrument instrument = Definitions.read(Definitions.instrument("g", "1", GROUPED));
		RespondentScores scores = score(instrument, 3, 1, 2, 2, 3);
		assertEquals(2.0, scores.domainGroups().get("working").value());
		assertEquals("Together", scores.domainGroups().get("working").band().getLabel());
	}

	@Test
	void domainsWithoutBandsOfTheirOwnShareTheBandsWrittenOnce() throws DefinitionException {
		Instrument instrument = Definitions.read(Definitions.instrument("g", "1", GROUPED));
		RespondentScores scores = score(instrument, 1, 1, 3, 2, 3);
		assertEquals("Low", scores.domains().get("a").band().getLabel());
		assertEquals("High", scores.domains().get("b").band().getLabel());
		assertEquals("C's own", scores.domains().get("c").band().getLabel());
	}

	@Test
	void resultsTableCarriesIdsAndGroupsBesideNames() throws DefinitionException {
		AssessmentRound round = TestRounds.round(Definitions.read(Definitions.instrument("g", "1", GROUPED)));
		TestRounds.respondent(round, TestRounds.organisation("Clinic"), 3, 1, 2, 2, 3);
		List<List<String>> rows = new ResultsTable(null).rows("P", List.of(round));
		int kind = ResultsTable.HEADER.indexOf("score kind");
		List<String> domainA = rows.get(0);
		assertEquals(List.of("Domain A", "domain", "a", "working"), List.of(domainA.get(8), domainA.get(kind), domainA.get(kind + 1), domainA.get(kind + 2)));
		List<String> group = rows.get(3);
		assertEquals(List.of("Working together", "2", "Together", "group", "working", ""),
				List.of(group.get(8), group.get(9), group.get(12), group.get(kind), group.get(kind + 1), group.get(kind + 2)));
		assertEquals(List.of("Total", "total", "total"), List.of(rows.get(4).get(8), rows.get(4).get(kind), rows.get(4).get(kind + 1)));
	}

	@Test
	void resultRowsPutEachGroupBeforeItsDomainsWithEveryScoresBand() throws DefinitionException {
		AssessmentRound round = TestRounds.round(Definitions.read(Definitions.instrument("g", "1", GROUPED)));
		TestRounds.respondent(round, TestRounds.organisation("Clinic"), 3, 1, 2, 2, 3);
		TestRounds.respondent(round, TestRounds.organisation("Legal"), 1, 1, 1, 1, 1);
		List<ResultRows.Row> rows = ResultRows.of(RoundResults.of(round, null));
		assertEquals(List.of("Working together", "Domain A", "Domain B", "Domain C", "Total"), rows.stream().map(ResultRows.Row::name).toList());
		assertEquals(List.of(false, true, true, false, false), rows.stream().map(ResultRows.Row::inGroup).toList());
		assertEquals(1.5, rows.get(0).partnership(), 1e-9, "the mean of the partners' 2 and 1");
		assertEquals(List.of(2.0, 1.0), rows.get(0).partners());
		assertEquals("Low", rows.get(1).band().getLabel(), "domain A (1.5) reads through the bands of every domain");
		assertEquals("C's own", rows.get(3).band().getLabel());
		assertEquals(1.0, rows.get(0).spread().value(), 1e-9);
	}

	/** Twenty statements on a five-point scale, one domain, scored as a mean: 19 answers of 3 and one of 2 make 2.95. */
	private static Instrument nearBandEdge(String scoring) throws DefinitionException {
		StringBuilder items = new StringBuilder();
		for (int i = 1; i <= 20; i++) {
			items.append("<items id=\"s").append(i).append("\" text=\"Statement ").append(i).append("\"/>");
		}
		return Definitions.read(Definitions.instrument("edge", "1", FIVE + "<domains id=\"d\" name=\"D\">" + items + "</domains>" + scoring
				+ "<bands min=\"1\" max=\"2.9\" label=\"Lower\"/><bands min=\"3\" max=\"5\" label=\"Higher\"/>"));
	}

	private static int[] nineteenThreesAndATwo() {
		int[] values = TestRounds.all(20, 3);
		values[19] = 2;
		return values;
	}

	@Test
	void scoreBetweenTwoBandsStaysInTheLowerUnlessRoundedAsShownFirst() throws DefinitionException {
		RespondentScores exact = score(nearBandEdge("<scoring method=\"mean\"/>"), nineteenThreesAndATwo());
		assertEquals(2.95, exact.total().value(), 1e-9);
		assertEquals("3", ScoreText.score(exact.total().value()));
		assertEquals("Lower", exact.total().band().getLabel());
		RespondentScores rounded = score(nearBandEdge("<scoring method=\"mean\" roundBeforeBanding=\"true\"/>"), nineteenThreesAndATwo());
		assertEquals("Higher", rounded.total().band().getLabel());
	}

	@Test
	void scoreBetweenTwoBandsGoesWhereTheDefinitionSays() throws DefinitionException {
		assertEquals("Lower", score(nearBandEdge("<scoring method=\"mean\" betweenBands=\"lower\"/>"), nineteenThreesAndATwo()).total().band().getLabel());
		assertEquals("Higher", score(nearBandEdge("<scoring method=\"mean\" betweenBands=\"higher\"/>"), nineteenThreesAndATwo()).total().band().getLabel());
		assertNull(score(nearBandEdge("<scoring method=\"mean\" betweenBands=\"none\"/>"), nineteenThreesAndATwo()).total().band());
	}

	@Test
	void bandsWhoseMaxIsExcludedMayTouchAndAScoreOnTheEdgeReadsInTheHigher() throws DefinitionException {
		String touching = Definitions.AGREE + "<domains id=\"d\" name=\"D\"><items id=\"i1\" text=\"One\"/><items id=\"i2\" text=\"Two\"/></domains>"
				+ "<scoring method=\"mean\" bandMaximum=\"excluded\"/><bands min=\"1\" max=\"2\" label=\"Low\"/><bands min=\"2\" max=\"3\" label=\"High\"/>";
		Instrument instrument = Definitions.read(Definitions.instrument("t", "1", touching));
		assertEquals("Low", score(instrument, 1, 2).total().band().getLabel());
		assertEquals("High", score(instrument, 2, 2).total().band().getLabel());
		assertEquals("High", score(instrument, 3, 3).total().band().getLabel(), "the top band holds its max");
		DefinitionException overlap = assertThrows(DefinitionException.class,
				() -> Definitions.read(Definitions.instrument("t", "1", touching.replace(" bandMaximum=\"excluded\"", ""))));
		assertTrue(overlap.getMessage().contains("overlap"), overlap.getMessage());
	}

	/** One partner, two respondents on a four-statement mean: one answers all four with 3, the other one statement with 1. */
	private static RoundResults oneEagerOneBrief(String partnerScore) throws DefinitionException {
		AssessmentRound round = TestRounds.round(Definitions.read(Definitions.instrument("p", "1", Definitions.AGREE
				+ "<domains id=\"d\" name=\"D\"><items id=\"i1\" text=\"1\"/><items id=\"i2\" text=\"2\"/><items id=\"i3\" text=\"3\"/><items id=\"i4\" text=\"4\"/></domains>"
				+ "<scoring method=\"mean\" minimumAnswered=\"25\"" + partnerScore + "/>")));
		Organisation clinic = TestRounds.organisation("Clinic");
		TestRounds.respondent(round, clinic, 3, 3, 3, 3);
		TestRounds.respondent(round, clinic, 1);
		return RoundResults.of(round, null);
	}

	@Test
	void partnersScoreIsTheMeanOfItsRespondentsOrTheirAnswersPooled() throws DefinitionException {
		assertEquals(2.0, oneEagerOneBrief("").organisations().get(0).total(), 1e-9);
		assertEquals(2.0, oneEagerOneBrief(" partnerScore=\"meanOfRespondents\"").organisations().get(0).total(), 1e-9);
		RoundResults pooled = oneEagerOneBrief(" partnerScore=\"pooled\"");
		assertEquals(2.6, pooled.organisations().get(0).total(), 1e-9);
		assertEquals(2.6, pooled.overall().total(), 1e-9);
		assertEquals(3.0, pooled.respondents().get(0).total().value(), "each respondent keeps a score of their own");
	}

	@Test
	void pooledSumIsTheMeanAnswerScaledToEveryStatement() throws DefinitionException {
		AssessmentRound round = TestRounds.round(Definitions.read(Definitions.instrument("p", "1", Definitions.AGREE
				+ "<domains id=\"d\" name=\"D\"><items id=\"i1\" text=\"1\"/><items id=\"i2\" text=\"2\"/><items id=\"i3\" text=\"3\"/><items id=\"i4\" text=\"4\"/></domains>"
				+ "<scoring method=\"sum\" missing=\"prorate\" minimumAnswered=\"0\" partnerScore=\"pooled\"/>")));
		Organisation clinic = TestRounds.organisation("Clinic");
		TestRounds.respondent(round, clinic, 3, 3, 3, 3);
		TestRounds.respondent(round, clinic, 1);
		assertEquals(13.0 / 5 * 4, RoundResults.of(round, null).organisations().get(0).total(), 1e-9);
	}

	@Test
	void dontKnowCountsTowardsTheMinimumAnsweredOnlyWhenTheDefinitionSays() throws DefinitionException {
		String body = FIVE + "<domains id=\"d\" name=\"D\"><items id=\"i1\" text=\"1\"/><items id=\"i2\" text=\"2\"/><items id=\"i3\" text=\"3\"/>"
				+ "<items id=\"i4\" text=\"4\"/><items id=\"i5\" text=\"5\"/></domains>";
		Instrument strict = Definitions.read(Definitions.instrument("k", "1", body + "<scoring method=\"mean\" minimumAnswered=\"80\"/>"));
		assertNull(score(strict, 3, 3, 3, -1, -1).total().value(), "three of five is under 80%");
		Instrument counting = Definitions.read(Definitions.instrument("k", "1", body + "<scoring method=\"mean\" minimumAnswered=\"80\" dontKnowAnswered=\"true\"/>"));
		RespondentScores scores = score(counting, 3, 3, 3, -1, -1);
		assertEquals(3.0, scores.total().value(), "don't know counts as answered but is not scored");
		assertEquals(5, scores.total().answered());
	}

	@Test
	void scoresAreShownAsBeforeAndBandedAsShown() {
		for (double score : new double[] { 2.25, 0.15, 1.45, 2.95, 12.25, 19.25, 126.4, 2.849999 }) {
			assertEquals(new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(score),
					ScoreText.score(score), "shown as before the scoring choices existed");
			assertEquals(ScoreText.score(score), ScoreText.score(ScoreText.shown(score)), "the value banded is the value shown");
		}
		assertEquals("3", ScoreText.score(2.95));
		assertEquals("2.2", ScoreText.score(2.25));
	}

	private static RespondentScores score(Instrument instrument, int... values) {
		AssessmentRound round = TestRounds.round(instrument);
		return new Scorer(instrument, Optional.empty()).score(TestRounds.respondent(round, null, values));
	}
}
