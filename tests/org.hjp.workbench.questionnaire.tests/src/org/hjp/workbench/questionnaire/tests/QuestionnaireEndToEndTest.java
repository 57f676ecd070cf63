package org.hjp.workbench.questionnaire.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hjp.workbench.assessment.InstrumentDefinitions;
import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.assessment.model.Instrument;
import org.hjp.workbench.assessment.model.Item;
import org.hjp.workbench.assessment.model.Respondent;
import org.hjp.workbench.assessment.scoring.GroupScores;
import org.hjp.workbench.assessment.scoring.RespondentScores;
import org.hjp.workbench.assessment.scoring.RoundResults;
import org.hjp.workbench.assessment.scoring.Score;
import org.hjp.workbench.core.editing.PartnershipDocument;
import org.hjp.workbench.questionnaire.AnswerImport;
import org.hjp.workbench.questionnaire.ImportPlan;
import org.hjp.workbench.questionnaire.RespondentChange;
import org.hjp.workbench.questionnaire.internal.Choice;
import org.hjp.workbench.questionnaire.internal.Statement;
import org.hjp.workbench.questionnaire.internal.StatementFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Questionnaires written for a round, filled in with PDFBox as a reader would and imported, give the round the same
 * answers and scores as the same answers typed in: for the reference checklist and for the example plug-in's
 * instrument, with its two scales, don't know and not applicable.
 */
class QuestionnaireEndToEndTest {

	@TempDir
	Path folder;

	@Test
	void checklistQuestionnairesScoreAsTheSameAnswersTypedIn() throws Exception {
		endToEnd(TestRounds.checklist());
	}

	@Test
	void referralCheckQuestionnairesScoreAsTheSameAnswersTypedIn() throws Exception {
		endToEnd(TestRounds.referralCheck());
	}

	private void endToEnd(Instrument instrument) throws Exception {
		PartnershipDocument imported = TestRounds.partnership(EcoreUtil.copy(instrument));
		PartnershipDocument typed = TestRounds.partnership(EcoreUtil.copy(instrument));
		AssessmentRound round = TestRounds.round(imported);
		List<Statement> statements = StatementFields.statements(round.getInstrument());
		Map<String, String> amara = answers(statements, 0);
		Map<String, String> helen = answers(statements, 1);
		Map<String, String> anonymous = answers(statements, 2);

		Path amaraFile = AsAReader.fill(TestRounds.fillable(round, round.getRespondents().get(0), folder.resolve("amara.pdf")), amara, folder.resolve("amara-filled.pdf"));
		Path helenFile = AsAReader.fill(TestRounds.fillable(round, round.getRespondents().get(1), folder.resolve("helen.pdf")), helen, folder.resolve("helen-filled.pdf"));
		Map<String, String> blankValues = new LinkedHashMap<>(anonymous);
		blankValues.put(StatementFields.RESPONDENT, "Respondent A");
		blankValues.put(StatementFields.PARTNER, TestRounds.HEALTH);
		Path blankFile = AsAReader.fill(TestRounds.fillable(round, null, folder.resolve("blank.pdf")), blankValues, folder.resolve("blank-filled.pdf"));

		ImportPlan plan = AnswerImport.plan(round, List.of(amaraFile, helenFile, blankFile));
		assertEquals(List.of(), plan.refusals());
		assertEquals(List.of(RespondentChange.Kind.CHANGED, RespondentChange.Kind.CHANGED, RespondentChange.Kind.NEW),
				plan.files().stream().map(f -> f.respondents().get(0).kind()).toList());
		TestRounds.execute(imported.editingDomain(), plan.command(imported.editingDomain()));

		AssessmentRound typedRound = TestRounds.round(typed);
		TypedAnswers.type(typed.editingDomain(), typedRound.getRespondents().get(0), amara);
		TypedAnswers.type(typed.editingDomain(), typedRound.getRespondents().get(1), helen);
		Respondent respondentA = TestRounds.addRespondent(typed.editingDomain(), typedRound, TestRounds.organisation(typed, TestRounds.HEALTH), "Respondent A");
		TypedAnswers.type(typed.editingDomain(), respondentA, anonymous);

		List<String> items = InstrumentDefinitions.items(round.getInstrument()).stream().map(Item::getId).toList();
		assertEquals(3, round.getRespondents().size());
		for (int i = 0; i < 3; i++) {
			assertEquals(TypedAnswers.of(typedRound.getRespondents().get(i), items), TypedAnswers.of(round.getRespondents().get(i), items));
		}
		assertEquals("Respondent A", round.getRespondents().get(2).getLabel());
		assertEquals(scores(RoundResults.of(typedRound, null)), scores(RoundResults.of(round, null)));
	}

	/** Each statement answered with a choice of its own scale, cycling through them all, so don't know and not applicable come up. */
	private static Map<String, String> answers(List<Statement> statements, int respondent) {
		Map<String, String> answers = new LinkedHashMap<>();
		for (Statement statement : statements) {
			List<Choice> choices = statement.choices();
			answers.put(statement.fieldName(), choices.get((statement.number() + respondent * 2) % choices.size()).code());
		}
		return answers;
	}

	/** The results as text: every respondent's, partner's and the overall scores, with their bands. */
	private static List<String> scores(RoundResults results) {
		assertTrue(results.scored(), String.valueOf(results.notes()));
		List<String> scores = new ArrayList<>();
		for (RespondentScores respondent : results.respondents()) {
			scores.add("items " + respondent.items());
			respondent.domains().forEach((domain, score) -> scores.add(domain + " " + text(score)));
			scores.add("total " + text(respondent.total()));
		}
		for (GroupScores group : results.organisations()) {
			scores.add(group.name() + " " + group.domains() + " " + group.total());
		}
		assertNotNull(results.overall());
		scores.add("overall " + results.overall().domains() + " " + results.overall().total());
		assertTrue(scores.stream().anyMatch(s -> s.matches(".*value=\\d.*")), "some score is given: " + scores);
		return scores;
	}

	private static String text(Score score) {
		return score == null ? "none" : "value=" + score.value() + " answered=" + score.answered() + " of " + score.items() + " band=" + (score.band() == null ? "" : score.band().getLabel());
	}
}
