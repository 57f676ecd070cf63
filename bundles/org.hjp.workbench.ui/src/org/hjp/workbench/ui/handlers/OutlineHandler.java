package org.hjp.workbench.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.hjp.workbench.ui.session.CurrentPartnership;
import org.hjp.workbench.ui.session.StageEditors;

/** Shows everything the partnership file holds in one tree. */
public class OutlineHandler {
	@CanExecute
	public boolean canExecute(CurrentPartnership current) {
		return current.document().isPresent();
	}

	@Execute
	public void execute(StageEditors editors) {
		editors.open(StageEditors.OUTLINE);
	}
}
