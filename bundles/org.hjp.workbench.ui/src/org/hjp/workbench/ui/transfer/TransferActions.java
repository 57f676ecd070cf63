package org.hjp.workbench.ui.transfer;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.hjp.workbench.core.contributions.ContributedCode;
import org.hjp.workbench.core.editing.PartnershipDocument;
import org.hjp.workbench.core.persistence.PartnershipFileException;
import org.hjp.workbench.export.Exporter;
import org.hjp.workbench.export.PartnershipReader;
import org.hjp.workbench.ui.session.CurrentPartnership;
import org.hjp.workbench.ui.session.Desktop;
import org.hjp.workbench.ui.session.DocumentActions;
import org.hjp.workbench.ui.session.WaitingContext;

import jakarta.inject.Inject;

/** File > Export and File > Import. */
public class TransferActions {

	@Inject
	private CurrentPartnership current;

	@Inject
	private DocumentActions documents;

	@Inject
	@Service
	private List<Exporter> exporters;

	@Inject
	@Service
	private ContributedCode contributedCode;

	/** File > Export; once it has finished, says what it wrote, with a way to the folder through {@code desktop}. */
	public void export(Shell shell, Desktop desktop) {
		if (WaitingContext.isRunning(shell.getDisplay())) {
			return;
		}
		current.document().ifPresent(document -> {
			Path file = document.file().orElse(null);
			Path folder = file != null && file.getParent() != null ? file.getParent() : Path.of(System.getProperty("user.home"));
			String name = file != null ? file.getFileName().toString().replaceFirst("\\.[^.]*$", "") : document.displayName();
			ExportWizard wizard = new ExportWizard(document.resource(), file, exporters(), contributedCode, folder, name);
			if (new StoppableWizardDialog(shell, wizard).open() == Window.OK) {
				wizard.done().ifPresent(done -> done.tell(shell, desktop));
			}
		});
	}

	public void importChosenFile(Shell shell) {
		FileDialog dialog = new FileDialog(shell, SWT.OPEN);
		dialog.setText("Import a partnership");
		dialog.setFilterExtensions(new String[] { "*.json", "*.hjp", "*" });
		dialog.setFilterNames(new String[] { "Partnerships exported as JSON (*.json)", "Partnership files (*.hjp)", "All files" });
		String chosen = dialog.open();
		if (chosen != null) {
			importFile(shell, Path.of(chosen));
		}
	}

	/**
	 * Reads a partnership exported as JSON (or a partnership file) into a new, unsaved partnership, which the
	 * user then saves where they like. The file read is never changed.
	 */
	public boolean importFile(Shell shell, Path file) {
		if (!documents.confirmClose(shell)) {
			return false;
		}
		AtomicReference<Resource> read = new AtomicReference<>();
		try {
			new WaitingContext(shell).run(true, true, monitor -> {
				monitor.beginTask("Reading " + file.getFileName(), IProgressMonitor.UNKNOWN);
				try {
					read.set(PartnershipReader.read(file));
				} catch (PartnershipFileException e) {
					throw new InvocationTargetException(e);
				}
				if (monitor.isCanceled()) {
					throw new InterruptedException();
				}
			});
		} catch (InvocationTargetException e) {
			ILog.of(getClass()).warn("Could not import " + file, e.getCause());
			MessageDialog.openError(shell, "Could not import", e.getCause().getMessage() + "\n\nNothing was changed on disk.");
			return false;
		} catch (InterruptedException e) {
			return false;
		}
		current.set(PartnershipDocument.created(read.get()));
		return true;
	}

	/** The export formats installed, JSON first. */
	private List<Exporter> exporters() {
		List<Exporter> found = new ArrayList<>(exporters);
		found.sort(Comparator.comparing((Exporter e) -> !e.id().equals("json")).thenComparing(Exporter::id));
		return found;
	}
}
