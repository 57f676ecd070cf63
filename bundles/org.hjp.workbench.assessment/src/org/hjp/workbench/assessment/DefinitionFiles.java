package org.hjp.workbench.assessment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Attributes;
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

	/** A plug-in or zip larger than this is not read. */
	static final long MAX_ARCHIVE_BYTES = 64L * 1024 * 1024;
	private static final String MANIFEST = "META-INF/MANIFEST.MF";

	/** One definition checked: where it is (file, plug-in and path inside), its instrument when usable, and its problems. */
	public record Checked(String where, Optional<Instrument> instrument, List<DefinitionReport.Problem> problems) {
	}

	private final List<Checked> checked = new ArrayList<>();

	private DefinitionFiles() {
	}

	/** Every definition found at {@code path}; a path that holds none gives one entry saying so. */
	public static List<Checked> check(Path path) throws IOException {
		DefinitionFiles files = new DefinitionFiles();
		String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
		if (Files.isDirectory(path)) {
			files.folder(path);
		} else if (name.endsWith(".jar") || name.endsWith(".zip")) {
			files.archive(path.toString(), readLimited(path));
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

	private void folder(Path folder) throws IOException {
		Path manifest = folder.resolve(MANIFEST);
		if (Files.isRegularFile(manifest)) {
			Map<String, byte[]> entries = new HashMap<>();
			try (Stream<Path> all = Files.walk(folder)) {
				for (Path file : all.filter(Files::isRegularFile).toList()) {
					if (Files.size(file) <= DefinitionReport.MAX_BYTES + 1) {
						entries.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
					}
				}
			}
			bundle(folder.toString(), entries);
			return;
		}
		Path plugins = folder.resolve("plugins");
		try (Stream<Path> jars = Files.list(Files.isDirectory(plugins) ? plugins : folder)) {
			for (Path jar : jars.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList()) {
				archive(jar.toString(), readLimited(jar));
			}
		}
	}

	/** A plug-in jar, or a zip of an update site holding plug-in jars under plugins/. */
	private void archive(String where, byte[] bytes) throws IOException {
		Map<String, byte[]> entries = unzip(bytes);
		if (entries.containsKey(MANIFEST)) {
			bundle(where, entries);
			return;
		}
		// An update site keeps its plug-ins under plugins/; its artifacts.jar and content.jar are not plug-ins.
		boolean site = entries.keySet().stream().anyMatch(n -> n.startsWith("plugins/") && n.endsWith(".jar"));
		for (Map.Entry<String, byte[]> entry : entries.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
			if (entry.getKey().endsWith(".jar") && (!site || entry.getKey().startsWith("plugins/"))) {
				String inner = where + "!" + entry.getKey();
				try {
					archive(inner, entry.getValue());
				} catch (IOException e) {
					checked.add(new Checked(inner, Optional.empty(), List.of(new DefinitionReport.Problem(0, "The plug-in could not be read: " + e.getMessage() + "."))));
				}
			}
		}
	}

	private void bundle(String where, Map<String, byte[]> entries) throws IOException {
		Attributes headers = new Manifest(new ByteArrayInputStream(entries.get(MANIFEST))).getMainAttributes();
		String offered = headers.getValue(InstrumentRegistry.HEADER);
		if (offered == null) {
			return;
		}
		for (String part : offered.split(",")) {
			String path = part.trim();
			if (path.isEmpty()) {
				continue;
			}
			byte[] content = entries.get(path.startsWith("/") ? path.substring(1) : path);
			if (content == null) {
				checked.add(new Checked(where + "!" + path, Optional.empty(), List.of(new DefinitionReport.Problem(0,
						"The manifest names " + path + " in " + InstrumentRegistry.HEADER + ", but the plug-in has no such file."))));
			} else {
				definition(where + "!" + path, new ByteArrayInputStream(content));
			}
		}
	}

	private static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
		Map<String, byte[]> entries = new HashMap<>();
		long total = 0;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.isDirectory()) {
					continue;
				}
				byte[] content = zip.readNBytes((int) Math.min(MAX_ARCHIVE_BYTES - total + 1, Integer.MAX_VALUE - 8));
				total += content.length;
				if (total > MAX_ARCHIVE_BYTES) {
					throw new IOException("it unpacks to more than " + MAX_ARCHIVE_BYTES / 1024 / 1024 + " MB, far more than a plug-in of instruments needs");
				}
				entries.put(entry.getName(), content);
			}
		}
		return entries;
	}

	private static byte[] readLimited(Path file) throws IOException {
		if (Files.size(file) > MAX_ARCHIVE_BYTES) {
			throw new IOException(file + " is larger than " + MAX_ARCHIVE_BYTES / 1024 / 1024 + " MB, far more than a plug-in of instruments needs");
		}
		return Files.readAllBytes(file);
	}
}
