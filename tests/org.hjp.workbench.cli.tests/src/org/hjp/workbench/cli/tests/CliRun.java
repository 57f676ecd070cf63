package org.hjp.workbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.hjp.workbench.cli.Cli;
import org.hjp.workbench.cli.Services;

/** What one run of the command line printed and returned. */
record CliRun(int code, String out, String err) {

	/** Far longer than any run in the tests takes: only a run that hangs reaches it. */
	private static final Duration HANG_GUARD = Duration.ofSeconds(60);

	/** Runs {@code hjp} with these arguments and the workbench's services. */
	static CliRun hjp(String... args) throws Exception {
		return hjp(Services.fromFramework(), args);
	}

	/** Runs {@code hjp} with these arguments and services; a run that hangs fails the test. */
	static CliRun hjp(Services services, String... args) {
		return assertTimeoutPreemptively(HANG_GUARD, () -> {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ByteArrayOutputStream err = new ByteArrayOutputStream();
			int code = new Cli(services).run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
			return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
		}, "the command hangs");
	}

	List<String> outLines() {
		return out.isEmpty() ? List.of() : Arrays.asList(out.split("\\R"));
	}

	/** The lines that say why a file could not be done. */
	List<String> reasons() {
		return err.lines().filter(l -> l.startsWith("hjp: ")).toList();
	}
}
