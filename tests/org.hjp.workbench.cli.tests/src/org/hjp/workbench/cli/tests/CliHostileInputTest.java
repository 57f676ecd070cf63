package org.hjp.workbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.hjp.workbench.cli.Cli;
import org.hjp.workbench.cli.Services;
import org.hjp.workbench.export.Exporter;
import org.hjp.workbench.tests.generator.NamedPipe;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line never says success when it did nothing, and never hangs: folders it cannot read, folders given
 * through a link, pipes, JSON of the wrong shape, a failure nothing expected and running out of memory each end with
 * one line that says so and an exit code that is not success.
 */
class CliHostileInputTest {

	@TempDir
	Path folder;

	private Path plans;

	@BeforeEach
	void aFolderOfPlans() throws IOException {
		plans = Files.createDirectory(folder.resolve("plans"));
		SampleFile.copy(plans.resolve("riverbend.hjp"));
	}

	@Test
	void aSubfolderThatCannotBeReadIsReportedAndTheRestIsCounted() throws Exception {
		Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root reads every folder; CI runs this test as an ordinary user");
		Path closed = Files.createDirectory(plans.resolve("closed"));
		Files.copy(plans.resolve("riverbend.hjp"), closed.resolve("hidden.hjp"));
		Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("---------"));
		try {
			CliRun run = CliRun.hjp(Services.fromFramework(), "rollup", plans.toString());
			assertEquals(Cli.BAD_FILES, run.code(), run.err());
			assertEquals(List.of("hjp: " + closed + ": this folder cannot be read (you do not have permission); the partnerships in it were left out."),
					run.reasons());
			assertTrue(run.err().contains("1 partnerships counted."), run.err());
		} finally {
			Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
		}
	}

	@Test
	void aFolderGivenThroughALinkIsWalkedWhereItLeads() throws Exception {
		Path link = Files.createSymbolicLink(folder.resolve("link-to-plans"), plans);
		CliRun run = CliRun.hjp(Services.fromFramework(), "upgrade", link.toString());
		assertEquals(Cli.OK, run.code(), run.err());
		assertEquals(link.resolve("riverbend.hjp") + System.lineSeparator(), run.out());
	}

	@Test
	void aPipeIsNotReadAndTheRestIsStillDone() throws Exception {
		Path pipe = NamedPipe.make(folder.resolve("pipe.hjp"));
		CliRun run = CliRun.hjp(Services.fromFramework(), "validate", pipe.toString(), plans.resolve("riverbend.hjp").toString());
		assertEquals(Cli.BAD_FILES, run.code(), run.err());
		assertEquals(List.of("hjp: " + pipe + ": it is not a regular file (a pipe or a device), so it was not read."), run.reasons());
	}

	@Test
	void jsonOfTheWrongShapeIsRefusedInsteadOfReadForEver() throws Exception {
		for (String shape : List.of("[1]", "[[]]", "[{}]", "{\"eClass\": \"http://hjp-workbench.org/model/partnership/1#//Partnership\", \"organisations\": [1]}",
				"{\"eClass\": \"http://hjp-workbench.org/model/partnership/1#//Partnership\", \"organisations\": [[]]}")) {
			Path json = Files.writeString(folder.resolve("shape.json"), shape);
			CliRun run = CliRun.hjp(Services.fromFramework(), "validate", json.toString());
			assertEquals(Cli.BAD_FILES, run.code(), shape + ": " + run.err());
			assertEquals(1, run.reasons().size(), shape + ": " + run.err());
			assertTrue(run.reasons().get(0).startsWith("hjp: " + json + ": it is not a partnership in JSON"), shape + ": " + run.err());
		}
	}

	@Test
	void aFailureNothingExpectedIsOneLineAndNotSuccess() throws Exception {
		// Services missing, as a broken installation could leave them: the command fails before any file is read.
		CliRun run = CliRun.hjp(new Services(null, null, null), "export", "--format", "json", plans.toString());
		assertEquals(Cli.FAILED, run.code(), run.err());
		assertEquals(1, run.err().lines().count(), run.err());
		assertTrue(run.err().startsWith("hjp export: stopped on an unexpected problem: "), run.err());
	}

	@Test
	void runningOutOfMemoryOnAFileSaysSoAndGoesOnWithTheRest() throws Exception {
		Path exhausting = plans.resolve("riverbend.hjp");
		Path second = Files.copy(exhausting, plans.resolve("second.hjp"));
		CliRun run = CliRun.hjp(exporting((partnership, out) -> {
			if (partnership.getURI().lastSegment().equals(exhausting.getFileName().toString())) {
				throw new OutOfMemoryError("Java heap space");
			}
			Files.writeString(out, "written");
		}), "export", "--format", "test", "--out", folder.toString(), plans.toString());
		assertEquals(Cli.BAD_FILES, run.code(), run.err());
		assertEquals(List.of("hjp: " + exhausting + ": there was not enough memory to deal with it; it was left out."), run.reasons());
		assertEquals(folder.resolve("second.out") + System.lineSeparator(), run.out());
		assertTrue(Files.exists(second));
	}

	@Test
	void aLibrarysOwnWordsDoNotReachTheUser() throws Exception {
		CliRun run = CliRun.hjp(exporting((partnership, out) -> {
			throw new IndexOutOfBoundsException("index=0, size=0");
		}), "export", "--format", "test", "--out", folder.toString(), plans.resolve("riverbend.hjp").toString());
		assertEquals(Cli.BAD_FILES, run.code(), run.err());
		assertEquals(List.of("hjp: " + plans.resolve("riverbend.hjp") + ": something the command did not expect stopped it (IndexOutOfBoundsException);"
				+ " nothing more was done for this file."), run.reasons());
	}

	/** The command line's services with one exporter, "test", that writes {@code <name>.out} as {@code write} does. */
	private static Services exporting(Write write) {
		return new Services(null, List.of(new TestExporter(write)), null);
	}

	@FunctionalInterface
	private interface Write {
		void to(Resource partnership, Path out) throws IOException;
	}

	/** An exporter that fails as {@code write} makes it: as a library can, or as a file too big for the heap would. */
	private record TestExporter(Write write) implements Exporter {
		@Override
		public String id() {
			return "test";
		}

		@Override
		public String label() {
			return "a test's";
		}

		@Override
		public List<Path> files(Path out, String baseName) {
			return List.of(out.resolve(baseName + ".out"));
		}

		@Override
		public List<Path> write(Resource partnership, Path out, String baseName) throws IOException {
			Path file = out.resolve(baseName + ".out");
			write.to(partnership, file);
			return List.of(file);
		}
	}
}
