package org.hjp.workbench.ui.plugins;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.hjp.workbench.provisioning.WorkbenchUpdater;
import org.hjp.workbench.provisioning.WorkbenchUpdater.Update;

import jakarta.inject.Named;

/**
 * Help > Check for Updates: looks at the workbench's update site, says what an update would change, installs it when
 * the user agrees, and offers to restart, which is when the update is used.
 */
public class UpdatesHandler {

	static final String TITLE = "Updates";

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, WorkbenchUpdater updater, IWorkbench workbench,
			MWindow window) {
		Work.Outcome<List<Update>> found = Work.run(shell, "Looking for updates", updater::check);
		if (!found.succeeded()) {
			MessageDialog.openError(shell, TITLE, found.problem());
			return;
		}
		if (found.value().isEmpty()) {
			MessageDialog.openInformation(shell, TITLE, "The workbench and its plug-ins are up to date.");
			return;
		}
		String changes = found.value().stream().map(u -> u.name() + ": " + u.from() + " \u2192 " + u.to()).collect(Collectors.joining("\n"));
		if (MessageDialog.open(MessageDialog.QUESTION, shell, TITLE, "These updates are available:\n\n" + changes
				+ "\n\nYour partnerships are not changed by an update. If the new version does not suit you, Help > Go Back to the "
				+ "Previous Version undoes it.", 0, "&Update", "&Not Now") != 0) {
			return;
		}
		Work.Outcome<List<Update>> installed = Work.run(shell, "Updating the workbench", monitor -> updater.update(new TrustQuestion(shell), monitor));
		if (!installed.succeeded()) {
			MessageDialog.openError(shell, TITLE, installed.problem());
			return;
		}
		Restart.offer(shell, window, workbench, "The update is installed.");
	}
}
