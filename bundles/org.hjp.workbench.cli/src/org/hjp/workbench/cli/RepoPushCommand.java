package org.hjp.workbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;
import org.hjp.workbench.sharing.MergingSave;
import org.hjp.workbench.sharing.PartnershipBytes;
import org.hjp.workbench.sharing.RepositoryException;
import org.hjp.workbench.sharing.SharedRepository;
import org.hjp.workbench.sharing.WorkingCopies;
import org.hjp.workbench.sharing.WorkingCopy;
import org.hjp.workbench.sharing.merge.Conflict;
import org.hjp.workbench.sharing.merge.Side;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code hjp repo push}: a local partnership file into the repository: published when the repository does not have
 * it, otherwise saved as a new version on top of the version it was pulled at. When someone saved in between, their
 * version and the file are merged by object and field; what both changed is never settled without being asked.
 */
@Command(name = "push", description = { "Send a partnership file to the repository as a new version.",
		"A file the repository does not have is published, its partners being your organisations. A file pulled from the repository is saved on top"
				+ " of the version it was pulled at. If someone saved after that, the two are merged: changes to different objects and fields are kept"
				+ " from both; for what both changed (a conflict) nothing is sent, each conflict is printed, and --take chooses.",
		"The file is rewritten with what was sent (the merged partnership, every object with its id); its previous content is kept as <name>.hjp.bak.",
		"Exits with 1 when conflicts are left to choose." })
final class RepoPushCommand implements Callable<Integer> {

	@ParentCommand
	private RepoCommand repo;

	@Mixin
	private RepoConnection connection;

	@Option(names = "--take", paramLabel = "mine|theirs", description = "Settle every conflict with your side (mine) or the repository's (theirs).")
	private String take;

	@Parameters(index = "0", paramLabel = "<partnership.hjp>", description = "The partnership file.")
	private Path file;

	@Override
	public Integer call() {
		Side side = side();
		HjpCommand hjp = repo.hjp();
		BatchReader batch = hjp.batch();
		int[] code = { Cli.OK };
		batch.forEach(List.of(file), (path, resource) -> code[0] = push(hjp, resource, side));
		return batch.hadFailures() ? Cli.BAD_FILES : code[0];
	}

	private Side side() {
		if (take == null) {
			return null;
		}
		return Arrays.stream(Side.values()).filter(s -> s.name().equalsIgnoreCase(take)).findFirst()
				.orElseThrow(() -> new UsageException("--take is mine or theirs, not " + take + "."));
	}

	private int push(HjpCommand hjp, Resource resource, Side side) {
		if (PartnershipBytes.id(resource).startsWith("/")) {
			hjp.errors().println("hjp repo push: " + file + " has no id of its own (an older file): open it and save it in the workbench first.");
			return Cli.BAD_FILES;
		}
		try (SharedRepository repository = connection.open()) {
			Optional<WorkingCopy> copy = WorkingCopies.of(repository, file, resource);
			if (copy.isEmpty()) {
				WorkingCopy published = WorkingCopies.publish(repository, file, resource);
				hjp.out().println(published.partnership() + "\t" + published.version());
				hjp.progress().println("Published " + file + " as " + published.partnership() + ", version " + published.version()
						+ ": your organisations are its partners in the repository.");
				return Cli.OK;
			}
			return save(hjp, repository, resource, copy.get(), side);
		} catch (RepositoryException | IOException e) {
			return repo.failed("push", e);
		}
	}

	private int save(HjpCommand hjp, SharedRepository repository, Resource mine, WorkingCopy copy, Side side) throws RepositoryException, IOException {
		switch (WorkingCopies.save(repository, file, copy, mine, side)) {
		case MergingSave.Outcome.Unchanged unchanged -> {
			hjp.progress().println(file + " has not changed since version " + unchanged.version() + " of " + copy.partnership() + "; nothing was sent.");
			return Cli.OK;
		}
		case MergingSave.Outcome.Saved saved -> {
			hjp.out().println(copy.partnership() + "\t" + saved.version());
			hjp.progress().println("Saved " + file + " as version " + saved.version() + " of " + copy.partnership()
					+ (saved.merged() ? ", merged with the versions saved since." : "."));
			return Cli.OK;
		}
		case MergingSave.Outcome.Conflicted conflicted -> {
			for (Conflict conflict : conflicted.merge().conflicts()) {
				hjp.out().println("conflict: " + conflict.describe());
			}
			hjp.errors().println("hjp repo push: nothing was sent. Version " + conflicted.latest() + ", saved by " + conflicted.latestBy()
					+ ", and your file both changed what is listed; choose with --take mine or --take theirs, or in the workbench.");
			return Cli.INVALID;
		}
		}
	}
}
