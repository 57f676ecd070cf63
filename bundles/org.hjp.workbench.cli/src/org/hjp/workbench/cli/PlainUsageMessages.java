package org.hjp.workbench.cli;

import java.io.PrintStream;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** What picocli found wrong with the arguments, said in one plain line that names the command; the run ends as a usage mistake. */
final class PlainUsageMessages implements IParameterExceptionHandler {

	private final PrintStream err;

	PlainUsageMessages(PrintStream err) {
		this.err = err;
	}

	@Override
	public int handleParseException(ParameterException e, String[] args) {
		CommandLine command = e.getCommandLine();
		err.println(command.getCommandSpec().qualifiedName() + ": " + sentence(e, command));
		return Cli.USAGE;
	}

	private static String sentence(ParameterException e, CommandLine command) {
		// An unknown option also leaves a command without its files; the option is the mistake to tell.
		List<String> unmatched = command.getUnmatchedArguments();
		if (!unmatched.isEmpty()) {
			return unexpected(unmatched.get(0), command, e instanceof UnmatchedArgumentException u ? u.getSuggestions() : List.of());
		}
		if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
			ArgSpec arg = missing.getMissing().get(0);
			return arg instanceof OptionSpec option ? option.longestName() + " needs a value." : "name at least one partnership file or folder.";
		}
		if (e.getArgSpec() == null && e.getValue() != null && !command.getSubcommands().isEmpty()) {
			// hjp help nope: the help command names its parent, and the command it does not know, as the wrong value.
			return unexpected(e.getValue(), command, List.of());
		}
		return e.getMessage();
	}

	private static String unexpected(String argument, CommandLine command, List<String> suggestions) {
		boolean top = command.getParent() == null;
		// hjp help takes one level of commands: below that, the command's own --help tells.
		String help = top ? "Run hjp help for the commands."
				: command.getParent().getParent() == null ? "Run hjp help " + command.getCommandName() + " for what it takes."
						: "Run " + command.getCommandSpec().qualifiedName() + " --help for what it takes.";
		String guess = suggestions.isEmpty() ? "" : "Did you mean " + String.join(" or ", suggestions) + "? ";
		if (argument.startsWith("-")) {
			return "unknown option " + argument + ". " + guess + help;
		}
		if (top) {
			return "unknown command \u201c" + argument + "\u201d. " + guess + help;
		}
		return "\u201c" + argument + "\u201d was not expected here. " + help;
	}
}
