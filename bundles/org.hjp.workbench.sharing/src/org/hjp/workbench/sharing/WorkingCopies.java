package org.hjp.workbench.sharing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;

import org.eclipse.emf.ecore.resource.Resource;
import org.hjp.workbench.core.persistence.PartnershipStore;
import org.hjp.workbench.sharing.merge.Side;

/**
 * Local partnership files as copies of partnerships in the repository ({@link WorkingCopy}): pulled, published and
 * saved, the file kept equal to what the repository took and its record to the version that is. The command line and
 * the workbench both go through here.
 */
public final class WorkingCopies {

	private WorkingCopies() {
	}

	/** Writes a version of {@code id} (the latest when {@code version} is empty) into {@code file}, which remembers it. */
	public static SharedRepository.Stored pull(SharedRepository repository, String id, OptionalInt version, Path file) throws RepositoryException, IOException {
		SharedRepository.Stored stored = repository.read(id, version);
		new PartnershipStore().write(stored.content(), file);
		new WorkingCopy(repository.settings().address(), id, stored.version()).writeFor(file);
		return stored;
	}

	/** The record of {@code file} when it is a copy of a partnership in {@code repository}; refused when it belongs to another. */
	public static Optional<WorkingCopy> of(SharedRepository repository, Path file, Resource mine) throws RepositoryException, IOException {
		Optional<WorkingCopy> copy = WorkingCopy.of(file);
		if (copy.isPresent() && !copy.get().repository().equals(repository.settings().address())) {
			throw new RepositoryException(file.getFileName() + " is a copy of a partnership in the repository " + copy.get().repository() + ", not in "
					+ repository.settings().address() + "; nothing was sent.");
		}
		String id = idOf(file, mine);
		if (copy.isPresent() && !copy.get().partnership().equals(id)) {
			throw new RepositoryException(file.getFileName() + " holds the partnership " + id + ", but was opened from the repository as "
					+ copy.get().partnership() + "; nothing was sent.");
		}
		return copy;
	}

	/** Sends up {@code mine}, read from {@code file}, as a new partnership of the repository; the file becomes its version 1. */
	public static WorkingCopy publish(SharedRepository repository, Path file, Resource mine) throws RepositoryException, IOException {
		String id = idOf(file, mine);
		byte[] content = PartnershipBytes.of(mine, file.toString());
		int version = repository.publish(id, PartnershipBytes.name(mine), content);
		WorkingCopy copy = new WorkingCopy(repository.settings().address(), id, version);
		keep(content, file, copy);
		return copy;
	}

	/**
	 * Saves {@code mine}, read from {@code file}, on top of the version {@code copy} says, merging with what others saved
	 * since ({@link MergingSave}); {@code takeAll} settles every conflict, or is null to hand them back. When saved, the
	 * file holds what was saved.
	 */
	public static MergingSave.Outcome save(SharedRepository repository, Path file, WorkingCopy copy, Resource mine, Side takeAll)
			throws RepositoryException, IOException {
		return kept(file, copy, MergingSave.save(repository, copy.partnership(), copy.version(), mine, takeAll));
	}

	/** Saves the merge of {@code conflicted} once the user settled its conflicts, on top of the version it was merged with. */
	public static MergingSave.Outcome saveSettled(SharedRepository repository, Path file, WorkingCopy copy, MergingSave.Outcome.Conflicted conflicted)
			throws RepositoryException, IOException {
		if (!conflicted.merge().conflicts().isEmpty()) {
			throw new IllegalArgumentException("every conflict is settled before the merge is saved");
		}
		Resource merged = conflicted.merge().merged();
		MergingSave.Outcome outcome = MergingSave.save(repository, copy.partnership(), conflicted.latest(), merged, null);
		if (outcome instanceof MergingSave.Outcome.Unchanged unchanged) {
			// Everything settled as theirs: nothing to send, and the file becomes their version.
			keep(PartnershipBytes.of(merged, file.toString()), file, copy.at(unchanged.version()));
			return outcome;
		}
		return kept(file, copy, outcome);
	}

	private static MergingSave.Outcome kept(Path file, WorkingCopy copy, MergingSave.Outcome outcome) throws IOException {
		if (outcome instanceof MergingSave.Outcome.Saved saved) {
			keep(saved.content(), file, copy.at(saved.version()));
		} else if (outcome instanceof MergingSave.Outcome.Unchanged && copy.unsent()) {
			// Nothing differs from the version it started from: nothing is left to send.
			copy.at(copy.version()).writeFor(file);
		}
		return outcome;
	}

	private static String idOf(Path file, Resource mine) throws RepositoryException {
		String id = PartnershipBytes.id(mine);
		if (id.startsWith("/")) {
			throw new RepositoryException(file.getFileName() + " has no id of its own (an older file): open it and save it in the workbench first.");
		}
		return id;
	}

	/** The file becomes what the repository took (left alone when it holds that already), and remembers which version it is. */
	private static void keep(byte[] sent, Path file, WorkingCopy copy) throws IOException {
		try {
			if (!Files.isRegularFile(file) || !Arrays.equals(Files.readAllBytes(file), sent)) {
				new PartnershipStore().write(sent, file);
			}
			copy.writeFor(file);
		} catch (IOException e) {
			throw new CopyNotUpdatedException("The repository has it as version " + copy.version() + ", but " + file.getFileName()
					+ " on this computer could not be brought up to date (" + e.getMessage() + "). Open the partnership from the repository again before changing it.",
					copy.version(), e);
		}
	}
}
