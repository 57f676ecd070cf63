package org.hjp.workbench.ui.session;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;

/**
 * A field commits its edit when it loses focus. Commands started from the keyboard (save, undo) do not
 * move the focus, so they first ask the focused field to commit what the user has typed.
 */
public final class PendingEdits {

	private PendingEdits() {
	}

	public static void commit() {
		Display display = Display.getCurrent();
		Control focus = display == null ? null : display.getFocusControl();
		if (focus instanceof Text && !focus.isDisposed()) {
			focus.notifyListeners(SWT.FocusOut, new Event());
		}
	}
}
