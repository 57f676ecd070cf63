package org.hjp.workbench.sharing.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILog;
import org.hjp.workbench.core.persistence.PartnershipFormat;
import org.hjp.workbench.sharing.RepositorySettings;
import org.hjp.workbench.sharing.WorkingCopy;
import org.hjp.workbench.ui.session.WorkbenchFolder;

/**
 * Where partnerships opened from a repository are kept on this computer, so that they open and save while the server
 * is away: a folder per repository and partnership in the workbench's own folder, the file named as the partnership.
 */
public final class WorkingCopyFolder {

	private WorkingCopyFolder() {
	}

	/**
	 * The copy of partnership {@code id}: the one already kept, whatever it was named when it was opened (it may hold
	 * changes not yet sent), or a new one named as the partnership is now.
	 */
	static Path fileFor(RepositorySettings settings, String id, String name) throws IOException {
		Path folder = WorkbenchFolder.path().resolve("Repository copies").resolve(safe(settings.user() + "@" + settings.address())).resolve(safe(id));
		if (Files.isDirectory(folder)) {
			try (Stream<Path> files = Files.list(folder)) {
				Optional<Path> kept = files.filter(f -> f.getFileName().toString().endsWith("." + PartnershipFormat.FILE_EXTENSION))
						.filter(f -> Files.isRegularFile(WorkingCopy.recordOf(f))).sorted().findFirst();
				if (kept.isPresent()) {
					return kept.get();
				}
			}
		}
		return folder.resolve(safe(name == null || name.isBlank() ? id : name) + "." + PartnershipFormat.FILE_EXTENSION);
	}

	private static String safe(String text) {
		String cleaned = text.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
		return cleaned.isEmpty() || cleaned.startsWith(".") ? "_" + cleaned : cleaned;
	}

	/** What {@code file} is a copy of, if it is one; a damaged record is logged, and the file taken as no copy. */
	public static Optional<WorkingCopy> copyOf(Path file) {
		if (file == null) {
			return Optional.empty();
		}
		try {
			return WorkingCopy.of(file);
		} catch (IOException e) {
			ILog.of(WorkingCopyFolder.class).warn("Could not read which repository version " + file + " is a copy of", e);
			return Optional.empty();
		}
	}
}
