package org.hjp.workbench.cli.tests;

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
import org.osgi.framework.FrameworkUtil;

import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code hjp} follows the conventions of command lines: --version, help for each command, --opt=value, --, -q and completion. */
class CliConventionsTest {

	@TempDir
	Path folder;

	private Path sample;

	@BeforeEach
	void copySample() throws IOException {
		sample = SampleFile.copy(folder.resolve("riverbend.hjp"));
	}

	@Test
	void versionIsTheCommandLineBundlesVersion() throws Exception {
		CliRun run = CliRun.hjp("--version");
		assertEquals(Cli.OK, run.code(), run.err());
		assertEquals(List.of("hjp " + FrameworkUtil.getBundle(Cli.class).getVersion()), run.outLines());
		assertEquals(run.out(), CliRun.hjp("validate", "--version").out(), "every command tells the same version");
	}

	@Test
	void helpForACommandShowsItsOptionsEitherWay() throws Exception {
		CliRun help = CliRun.hjp("help", "export");
		assertEquals(Cli.OK, help.code(), help.err());
		assertTrue(help.out().startsWith("Usage: hjp export"), help.out());
		for (String option : List.of("--format", "--out", "--force", "--quiet", "<file>...", "Exit codes")) {
			assertTrue(help.out().contains(option), option + " in " + help.out());
		}
		CliRun flag = CliRun.hjp("export", "--help");
		assertEquals(Cli.OK, flag.code(), flag.err());
		assertEquals(help.out(), flag.out());
	}

	@Test
	void theOverallHelpListsEveryCommand() throws Exception {
		CliRun help = CliRun.hjp("--help");
		assertEquals(Cli.OK, help.code(), help.err());
		for (String command : List.of("validate", "export", "report", "score", "rollup", "upgrade", "help", "completion")) {
			assertTrue(help.out().lines().anyMatch(l -> l.strip().startsWith(command + " ")), command + " in " + help.out());
		}
	}

	@Test
	void anOptionsValueMayFollowAnEqualsSign() throws Exception {
		CliRun joined = CliRun.hjp("rollup", "--format=json", sample.toString());
		assertEquals(Cli.OK, joined.code(), joined.err());
		assertEquals(1, new ObjectMapper().readTree(joined.out()).get("partnerships").asInt());
		assertEquals(CliRun.hjp("rollup", "--format", "json", sample.toString()).out(), joined.out());
	}

	@Test
	void aFileNamedLikeAnOptionGoesAfterTwoDashes() throws Exception {
		// Only a relative name can begin with a dash, so the file is made in the working folder for the time of the test.
		Path dashed = Path.of("-x.hjp");
		Files.copy(sample, dashed);
		try {
			CliRun refused = CliRun.hjp("validate", "-x.hjp");
			assertEquals(Cli.USAGE, refused.code(), refused.err());
			assertEquals("hjp validate: unknown option -x.hjp. Run hjp help validate for what it takes." + System.lineSeparator(), refused.err());
			CliRun run = CliRun.hjp("validate", "--", "-x.hjp");
			assertEquals(Cli.OK, run.code(), run.err());
			assertEquals(6, run.outLines().size(), run.out());
			assertTrue(run.outLines().stream().allMatch(l -> l.startsWith("-x.hjp\twarning\t")), run.out());
		} finally {
			Files.delete(dashed);
		}
	}

	@Test
	void quietLeavesOutProgressAndCountsButNotResultsOrBadFiles() throws Exception {
		Path bad = Files.writeString(folder.resolve("bad.hjp"), "not a partnership");
		CliRun told = CliRun.hjp("rollup", sample.toString(), bad.toString());
		assertEquals(Cli.BAD_FILES, told.code(), told.err());
		assertTrue(told.err().contains("[1/2] " + sample), told.err());
		assertTrue(told.err().contains("1 partnerships counted."), told.err());

		for (List<String> args : List.of(List.of("-q", "rollup"), List.of("rollup", "--quiet"))) {
			CliRun quiet = CliRun.hjp(args.get(0), args.get(1), sample.toString(), bad.toString());
			assertEquals(Cli.BAD_FILES, quiet.code(), quiet.err());
			assertEquals(told.out(), quiet.out(), "the results are the same");
			assertEquals(told.reasons(), quiet.reasons());
			assertEquals(1, quiet.err().lines().count(), args + ": only the bad file is said: " + quiet.err());
		}
	}

	@Test
	void argumentMistakesAreOneSentenceNamingTheCommand() throws Exception {
		CliRun option = CliRun.hjp("validate", "--colour", "red", sample.toString());
		assertEquals(Cli.USAGE, option.code());
		assertEquals(List.of("hjp validate: unknown option --colour. Run hjp help validate for what it takes."), option.err().lines().toList());
		CliRun value = CliRun.hjp("export", sample.toString(), "--format");
		assertEquals(Cli.USAGE, value.code());
		assertEquals(List.of("hjp export: --format needs a value."), value.err().lines().toList());
		CliRun files = CliRun.hjp("score");
		assertEquals(Cli.USAGE, files.code());
		assertEquals(List.of("hjp score: name at least one partnership file or folder."), files.err().lines().toList());
		CliRun command = CliRun.hjp("valdate", sample.toString());
		assertEquals(Cli.USAGE, command.code());
		assertEquals(List.of("hjp: unknown command \u201cvaldate\u201d. Did you mean validate? Run hjp help for the commands."), command.err().lines().toList());
		CliRun help = CliRun.hjp("help", "valdate");
		assertEquals(Cli.USAGE, help.code());
		assertEquals(List.of("hjp: unknown command \u201cvaldate\u201d. Run hjp help for the commands."), help.err().lines().toList());
	}

	@Test
	void anArgumentBeginningWithAtIsAFileName() throws Exception {
		Path list = Files.writeString(folder.resolve("list"), sample.toString());
		CliRun run = CliRun.hjp("validate", "@" + list);
		assertEquals(Cli.BAD_FILES, run.code(), run.err());
		assertEquals(1, run.reasons().size(), run.err());
		assertTrue(run.reasons().get(0).startsWith("hjp: @" + list + ": the file does not exist"), run.err());
	}

	@Test
	void theCompletionScriptCompletesEveryCommand() throws Exception {
		CliRun run = CliRun.hjp("completion");
		assertEquals(Cli.OK, run.code(), run.err());
		assertTrue(run.out().contains("complete -F"), "a bash completion script");
		for (String command : List.of("validate", "export", "report", "score", "rollup", "upgrade")) {
			assertTrue(run.out().contains(command), command);
		}
		assertTrue(run.out().contains("--force"), "and the options of the commands");
	}
}
