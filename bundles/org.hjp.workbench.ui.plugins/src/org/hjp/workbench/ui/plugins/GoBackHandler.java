package org.hjp.workbench.ui.plugins;

import java.util.Optional;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.hjp.workbench.provisioning.WorkbenchUpdater;

import jakarta.inject.Named;

/** Help > Go Back to the Previous Version: undoes the last update (after a restart), partnerships untouched. */
public class GoBackHandler {

	static final String TITLE = "Go back to the previous version";

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, WorkbenchUpdater updater, IWorkbench workbench,
			MWindow window) {
		Work.Outcome<Optional<String>> previous = Work.run(shell, "Looking for the previous version", monitor -> updater.previous());
		if (!previous.succeeded()) {
			MessageDialog.openError(shell, TITLE, previous.problem());
			return;
		}
		if (previous.value().isEmpty()) {
			MessageDialog.openInformation(shell, TITLE, "There is no earlier version to go back to: the workbench has not been updated.");
			return;
		}
		if (MessageDialog.open(MessageDialog.QUESTION, shell, TITLE, "Go back to " + previous.value().get()
				+ "? Your partnerships are not changed.", 0, "&Go Back", "&Cancel") != 0) {
			return;
		}
		Work.Outcome<Void> done = Work.run(shell, "Going back to the previous version", monitor -> {
			updater.goBack(new TrustQuestion(shell), monitor);
			return null;
		});
		if (!done.succeeded()) {
			MessageDialog.openError(shell, TITLE, done.problem());
			return;
		}
		Restart.offer(shell, window, workbench, "The previous version is restored.");
	}
}
