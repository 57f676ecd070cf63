package org.hjp.workbench.ui.plugins;

import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * After an update or going back: the change is used from the next start, now or when the user chooses. Restarting
 * asks the window's close handler first, which offers to save the open partnership (IWorkbench.restart does not).
 */
final class Restart {

	private Restart() {
	}

	static void offer(Shell shell, MWindow window, IWorkbench workbench, String done) {
		if (MessageDialog.open(MessageDialog.QUESTION, shell, "Restart the workbench?", done
				+ " It is used once the workbench restarts. Restart now? (You are asked to save your partnership first.)", 0,
				"&Restart Now", "&Later") != 0) {
			return;
		}
		IWindowCloseHandler closing = window.getContext().get(IWindowCloseHandler.class);
		if (closing == null || closing.close(window)) {
			workbench.restart();
		}
	}
}
