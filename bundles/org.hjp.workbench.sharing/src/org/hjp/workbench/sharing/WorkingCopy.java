package org.hjp.workbench.sharing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * What a local partnership file is a copy of: which repository, which partnership, the version it started from, and
 * whether it holds changes not yet sent; kept beside the file as {@code <file>.repository} (no password in it). A save sends the file up on top of that
 * version. The file itself stays an ordinary partnership file that opens and mails without it.
 */
public record WorkingCopy(String repository, String partnership, int version, boolean unsent) {

	static final String SUFFIX = ".repository";

	/** A copy that holds what the repository has as {@code version}, or changes to it already sent. */
	public WorkingCopy(String repository, String partnership, int version) {
		this(repository, partnership, version, false);
	}

	/** Where the record of {@code file} is kept. */
	public static Path recordOf(Path file) {
		return file.resolveSibling(file.getFileName() + SUFFIX);
	}

	/** The record of {@code file}, if it was opened from or published to a repository. */
	public static Optional<WorkingCopy> of(Path file) throws IOException {
		Path record = recordOf(file);
		if (!Files.isRegularFile(record)) {
			return Optional.empty();
		}
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(record)) {
			properties.load(in);
		}
		try {
			return Optional.of(new WorkingCopy(required(properties, "repository", record), required(properties, "partnership", record),
					Integer.parseInt(required(properties, "version", record)), Boolean.parseBoolean(properties.getProperty("unsent"))));
		} catch (NumberFormatException e) {
			throw new IOException(record + " is damaged: its version is not a number", e);
		}
	}

	private static String required(Properties properties, String key, Path record) throws IOException {
		String value = properties.getProperty(key);
		if (value == null || value.isBlank()) {
			throw new IOException(record + " is damaged: it does not say which " + key + " the file is a copy of");
		}
		return value;
	}

	/** Writes the record of {@code file}, replacing any earlier one whole. */
	public void writeFor(Path file) throws IOException {
		Properties properties = new Properties();
		properties.setProperty("repository", repository);
		properties.setProperty("partnership", partnership);
		properties.setProperty("version", String.valueOf(version));
		if (unsent) {
			properties.setProperty("unsent", "true");
		}
		Path record = recordOf(file);
		Path partial = record.resolveSibling(record.getFileName() + ".part");
		try (OutputStream out = Files.newOutputStream(partial)) {
			properties.store(out, "The repository version this partnership file is a copy of; the HJP Workbench keeps it.");
		}
		Files.move(partial, record, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/** The same copy at another version, the repository having everything in it. */
	public WorkingCopy at(int newVersion) {
		return new WorkingCopy(repository, partnership, newVersion);
	}

	/**
	 * The same copy, its file holding changes saved on this computer that the repository does not have yet: kept on
	 * disk so that they are known after a restart, and sent by the next save.
	 */
	public WorkingCopy withUnsentChanges() {
		return new WorkingCopy(repository, partnership, version, true);
	}
}
