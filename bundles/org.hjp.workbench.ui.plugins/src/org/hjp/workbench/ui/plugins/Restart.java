package org.hjp.workbench.ui.plugins;

import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/** After an update or going back: the change is used from the next start, now or when the user chooses. */
final class Restart {

	private Restart() {
	}

	static void offer(Shell shell, IWorkbench workbench, String done) {
		if (MessageDialog.open(MessageDialog.QUESTION, shell, "Restart the workbench?", done
				+ " It is used once the workbench restarts. Restart now? (You are asked to save your partnership first.)", 0,
				"&Restart Now", "&Later") == 0) {
			workbench.restart();
		}
	}
}
