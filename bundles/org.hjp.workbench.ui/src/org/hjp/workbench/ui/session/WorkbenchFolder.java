package org.hjp.workbench.ui.session;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;

/** The folder the workbench keeps its own files in: its instance area, or one in the user's home. */
public final class WorkbenchFolder {

	private WorkbenchFolder() {
	}

	public static Path path() {
		try {
			if (Platform.getInstanceLocation() != null && Platform.getInstanceLocation().getURL() != null) {
				return Path.of(Platform.getInstanceLocation().getURL().toURI());
			}
		} catch (URISyntaxException | IllegalArgumentException e) {
			ILog.of(WorkbenchFolder.class).warn("Unusual workspace location; using the home folder", e);
		}
		return Path.of(System.getProperty("user.home"), "hjp-workbench");
	}
}
