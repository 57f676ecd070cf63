package org.hjp.workbench.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A command that only groups others, such as {@code hjp answers}: without one of them it shows its help, as a usage mistake. */
abstract class CommandGroup implements Callable<Integer> {

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
