package org.hjp.workbench.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.swt.widgets.Display;
import org.hjp.workbench.core.editing.PartnershipDocument;
import org.hjp.workbench.ui.session.PendingEdits;
import org.hjp.workbench.ui.session.WaitingContext;

public class UndoHandler {
	@CanExecute
	public boolean canExecute(@Optional PartnershipDocument document) {
		// Not while a file is being saved: the save would record the wrong state as saved.
		return document != null && document.commandStack().canUndo() && !WaitingContext.isRunning(Display.getCurrent());
	}

	@Execute
	public void execute(@Optional PartnershipDocument document) {
		PendingEdits.commit();
		if (canExecute(document)) {
			document.commandStack().undo();
		}
	}
}
