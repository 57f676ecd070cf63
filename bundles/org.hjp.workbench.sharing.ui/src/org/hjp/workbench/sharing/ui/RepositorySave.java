package org.hjp.workbench.sharing.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swt.widgets.Shell;
import org.hjp.workbench.core.editing.PartnershipDocument;
import org.hjp.workbench.sharing.CopyNotUpdatedException;
import org.hjp.workbench.sharing.MergingSave;
import org.hjp.workbench.sharing.PartnershipBytes;
import org.hjp.workbench.sharing.RepositoryException;
import org.hjp.workbench.sharing.WorkingCopies;
import org.hjp.workbench.sharing.WorkingCopy;
import org.hjp.workbench.ui.session.CurrentPartnership;
import org.hjp.workbench.ui.session.DocumentActions;
import org.hjp.workbench.ui.session.SaveFollowUp;

import jakarta.inject.Inject;

/**
 * Saving a partnership opened from the repository: once its file on this computer is saved, it goes to the repository
 * as a new version, merged with what others saved since, the user settling what both changed. When the repository
 * cannot take it, nothing is lost: the file is saved, the partnership stays marked unsaved, and the next save sends it.
 */
public class RepositorySave implements SaveFollowUp {

	@Inject
	private RepositoryAccount account;

	@Inject
	private RepositoryStatus status;

	@Inject
	private DocumentActions documents;

	@Inject
	private CurrentPartnership current;

	@Override
	public void saved(Shell shell, PartnershipDocument document, Path file) {
		Optional<WorkingCopy> copy;
		try {
			copy = WorkingCopy.of(file);
			if (copy.isPresent()) {
				// Known on disk before anything is sent, so that a workbench stopped meanwhile still knows after a restart.
				copy.get().withUnsentChanges().writeFor(file);
			}
		} catch (IOException e) {
			notSent(shell, document, file, e.getMessage());
			return;
		}
		if (copy.isPresent()) {
			send(shell, document, file);
		}
	}

	/**
	 * Sends the file, as it was just saved, on top of the version its record names; true when the repository has it
	 * (saved, or nothing new to save). Read from the file, not the open model, as the work runs off the UI thread.
	 */
	private boolean send(Shell shell, PartnershipDocument document, Path file) {
		try {
			MergingSave.Outcome first = RepositoryWork.run(shell, account, "Saving to the repository\u2026", repository -> {
				Resource mine = PartnershipBytes.load(Files.readAllBytes(file), file.getFileName().toString());
				WorkingCopy copy = WorkingCopies.of(repository, file, mine).orElseThrow(() -> new IOException(file + " is no longer a copy of the repository's."));
				return WorkingCopies.save(repository, file, copy, mine, null);
			});
			MergingSave.Outcome outcome = first;
			while (outcome instanceof MergingSave.Outcome.Conflicted conflicted) {
				if (!ConflictsDialog.settle(shell, conflicted)) {
					document.keepUnsaved();
					status.notSent("you have not chosen what to keep where you and " + conflicted.latestBy() + " changed the same thing. Save again to choose.");
					return false;
				}
				outcome = RepositoryWork.run(shell, account, "Saving to the repository\u2026",
						repository -> WorkingCopies.saveSettled(repository, file, WorkingCopy.of(file).orElseThrow(), conflicted));
			}
			if (document.changedOnDisk() && !documents.open(shell, file)) {
				// The window must not go on showing a partnership without what others saved: the next save would take it out.
				current.set(null);
			}
			if (outcome instanceof MergingSave.Outcome.Saved saved) {
				status.saved(saved.version(), saved.merged() || outcome != first);
			}
			return true;
		} catch (CopyNotUpdatedException e) {
			// The repository has it; the next save sends the same again, which merges without a conflict, and writes the file.
			ILog.of(getClass()).warn("Saved to the repository, but not " + file, e);
			document.keepUnsaved();
			status.notSent("the repository has version " + e.version() + ", but the copy on this computer could not be brought up to date.");
			MessageDialog.openWarning(shell, "Saved to the repository only", e.getMessage());
			return false;
		} catch (RepositoryException | IOException | RuntimeException e) {
			notSent(shell, document, file, e.getMessage() == null ? e.toString() : e.getMessage());
			return false;
		}
	}

	private void notSent(Shell shell, PartnershipDocument document, Path file, String why) {
		ILog.of(getClass()).warn("Saved " + file + " but not to the repository: " + why);
		document.keepUnsaved();
		status.notSent(why);
		MessageDialog.openWarning(shell, "Saved on this computer only", why + "\n\nYour changes are saved in \u201c" + file.getFileName()
				+ "\u201d on this computer and stay marked unsaved. The next save sends them to the repository, merged with what others saved meanwhile.");
	}

	/** Someone saved a newer version: my changes, saved or not, go up merged with it, and the workbench shows the result. */
	public void mergeNow(Shell shell) {
		Optional<PartnershipDocument> open = current.document();
		if (open.isEmpty() || open.get().file().isEmpty()) {
			return;
		}
		if (open.get().isDirty()) {
			documents.save(shell);
			return;
		}
		Path file = open.get().file().get();
		if (copyOf(shell, file).isPresent() && send(shell, open.get(), file) && current.document().equals(open)) {
			// Nothing of mine to send: their version is all there is to take.
			take(shell, file, copyOf(shell, file).orElseThrow());
		}
	}

	/** Someone saved a newer version: the workbench shows it instead of mine, once the user agreed to lose unsaved changes. */
	public void reload(Shell shell) {
		Optional<PartnershipDocument> open = current.document();
		if (open.isEmpty() || open.get().file().isEmpty()) {
			return;
		}
		if (open.get().isDirty() && !MessageDialog.openQuestion(shell, "Reload the partnership?",
				"Reloading shows the version in the repository, and your changes that are not in the repository are lost. Reload?")) {
			return;
		}
		Path file = open.get().file().get();
		copyOf(shell, file).ifPresent(copy -> take(shell, file, copy));
	}

	private void take(Shell shell, Path file, WorkingCopy copy) {
		try {
			if (current.document().isPresent()) {
				current.document().get().discardAutosave();
			}
			RepositoryWork.run(shell, account, "Getting the latest version\u2026",
					repository -> WorkingCopies.pull(repository, copy.partnership(), OptionalInt.empty(), file));
			current.set(null);
			documents.open(shell, file);
		} catch (RepositoryException | IOException e) {
			ILog.of(getClass()).warn("Could not get the latest version of " + copy.partnership(), e);
			MessageDialog.openError(shell, "Could not get the latest version", e.getMessage());
		}
	}

	private static Optional<WorkingCopy> copyOf(Shell shell, Path file) {
		try {
			return WorkingCopy.of(file);
		} catch (IOException e) {
			MessageDialog.openError(shell, "Not a copy of the repository", e.getMessage());
			return Optional.empty();
		}
	}
}
