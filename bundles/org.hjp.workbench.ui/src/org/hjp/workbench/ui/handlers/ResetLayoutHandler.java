package org.hjp.workbench.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.hjp.workbench.ui.layout.WindowLayout;

/** View > Reset Layout. */
public class ResetLayoutHandler {

	@Execute
	public void execute(WindowLayout layout) {
		layout.reset();
	}
}
