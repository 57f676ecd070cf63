package org.hjp.workbench.assessment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.hjp.workbench.assessment.model.Instrument;

/**
 * Checks the instrument definitions an author has made, wherever they are: a definition file, a plug-in (a jar or
 * its folder) or an update site (its folder or a zip of it), reading plug-ins as the workbench does when it installs
 * them, and reporting every problem of every definition with its line.
 */
public final class DefinitionFiles {

	/** The most a check unpacks from plug-ins and zips, all together: far more than plug-ins of instruments hold. */
	static final long MAX_ARCHIVE_BYTES = 64L * 1024 * 1024;
	private static final String MANIFEST = "META-INF/MANIFEST.MF";

	/** One definition checked: where it is (file, plug-in and path inside), its instrument when usable, and its problems. */
	public record Checked(String where, Optional<Instrument> instrument, List<DefinitionReport.Problem> problems) {
	}

	private final List<Checked> checked = new ArrayList<>();
	private long budget = MAX_ARCHIVE_BYTES;

	private DefinitionFiles() {
	}

	/** Every definition found at {@code path}; a path that holds none gives one entry saying so. */
	public static List<Checked> check(Path path) throws IOException {
		DefinitionFiles files = new DefinitionFiles();
		String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
		if (Files.isDirectory(path)) {
			files.folder(path);
		} else if (name.endsWith(".jar")) {
			files.plugin(path.toString(), files.unzip(files.readLimited(path)));
		} else if (name.endsWith(".zip")) {
			files.zip(path.toString(), files.unzip(files.readLimited(path)));
		} else {
			try (InputStream in = Files.newInputStream(path)) {
				files.definition(path.toString(), in);
			}
		}
		if (files.checked.isEmpty()) {
			files.checked.add(new Checked(path.toString(), Optional.empty(), List.of(new DefinitionReport.Problem(0,
					"No instrument definition was found: a plug-in names its definitions in the " + InstrumentRegistry.HEADER + " header of its manifest."))));
		}
		return files.checked;
	}

	private void definition(String where, InputStream in) {
		DefinitionReport report = DefinitionReport.read(in, where);
		checked.add(new Checked(where, report.instrument(), report.problems()));
	}

	/** A plug-in's folder (only the files its manifest names are read), an update site's folder, or a folder of definitions. */
	private void folder(Path folder) throws IOException {
		Path manifest = folder.resolve(MANIFEST);
		if (Files.isRegularFile(manifest)) {
			String offered;
			try (InputStream in = Files.newInputStream(manifest)) {
				offered = new Manifest(in).getMainAttributes().getValue(InstrumentRegistry.HEADER);
			}
			for (String path : paths(offered)) {
				Path file = folder.resolve(path.startsWith("/") ? path.substring(1) : path).normalize();
				if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
					missing(folder + "!" + path, path);
				} else {
					try (InputStream in = Files.newInputStream(file)) {
						definition(folder + "!" + path, in);
					}
				}
			}
			return;
		}
		Path plugins = folder.resolve("plugins");
		try (Stream<Path> files = Files.list(Files.isDirectory(plugins) ? plugins : folder)) {
			for (Path file : files.sorted().toList()) {
				String name = file.getFileName().toString();
				if (name.endsWith(".jar")) {
					readPlugin(file.toString(), () -> readLimited(file));
				} else if (name.endsWith(".instrument")) {
					try (InputStream in = Files.newInputStream(file)) {
						definition(file.toString(), in);
					}
				}
			}
		}
	}

	/** A zip of an update site: its plug-ins are under plugins/; a zip of a plug-in is read as one. */
	private void zip(String where, Map<String, byte[]> entries) {
		if (entries.containsKey(MANIFEST)) {
			plugin(where, entries);
			return;
		}
		for (Map.Entry<String, byte[]> entry : entries.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
			if (entry.getKey().startsWith("plugins/") && entry.getKey().endsWith(".jar")) {
				readPlugin(where + "!" + entry.getKey(), entry::getValue);
			}
		}
	}

	@FunctionalInterface
	private interface Bytes {
		byte[] get() throws IOException;
	}

	/** One plug-in jar of a site: one that cannot be read is said, and the site's other plug-ins are still checked. */
	private void readPlugin(String where, Bytes bytes) {
		try {
			Map<String, byte[]> entries = unzip(bytes.get());
			if (entries.containsKey(MANIFEST)) {
				plugin(where, entries);
			}
		} catch (IOException e) {
			checked.add(new Checked(where, Optional.empty(), List.of(new DefinitionReport.Problem(0, "The plug-in could not be read: " + e.getMessage() + "."))));
		}
	}

	private void missing(String where, String path) {
		checked.add(new Checked(where, Optional.empty(), List.of(new DefinitionReport.Problem(0,
				"The manifest names " + path + " in " + InstrumentRegistry.HEADER + ", but the plug-in has no such file."))));
	}

	private static List<String> paths(String header) {
		if (header == null) {
			return List.of();
		}
		return Arrays.stream(header.split(",")).map(String::trim).filter(p -> !p.isEmpty()).toList();
	}

	private void plugin(String where, Map<String, byte[]> entries) {
		if (!entries.containsKey(MANIFEST)) {
			checked.add(new Checked(where, Optional.empty(), List.of(new DefinitionReport.Problem(0, "It is not a plug-in: it has no " + MANIFEST + "."))));
			return;
		}
		String offered;
		try {
			offered = new Manifest(new ByteArrayInputStream(entries.get(MANIFEST))).getMainAttributes().getValue(InstrumentRegistry.HEADER);
		} catch (IOException e) {
			checked.add(new Checked(where, Optional.empty(), List.of(new DefinitionReport.Problem(0, "The plug-in's manifest could not be read: " + e.getMessage() + "."))));
			return;
		}
		for (String path : paths(offered)) {
			byte[] content = entries.get(path.startsWith("/") ? path.substring(1) : path);
			if (content == null) {
				missing(where + "!" + path, path);
			} else {
				definition(where + "!" + path, new ByteArrayInputStream(content));
			}
		}
	}

	/** The entries of a zip or jar, counted against what the whole check may unpack. */
	private Map<String, byte[]> unzip(byte[] bytes) throws IOException {
		Map<String, byte[]> entries = new HashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.isDirectory()) {
					continue;
				}
				byte[] content = zip.readNBytes((int) Math.min(budget + 1, Integer.MAX_VALUE - 8));
				budget -= content.length;
				if (budget < 0) {
					throw new IOException("it unpacks to more than " + MAX_ARCHIVE_BYTES / 1024 / 1024 + " MB, far more than plug-ins of instruments hold");
				}
				entries.put(entry.getName(), content);
			}
		}
		return entries;
	}

	private byte[] readLimited(Path file) throws IOException {
		long size = Files.size(file);
		if (size > budget) {
			throw new IOException(file + " is larger than " + MAX_ARCHIVE_BYTES / 1024 / 1024 + " MB, far more than a plug-in of instruments needs");
		}
		budget -= size;
		return Files.readAllBytes(file);
	}
}
