package org.hjp.workbench.sharing.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.hjp.workbench.core.editing.PartnershipDocument;
import org.hjp.workbench.sharing.CopyNotUpdatedException;
import org.hjp.workbench.sharing.PartnershipBytes;
import org.hjp.workbench.sharing.RepositoryException;
import org.hjp.workbench.sharing.RepositorySettings;
import org.hjp.workbench.sharing.SharedRepository;
import org.hjp.workbench.sharing.WorkingCopies;
import org.hjp.workbench.sharing.WorkingCopy;
import org.hjp.workbench.ui.session.CurrentPartnership;
import org.hjp.workbench.ui.session.DocumentActions;

import jakarta.inject.Inject;

/** What the user does with the repository from the File menu: connect, open a partnership from it, publish one to it. */
public class RepositoryActions {

	@Inject
	private RepositoryAccount account;

	@Inject
	private CurrentPartnership current;

	@Inject
	private DocumentActions documents;

	@Inject
	private RepositoryStatus status;

	/** Asks where the repository is and who signs in, and tries it; false when the user cancels. */
	public boolean connect(Shell shell) {
		ConnectDialog dialog = new ConnectDialog(shell, account.settings());
		if (dialog.open() != Window.OK) {
			return false;
		}
		try {
			account.connected(dialog.settings(), dialog.password(), dialog.keepPassword());
		} catch (RepositoryException e) {
			ILog.of(getClass()).warn("Could not keep the repository password", e);
			MessageDialog.openWarning(shell, "Password not kept", "You are connected. " + e.getMessage());
		} finally {
			dialog.clearPassword();
		}
		status.connected(dialog.settings());
		return true;
	}

	/** Lists the partnerships the user may see and opens the one chosen, from its copy on this computer. */
	public boolean openFromRepository(Shell shell) {
		if (!ready(shell)) {
			return false;
		}
		try {
			List<SharedRepository.Entry> entries = RepositoryWork.run(shell, account, "Listing the partnerships\u2026", SharedRepository::list);
			RepositorySettings settings = account.settings().orElseThrow();
			OpenFromRepositoryDialog dialog = new OpenFromRepositoryDialog(shell, settings.address(), entries);
			if (dialog.open() != Window.OK) {
				return false;
			}
			SharedRepository.Entry chosen = dialog.chosen();
			Path file = WorkingCopyFolder.fileFor(settings, chosen.id(), chosen.name());
			if (current.document().flatMap(PartnershipDocument::file).filter(file::equals).isPresent()) {
				MessageDialog.openInformation(shell, "Open already", "\u201c" + chosen.name() + "\u201d is open already.");
				return true;
			}
			RepositoryWork.run(shell, account, "Opening \u201c" + chosen.name() + "\u201d\u2026", repository -> bringUpToDate(repository, chosen, file));
			return documents.open(shell, file);
		} catch (RepositoryException | IOException e) {
			ILog.of(getClass()).warn("Could not open from the repository", e);
			MessageDialog.openError(shell, "Could not open from the repository", e.getMessage());
			return false;
		}
	}

	/**
	 * Makes the copy on this computer the latest version, unless it holds changes not yet sent: those stay, and the
	 * next save merges them with what others saved.
	 */
	private static Void bringUpToDate(SharedRepository repository, SharedRepository.Entry chosen, Path file) throws RepositoryException, IOException {
		Optional<WorkingCopy> copy = WorkingCopy.of(file);
		if (copy.isPresent() && Files.isRegularFile(file)) {
			byte[] base = repository.read(chosen.id(), OptionalInt.of(copy.get().version())).content();
			if (!Arrays.equals(base, Files.readAllBytes(file))) {
				return null;
			}
		}
		Files.createDirectories(file.getParent());
		WorkingCopies.pull(repository, chosen.id(), OptionalInt.empty(), file);
		return null;
	}

	/** Sends the open partnership up as a new partnership of the repository, its partners being the user's organisations. */
	public boolean publish(Shell shell) {
		Optional<PartnershipDocument> open = current.document();
		if (open.isEmpty() || !ready(shell)) {
			return false;
		}
		if ((open.get().file().isEmpty() || open.get().isDirty()) && !documents.save(shell)) {
			return false;
		}
		PartnershipDocument document = current.document().orElseThrow();
		Path file = document.file().orElseThrow();
		try {
			if (WorkingCopy.of(file).isPresent()) {
				MessageDialog.openInformation(shell, "Already in the repository",
						"\u201c" + document.displayName() + "\u201d is already in the repository: saving it saves a new version there.");
				return false;
			}
			WorkingCopy copy = RepositoryWork.run(shell, account, "Publishing \u201c" + document.displayName() + "\u201d\u2026",
					repository -> WorkingCopies.publish(repository, file, PartnershipBytes.load(Files.readAllBytes(file), file.getFileName().toString())));
			if (document.changedOnDisk()) {
				documents.open(shell, file);
			}
			status.showFor(file);
			MessageDialog.openInformation(shell, "Published", "\u201c" + document.partnership().getName() + "\u201d is in the repository as version "
					+ copy.version() + ". Your organisations are its partners there, and their members can open it now.");
			return true;
		} catch (CopyNotUpdatedException e) {
			ILog.of(getClass()).warn("Published, but could not update " + file, e);
			MessageDialog.openWarning(shell, "Published", "\u201c" + document.partnership().getName() + "\u201d is in the repository. " + e.getMessage());
			return true;
		} catch (RepositoryException | IOException e) {
			ILog.of(getClass()).warn("Could not publish " + file, e);
			MessageDialog.openError(shell, "Could not publish", e.getMessage() + "\n\nNothing was sent.");
			return false;
		}
	}

	/** Connects first when the workbench has no repository or no password for it yet. */
	private boolean ready(Shell shell) {
		Optional<RepositorySettings> settings = account.settings();
		if (settings.isPresent() && account.knowsPassword(settings.get())) {
			return true;
		}
		return connect(shell);
	}
}
