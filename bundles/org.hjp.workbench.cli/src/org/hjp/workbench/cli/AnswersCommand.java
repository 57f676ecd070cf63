package org.hjp.workbench.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code hjp answers}: answers to assessment rounds given outside the workbench. */
@Command(name = "answers", description = { "Bring answers given outside the workbench (filled questionnaires, CSV) into an assessment round." },
		subcommands = { AnswersImportCommand.class })
final class AnswersCommand implements Callable<Integer> {

	@ParentCommand
	private HjpCommand hjp;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		spec.commandLine().usage(hjp.progress());
		return Cli.USAGE;
	}

	HjpCommand hjp() {
		return hjp;
	}
}
