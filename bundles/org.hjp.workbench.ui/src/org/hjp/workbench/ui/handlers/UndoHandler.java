package org.hjp.workbench.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.widgets.Display;
import org.hjp.workbench.core.editing.PartnershipDocument;
import org.hjp.workbench.ui.session.PendingEdits;

public class UndoHandler {
	@CanExecute
	public boolean canExecute(@Optional PartnershipDocument document) {
		CommandStack stack = UndoTarget.of(Display.getCurrent(), document);
		return stack != null && stack.canUndo();
	}

	@Execute
	public void execute(@Optional PartnershipDocument document) {
		PendingEdits.commit();
		if (canExecute(document)) {
			UndoTarget.of(Display.getCurrent(), document).undo();
		}
	}
}
