package org.hjp.workbench.cli;

import java.util.concurrent.Callable;

import org.hjp.workbench.sharing.RepositoryException;
import org.hjp.workbench.sharing.SharedRepository;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code hjp repo history}: every saved version of a partnership, newest first. */
@Command(name = "history", description = { "List every saved version of a partnership, newest first.",
		"One line each, separated by tabs: version, when it was saved, who saved it, its size in bytes. hjp repo pull --at gets any of them." })
final class RepoHistoryCommand implements Callable<Integer> {

	@ParentCommand
	private RepoCommand repo;

	@Mixin
	private RepoConnection connection;

	@Parameters(index = "0", paramLabel = "<partnership-id>", description = "The partnership's id, as hjp repo list shows it.")
	private String id;

	@Override
	public Integer call() {
		try (SharedRepository repository = connection.open()) {
			for (SharedRepository.Version version : repository.history(id)) {
				repo.hjp().out().println(String.join("\t", String.valueOf(version.version()), version.savedAt().toString(), version.savedBy(),
						String.valueOf(version.bytes())));
			}
			return Cli.OK;
		} catch (RepositoryException e) {
			return repo.failed("history", e);
		}
	}
}
