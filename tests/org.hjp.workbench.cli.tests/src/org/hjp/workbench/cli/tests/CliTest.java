package org.hjp.workbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.hjp.workbench.cli.Cli;
import org.hjp.workbench.export.PartnershipReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.assessment.scoring.RoundResults;
import org.hjp.workbench.core.editing.ValueFormat;
import org.hjp.workbench.core.persistence.PartnershipStore;
import org.hjp.workbench.learning.model.LearningPlan;
import org.hjp.workbench.model.Partnership;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Every command of {@code hjp}, on good, bad, missing and hostile files, with its output and exit code. */
class CliTest {

	@TempDir
	Path folder;

	private Path sample;

	@BeforeEach
	void copySample() throws IOException {
		sample = SampleFile.copy(folder.resolve("riverbend.hjp"));
	}

	@Test
	void validateListsEachProblemAsATabSeparatedLine() throws Exception {
		CliRun run = CliRun.hjp("validate", sample.toString());
		assertEquals(Cli.OK, run.code(), run.err());
		assertEquals(6, run.outLines().size(), run.out());
		for (String line : run.outLines()) {
			String[] cells = line.split("\t");
			assertEquals(3, cells.length, line);
			assertEquals(sample.toString(), cells[0]);
			assertEquals("warning", cells[1]);
		}
	}

	@Test
	void validationErrorsGiveExitCodeOne() throws Exception {
		Path unnamed = folder.resolve("unnamed.hjp");
		Files.writeString(unnamed, Files.readString(sample).replace("name=\"Riverbend Health Justice Partnership\"", ""));
		CliRun run = CliRun.hjp("validate", unnamed.toString());
		assertEquals(Cli.INVALID, run.code());
		assertTrue(run.out().contains("\terror\tThe partnership has no name."), run.out());
	}

	@Test
	void badMissingAndHostileFilesGetOneLineEachAndTheRestIsStillChecked() throws Exception {
		Path garbage = write("garbage.hjp", "not a partnership at all");
		Path hostile = write("hostile.hjp", "<?xml version=\"1.0\"?>\n<!DOCTYPE p [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
				+ "<partnership:Partnership xmlns:partnership=\"http://hjp-workbench.org/model/partnership/1\" name=\"&x;\"/>");
		Path missing = folder.resolve("missing.hjp");
		CliRun run = CliRun.hjp("validate", garbage.toString(), hostile.toString(), missing.toString(), sample.toString());
		assertEquals(Cli.BAD_FILES, run.code());
		assertEquals(3, run.reasons().size(), run.err());
		assertTrue(run.reasons().get(0).startsWith("hjp: " + garbage + ": it is not a partnership file"), run.err());
		assertTrue(run.reasons().get(1).contains("document type declaration"), run.err());
		assertTrue(run.reasons().get(2).contains("does not exist"), run.err());
		assertEquals(6, run.outLines().size(), "the good file is still checked");
		assertTrue(run.outLines().stream().noneMatch(l -> l.contains("root:")), "nothing of /etc/passwd is shown");
	}

	@Test
	void exportWritesEachFormatAndTheJsonReadsBack() throws Exception {
		Path out = Files.createDirectory(folder.resolve("out"));
		CliRun json = CliRun.hjp("export", "--format", "json", "--out", out.toString(), sample.toString());
		assertEquals(Cli.OK, json.code(), json.err());
		assertEquals(List.of(out.resolve("riverbend.json").toString()), json.outLines());
		assertEquals("Riverbend Health Justice Partnership",
				((org.hjp.workbench.model.Partnership) PartnershipReader.read(out.resolve("riverbend.json")).getContents().get(0)).getName());
		CliRun csv = CliRun.hjp("export", "--format", "csv", "--out", out.toString(), sample.toString());
		assertEquals(25, csv.outLines().size(), "a file for each table of the five stages and the assessment results: " + csv.out());
		assertTrue(csv.outLines().contains(out.resolve("riverbend-trainings.csv").toString()), csv.out());
		CliRun xmi = CliRun.hjp("export", "--format", "xmi", "--out", out.toString(), out.resolve("riverbend.json").toString());
		assertEquals(Cli.OK, xmi.code(), xmi.err());
		assertTrue(Files.readString(out.resolve("riverbend.hjp")).contains("Riverbend Health Justice Partnership"));
	}

	@Test
	void exportWritesWhatIsComingUpAsACalendar() throws Exception {
		Path out = Files.createDirectory(folder.resolve("calendar"));
		CliRun ics = CliRun.hjp("export", "--format", "ics", "--out", out.toString(), sample.toString());
		assertEquals(Cli.OK, ics.code(), ics.err());
		Path calendar = out.resolve("riverbend-coming-up.ics");
		assertEquals(List.of(calendar.toString()), ics.outLines());
		String written = Files.readString(calendar, StandardCharsets.UTF_8);
		assertTrue(written.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") && written.endsWith("END:VCALENDAR\r\n"), written);
		assertTrue(written.contains("X-WR-CALNAME:Riverbend Health Justice Partnership\r\n"), written);

		CliRun again = CliRun.hjp("export", "--format", "ics", "--out", out.toString(), sample.toString());
		assertEquals(Cli.BAD_FILES, again.code(), "the calendar is there already and --force was not given");
		assertEquals(List.of("hjp: " + sample + ": " + calendar + " already exists; give --force to replace it."), again.reasons());
	}

	@Test
	void reportWritesTheDatedPlanAsPdfOrHtml() throws Exception {
		Path out = Files.createDirectory(folder.resolve("reports"));
		CliRun pdf = CliRun.hjp("report", "--out", out.toString(), sample.toString());
		assertEquals(Cli.OK, pdf.code(), pdf.err());
		assertEquals(List.of(out.resolve("riverbend-plan.pdf").toString()), pdf.outLines());
		assertTrue(Files.readString(out.resolve("riverbend-plan.pdf"), StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
		CliRun html = CliRun.hjp("report", "--format", "html", "--out", out.toString(), sample.toString(), folder.resolve("gone.hjp").toString());
		assertEquals(Cli.BAD_FILES, html.code(), "one of the two files is missing");
		assertTrue(Files.readString(out.resolve("riverbend-plan.html")).contains("Partnership plan, prepared"));
		assertEquals(Cli.USAGE, CliRun.hjp("report", "--format", "docx", sample.toString()).code());
	}

	@Test
	void exportNeedsAKnownFormatAndAnExistingFolder() throws Exception {
		CliRun unknown = CliRun.hjp("export", "--format", "pdf", sample.toString());
		assertEquals(Cli.USAGE, unknown.code());
		assertTrue(unknown.err().contains("the formats are csv, csv-excel, ics, json, questionnaires, report-html, report-pdf, xmi"), unknown.err());
		assertEquals(Cli.USAGE, CliRun.hjp("export", "--format", "json", "--out", folder.resolve("nowhere").toString(), sample.toString()).code());
	}

	@Test
	void rollupCountsAMixedFolderAndReportsTheBadFiles() throws Exception {
		Path network = Files.createDirectories(folder.resolve("network/region"));
		Files.copy(sample, network.resolve("a.hjp"));
		Files.copy(sample, network.getParent().resolve("b.hjp"));
		Files.writeString(network.resolve("c.hjp"), Files.readString(sample).replace("status=\"active\"", "status=\"ceased\""));
		Files.writeString(network.resolve("broken.hjp"), Files.readString(sample).substring(0, 700));
		Files.writeString(network.resolve("notes.txt"), "not a partnership, and not named like one");
		assertEquals(Cli.OK, CliRun.hjp("export", "--format", "json", "--out", network.toString(), sample.toString()).code());

		CliRun csv = CliRun.hjp("rollup", network.getParent().toString());
		assertEquals(Cli.BAD_FILES, csv.code(), "one broken file");
		assertEquals(1, csv.reasons().size(), csv.err());
		assertTrue(csv.reasons().get(0).contains("broken.hjp: the file is incomplete"), csv.err());
		assertTrue(csv.outLines().contains("partnerships,,4"), csv.out());
		assertTrue(csv.outLines().contains("status,Active,3"), csv.out());
		assertTrue(csv.outLines().contains("status,Ceased,1"), csv.out());
		assertTrue(csv.outLines().contains("training sessions,,12"), csv.out());
		assertTrue(csv.outLines().contains("legal partner type,Community legal centre,4"), csv.out());

		CliRun json = CliRun.hjp("rollup", "--format", "json", network.getParent().toString());
		JsonNode counts = new ObjectMapper().readTree(json.out());
		assertEquals(4, counts.get("partnerships").asInt());
		assertEquals(4 * 25, counts.get("training attendees").asInt());
		assertEquals(8, counts.get("legal problem type").get("Tenancy").asInt() + counts.get("legal problem type").get("Debt").asInt());
	}

	@Test
	void scoreWritesEveryRoundsResultsAsOneTableAndReportsBadFiles() throws Exception {
		Path network = Files.createDirectories(folder.resolve("scored"));
		Files.copy(sample, network.resolve("a.hjp"));
		Files.copy(sample, network.resolve("b.hjp"));
		Files.writeString(network.resolve("broken.hjp"), Files.readString(sample).substring(0, 900));
		CliRun run = CliRun.hjp("score", network.toString(), folder.resolve("missing.hjp").toString());
		assertEquals(Cli.BAD_FILES, run.code(), run.err());
		assertEquals(2, run.reasons().size(), run.err());
		List<String> lines = run.outLines();
		assertEquals("partnership,round,date,instrument,version,level,respondent,organisation,score,value,answered,statements,band,spread,disagreement,score kind,score id,group",
				lines.get(0));
		// per sample: the first round has 5 respondents and 2 partners, the second 4 and 2; 7 domains and the total each
		assertEquals(1 + 2 * ((5 + 2 + 1) * 8 + (4 + 2 + 1) * 8), lines.size(), run.out());
		assertTrue(run.err().contains("4 assessment rounds scored."), run.err());

		Partnership partnership = (Partnership) new PartnershipStore().load(sample).getContents().get(0);
		AssessmentRound second = ((LearningPlan) partnership.getExtensions().stream().filter(LearningPlan.class::isInstance).findFirst().orElseThrow())
				.getAssessmentRounds().get(1);
		RoundResults results = RoundResults.of(second, null);
		String total = lines.stream().filter(l -> l.contains("\"Partnership checklist, one year on\"") && l.contains(",partnership,") && l.contains(",Total,"))
				.findFirst().orElseThrow();
		assertTrue(total.contains(",Total," + ValueFormat.format(Math.round(results.overall().total() * 100) / 100.0) + ",,35," + results.totalBand(results.overall().total()).getLabel() + ","), total);
		assertTrue(lines.stream().anyMatch(l -> l.contains(",partnership,") && l.contains(",yes,domain,")), "some domain is a disagreement");
		assertTrue(lines.stream().anyMatch(l -> l.contains(",respondent,Respondent A,Riverbend Regional Hospital,Total,")), "an anonymous respondent");
	}

	@Test
	void scoreAndValidateRefuseARoundWhoseInstrumentCopyIsOverTheLimits() throws Exception {
		String text = Files.readString(sample);
		int end = text.indexOf("</instrument>");
		String bands = IntStream.range(0, 20_000).mapToObj(i -> "<bands min=\"" + (200 + i) + "\" max=\"" + (200 + i) + "\" label=\"b\"/>").collect(Collectors.joining("\n"));
		Path edited = write("edited.hjp", text.substring(0, end) + bands + "\n" + text.substring(end));
		String refused = "The assessment round \u201cPartnership checklist, first year\u201d cannot be answered or scored: the copy of its instrument kept in the "
				+ "partnership file cannot be used. The instrument \u201cPartnership checklist\u201d has 20003 bands for the total; at most 100 are allowed.";
		CliRun score = CliRun.hjp("score", edited.toString());
		assertEquals(Cli.BAD_FILES, score.code(), score.err());
		assertEquals(List.of("hjp: " + edited + ": " + refused), score.reasons());
		CliRun validate = CliRun.hjp("validate", edited.toString());
		assertEquals(Cli.INVALID, validate.code(), validate.err());
		assertTrue(validate.outLines().contains(edited + "\terror\t" + refused), validate.out());
	}

	@Test
	void upgradeRewritesEachFileKeepingTheOldVersionAsBackupAndRefusesJson() throws Exception {
		String before = Files.readString(sample).replace("    xmi:id=\"riverbend\"", "\n\n    xmi:id=\"riverbend\"");
		Files.writeString(sample, before);
		Path json = write("exported.json", "{}");
		CliRun run = CliRun.hjp("upgrade", sample.toString(), json.toString());
		assertEquals(Cli.BAD_FILES, run.code(), run.err());
		assertEquals(List.of(sample.toString()), run.outLines());
		assertEquals(1, run.reasons().size(), run.err());
		assertTrue(run.reasons().get(0).contains("it is a JSON export, not a partnership file"), run.err());
		assertEquals(before, Files.readString(folder.resolve("riverbend.hjp.bak")), "the previous version is the backup");
		String after = Files.readString(sample);
		assertTrue(!after.equals(before) && !after.contains("\n\n"), "the file is written again in this version's layout");
		assertEquals("Riverbend Health Justice Partnership",
				((Partnership) new PartnershipStore().load(sample).getContents().get(0)).getName());
		assertEquals("{}", Files.readString(json), "the JSON file is left alone");
	}

	@Test
	void usageMistakesGetExitCode64AndAHint() throws Exception {
		assertEquals(Cli.USAGE, CliRun.hjp().code());
		CliRun unknown = CliRun.hjp("frobnicate");
		assertEquals(Cli.USAGE, unknown.code());
		assertTrue(unknown.err().contains("Run hjp help"), unknown.err());
		assertEquals(Cli.USAGE, CliRun.hjp("validate").code());
		assertEquals(Cli.USAGE, CliRun.hjp("rollup", "--colour", "red", sample.toString()).code());
		CliRun help = CliRun.hjp("help");
		assertEquals(Cli.OK, help.code());
		assertTrue(help.out().contains("Exit codes"));
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(folder.resolve(name), content);
	}

}
