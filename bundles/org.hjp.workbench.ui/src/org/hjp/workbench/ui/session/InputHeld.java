package org.hjp.workbench.ui.session;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.DoubleSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;

/**
 * Runs slow work that no edit may interleave with (writing a file to disk) on a thread of its own, while the UI
 * thread goes on painting the window: keyboard and mouse input, and closing the window, are held back until
 * it is done, under a busy cursor, and a progress window if it takes long. The window never freezes, and nothing the
 * user does is lost or half-done.
 */
final class InputHeld {

	private static final int[] HELD = { SWT.KeyDown, SWT.KeyUp, SWT.MouseDown, SWT.MouseUp, SWT.MouseDoubleClick, SWT.Traverse,
			SWT.MenuDetect, SWT.Close };

	/** Work that may fail with a checked exception of its own. */
	@FunctionalInterface
	interface Work<E extends Exception> {
		void run() throws E;
	}

	private InputHeld() {
	}

	/**
	 * Runs {@code work} off the UI thread, on a thread called {@code name}, and returns when it is done; call on the
	 * UI thread. If it takes long, a progress window tells {@code task} and how much of it is done ({@code fractionDone}).
	 */
	@SuppressWarnings("unchecked")
	static <E extends Exception> void whileRunning(Shell shell, String name, String task, DoubleSupplier fractionDone, Work<E> work) throws E {
		Display display = shell.getDisplay();
		AtomicBoolean done = new AtomicBoolean();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Thread worker = new Thread(() -> {
			try {
				work.run();
			} catch (Throwable t) {
				failure.set(t);
			} finally {
				done.set(true);
				display.wake();
			}
		}, name);
		worker.setDaemon(true);
		Listener hold = e -> {
			e.type = SWT.None;
			e.doit = false;
		};
		for (int type : HELD) {
			display.addFilter(type, hold);
		}
		Cursor before = shell.getCursor();
		shell.setCursor(display.getSystemCursor(SWT.CURSOR_WAIT));
		ProgressWindow progress = new ProgressWindow(shell, task, fractionDone);
		try {
			worker.start();
			progress.startTimer();
			while (!done.get()) {
				if (!display.readAndDispatch()) {
					display.sleep();
				}
			}
		} finally {
			progress.finish();
			for (int type : HELD) {
				display.removeFilter(type, hold);
			}
			if (!shell.isDisposed()) {
				shell.setCursor(before);
			}
		}
		Throwable thrown = failure.get();
		if (thrown instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (thrown instanceof Error error) {
			throw error;
		}
		if (thrown != null) {
			throw (E) thrown;
		}
	}
}
