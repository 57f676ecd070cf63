package org.hjp.workbench.cli;

import java.util.concurrent.Callable;

import org.hjp.workbench.sharing.RepositoryException;
import org.hjp.workbench.sharing.SharedRepository;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code hjp repo init}: creates the repository's schema, or brings it to this version; run twice, it changes nothing. */
@Command(name = "init", description = { "Create the repository's schema in a database, or bring it to this workbench's version.",
		"Run by the server's administrator (a login that may create roles). Running it again changes nothing." })
final class RepoInitCommand implements Callable<Integer> {

	@ParentCommand
	private RepoCommand repo;

	@Mixin
	private RepoConnection connection;

	@Override
	public Integer call() {
		try (SharedRepository repository = connection.open()) {
			int applied = repository.init();
			repo.hjp().progress().println(applied == 0 ? "The repository " + repository.settings() + " is up to date; nothing was changed."
					: "The repository " + repository.settings() + " is ready (" + applied + (applied == 1 ? " step" : " steps") + " applied).");
			return Cli.OK;
		} catch (RepositoryException e) {
			return repo.failed("init", e);
		}
	}
}
