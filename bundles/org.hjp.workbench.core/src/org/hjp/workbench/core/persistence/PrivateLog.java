package org.hjp.workbench.core.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;

/**
 * Keeps the platform's log to its owner. What goes wrong with a partnership can end up in the log, and a log readable
 * by everyone on a shared computer would hand that to them: the folder that holds it is made the owner's alone.
 */
public final class PrivateLog {

	private PrivateLog() {
	}

	/** Makes the log's folder readable by its owner only, where the system has permissions; does nothing elsewhere. */
	public static void restrict() {
		IPath log = Platform.getLogFileLocation();
		if (log == null) {
			return;
		}
		Path folder = log.toPath().getParent();
		try {
			Files.createDirectories(folder);
			PosixFileAttributeView view = Files.getFileAttributeView(folder, PosixFileAttributeView.class);
			if (view != null) {
				view.setPermissions(PosixFilePermissions.fromString("rwx------"));
			}
		} catch (IOException | UnsupportedOperationException e) {
			// The log stays as the system made it; nothing else depends on this.
		}
	}
}
