package org.hjp.workbench.cli;

import java.io.PrintStream;

import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;

/**
 * Runs the command the user named, and turns whatever stops it into one line on standard error, naming the command,
 * and the exit code for a usage mistake or for something unexpected.
 */
final class GuardedExecution implements IExecutionStrategy {

	private final PrintStream err;

	GuardedExecution(PrintStream err) {
		this.err = err;
	}

	@Override
	public int execute(ParseResult parsed) {
		ParseResult command = parsed;
		while (command.hasSubcommand()) {
			command = command.subcommand();
		}
		String name = command.commandSpec().qualifiedName();
		try {
			return new RunLast().execute(parsed);
		} catch (ParameterException e) {
			throw e;
		} catch (ExecutionException e) {
			return stopped(name, e.getCause() == null ? e : e.getCause());
		} catch (RuntimeException | Error e) {
			return stopped(name, e);
		}
	}

	private int stopped(String command, Throwable failure) {
		if (failure instanceof UsageException) {
			err.println(command + ": " + failure.getMessage());
			return Cli.USAGE;
		}
		if (failure instanceof OutOfMemoryError) {
			err.println(command + ": stopped: there was not enough memory. Give it fewer or smaller files at a time.");
			return Cli.FAILED;
		}
		err.println(command + ": stopped on an unexpected problem: " + Unexpected.describe(failure));
		return Cli.FAILED;
	}
}
