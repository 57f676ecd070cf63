package org.hjp.workbench.questionnaire.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hjp.workbench.assessment.model.AnswerKind;
import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.assessment.model.Respondent;
import org.hjp.workbench.core.editing.PartnershipDocument;
import org.hjp.workbench.questionnaire.AnswerChange;
import org.hjp.workbench.questionnaire.AnswerImport;
import org.hjp.workbench.questionnaire.ImportPlan;
import org.hjp.workbench.questionnaire.RespondentChange;
import org.hjp.workbench.questionnaire.internal.ModelIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview of an import of answers into the sample's round, and the one command that makes it, undone and redone. */
class ImportCommandTest {

	private static final String ROUND = "Partnership checklist, one year on";

	@TempDir
	Path folder;

	@Test
	void thePreviewSaysPerFileWhoIsNewChangedOrUnchangedBeforeAnythingChanges() throws Exception {
		PartnershipDocument sample = TestRounds.sample(folder);
		AssessmentRound round = TestRounds.sampleRound(sample, ROUND);
		Respondent amara = round.getRespondents().get(0);
		int purpose1 = amara.getAnswers().stream().filter(a -> a.getItem().equals("purpose-1")).findFirst().orElseThrow().getValue();
		Path amaraFile = AsAReader.fill(TestRounds.fillable(round, amara, folder.resolve("amara.pdf")), Map.of("purpose-1", "1", "purpose-2", "D"),
				folder.resolve("amara-filled.pdf"));
		Path csv = Files.writeString(folder.resolve("more.csv"), "respondent,partner,purpose-1,purpose-2\n"
				+ "Priya Shah,Riverbend Community Legal Centre," + answerOf(round.getRespondents().get(1), "purpose-1") + "," + answerOf(round.getRespondents().get(1), "purpose-2") + "\n"
				+ "Respondent B,Riverbend Regional Hospital,5,4\n");
		Path file = Path.of(sample.resource().getURI().toFileString());
		String before = Files.readString(file);

		ImportPlan plan = AnswerImport.plan(round, List.of(amaraFile, csv));

		assertEquals(List.of(), plan.refusals());
		RespondentChange changed = plan.files().get(0).respondents().get(0);
		assertEquals(RespondentChange.Kind.CHANGED, changed.kind());
		assertEquals(amara, changed.existing());
		assertEquals(List.of(new AnswerChange("purpose-1", purpose1 + " (" + label(purpose1) + ")", "1 (Strongly disagree)", AnswerKind.POINT, 1),
				new AnswerChange("purpose-2", answerText(amara, "purpose-2"), "Don't know", AnswerKind.DONT_KNOW, 0)), changed.changes());
		assertEquals("Amara Okafor (Riverbend Community Legal Centre): 2 answers added or changed, 0 the same.", changed.describe());
		List<RespondentChange> fromCsv = plan.files().get(1).respondents();
		assertEquals("Priya Shah (Riverbend Community Legal Centre): nothing changes (2 answers the same).", fromCsv.get(0).describe());
		assertEquals("New respondent Respondent B (Riverbend Regional Hospital): 2 answers.", fromCsv.get(1).describe());
		assertTrue(plan.changesAnything());
		assertEquals(4, round.getRespondents().size(), "nothing changed by planning");
		assertEquals(before, Files.readString(file));
		assertFalse(sample.editingDomain().getCommandStack().canUndo());
	}

	@Test
	void theImportIsOneCommandAndUndoingItRestoresTheRoundExactly() throws Exception {
		PartnershipDocument sample = TestRounds.sample(folder);
		AssessmentRound round = TestRounds.sampleRound(sample, ROUND);
		AssessmentRound before = EcoreUtil.copy(round);
		Path csv = Files.writeString(folder.resolve("answers.csv"), "respondent,partner,statement,value\n"
				+ "Amara Okafor,Riverbend Community Legal Centre,purpose-1,1\n"
				+ "Amara Okafor,Riverbend Community Legal Centre,trust-5,D\n"
				+ "Respondent C,Riverbend Regional Hospital,purpose-1,5\n");
		ImportPlan plan = AnswerImport.plan(round, List.of(csv));
		assertEquals(List.of(), plan.refusals());
		Command command = plan.command(sample.editingDomain());
		TestRounds.execute(sample.editingDomain(), command);
		assertSame(command, sample.editingDomain().getCommandStack().getUndoCommand(), "one command on the stack");
		assertEquals(5, round.getRespondents().size());
		assertFalse(EcoreUtil.equals(before, round));
		String newId = ModelIds.of(round.getRespondents().get(4));
		assertTrue(newId != null && !newId.isEmpty(), "the new respondent has an id in the file");

		sample.editingDomain().getCommandStack().undo();
		assertTrue(EcoreUtil.equals(before, round), "undo restores the round exactly");
		assertFalse(sample.editingDomain().getCommandStack().canUndo());

		sample.editingDomain().getCommandStack().redo();
		assertEquals(5, round.getRespondents().size());
		assertEquals(AnswerKind.DONT_KNOW, round.getRespondents().get(0).getAnswers().stream().filter(a -> a.getItem().equals("trust-5")).findFirst().orElseThrow().getKind());
	}

	@Test
	void answersGivenElsewhereByNameComeInAsRespondentsOfThatNameAndAgainChangeNothing() throws Exception {
		PartnershipDocument sample = TestRounds.sample(folder);
		AssessmentRound round = TestRounds.sampleRound(sample, ROUND);
		int respondents = round.getRespondents().size();
		Map<String, Map<String, String>> given = new java.util.LinkedHashMap<>();
		given.put("Respondent 1", Map.of("purpose-1", "4", "purpose-2", "D"));
		given.put("Respondent 2", Map.of("purpose-1", "2"));
		ImportPlan plan = AnswerImport.plan(round, "the repository", given);
		assertEquals(List.of(), plan.refusals());
		assertEquals(List.of("New respondent Respondent 1: 2 answers.", "New respondent Respondent 2: 1 answer."),
				plan.files().get(0).respondents().stream().map(RespondentChange::describe).toList());
		TestRounds.execute(sample.editingDomain(), plan.command(sample.editingDomain()));
		assertEquals(respondents + 2, round.getRespondents().size());
		Respondent first = round.getRespondents().get(respondents);
		assertEquals("Respondent 1", first.getLabel());
		assertEquals(AnswerKind.DONT_KNOW, first.getAnswers().stream().filter(a -> a.getItem().equals("purpose-2")).findFirst().orElseThrow().getKind());
		assertFalse(AnswerImport.plan(round, "the repository", given).changesAnything(), "the same answers again change nothing");

		given.put("Respondent 2", Map.of("purpose-1", "9"));
		given.put("Respondent 3", Map.of("no-such-statement", "1"));
		ImportPlan refused = AnswerImport.plan(round, "the repository", given);
		assertEquals(List.of("The answers of Respondent 2 in the repository: \u201c9\u201d is not an answer to statement purpose-1, which is answered with"
				+ " 1 (Strongly disagree), 2 (Disagree), 3 (Neither agree nor disagree), 4 (Agree), 5 (Strongly agree), or D for don't know.",
				"The answers of Respondent 3 in the repository answer the statement no-such-statement, which the round's instrument does not have."), refused.refusals());
	}

	private static String answerOf(Respondent respondent, String item) {
		return respondent.getAnswers().stream().filter(a -> a.getItem().equals(item)).findFirst()
				.map(a -> a.getKind() == AnswerKind.POINT ? Integer.toString(a.getValue()) : a.getKind() == AnswerKind.DONT_KNOW ? "D" : "N").orElse("");
	}

	private static String answerText(Respondent respondent, String item) {
		return respondent.getAnswers().stream().filter(a -> a.getItem().equals(item)).findFirst()
				.map(a -> a.getKind() == AnswerKind.POINT ? a.getValue() + " (" + label(a.getValue()) + ")" : "Don't know").orElse(null);
	}

	private static String label(int value) {
		return List.of("Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree").get(value - 1);
	}
}
