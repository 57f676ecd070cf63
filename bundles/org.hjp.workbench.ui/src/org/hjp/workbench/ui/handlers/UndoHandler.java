package org.hjp.workbench.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.hjp.workbench.core.editing.PartnershipDocument;
import org.hjp.workbench.ui.session.PendingEdits;

public class UndoHandler {
	@CanExecute
	public boolean canExecute(@Optional PartnershipDocument document) {
		return document != null && document.commandStack().canUndo();
	}

	@Execute
	public void execute(@Optional PartnershipDocument document) {
		PendingEdits.commit();
		if (canExecute(document)) {
			document.commandStack().undo();
		}
	}
}
