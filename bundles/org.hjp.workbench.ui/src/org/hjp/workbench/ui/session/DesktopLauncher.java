package org.hjp.workbench.ui.session;

import org.eclipse.swt.program.Program;

/**
 * Opens a file or folder with the program the user's desktop chooses; true if one was started. The workbench's
 * context may hold another (the tests put one there to see what would be opened).
 */
@FunctionalInterface
public interface DesktopLauncher {

	DesktopLauncher SYSTEM = Program::launch;

	boolean launch(String fileOrFolder);
}
