package org.hjp.workbench.ui.about;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.osgi.service.datalocation.Location;

/** Where the workbench is installed and keeps its log. */
final class Installation {

	private Installation() {
	}

	/** The installation's legal folder (LICENSE, the third-party list and notices), written by the build. */
	static Optional<Path> legalFolder() {
		return folder(Platform.getInstallLocation()).map(install -> install.resolve("legal"));
	}

	/** The folder of the workbench's log file. */
	static Path logFolder() {
		return Platform.getLogFileLocation().toFile().toPath().toAbsolutePath().getParent();
	}

	private static Optional<Path> folder(Location location) {
		URL url = location == null ? null : location.getURL();
		if (url == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(Path.of(URIUtil.toURI(url)));
		} catch (URISyntaxException | IllegalArgumentException e) {
			ILog.of(Installation.class).warn("The installation folder " + url + " is not a local folder", e);
			return Optional.empty();
		}
	}
}
