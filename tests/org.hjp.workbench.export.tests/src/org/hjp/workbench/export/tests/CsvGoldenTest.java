package org.hjp.workbench.export.tests;

import static org.hjp.workbench.tests.generator.Services.exporter;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.hjp.workbench.activities.model.ActivityPlan;
import org.hjp.workbench.activities.model.Training;
import org.hjp.workbench.core.documents.DataTable;
import org.hjp.workbench.core.documents.Wording;
import org.hjp.workbench.core.editing.ModelAdapterFactory;
import org.hjp.workbench.export.CsvTables;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.needs.model.NeedsAndGaps;
import org.hjp.workbench.tests.generator.InstalledStages;
import org.hjp.workbench.tests.generator.RandomPartnership;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's tables are as the golden files say, byte for byte: the CSV layout of docs/csv-layout.md. The test
 * writes them into target/csv-sample; copy one over its golden file only after checking the difference by eye.
 */
class CsvGoldenTest {

	@TempDir
	Path folder;

	/** Every table of every built-in stage, in the stages' order, then the assessment results. */
	static final List<String> TABLES = List.of("partnership", "organisations", "people", "cohorts", "stage-progress", "needs", "evidence", "gaps",
			"existing-services", "relationships", "activities", "trainings", "training-sessions", "agreement", "roles", "contributions",
			"information-sharing", "data-collection", "meetings", "decisions", "review-dates", "measures", "reviews", "change-strategies",
			"assessment-results");

	/** The day the golden files are made as of: a session after it is planned, one on or before it held. */
	private static final LocalDate GOLDEN_DAY = LocalDate.of(2026, 12, 1);

	@Test
	void theSampleTablesMatchTheGoldenFiles() throws Exception {
		Partnership sample = (Partnership) sample().getContents().get(0);
		ComposedAdapterFactory labels = ModelAdapterFactory.create();
		try {
			List<DataTable> tables = CsvTables.tables(sample, new Wording(labels, GOLDEN_DAY), InstalledStages.documents(), null);
			assertEquals(TABLES, tables.stream().map(DataTable::name).toList());
			Path actual = Files.createDirectories(Path.of("target/csv-sample"));
			for (DataTable table : tables) {
				StringWriter csv = new StringWriter();
				CsvTables.print(CsvTables.header(table), CsvTables.rows(sample.getName(), table), csv);
				Files.writeString(actual.resolve(table.name() + ".csv"), csv.toString(), StandardCharsets.UTF_8);
			}
			for (DataTable table : tables) {
				String csv = Files.readString(actual.resolve(table.name() + ".csv"), StandardCharsets.UTF_8);
				assertEquals(GoldenFile.text(table.name() + ".csv"), csv, "the layout of " + table.name() + " (the sample's is in " + actual + ")");
			}
		} finally {
			labels.dispose();
		}
	}

	@Test
	void aSessionIsHeldOnceItsDayHasComeAndWhoCameIsRecorded() throws Exception {
		Partnership sample = (Partnership) sample().getContents().get(0);
		Training huddle = (Training) sample.getExtensions().stream().filter(ActivityPlan.class::isInstance).map(ActivityPlan.class::cast).findFirst().orElseThrow()
				.getActivities().stream().filter(a -> a.getName().startsWith("Spotting legal problems")).findFirst().orElseThrow();
		huddle.getSessions().get(1).setAttendees(0);
		ComposedAdapterFactory labels = ModelAdapterFactory.create();
		try {
			DataTable trainings = CsvTables.tables(sample, new Wording(labels, GOLDEN_DAY), InstalledStages.documents(), null).stream()
					.filter(t -> t.name().equals("trainings")).findFirst().orElseThrow();
			List<Object> row = trainings.rows().get(0);
			assertEquals(List.of(1L, 1L, 14), List.of(row.get(trainings.header().indexOf("sessions held")), row.get(trainings.header().indexOf("sessions planned")),
					row.get(trainings.header().indexOf("attendees held"))), "the session nobody is recorded at is still to be held");
		} finally {
			labels.dispose();
		}
	}

	@Test
	void theExporterWritesAFileForEachTableUnderItsHeader() throws Exception {
		InstalledStages.documents();
		List<Path> written = exporter("csv").write(sample(), folder, "riverbend");
		assertEquals(TABLES.stream().map(t -> "riverbend-" + t + ".csv").toList(), written.stream().map(p -> p.getFileName().toString()).toList());
		for (Path file : written) {
			String table = file.getFileName().toString().replace("riverbend-", "").replace(".csv", "");
			String firstLine = GoldenFile.text(table + ".csv").lines().findFirst().orElseThrow();
			assertTrue(Files.readString(file, StandardCharsets.UTF_8).startsWith(firstLine + "\r\n"), "the header of " + file.getFileName());
		}
	}

	@Test
	void theExcelExportStartsEachFileWithAByteOrderMarkAndIsOtherwiseTheSame() throws Exception {
		Resource sample = sample();
		((Partnership) sample.getContents().get(0)).setName("Whare \u0100whina \u2013 Riverbend");
		List<Path> plain = exporter("csv").write(sample, folder, "plain");
		List<Path> excel = exporter("csv-excel").write(sample, folder, "excel");
		assertEquals(plain.size(), excel.size());
		for (int i = 0; i < plain.size(); i++) {
			byte[] bytes = Files.readAllBytes(excel.get(i));
			assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(bytes, 3), excel.get(i) + " starts with the mark");
			assertArrayEquals(Files.readAllBytes(plain.get(i)), Arrays.copyOfRange(bytes, 3, bytes.length), excel.get(i) + " is otherwise the CSV");
		}
		assertFalse(Files.readString(plain.get(0), StandardCharsets.UTF_8).startsWith("\uFEFF"), "the plain CSV has no mark");
	}

	@Test
	void generatedTextWithCommasQuotesAndLineBreaksIsQuoted() throws Exception {
		List<Path> written = exporter("csv").write(RandomPartnership.create(50, 7), folder, "generated");
		String sessions = Files.readString(table(written, "training-sessions"), StandardCharsets.UTF_8);
		assertTrue(sessions.contains("\"Generated partnership 7, with commas, \"\"quotes\"\" and a line\nbreak\""), sessions.substring(0, 300));
		assertTrue(sessions.startsWith("partnership,training,direction,audience,date,attendees,minutes,feedback,held or planned\r\n"));
	}

	@Test
	void textThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText() throws Exception {
		Resource resource = sample();
		NeedsAndGaps needs = (NeedsAndGaps) ((Partnership) resource.getContents().get(0)).getExtensions().stream()
				.filter(NeedsAndGaps.class::isInstance).findFirst().orElseThrow();
		needs.getNeeds().get(0).setName("=HYPERLINK(\"http://example.org/x\",\"Click\")");
		needs.getNeeds().get(1).setName("@SUM(1+1)");
		needs.getNeeds().get(2).setName("-5 people a week");
		needs.getNeeds().get(0).setBaseline("-3.5");
		String written = Files.readString(table(exporter("csv").write(resource, folder, "formulas"), "needs"), StandardCharsets.UTF_8);

		assertTrue(written.contains(",\"'=HYPERLINK(\"\"http://example.org/x\"\",\"\"Click\"\")\","), written);
		assertTrue(written.contains(",'@SUM(1+1),"), written);
		assertTrue(written.contains(",'-5 people a week,"), written);
		assertTrue(written.contains(",-3.5,"), "a negative number stays a number: " + written);
	}

	@Test
	void everyFormatIsOfferedAndWritesItsFiles() throws Exception {
		InstalledStages.documents();
		for (String id : List.of("json", "xmi", "csv")) {
			for (Path file : exporter(id).write(sample(), folder, "all")) {
				assertTrue(Files.size(file) > (id.equals("csv") ? 12 : 100), file + " has content");
			}
		}
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(2 + TABLES.size() + 1, files.count(), "json, hjp and a csv file for each table, and nothing half-written, beside the source folder");
		}
	}

	@Test
	void anExportIntoAFolderThatIsNotThereFailsAndLeavesNothing() {
		Path missing = folder.resolve("not-there");
		assertThrows(IOException.class, () -> exporter("json").write(sample(), missing, "x"));
		assertTrue(Files.notExists(missing));
	}

	private Resource sample() throws Exception {
		return SampleFile.read(folder);
	}

	private static Path table(List<Path> files, String name) {
		return files.stream().filter(f -> f.getFileName().toString().endsWith("-" + name + ".csv")).findFirst().orElseThrow();
	}
}
