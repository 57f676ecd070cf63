package org.hjp.workbench.ui.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/** Opens folders and files through a launcher, and says where they are when it cannot. */
public record Desktop(DesktopLauncher launcher) {

	public Desktop(DesktopLauncher launcher) {
		this.launcher = launcher == null ? DesktopLauncher.SYSTEM : launcher;
	}

	public void openFolder(Shell shell, Path folder, String what) {
		try {
			Files.createDirectories(folder);
		} catch (IOException e) {
			ILog.of(Desktop.class).warn("Could not make the folder " + folder, e);
		}
		open(shell, folder, what);
	}

	public void open(Shell shell, Path file, String what) {
		if (!launcher.launch(file.toString())) {
			MessageDialog.openInformation(shell, "Could not open " + what, "The desktop has no program to open it with. "
					+ "You will find " + what + " here:\n\n" + file);
		}
	}
}
