package org.hjp.workbench.ui.plugins;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.hjp.workbench.provisioning.PluginInstaller;

import jakarta.inject.Named;

/** Opens the plug-ins dialog. */
public class PluginsHandler {

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, PluginInstaller installer) {
		new PluginsDialog(shell, installer).open();
	}
}
