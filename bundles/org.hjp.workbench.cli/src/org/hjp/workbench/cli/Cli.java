package org.hjp.workbench.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;

import picocli.CommandLine;

/**
 * The {@code hjp} command line: {@code validate}, {@code export}, {@code report}, {@code score}, {@code rollup} and {@code upgrade} over partnership files and
 * folders of them, and {@code instrument check} for authors of instrument plug-ins, with picocli's help, version and completion. Results go to standard output, progress and one line per bad file to standard error.
 */
public final class Cli {

	/** Everything went through. */
	public static final int OK = 0;
	/** The files were read, and some have validation errors. */
	public static final int INVALID = 1;
	/** Some files could not be read or written; the others were still done. */
	public static final int BAD_FILES = 2;
	/** The command was not understood. */
	public static final int USAGE = 64;
	/** The command stopped on something it did not expect; it said what on standard error. */
	public static final int FAILED = 70;

	private final Services services;

	public Cli(Services services) {
		this.services = services;
	}

	public int run(String[] args, PrintStream out, PrintStream err) {
		CommandLine commandLine = new CommandLine(new HjpCommand(services, out, err))
				.setOut(writer(out))
				.setErr(writer(err))
				// Arguments are file names, taken as they are: @name is a file, not a list of arguments to read, and a
				// second --format replaces the first, as before picocli.
				.setExpandAtFiles(false)
				.setOverwrittenOptionsAllowed(true)
				.setParameterExceptionHandler(new PlainUsageMessages(err))
				.setExecutionStrategy(new GuardedExecution(err));
		return commandLine.execute(args);
	}

	private static PrintWriter writer(PrintStream stream) {
		return new PrintWriter(new OutputStreamWriter(stream, stream.charset()), true);
	}
}
