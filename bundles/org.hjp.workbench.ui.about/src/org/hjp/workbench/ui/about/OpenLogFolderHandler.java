package org.hjp.workbench.ui.about;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.hjp.workbench.ui.session.Desktop;
import org.hjp.workbench.ui.session.DesktopLauncher;

import jakarta.inject.Named;

/** Help > Open Log Folder. */
public class OpenLogFolderHandler {

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Optional DesktopLauncher launcher) {
		new Desktop(launcher).openFolder(shell, Installation.logFolder(), "the log");
	}
}
