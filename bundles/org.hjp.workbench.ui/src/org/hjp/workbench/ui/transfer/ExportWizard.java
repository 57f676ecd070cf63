package org.hjp.workbench.ui.transfer;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.hjp.workbench.core.contributions.ContributedCode;
import org.hjp.workbench.export.Exporter;

/** File > Export: writes the open partnership in a chosen format, with progress, without touching its file. */
public final class ExportWizard extends Wizard {

	private final Resource partnership;
	private final Path partnershipFile;
	private final ContributedCode contributedCode;
	private final ExportPage page;
	/** What the export wrote, once it has. */
	private ExportDone done;

	/**
	 * {@code partnershipFile} is the file being edited, which an export must not replace; null for a new partnership.
	 * The exporters, contributed by plug-ins, are run by {@code contributedCode}.
	 */
	public ExportWizard(Resource partnership, Path partnershipFile, List<Exporter> exporters, ContributedCode contributedCode, Path folder, String name) {
		this.partnership = partnership;
		this.partnershipFile = partnershipFile;
		this.contributedCode = contributedCode;
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
				monitor.beginTask("Writing " + exporter.label(), IProgressMonitor.UNKNOWN);
				awaitOrCancel(contributedCode.start(() -> exporter.write(partnership, folder, name)), monitor);
				monitor.done();
			});
			done = new ExportDone(exporter.label(), folder, exporter.files(folder, name));
			return true;
		} catch (InterruptedException stopped) {
			ILog.of(getClass()).warn("The export " + exporter.id() + " to " + folder + " was stopped before it finished");
			MessageDialog.openInformation(getShell(), "Export stopped", "The export was stopped before it finished. "
					+ "Some of its files may already be in " + folder + ".");
			return false;
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			ILog.of(getClass()).warn("Export to " + folder + " failed", cause);
			MessageDialog.openError(getShell(), "Could not export", "The partnership could not be exported to " + folder + ":\n"
					+ (cause.getMessage() == null ? cause.toString() : cause.getMessage()) + "\n\nNo file was left half-written.");
			return false;
		}
	}

	/** What the export wrote, if it finished. */
	Optional<ExportDone> done() {
		return Optional.ofNullable(done);
	}

	/**
	 * Waits for an exporter, which may be an organisation's own and may never return, while Cancel stays live:
	 * on Cancel it is interrupted and left behind.
	 */
	private static void awaitOrCancel(Future<?> writing, IProgressMonitor monitor) throws InvocationTargetException, InterruptedException {
		while (true) {
			try {
				writing.get(100, TimeUnit.MILLISECONDS);
				return;
			} catch (TimeoutException stillWriting) {
				if (monitor.isCanceled()) {
					writing.cancel(true);
					throw new InterruptedException("export cancelled");
				}
			} catch (ExecutionException e) {
				throw new InvocationTargetException(e.getCause());
			}
		}
	}
}
