package org.hjp.workbench.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.hjp.workbench.ui.session.Desktop;
import org.hjp.workbench.ui.session.DesktopLauncher;
import org.hjp.workbench.ui.session.PendingEdits;
import org.hjp.workbench.ui.transfer.TransferActions;

import jakarta.inject.Named;

public class ExportHandler extends WithOpenPartnership {
	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, TransferActions actions, @Optional DesktopLauncher launcher) {
		PendingEdits.commit();
		actions.export(shell, new Desktop(launcher));
	}
}
