package org.hjp.workbench.ui.handlers;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.hjp.workbench.core.editing.PartnershipDocument;
import org.hjp.workbench.ui.session.DialogEdits;
import org.hjp.workbench.ui.session.WaitingContext;

/**
 * What Undo and Redo act on now: the open partnership's edits; a dialog's own while it is in front ({@link DialogEdits});
 * nothing while a file is being saved (the save would record the wrong state as saved).
 */
final class UndoTarget {

	private UndoTarget() {
	}

	/** The stack to undo or redo on, or null for none. */
	static CommandStack of(Display display, PartnershipDocument document) {
		if (display == null || WaitingContext.isRunning(display)) {
			return null;
		}
		Shell active = display.getActiveShell();
		if (active != null && (active.getStyle() & (SWT.APPLICATION_MODAL | SWT.PRIMARY_MODAL | SWT.SYSTEM_MODAL)) != 0) {
			return DialogEdits.of(active);
		}
		return document == null ? null : document.commandStack();
	}
}
