package org.hjp.workbench.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code hjp} command: its commands, the options every command takes, and what the commands share
 * (the services, the output streams). Without a command it shows its help on standard error, as a usage mistake.
 */
@Command(name = "hjp", mixinStandardHelpOptions = true, versionProvider = BundleVersion.class, scope = ScopeType.INHERIT,
		description = { "Checks, exports, scores and counts partnership files (.hjp) and folders of them.",
				"Run hjp help <command> to see what a command does and its options." },
		subcommands = { ValidateCommand.class, ExportCommand.class, ReportCommand.class, ScoreCommand.class, RollupCommand.class,
				UpgradeCommand.class, AnswersCommand.class, InstrumentCommand.class, RepoCommand.class, HelpCommand.class, CompletionCommand.class },
		parameterListHeading = "%n", optionListHeading = "%nOptions:%n", commandListHeading = "%nCommands:%n",
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { " 0:done", " 1:validation errors found", " 2:some files could not be read or written; the others were still done",
				"64:the command was not understood", "70:the command stopped on something unexpected (said on standard error)" },
		footerHeading = "%n",
		footer = { "A folder stands for every .hjp and .json file in it and its subfolders. A file whose name begins with a dash goes after --,"
				+ " as in hjp validate -- -draft.hjp.",
				"Results go to standard output; progress, and one line for each file that could not be read or written, to standard error." })
final class HjpCommand implements Callable<Integer> {

	@Option(names = { "-q", "--quiet" }, scope = ScopeType.INHERIT,
			description = "Show no progress on standard error; results, and files that could not be done, are still shown.")
	private boolean quiet;

	@Spec
	private CommandSpec spec;

	private final Services services;
	private final PrintStream out;
	private final PrintStream err;

	HjpCommand(Services services, PrintStream out, PrintStream err) {
		this.services = services;
		this.out = out;
		this.err = err;
	}

	@Override
	public Integer call() {
		spec.commandLine().usage(err);
		return Cli.USAGE;
	}

	Services services() {
		return services;
	}

	/** Where results go. */
	PrintStream out() {
		return out;
	}

	/** Where what could not be done goes, even with {@code --quiet}: standard error. */
	PrintStream errors() {
		return err;
	}

	/** Where progress and counts go: standard error, or nowhere with {@code --quiet}. */
	PrintStream progress() {
		return quiet ? new PrintStream(OutputStream.nullOutputStream()) : err;
	}

	/** A batch that tells its progress, unless quiet, and each file it could not do on standard error. */
	BatchReader batch() {
		return new BatchReader(err, progress());
	}
}
