package org.hjp.workbench.cli;

import java.util.concurrent.Callable;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code hjp completion}: a bash script that completes hjp's commands and options. */
@Command(name = "completion", description = { "Print a script that lets bash complete hjp's commands and options.",
		"To use it in the current shell: source <(hjp completion)" })
final class CompletionCommand implements Callable<Integer> {

	@ParentCommand
	private HjpCommand hjp;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		hjp.out().println(AutoComplete.bash("hjp", spec.root().commandLine()));
		hjp.out().flush();
		return Cli.OK;
	}
}
