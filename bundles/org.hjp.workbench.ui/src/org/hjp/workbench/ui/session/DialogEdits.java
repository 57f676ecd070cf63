package org.hjp.workbench.ui.session;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * A dialog's own undoable edits: while a dialog that has them is in front, Edit > Undo and Redo (Ctrl+Z, Ctrl+Y) act on
 * them; while any other dialog is in front, on nothing, never on the partnership behind it.
 */
public final class DialogEdits {

	private static final String KEY = DialogEdits.class.getName();

	private DialogEdits() {
	}

	/** Makes {@code stack} the one Undo and Redo act on while {@code dialog} is in front. */
	public static void attach(Shell dialog, CommandStack stack) {
		dialog.setData(KEY, stack);
	}

	/** The modal dialog in front, if one is: while it is, the partnership behind it is left alone. */
	public static Shell modalInFront(Display display) {
		Shell active = display.getActiveShell();
		return active != null && (active.getStyle() & (SWT.APPLICATION_MODAL | SWT.PRIMARY_MODAL | SWT.SYSTEM_MODAL)) != 0 ? active : null;
	}

	/** The stack attached to {@code dialog}, or null. */
	public static CommandStack of(Shell dialog) {
		return dialog.getData(KEY) instanceof CommandStack stack ? stack : null;
	}
}
