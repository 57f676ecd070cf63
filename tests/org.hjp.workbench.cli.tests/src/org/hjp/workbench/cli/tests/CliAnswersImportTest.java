package org.hjp.workbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.cli.Cli;
import org.hjp.workbench.core.persistence.PartnershipStore;
import org.hjp.workbench.learning.model.LearningPlan;
import org.hjp.workbench.model.Partnership;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hjp answers import}: answers from CSV and questionnaires into a round of a partnership file, all or nothing. */
class CliAnswersImportTest {

	private static final String NEW_RESPONDENT = "respondent,partner,purpose-1,purpose-2,trust-1\nRespondent Z,Riverbend Regional Hospital,4,5,D\n";

	@TempDir
	Path folder;

	@Test
	void answersOfANewRespondentLandInTheLatestRoundAndThePreviousFileIsKept() throws Exception {
		Path sample = SampleFile.copy(folder.resolve("sample.hjp"));
		Path answers = Files.writeString(folder.resolve("answers.csv"), NEW_RESPONDENT);
		CliRun run = CliRun.hjp("answers", "import", sample.toString(), answers.toString());
		assertEquals(Cli.OK, run.code(), run.out() + run.err());
		assertEquals(List.of(answers + ": New respondent Respondent Z (Riverbend Regional Hospital): 3 answers."), run.outLines());
		assertTrue(run.err().contains("Imported into the round \u201cPartnership checklist, one year on\u201d"), run.err());
		AssessmentRound latest = rounds(sample).get(1);
		assertEquals("Respondent Z", latest.getRespondents().get(latest.getRespondents().size() - 1).getLabel());
		assertTrue(Files.exists(sample.resolveSibling("sample.hjp.bak")), "the previous version is kept");

		CliRun again = CliRun.hjp("answers", "import", sample.toString(), answers.toString());
		assertEquals(Cli.OK, again.code(), again.err());
		assertTrue(again.err().contains("nothing changed"), again.err());
		assertEquals(latest.getRespondents().size(), rounds(sample).get(1).getRespondents().size(), "importing twice doubles nothing");
	}

	@Test
	void aRefusedFileImportsNothingAndSaysWhy() throws Exception {
		Path sample = SampleFile.copy(folder.resolve("sample.hjp"));
		byte[] before = Files.readAllBytes(sample);
		Path good = Files.writeString(folder.resolve("good.csv"), NEW_RESPONDENT);
		Path bad = Files.writeString(folder.resolve("bad.csv"), "respondent,partner,purpose-1,no-such-statement\nRespondent Y,Riverbend Regional Hospital,4,5\n");
		CliRun run = CliRun.hjp("answers", "import", "--round", "Partnership checklist, first year", sample.toString(), good.toString(), bad.toString());
		assertEquals(Cli.INVALID, run.code(), run.out() + run.err());
		assertTrue(run.out().startsWith("refused: ") && run.out().contains("bad.csv") && run.out().contains("no-such-statement"), run.out());
		assertArrayEquals(before, Files.readAllBytes(sample), "nothing half-imported");
	}

	@Test
	void aDryRunChangesNothingAndAnUnknownRoundIsAUsageMistake() throws Exception {
		Path sample = SampleFile.copy(folder.resolve("sample.hjp"));
		byte[] before = Files.readAllBytes(sample);
		Path answers = Files.writeString(folder.resolve("answers.csv"), NEW_RESPONDENT);
		CliRun dry = CliRun.hjp("answers", "import", "--dry-run", sample.toString(), answers.toString());
		assertEquals(Cli.OK, dry.code(), dry.err());
		assertEquals(1, dry.outLines().size(), dry.out());
		assertArrayEquals(before, Files.readAllBytes(sample));
		CliRun unknown = CliRun.hjp("answers", "import", "--round", "Nope", sample.toString(), answers.toString());
		assertEquals(Cli.USAGE, unknown.code(), unknown.err());
		assertTrue(unknown.err().contains("no round of") && unknown.err().contains("\u201cPartnership checklist, first year\u201d"), unknown.err());
	}

	@Test
	void aJsonExportIsNotWrittenOverWithAPartnershipFile() throws Exception {
		Path json = Files.writeString(folder.resolve("sample.json"), "{}");
		Path answers = Files.writeString(folder.resolve("answers.csv"), NEW_RESPONDENT);
		CliRun run = CliRun.hjp("answers", "import", json.toString(), answers.toString());
		assertEquals(Cli.BAD_FILES, run.code(), run.err());
		assertTrue(run.reasons().stream().anyMatch(r -> r.contains("it is a JSON export")), run.err());
		assertEquals("{}", Files.readString(json));
	}

	private static List<AssessmentRound> rounds(Path file) throws Exception {
		Partnership partnership = (Partnership) new PartnershipStore().load(file).getContents().get(0);
		return partnership.getExtensions().stream().filter(LearningPlan.class::isInstance).map(LearningPlan.class::cast).findFirst().orElseThrow()
				.getAssessmentRounds();
	}
}
