package org.hjp.workbench.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.hjp.workbench.core.editing.PartnershipDocument;
import org.hjp.workbench.model.PartnershipPackage;
import org.hjp.workbench.ui.session.CurrentPartnership;
import org.hjp.workbench.ui.session.DocumentActions;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * For the crash trials (releng/scripts/crash-trials.sh), which kill the product at a random moment: renames the
 * open partnership to "Saved 1", "Saved 2", ... and saves it through File > Save's own action, again and again,
 * writing "begin N" before each save and "done N" after it to the progress file.
 */
final class SaveLoop {

	private final BundleContext context;
	private final Path progress;

	SaveLoop(BundleContext context, Path progress) {
		this.context = context;
		this.progress = progress;
	}

	void run() {
		try {
			MWindow window = window();
			Shell shell = (Shell) window.getWidget();
			Display display = shell.getDisplay();
			DocumentActions actions = window.getContext().get(DocumentActions.class);
			for (int n = 1;; n++) {
				int saving = n;
				PartnershipDocument document = onUi(display, () -> window.getContext().get(CurrentPartnership.class).document().orElse(null));
				if (document == null) {
					Thread.sleep(100);
					n--;
					continue;
				}
				display.syncExec(() -> document.commandStack().execute(SetCommand.create(document.editingDomain(),
						document.partnership(), PartnershipPackage.Literals.PARTNERSHIP__NAME, "Saved " + saving)));
				append("begin " + n);
				boolean saved = onUi(display, () -> actions.save(shell));
				append((saved ? "done " : "failed ") + n);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (IOException | RuntimeException e) {
			try {
				append("error " + e);
			} catch (IOException ignored) {
				// Nothing more can be told; the trial sees no progress and says so.
			}
		}
	}

	private MWindow window() throws InterruptedException {
		ServiceTracker<IWorkbench, IWorkbench> tracker = new ServiceTracker<>(context, IWorkbench.class, null);
		tracker.open();
		IWorkbench workbench = tracker.waitForService(120_000);
		if (workbench == null) {
			throw new IllegalStateException("the workbench did not start within 2 minutes");
		}
		while (workbench.getApplication().getChildren().isEmpty() || workbench.getApplication().getChildren().get(0).getWidget() == null) {
			Thread.sleep(50);
		}
		return workbench.getApplication().getChildren().get(0);
	}

	private void append(String line) throws IOException {
		Files.writeString(progress, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}

	private static <T> T onUi(Display display, java.util.function.Supplier<T> supplier) {
		Object[] result = new Object[1];
		display.syncExec(() -> result[0] = supplier.get());
		@SuppressWarnings("unchecked")
		T t = (T) result[0];
		return t;
	}
}
