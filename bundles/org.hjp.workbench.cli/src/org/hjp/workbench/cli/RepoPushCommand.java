package org.hjp.workbench.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;
import org.hjp.workbench.core.persistence.PartnershipStore;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.sharing.RepositoryException;
import org.hjp.workbench.sharing.SharedRepository;
import org.hjp.workbench.sharing.StaleVersionException;
import org.hjp.workbench.sharing.WorkingCopy;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code hjp repo push}: a local partnership file into the repository: published when the repository does not have
 * it, otherwise saved as a new version on top of the version it was pulled at. Someone else's save in between is
 * never overwritten.
 */
@Command(name = "push", description = { "Send a partnership file to the repository as a new version.",
		"A file pulled from the repository is saved on top of the version it was pulled at; if someone saved after that, nothing is sent."
				+ " A file the repository does not have is published, its partners being your organisations." })
final class RepoPushCommand implements Callable<Integer> {

	@ParentCommand
	private RepoCommand repo;

	@Mixin
	private RepoConnection connection;

	@Parameters(index = "0", paramLabel = "<partnership.hjp>", description = "The partnership file.")
	private Path file;

	@Override
	public Integer call() {
		HjpCommand hjp = repo.hjp();
		BatchReader batch = hjp.batch();
		int[] code = { Cli.OK };
		batch.forEach(List.of(file), (path, resource) -> code[0] = push(hjp, resource));
		return batch.hadFailures() ? Cli.BAD_FILES : code[0];
	}

	private int push(HjpCommand hjp, Resource resource) {
		String id = resource.getURIFragment(resource.getContents().get(0));
		if (id.startsWith("/")) {
			hjp.errors().println("hjp repo push: " + file + " has no id of its own (an older file): open it and save it in the workbench first.");
			return Cli.BAD_FILES;
		}
		String name = ((Partnership) resource.getContents().get(0)).getName();
		try (SharedRepository repository = connection.open()) {
			byte[] content = read();
			Optional<WorkingCopy> copy = WorkingCopy.of(file);
			if (copy.isPresent() && !copy.get().repository().equals(repository.settings().address())) {
				throw new RepositoryException(file + " is a copy of a partnership in the repository " + copy.get().repository() + ", not in "
						+ repository.settings().address() + "; nothing was sent.");
			}
			if (copy.isPresent() && !copy.get().partnership().equals(id)) {
				throw new RepositoryException(file + " holds the partnership " + id + ", but was pulled as " + copy.get().partnership() + "; nothing was sent.");
			}
			int saved = copy.isPresent() ? repository.save(id, copy.get().version(), name, content) : repository.publish(id, name, content);
			new WorkingCopy(repository.settings().address(), id, saved).writeFor(file);
			hjp.out().println(id + "\t" + saved);
			hjp.progress().println(copy.isPresent() ? "Saved " + file + " as version " + saved + " of " + id + "."
					: "Published " + file + " as " + id + ", version 1: your organisations are its partners in the repository.");
			return Cli.OK;
		} catch (StaleVersionException e) {
			return repo.failed("push", new RepositoryException(e.getMessage() + " Pull the latest version and make your changes to it."));
		} catch (RepositoryException | IOException e) {
			return repo.failed("push", e);
		}
	}

	private byte[] read() throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] content = in.readNBytes((int) PartnershipStore.MAX_BYTES + 1);
			if (content.length > PartnershipStore.MAX_BYTES) {
				throw new IOException(file + " is larger than a partnership file can be");
			}
			return content;
		}
	}
}
