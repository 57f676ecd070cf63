package org.hjp.workbench.ui.session;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.operation.IRunnableContext;
import org.eclipse.jface.operation.IRunnableWithProgress;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;

/**
 * The runnable context for work the user waits for and no edit may interleave with (opening and saving a file): JFace's
 * progress dialog runs the work off the UI thread while the window goes on painting; keyboard and mouse input and
 * closing the window are held back under a busy cursor, and the dialog, with its Cancel, shows only once the work has
 * taken longer than a moment, so that a quick save flashes no window. Key bindings see keys before this context's
 * filter does, so the actions they run ask {@link #isRunning} and do nothing meanwhile.
 */
public final class WaitingContext implements IRunnableContext {

	static final int SHOW_AFTER_MS = 500;

	private static final String RUNNING = WaitingContext.class.getName() + ".running";

	private static final int[] HELD = { SWT.KeyDown, SWT.KeyUp, SWT.MouseDown, SWT.MouseUp, SWT.MouseDoubleClick, SWT.Traverse,
			SWT.MenuDetect, SWT.Close };

	private final Shell shell;

	public WaitingContext(Shell shell) {
		this.shell = shell;
	}

	/** Whether work the user waits for is running on {@code display}: nothing else may open, save or change a partnership. */
	public static boolean isRunning(Display display) {
		return display != null && display.getData(RUNNING) != null;
	}

	@Override
	public void run(boolean fork, boolean cancelable, IRunnableWithProgress work) throws InvocationTargetException, InterruptedException {
		Display display = shell.getDisplay();
		ProgressMonitorDialog dialog = new ProgressMonitorDialog(shell);
		dialog.setOpenOnRun(false);
		Listener hold = e -> {
			if (!(e.widget instanceof Control control) || control.isDisposed() || control.getShell() != dialog.getShell()) {
				e.type = SWT.None;
				e.doit = false;
			}
		};
		Runnable show = () -> {
			if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
				dialog.open();
			}
		};
		for (int type : HELD) {
			display.addFilter(type, hold);
		}
		Cursor before = shell.getCursor();
		shell.setCursor(display.getSystemCursor(SWT.CURSOR_WAIT));
		display.timerExec(SHOW_AFTER_MS, show);
		display.setData(RUNNING, Boolean.TRUE);
		try {
			dialog.run(fork, cancelable, work);
		} finally {
			display.setData(RUNNING, null);
			display.timerExec(-1, show);
			for (int type : HELD) {
				display.removeFilter(type, hold);
			}
			if (!shell.isDisposed()) {
				shell.setCursor(before);
			}
		}
	}
}
