package org.hjp.workbench.ui.session;

import java.util.function.DoubleSupplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;

/**
 * A progress window for work running on another thread, shown only once the work has taken longer than a moment
 * (most files open and save before it would show), and updated until the work is done. Call on the UI thread.
 */
final class ProgressWindow {

	/** The part of the work done so far, from 0 to 1, or NaN when it cannot be told. */
	static final DoubleSupplier UNKNOWN = () -> Double.NaN;

	private static final int SHOW_AFTER_MS = 500;
	private static final int UPDATE_EVERY_MS = 100;
	private static final int STEPS = 1000;

	private final Shell parent;
	private final String task;
	private final DoubleSupplier done;
	private ProgressMonitorDialog dialog;
	private int stepsShown;
	private boolean finished;

	ProgressWindow(Shell parent, String task, DoubleSupplier done) {
		this.parent = parent;
		this.task = task;
		this.done = done;
	}

	void startTimer() {
		parent.getDisplay().timerExec(SHOW_AFTER_MS, this::open);
	}

	private void open() {
		if (finished || parent.isDisposed()) {
			return;
		}
		dialog = new ProgressMonitorDialog(parent);
		dialog.setCancelable(false);
		dialog.open();
		dialog.getShell().setCursor(parent.getDisplay().getSystemCursor(SWT.CURSOR_WAIT));
		boolean measurable = !Double.isNaN(done.getAsDouble());
		dialog.getProgressMonitor().beginTask(task, measurable ? STEPS : IProgressMonitor.UNKNOWN);
		if (measurable) {
			update();
		}
	}

	private void update() {
		if (finished || dialog.getShell() == null || dialog.getShell().isDisposed()) {
			return;
		}
		int steps = (int) (Math.clamp(done.getAsDouble(), 0, 1) * STEPS);
		if (steps > stepsShown) {
			dialog.getProgressMonitor().worked(steps - stepsShown);
			stepsShown = steps;
		}
		parent.getDisplay().timerExec(UPDATE_EVERY_MS, this::update);
	}

	/** Closes the window, or keeps it from opening if it has not yet. */
	void finish() {
		finished = true;
		if (dialog != null) {
			dialog.close();
		}
	}
}
