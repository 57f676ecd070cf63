package org.hjp.workbench.sharing.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.hjp.workbench.core.editing.PartnershipDocument;
import org.hjp.workbench.core.persistence.PartnershipStore;
import org.hjp.workbench.sharing.PartnershipBytes;
import org.hjp.workbench.sharing.RepositoryException;
import org.hjp.workbench.sharing.SharedRepository;
import org.hjp.workbench.sharing.WorkingCopies;
import org.hjp.workbench.sharing.WorkingCopy;
import org.hjp.workbench.sharing.merge.Differences;
import org.hjp.workbench.ui.session.CurrentPartnership;
import org.hjp.workbench.ui.session.DocumentActions;
import org.hjp.workbench.ui.session.SessionTopics;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * View > Repository History: every saved version of the open partnership, who saved it and when; any one is opened
 * (read-only), compared with the open partnership, or restored, which saves it again as the newest version.
 */
public class HistoryPart {

	static final String TABLE_KEY = HistoryPart.class.getName() + ".versions";

	@Inject
	private RepositoryAccount account;

	@Inject
	private CurrentPartnership current;

	@Inject
	private DocumentActions documents;

	@Inject
	private UISynchronize ui;

	private Label heading;
	private Table table;
	private Button open;
	private Button compare;
	private Button restore;
	private WorkingCopy copy;
	/** Which reading of the history the table waits for: an older one that arrives late is dropped. */
	private int reading;

	@PostConstruct
	void create(Composite parent) {
		// The buttons beside the list, not under it: the part shares its height with Problems.
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(parent);
		heading = new Label(parent, SWT.WRAP);
		// A width hint, so that a long sentence wraps to the part's width instead of running out of it.
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(200, SWT.DEFAULT).applyTo(heading);
		table = new Table(parent, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
		table.setData(TABLE_KEY, Boolean.TRUE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		RepositoryDialog.column(table, "Version", 70);
		RepositoryDialog.column(table, "Saved by", 140);
		RepositoryDialog.column(table, "When", 170);
		RepositoryDialog.column(table, "Size", 90);
		Composite buttons = new Composite(parent, SWT.NONE);
		// Two by two: the part is often no taller than a few lines.
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		open = button(buttons, "&Open", this::openVersion);
		compare = button(buttons, "&Compare with Mine", this::compareVersion);
		restore = button(buttons, "Res&tore", this::restoreVersion);
		button(buttons, "&Refresh", this::refresh);
		table.addListener(SWT.Selection, e -> enable());
		table.addListener(SWT.DefaultSelection, e -> compareVersion());
		refresh();
	}

	private static Button button(Composite parent, String label, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(label);
		button.addListener(SWT.Selection, e -> action.run());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(button);
		return button;
	}

	@Inject
	@Optional
	void documentChanged(@UIEventTopic(SessionTopics.DOCUMENT_OPENED) Object document) {
		refresh();
	}

	@Inject
	@Optional
	void repositoryChanged(@UIEventTopic(RepositoryStatus.TOPIC) RepositoryStatus.Shown shown) {
		refresh();
	}

	private void refresh() {
		if (table == null || table.isDisposed()) {
			return;
		}
		WorkingCopy before = copy;
		copy = current.document().flatMap(PartnershipDocument::file).flatMap(WorkingCopyFolder::copyOf).orElse(null);
		if (copy == null || before == null || !copy.partnership().equals(before.partnership())) {
			// Another partnership: its versions replace these when they arrive; the same one keeps its list meanwhile.
			table.removeAll();
			enable();
		}
		if (copy == null) {
			say("The open partnership is not in a repository. File > Publish to Repository sends it there; then every version saved is kept here.");
			return;
		}
		say("Versions of \u201c" + current.document().get().partnership().getName() + "\u201d in the repository; yours started from version "
				+ copy.version() + ".");
		String id = copy.partnership();
		int asked = ++reading;
		Job job = Job.create("Reading the history of the partnership", (IProgressMonitor monitor) -> {
			try (SharedRepository repository = account.open()) {
				List<SharedRepository.Version> versions = repository.history(id);
				ui.asyncExec(() -> fill(asked, versions));
			} catch (RepositoryException e) {
				ui.asyncExec(() -> {
					if (!heading.isDisposed()) {
						say("The history cannot be shown: " + e.getMessage());
					}
				});
			}
			return Status.OK_STATUS;
		});
		// Quick and frequent: not worth a line in the status bar's progress.
		job.setSystem(true);
		job.schedule();
	}

	/** The line above the list; it wraps, so the part lays out again when it changes. */
	private void say(String text) {
		heading.setText(text);
		heading.requestLayout();
	}

	private void fill(int asked, List<SharedRepository.Version> versions) {
		if (table.isDisposed() || asked != reading) {
			return;
		}
		table.removeAll();
		for (SharedRepository.Version version : versions) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { String.valueOf(version.version()), version.savedBy(), OpenFromRepositoryDialog.WHEN.format(version.savedAt()),
					String.format("%,d KB", Math.max(1, version.bytes() / 1024)) });
			item.setData(version);
		}
		enable();
	}

	private void enable() {
		boolean chosen = table.getSelectionCount() == 1;
		open.setEnabled(chosen);
		compare.setEnabled(chosen);
		restore.setEnabled(chosen);
	}

	private SharedRepository.Version selected() {
		return table.getSelectionCount() == 1 ? (SharedRepository.Version) table.getSelection()[0].getData() : null;
	}

	/** Opens the version read-only, from a file of its own beside the copy: saving it makes another file, never a version. */
	private void openVersion() {
		SharedRepository.Version version = selected();
		PartnershipDocument document = current.document().orElse(null);
		if (version == null || document == null || copy == null) {
			return;
		}
		Path file = document.file().orElseThrow();
		String name = file.getFileName().toString().replaceFirst("\\.hjp$", "");
		Path versionFile = file.resolveSibling("versions").resolve(name + " (version " + version.version() + ").hjp");
		String id = copy.partnership();
		try {
			SharedRepository.Stored stored = RepositoryWork.run(table.getShell(), account, "Getting version " + version.version() + "\u2026",
					repository -> repository.read(id, OptionalInt.of(version.version())));
			Files.createDirectories(versionFile.getParent());
			new PartnershipStore().write(stored.content(), versionFile);
			if (documents.open(table.getShell(), versionFile)) {
				current.document().ifPresent(PartnershipDocument::setReadOnly);
			}
		} catch (RepositoryException | IOException e) {
			failed("Could not open the version", e);
		}
	}

	private void compareVersion() {
		SharedRepository.Version version = selected();
		PartnershipDocument document = current.document().orElse(null);
		if (version == null || document == null || copy == null) {
			return;
		}
		String id = copy.partnership();
		try {
			// Taken here, on the model's thread; compared off it.
			byte[] mine = PartnershipBytes.of(document.resource(), document.displayName());
			List<Differences.Difference> differences = RepositoryWork.run(table.getShell(), account, "Comparing\u2026",
					repository -> Differences.between(PartnershipBytes.load(repository.read(id, OptionalInt.of(version.version())).content(),
							"version " + version.version()), PartnershipBytes.load(mine, "yours")));
			new DifferencesDialog(table.getShell(), "From version " + version.version() + " (" + version.savedBy() + ") to yours", differences).open();
		} catch (RepositoryException | IOException e) {
			failed("Could not compare", e);
		}
	}

	/** Saves the chosen version again as the newest, on top of the latest; the open copy becomes it. */
	private void restoreVersion() {
		SharedRepository.Version version = selected();
		PartnershipDocument document = current.document().orElse(null);
		if (version == null || document == null || copy == null) {
			return;
		}
		if (!MessageDialog.openQuestion(table.getShell(), "Restore version " + version.version() + "?",
				"Version " + version.version() + ", saved by " + version.savedBy() + ", is saved again as the newest version. The versions after it stay in the history."
						+ (document.isDirty() ? " Your changes that are not saved are lost." : ""))) {
			return;
		}
		Path file = document.file().orElseThrow();
		WorkingCopy restoring = copy;
		try {
			RepositoryWork.run(table.getShell(), account, "Restoring version " + version.version() + "\u2026", repository -> {
				SharedRepository.Stored old = repository.read(restoring.partnership(), OptionalInt.of(version.version()));
				SharedRepository.Stored latest = repository.read(restoring.partnership(), OptionalInt.empty());
				repository.save(restoring.partnership(), latest.version(), PartnershipBytes.name(PartnershipBytes.load(old.content(), "version " + old.version())),
						old.content());
				return WorkingCopies.pull(repository, restoring.partnership(), OptionalInt.empty(), file);
			});
			document.discardAutosave();
			current.set(null);
			documents.open(table.getShell(), file);
		} catch (RepositoryException | IOException e) {
			failed("Could not restore the version", e);
		}
	}

	private void failed(String title, Exception e) {
		ILog.of(getClass()).warn(title, e);
		MessageDialog.openError(table.getShell(), title, e.getMessage());
	}
}
