package org.hjp.workbench.ui.about;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;

/**
 * The libraries the workbench is built with and their licences: the list the build wrote into the installation's
 * legal folder (releng/scripts/ThirdPartyNotices.java), and any other running bundle that is not the workbench's
 * own, such as a plug-in installed later, with the licence its manifest states.
 */
public final class ThirdPartyLibraries {

	public record Library(String name, String version, String licence) {
	}

	static final String LIST = "third-party.tsv";
	static final String NOT_STATED = "not stated by the plug-in";

	private ThirdPartyLibraries() {
	}

	/** The first licence a Bundle-License header names, in the words the build's list uses for the common ones. */
	static String licenceName(String header) {
		if (header == null || header.isBlank()) {
			return NOT_STATED;
		}
		String first = header.split(",")[0].replace("\"", "").strip();
		String lower = first.toLowerCase();
		if (lower.contains("apache") && lower.contains("2.0")) {
			return "Apache License 2.0";
		}
		if ((lower.contains("eclipse public license") || lower.contains("epl")) && lower.contains("2.0")) {
			return "Eclipse Public License 2.0";
		}
		return first.split(";")[0].strip();
	}

	public static List<Library> of(Path legalFolder, Bundle[] running) throws IOException {
		Map<String, Bundle> runningByName = new HashMap<>();
		for (Bundle bundle : running) {
			if (bundle.getSymbolicName() != null) {
				runningByName.put(bundle.getSymbolicName(), bundle);
			}
		}
		List<Library> libraries = new ArrayList<>();
		Set<String> listed = new HashSet<>();
		Path list = legalFolder.resolve(LIST);
		if (Files.isRegularFile(list)) {
			List<String> lines = Files.readAllLines(list, StandardCharsets.UTF_8);
			for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
				String[] columns = line.split("\t", -1);
				if (columns.length >= 4 && listed.add(columns[1])) {
					// The version running, which an update may have changed since the list was written.
					Bundle now = runningByName.get(columns[1]);
					libraries.add(new Library(columns[0], now == null ? columns[2] : now.getVersion().toString(), columns[3]));
				}
			}
		}
		for (Bundle bundle : running) {
			String name = bundle.getSymbolicName();
			if (bundle.getBundleId() != 0 && name != null && !name.startsWith("org.hjp.workbench") && listed.add(name)) {
				String licence = bundle.getHeaders().get("Bundle-License");
				libraries.add(new Library(bundle.getHeaders().get(Constants.BUNDLE_NAME) instanceof String label ? label : name,
						bundle.getVersion().toString(), licenceName(licence)));
			}
		}
		libraries.sort(Comparator.comparing((Library l) -> l.name().toLowerCase()));
		return libraries;
	}
}
