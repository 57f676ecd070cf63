package org.hjp.workbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hjp.workbench.cli.Cli;
import org.hjp.workbench.cli.Services;
import org.hjp.workbench.core.persistence.SamplePartnership;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hjp export} overwrites nothing unasked: not an existing file, not a partnership, not its own input, not another input's export. */
class CliExportTargetsTest {

	@TempDir
	Path folder;

	private Path plan;

	record Run(int code, String out, String err) {
		List<String> reasons() {
			return err.lines().filter(l -> l.startsWith("hjp")).toList();
		}
	}

	@BeforeEach
	void aPlan() throws IOException {
		plan = folder.resolve("plan.hjp");
		try (InputStream in = SamplePartnership.open()) {
			Files.copy(in, plan);
		}
	}

	@Test
	void twoInputsWithTheSameNameDoNotWriteToOneFile() throws Exception {
		Path other = Files.copy(plan, Files.createDirectory(folder.resolve("other")).resolve("plan.hjp"));
		Path out = Files.createDirectory(folder.resolve("out"));
		Run run = hjp("export", "--format", "json", "--out", out.toString(), plan.toString(), other.toString());
		assertEquals(Cli.BAD_FILES, run.code(), run.err());
		assertEquals(out.resolve("plan.json") + System.lineSeparator(), run.out());
		assertEquals(List.of("hjp: " + other + ": its export would have the same name as that of " + plan + " (" + out.resolve("plan.json")
				+ "); export them to different folders."), run.reasons());
	}

	@Test
	void anExistingFileIsReplacedOnlyWithForce() throws Exception {
		Path out = Files.createDirectory(folder.resolve("out"));
		Path json = Files.writeString(out.resolve("plan.json"), "someone's own file");
		Run refused = hjp("export", "--format", "json", "--out", out.toString(), plan.toString());
		assertEquals(Cli.BAD_FILES, refused.code(), refused.err());
		assertEquals(List.of("hjp: " + plan + ": " + json + " already exists; give --force to replace it."), refused.reasons());
		assertEquals("someone's own file", Files.readString(json));

		Run forced = hjp("export", "--format", "json", "--out", out.toString(), "--force", plan.toString());
		assertEquals(Cli.OK, forced.code(), forced.err());
		assertTrue(Files.readString(json).contains("Riverbend"));
	}

	@Test
	void aPartnershipFileIsNeverReplacedByAnExport() throws Exception {
		Path json = folder.resolve("plan.json");
		assertEquals(Cli.OK, hjp("export", "--format", "json", "--out", folder.toString(), plan.toString()).code());
		byte[] before = Files.readAllBytes(plan);
		Run run = hjp("export", "--format", "xmi", "--out", folder.toString(), "--force", json.toString());
		assertEquals(Cli.BAD_FILES, run.code(), run.err());
		assertEquals(List.of("hjp: " + json + ": exporting it would replace the partnership file " + plan + "; export to another folder."), run.reasons());
		assertArrayEquals(before, Files.readAllBytes(plan));
	}

	@Test
	void anExportNeverWritesOverItsOwnInput() throws Exception {
		byte[] before = Files.readAllBytes(plan);
		Run run = hjp("export", "--format", "xmi", "--out", folder.toString(), "--force", plan.toString());
		assertEquals(Cli.BAD_FILES, run.code(), run.err());
		assertEquals(List.of("hjp: " + plan + ": exporting it would write over " + plan + ", one of the files being exported; export to another folder."),
				run.reasons());
		assertArrayEquals(before, Files.readAllBytes(plan));
	}

	private static Run hjp(String... args) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new Cli(Services.fromFramework()).run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}
}
