package org.hjp.workbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hjp.workbench.cli.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hjp export} overwrites nothing unasked: not an existing file, not a partnership, not its own input, not another input's export. */
class CliExportTargetsTest {

	@TempDir
	Path folder;

	private Path plan;

	@BeforeEach
	void aPlan() throws IOException {
		plan = SampleFile.copy(folder.resolve("plan.hjp"));
	}

	@Test
	void twoInputsWithTheSameNameDoNotWriteToOneFile() throws Exception {
		Path other = Files.copy(plan, Files.createDirectory(folder.resolve("other")).resolve("plan.hjp"));
		Path out = Files.createDirectory(folder.resolve("out"));
		CliRun run = CliRun.hjp("export", "--format", "json", "--out", out.toString(), plan.toString(), other.toString());
		assertEquals(Cli.BAD_FILES, run.code(), run.err());
		assertEquals(out.resolve("plan.json") + System.lineSeparator(), run.out());
		assertEquals(List.of("hjp: " + other + ": its export would have the same name as that of " + plan + " (" + out.resolve("plan.json")
				+ "); export them to different folders."), run.reasons());
	}

	@Test
	void anExistingFileIsReplacedOnlyWithForce() throws Exception {
		Path out = Files.createDirectory(folder.resolve("out"));
		Path json = Files.writeString(out.resolve("plan.json"), "someone's own file");
		CliRun refused = CliRun.hjp("export", "--format", "json", "--out", out.toString(), plan.toString());
		assertEquals(Cli.BAD_FILES, refused.code(), refused.err());
		assertEquals(List.of("hjp: " + plan + ": " + json + " already exists; give --force to replace it."), refused.reasons());
		assertEquals("someone's own file", Files.readString(json));

		CliRun forced = CliRun.hjp("export", "--format", "json", "--out", out.toString(), "--force", plan.toString());
		assertEquals(Cli.OK, forced.code(), forced.err());
		assertTrue(Files.readString(json).contains("Riverbend"));
	}

	@Test
	void aPartnershipFileIsNeverReplacedByAnExport() throws Exception {
		Path json = folder.resolve("plan.json");
		assertEquals(Cli.OK, CliRun.hjp("export", "--format", "json", "--out", folder.toString(), plan.toString()).code());
		byte[] before = Files.readAllBytes(plan);
		CliRun run = CliRun.hjp("export", "--format", "xmi", "--out", folder.toString(), "--force", json.toString());
		assertEquals(Cli.BAD_FILES, run.code(), run.err());
		assertEquals(List.of("hjp: " + json + ": exporting it would replace the partnership file " + plan + "; export to another folder."), run.reasons());
		assertArrayEquals(before, Files.readAllBytes(plan));
	}

	@Test
	void anExportNeverWritesOverItsOwnInput() throws Exception {
		byte[] before = Files.readAllBytes(plan);
		CliRun run = CliRun.hjp("export", "--format", "xmi", "--out", folder.toString(), "--force", plan.toString());
		assertEquals(Cli.BAD_FILES, run.code(), run.err());
		assertEquals(List.of("hjp: " + plan + ": exporting it would write over " + plan + ", one of the files being exported; export to another folder."),
				run.reasons());
		assertArrayEquals(before, Files.readAllBytes(plan));
	}

}
