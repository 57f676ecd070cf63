package org.hjp.workbench.ui.handlers;

import org.eclipse.emf.common.command.CommandStack;
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
		Shell dialog = DialogEdits.modalInFront(display);
		if (dialog != null) {
			return DialogEdits.of(dialog);
		}
		return document == null ? null : document.commandStack();
	}
}
