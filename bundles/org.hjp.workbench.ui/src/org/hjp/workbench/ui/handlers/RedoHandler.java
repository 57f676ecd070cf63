package org.hjp.workbench.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.hjp.workbench.ui.session.CurrentPartnership;
import org.hjp.workbench.ui.session.PendingEdits;

public class RedoHandler {
	@CanExecute
	public boolean canExecute(CurrentPartnership current) {
		return current.document().map(d -> d.commandStack().canRedo()).orElse(false);
	}

	@Execute
	public void execute(CurrentPartnership current) {
		PendingEdits.commit();
		current.document().ifPresent(d -> {
			if (d.commandStack().canRedo()) {
				d.commandStack().redo();
			}
		});
	}
}
