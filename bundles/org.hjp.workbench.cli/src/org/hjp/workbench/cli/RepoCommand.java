package org.hjp.workbench.cli;

import picocli.CommandLine.Command;

/** {@code hjp repo}: partnerships in a shared repository on a PostgreSQL server. */
@Command(name = "repo", description = { "Work with partnerships in a shared repository on a PostgreSQL server.",
		"The server, database and login come from the options, or from PGHOST, PGPORT, PGDATABASE, PGUSER, PGSSLMODE and PGSSLROOTCERT;"
				+ " the password from PGPASSWORD, the pgpass file (~/.pgpass, or PGPASSFILE), or a question when there is a terminal. Never an option." },
		subcommands = { RepoInitCommand.class, RepoListCommand.class, RepoHistoryCommand.class, RepoPullCommand.class, RepoPushCommand.class })
final class RepoCommand extends CommandGroup {

	/** Says why a repository command did nothing, on standard error, and gives its exit code. */
	int failed(String command, Exception e) {
		hjp().errors().println("hjp repo " + command + ": " + e.getMessage());
		return Cli.BAD_FILES;
	}
}
