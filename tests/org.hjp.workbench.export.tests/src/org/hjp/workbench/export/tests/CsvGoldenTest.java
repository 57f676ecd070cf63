package org.hjp.workbench.export.tests;

import static org.hjp.workbench.tests.generator.Services.exporter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.needs.model.NeedsAndGaps;
import org.hjp.workbench.tests.generator.RandomPartnership;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exporters offered as services write the sample as the golden files say, byte for byte: the CSV layout
 * of docs/csv-layout.md. Regenerate a golden file only after checking the difference by eye.
 */
class CsvGoldenTest {

	@TempDir
	Path folder;

	@Test
	void theSampleTablesMatchTheGoldenFiles() throws Exception {
		List<Path> written = exporter("csv").write(sample(), folder, "riverbend");
		assertEquals(List.of("riverbend-needs.csv", "riverbend-activities.csv", "riverbend-training-sessions.csv", "riverbend-measures.csv",
				"riverbend-assessment-results.csv"),
				written.stream().map(p -> p.getFileName().toString()).toList());
		for (Path file : written) {
			String golden = GoldenFile.text(file.getFileName().toString().replace("riverbend-", ""));
			assertEquals(golden, Files.readString(file, StandardCharsets.UTF_8), "the layout of " + file.getFileName());
		}
	}

	@Test
	void generatedTextWithCommasQuotesAndLineBreaksIsQuoted() throws Exception {
		List<Path> written = exporter("csv").write(RandomPartnership.create(50, 7), folder, "generated");
		String sessions = Files.readString(written.get(2), StandardCharsets.UTF_8);
		assertTrue(sessions.contains("\"Generated partnership 7, with commas, \"\"quotes\"\" and a line\nbreak\""), sessions.substring(0, 300));
		assertTrue(sessions.startsWith("partnership,training,direction,audience,date,attendees,minutes,feedback\r\n"));
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
		String written = Files.readString(exporter("csv").write(resource, folder, "formulas").get(0), StandardCharsets.UTF_8);

		assertTrue(written.contains(",\"'=HYPERLINK(\"\"http://example.org/x\"\",\"\"Click\"\")\","), written);
		assertTrue(written.contains(",'@SUM(1+1),"), written);
		assertTrue(written.contains(",'-5 people a week,"), written);
		assertTrue(written.contains(",-3.5,"), "a negative number stays a number: " + written);
	}

	@Test
	void everyFormatIsOfferedAndWritesItsFiles() throws Exception {
		for (String id : List.of("json", "xmi", "csv")) {
			for (Path file : exporter(id).write(sample(), folder, "all")) {
				assertTrue(Files.size(file) > 100, file + " has content");
			}
		}
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(8, files.count(), "json, hjp and five csv files, and nothing half-written, beside the source folder");
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
}
