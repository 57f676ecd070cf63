package org.hjp.workbench.ui.session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/** The partnership files opened most recently, newest first, kept in the workbench's preferences. */
public final class RecentFiles {

	static final int MAX = 8;
	private static final String NODE = "org.hjp.workbench.ui";
	private static final String KEY = "recent.files";

	private RecentFiles() {
	}

	/** The recent files that still exist. */
	public static List<Path> list() {
		String stored = preferences().get(KEY, "");
		return Arrays.stream(stored.split("\n")).filter(s -> !s.isBlank()).map(Path::of).filter(Files::isRegularFile).toList();
	}

	public static void remember(Path file) {
		List<Path> files = new ArrayList<>(list());
		Path absolute = file.toAbsolutePath().normalize();
		files.remove(absolute);
		files.add(0, absolute);
		store(files.subList(0, Math.min(MAX, files.size())));
	}

	private static void store(List<Path> files) {
		IEclipsePreferences preferences = preferences();
		preferences.put(KEY, String.join("\n", files.stream().map(Path::toString).toList()));
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			ILog.of(RecentFiles.class).warn("Could not remember the recent files", e);
		}
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}
}
