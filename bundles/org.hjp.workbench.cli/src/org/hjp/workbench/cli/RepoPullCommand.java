package org.hjp.workbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

import org.hjp.workbench.sharing.RepositoryException;
import org.hjp.workbench.sharing.SharedRepository;
import org.hjp.workbench.sharing.WorkingCopies;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code hjp repo pull}: a version of a partnership into a local file, which hjp repo push then saves on top of it. */
@Command(name = "pull", description = { "Write a version of a partnership from the repository into a local file (the latest unless --at says).",
		"The file remembers, in <file>.repository beside it, which version it is a copy of, so that hjp repo push saves on top of it.",
		"An existing file is replaced only with --force. Prints the file written." })
final class RepoPullCommand implements Callable<Integer> {

	@ParentCommand
	private RepoCommand repo;

	@Mixin
	private RepoConnection connection;

	@Parameters(index = "0", paramLabel = "<partnership-id>", description = "The partnership's id, as hjp repo list shows it.")
	private String id;

	// Not --version, which every command has for the workbench's own.
	@Option(names = "--at", paramLabel = "<version>", description = "The version to write, as hjp repo history lists them; the default is the latest.")
	private Integer version;

	@Option(names = "--out", paramLabel = "<file>", description = "The file to write; the default is <partnership-id>.hjp in the current folder.")
	private Path out;

	@Option(names = "--force", description = "Replace the file if it exists (its previous content is kept as its backup).")
	private boolean force;

	@Override
	public Integer call() {
		Path file = out != null ? out : Path.of(id.replaceAll("[^A-Za-z0-9._-]", "_") + ".hjp");
		if (Files.exists(file) && !force) {
			throw new UsageException(file + " exists; give another --out, or --force to replace it.");
		}
		try (SharedRepository repository = connection.open()) {
			SharedRepository.Stored stored = WorkingCopies.pull(repository, id, version == null ? OptionalInt.empty() : OptionalInt.of(version), file);
			repo.hjp().out().println(file);
			repo.hjp().progress().println("Version " + stored.version() + " of " + id + ", saved by " + stored.savedBy() + " at " + stored.savedAt() + ".");
			return Cli.OK;
		} catch (RepositoryException | IOException e) {
			return repo.failed("pull", e);
		}
	}
}
