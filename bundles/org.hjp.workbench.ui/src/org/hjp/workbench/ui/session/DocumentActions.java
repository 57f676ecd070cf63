package org.hjp.workbench.ui.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.hjp.workbench.core.editing.NewPartnership;
import org.hjp.workbench.core.editing.PartnershipDocument;
import org.hjp.workbench.core.persistence.Autosave;
import org.hjp.workbench.core.persistence.PartnershipFileException;
import org.hjp.workbench.core.persistence.PartnershipFormat;
import org.hjp.workbench.core.persistence.PartnershipLock;
import org.hjp.workbench.core.persistence.PartnershipStore;
import org.hjp.workbench.core.persistence.SideCopy;
import org.hjp.workbench.ui.wizard.NewPartnershipWizard;

import jakarta.inject.Inject;

/** What the user does with partnership files: new, open, save, save as, close; with the dialogs they need. */
public class DocumentActions {

	static final String FILTER = "*." + PartnershipFormat.FILE_EXTENSION;

	private final PartnershipStore store = new PartnershipStore();

	@Inject
	private CurrentPartnership current;

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	private SaveFollowUp followUp;

	/** Opens {@code file}, first offering to save unsaved changes; tells the user plainly if it cannot. */
	public boolean open(Shell shell, Path file) {
		return open(shell, file, null);
	}

	/** Opens the file {@code ahead} has read, as {@link #open(Shell, Path)} does. */
	public boolean open(Shell shell, ReadAhead ahead) {
		return open(shell, ahead.file(), ahead);
	}

	private boolean open(Shell shell, Path file, ReadAhead ahead) {
		if (!confirmClose(shell)) {
			return false;
		}
		Optional<PartnershipLock.Holder> holder = PartnershipLock.heldByOther(file);
		SharedFileQuestions.Opening opening = holder.isEmpty() ? SharedFileQuestions.Opening.ANYWAY
				: SharedFileQuestions.howToOpenHeld(shell, file, holder.get());
		if (opening == SharedFileQuestions.Opening.CANCEL) {
			return false;
		}
		try {
			PartnershipDocument document = recoverOrOpen(shell, file, ahead);
			if (opening == SharedFileQuestions.Opening.READ_ONLY) {
				document.setReadOnly();
			} else {
				document.lock();
			}
			current.set(document);
			RecentFiles.remember(file);
			return true;
		} catch (PartnershipFileException e) {
			ILog.of(getClass()).warn("Could not open " + file + ": " + e.getMessage(), e);
			MessageDialog.openError(shell, "Could not open the partnership", e.getMessage() + "\n\nNothing was changed on disk.");
			return false;
		} catch (InterruptedException e) {
			// The user cancelled the reading: the partnership that was open stays open.
			return false;
		}
	}

	/**
	 * Opens the file, or, when the workbench stopped before changes to it were saved and the user wants them
	 * back, its autosave (as unsaved changes to the file).
	 */
	private PartnershipDocument recoverOrOpen(Shell shell, Path file, ReadAhead ahead) throws PartnershipFileException, InterruptedException {
		Optional<Path> autosave = newerAutosave(file);
		if (autosave.isPresent()) {
			MessageDialog question = new MessageDialog(shell, "Restore unsaved changes?", null,
					"The workbench stopped before the last changes to \u201c" + file.getFileName() + "\u201d were saved. "
							+ "They were kept in an autosave. Restore them? (They stay unsaved until you save.)",
					MessageDialog.QUESTION, 0, "&Restore Changes", "Open the &Saved Version");
			if (question.open() == 0) {
				try {
					return PartnershipDocument.recovered(read(shell, autosave.get(), null), file);
				} catch (PartnershipFileException e) {
					ILog.of(getClass()).warn("Could not restore " + autosave.get(), e);
					MessageDialog.openWarning(shell, "Could not restore the changes",
							"The autosave could not be read, so the saved version is opened instead.\n\n" + e.getMessage());
				}
			}
		}
		PartnershipDocument document = PartnershipDocument.opened(read(shell, file, ahead), file);
		if (autosave.isPresent()) {
			discardAutosave(document);
		}
		return document;
	}

	/**
	 * Reads {@code file}, or takes what {@code ahead} is reading; a big file takes a while, and the window keeps painting
	 * meanwhile and tells how far reading has come (the Progress view does for a file read ahead).
	 */
	private Resource read(Shell shell, Path file, ReadAhead ahead) throws PartnershipFileException, InterruptedException {
		AtomicReference<Resource> read = new AtomicReference<>();
		UserWaits.run(new WaitingContext(shell), "Opening \u201c" + file.getFileName() + "\u201d\u2026", true,
				monitor -> read.set(ahead != null ? ahead.resource(monitor) : store.load(file, monitor)));
		return read.get();
	}

	private static void discardAutosave(PartnershipDocument document) {
		try {
			document.discardAutosave();
		} catch (IOException e) {
			ILog.of(DocumentActions.class).warn("Could not remove the autosave of " + document.displayName(), e);
		}
	}

	private static Optional<Path> newerAutosave(Path file) {
		try {
			return Autosave.newerThan(file);
		} catch (IOException e) {
			ILog.of(DocumentActions.class).warn("Could not look for an autosave of " + file, e);
			return Optional.empty();
		}
	}

	public boolean openChosenFile(Shell shell) {
		if (WaitingContext.isRunning(shell.getDisplay())) {
			return false;
		}
		FileDialog dialog = new FileDialog(shell, SWT.OPEN);
		dialog.setText("Open a partnership");
		dialog.setFilterExtensions(new String[] { FILTER, "*" });
		dialog.setFilterNames(new String[] { "Partnership files (" + FILTER + ")", "All files" });
		String chosen = dialog.open();
		return chosen != null && open(shell, Path.of(chosen));
	}

	public boolean createNew(Shell shell) {
		if (!confirmClose(shell)) {
			return false;
		}
		NewPartnershipWizard wizard = new NewPartnershipWizard();
		if (new WizardDialog(shell, wizard).open() != Window.OK) {
			return false;
		}
		current.set(NewPartnership.create(wizard.partnershipName(), wizard.legalOrganisation(), wizard.healthOrganisation()));
		return true;
	}

	/** Saves the open partnership; asks for a file name when it has none. False when not saved. */
	public boolean save(Shell shell) {
		if (WaitingContext.isRunning(shell.getDisplay())) {
			return false;
		}
		PendingEdits.commit();
		Optional<PartnershipDocument> document = current.document();
		if (document.isEmpty()) {
			return true;
		}
		if (document.get().file().isEmpty() || document.get().isReadOnly()) {
			return saveAs(shell);
		}
		Path file = document.get().file().get();
		if (document.get().changedOnDisk()) {
			return saveChangedOnDisk(shell, document.get(), file);
		}
		return write(shell, document.get(), file);
	}

	public boolean saveAs(Shell shell) {
		if (WaitingContext.isRunning(shell.getDisplay())) {
			return false;
		}
		PendingEdits.commit();
		Optional<PartnershipDocument> document = current.document();
		if (document.isEmpty()) {
			return true;
		}
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText("Save the partnership as");
		dialog.setFilterExtensions(new String[] { FILTER });
		dialog.setFileName(document.get().file().map(f -> f.getFileName().toString())
				.orElse(document.get().displayName() + "." + PartnershipFormat.FILE_EXTENSION));
		dialog.setOverwrite(false);
		String chosen = dialog.open();
		if (chosen == null) {
			return false;
		}
		Path target = withExtension(Path.of(chosen));
		if (Files.exists(target) && !MessageDialog.openQuestion(shell, "Replace the file?",
				target.getFileName() + " already exists. Replace it? (Its current content is kept as a backup.)")) {
			return false;
		}
		return write(shell, document.get(), target);
	}

	/** Closes the open partnership, first offering to save. False when the user cancels. */
	public boolean close(Shell shell) {
		if (!confirmClose(shell)) {
			return false;
		}
		current.set(null);
		return true;
	}

	/**
	 * Offers to save unsaved changes. False when the user cancels or saving fails, and while a file is being opened or
	 * saved: opening, creating, closing and importing ask this first.
	 */
	public boolean confirmClose(Shell shell) {
		if (WaitingContext.isRunning(shell.getDisplay())) {
			return false;
		}
		Optional<PartnershipDocument> document = current.document();
		if (document.isEmpty() || !document.get().isDirty()) {
			return true;
		}
		MessageDialog dialog = new MessageDialog(shell, "Save changes?", null,
				"\u201c" + document.get().displayName() + "\u201d has changes that are not saved. Save them first?",
				MessageDialog.QUESTION, 0, "&Save", "Do&n't Save", "Cancel");
		return switch (dialog.open()) {
			case 0 -> save(shell);
			case 1 -> {
				discardAutosave(document.get());
				yield true;
			}
			default -> false;
		};
	}

	/** Saves over a file someone else changed since it was opened here, as the user chooses; nothing is lost either way. */
	private boolean saveChangedOnDisk(Shell shell, PartnershipDocument document, Path file) {
		LocalDateTime now = LocalDateTime.now();
		Path theirCopy = SideCopy.beside(file, "their changes", now);
		Path myCopy = SideCopy.beside(file, "my changes", now);
		try {
			switch (SharedFileQuestions.howToSaveChanged(shell, file, theirCopy, myCopy)) {
				case MINE_KEEPING_THEIRS -> {
					Files.copy(file, theirCopy, StandardCopyOption.COPY_ATTRIBUTES);
					return write(shell, document, file);
				}
				case THEIRS_KEEPING_MINE -> {
					PartnershipDocument.Save mine = document.startSave(store, myCopy);
					mine.write();
					discardAutosave(document);
					current.set(null);
					return open(shell, file);
				}
				default -> {
					return false;
				}
			}
		} catch (IOException e) {
			ILog.of(getClass()).warn("Could not keep a copy beside " + file, e);
			MessageDialog.openError(shell, "Could not save the partnership", "A copy could not be kept beside \u201c" + file.getFileName()
					+ "\u201d, so nothing was saved (" + e.getMessage() + ").\n\nYour changes are still open in the workbench.");
			return false;
		}
	}

	private boolean write(Shell shell, PartnershipDocument document, Path target) {
		try {
			PartnershipDocument.Save save = document.startSave(store, target);
			// Writing and forcing the file to disk can take a while; the window keeps painting meanwhile.
			UserWaits.run(new WaitingContext(shell), "Saving \u201c" + target.getFileName() + "\u201d\u2026", false, monitor -> save.write());
			save.finish();
			document.lock();
			RecentFiles.remember(target);
			if (followUp != null) {
				followUp.saved(shell, document, target);
			}
			return true;
		} catch (PartnershipFileException e) {
			// The message can name a field and the person or organisation it belongs to: the log gets only the cause.
			ILog.of(getClass()).warn("Could not save " + target, e.getCause());
			MessageDialog.openError(shell, "Could not save the partnership",
					e.getMessage() + "\n\nYour changes are still open in the workbench.");
			return false;
		} catch (InterruptedException e) {
			return false;
		}
	}

	private static Path withExtension(Path file) {
		String name = file.getFileName().toString();
		return name.endsWith("." + PartnershipFormat.FILE_EXTENSION) ? file
				: file.resolveSibling(name + "." + PartnershipFormat.FILE_EXTENSION);
	}
}
