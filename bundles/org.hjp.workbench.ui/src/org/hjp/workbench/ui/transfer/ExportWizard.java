package org.hjp.workbench.ui.transfer;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.hjp.workbench.export.Exporter;

/** File > Export: writes the open partnership in a chosen format, with progress, without touching its file. */
public final class ExportWizard extends Wizard {

	private final Resource partnership;
	private final Path partnershipFile;
	private final ExportPage page;

	/** {@code partnershipFile} is the file being edited, which an export must not replace; null for a new partnership. */
	public ExportWizard(Resource partnership, Path partnershipFile, List<Exporter> exporters, Path folder, String name) {
		this.partnership = partnership;
		this.partnershipFile = partnershipFile;
		this.page = new ExportPage(exporters, folder, name);
		setWindowTitle("Export");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Exporter exporter = page.exporter();
		Path folder = page.folder();
		String name = page.baseName();
		if (!ExistingFiles.mayReplace(getShell(), exporter.files(folder, name), partnershipFile)) {
			return false;
		}
		try {
			getContainer().run(true, true, monitor -> {
				monitor.beginTask("Writing " + exporter.label(), 1);
				try {
					exporter.write(partnership, folder, name);
				} catch (IOException e) {
					throw new InvocationTargetException(e);
				}
				monitor.done();
			});
			return true;
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			ILog.of(getClass()).warn("Export to " + folder + " failed", cause);
			MessageDialog.openError(getShell(), "Could not export", "The partnership could not be exported to " + folder + ":\n"
					+ (cause.getMessage() == null ? cause.toString() : cause.getMessage()) + "\n\nNo file was left half-written.");
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}
}
