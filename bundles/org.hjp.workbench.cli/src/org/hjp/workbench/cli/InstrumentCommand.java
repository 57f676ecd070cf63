package org.hjp.workbench.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code hjp instrument}: for authors of assessment instrument plug-ins. */
@Command(name = "instrument", description = { "Check assessment instrument definitions, for authors of instrument plug-ins." },
		subcommands = { InstrumentCheckCommand.class })
final class InstrumentCommand implements Callable<Integer> {

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
