package org.hjp.workbench.ui.handlers;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.menu.MDirectMenuItem;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.hjp.workbench.ui.session.DocumentActions;

import jakarta.inject.Named;

public class OpenRecentItem {
	@CanExecute
	public boolean canExecute(MDirectMenuItem item) {
		return item.getTransientData().get(RecentFilesMenu.FILE) instanceof Path;
	}

	@Execute
	public void execute(MDirectMenuItem item, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, DocumentActions actions) {
		if (item.getTransientData().get(RecentFilesMenu.FILE) instanceof Path file) {
			actions.open(shell, file);
		}
	}
}
