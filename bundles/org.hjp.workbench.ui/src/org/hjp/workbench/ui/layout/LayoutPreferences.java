package org.hjp.workbench.ui.layout;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/** The layout record, kept in the workbench's instance preferences (beside the partnerships, in .metadata). */
final class LayoutPreferences {

	/** Raised when the record's meaning changes; a record of another version is not used. */
	static final int VERSION = 1;
	static final String NODE = "org.hjp.workbench.ui/layout";

	private LayoutPreferences() {
	}

	static Optional<LayoutRecord> read() {
		Preferences node = node();
		if (node.getInt("version", 0) != VERSION) {
			return Optional.empty();
		}
		try {
			int[] bounds = Arrays.stream(node.get("bounds", "").split(",")).mapToInt(Integer::parseInt).toArray();
			return Optional.of(new LayoutRecord(bounds, node.getBoolean("maximized", false), prefixed(node, "size."),
					prefixed(node, "front."), List.of(node.get("stages", "").split("\n")).stream().filter(s -> !s.isBlank()).toList()));
		} catch (NumberFormatException | BackingStoreException e) {
			ILog.of(LayoutPreferences.class).warn("The kept window layout could not be read; the workbench starts with its own", e);
			return Optional.empty();
		}
	}

	static void write(LayoutRecord record) {
		Preferences node = node();
		try {
			node.clear();
			node.putInt("version", VERSION);
			node.put("bounds", Arrays.stream(record.bounds()).mapToObj(Integer::toString).reduce((a, b) -> a + "," + b).orElse(""));
			node.putBoolean("maximized", record.maximized());
			record.sizes().forEach((id, size) -> node.put("size." + id, size));
			record.fronts().forEach((id, front) -> node.put("front." + id, front));
			node.put("stages", String.join("\n", record.stages()));
			node.flush();
		} catch (BackingStoreException e) {
			ILog.of(LayoutPreferences.class).warn("The window layout could not be kept for the next start", e);
		}
	}

	static void forget() {
		try {
			Preferences node = node();
			node.clear();
			node.flush();
		} catch (BackingStoreException e) {
			ILog.of(LayoutPreferences.class).warn("The kept window layout could not be removed", e);
		}
	}

	private static Map<String, String> prefixed(Preferences node, String prefix) throws BackingStoreException {
		Map<String, String> values = new LinkedHashMap<>();
		for (String key : node.keys()) {
			if (key.startsWith(prefix)) {
				values.put(key.substring(prefix.length()), node.get(key, ""));
			}
		}
		return values;
	}

	private static Preferences node() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}
}
