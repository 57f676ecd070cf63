package org.hjp.workbench.core.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** A name beside a partnership file for a copy of one version of it, such as "plan (their changes 2026-12-05 18.40).hjp". */
public final class SideCopy {

	// No colon: Windows does not allow one in a file name.
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH.mm");

	private SideCopy() {
	}

	/** A name not yet taken beside {@code file}, saying whose version the copy holds and when it was made. */
	public static Path beside(Path file, String whose, LocalDateTime when) {
		String name = file.getFileName().toString();
		String extension = "." + PartnershipFormat.FILE_EXTENSION;
		String base = name.endsWith(extension) ? name.substring(0, name.length() - extension.length()) : name;
		String label = base + " (" + whose + " " + WHEN.format(when);
		Path copy = file.resolveSibling(label + ")" + extension);
		for (int n = 2; Files.exists(copy); n++) {
			copy = file.resolveSibling(label + ", " + n + ")" + extension);
		}
		return copy;
	}
}
