package org.hjp.workbench.cli;

import java.util.concurrent.Callable;

import org.hjp.workbench.sharing.RepositoryException;
import org.hjp.workbench.sharing.SharedRepository;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code hjp repo list}: the partnerships this login may see, one per line. */
@Command(name = "list", description = { "List the partnerships you may see in the repository, by name.",
		"One line each, separated by tabs: id, latest version, when it was saved, who saved it, name." })
final class RepoListCommand implements Callable<Integer> {

	@ParentCommand
	private RepoCommand repo;

	@Mixin
	private RepoConnection connection;

	@Override
	public Integer call() {
		try (SharedRepository repository = connection.open()) {
			for (SharedRepository.Entry entry : repository.list()) {
				repo.hjp().out().println(String.join("\t", entry.id(), String.valueOf(entry.latest()), entry.savedAt().toString(), entry.savedBy(),
						entry.name().replace('\t', ' ').replace('\n', ' ')));
			}
			return Cli.OK;
		} catch (RepositoryException e) {
			return repo.failed("list", e);
		}
	}
}
