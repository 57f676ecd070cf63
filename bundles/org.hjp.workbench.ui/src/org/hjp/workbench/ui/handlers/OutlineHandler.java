package org.hjp.workbench.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.hjp.workbench.ui.session.StageEditors;

/** Shows everything the partnership file holds in one tree. */
public class OutlineHandler extends WithOpenPartnership {
	@Execute
	public void execute(StageEditors editors) {
		editors.open(StageEditors.OUTLINE);
	}
}
