package org.hjp.workbench.sharing.ui;

import java.nio.file.Path;

import org.hjp.workbench.core.persistence.PartnershipFormat;
import org.hjp.workbench.sharing.RepositorySettings;
import org.hjp.workbench.ui.session.WorkbenchFolder;

/**
 * Where partnerships opened from a repository are kept on this computer, so that they open and save while the server
 * is away: a folder per repository and partnership in the workbench's own folder, the file named as the partnership.
 */
final class WorkingCopyFolder {

	private WorkingCopyFolder() {
	}

	static Path fileFor(RepositorySettings settings, String id, String name) {
		String fileName = safe(name == null || name.isBlank() ? id : name) + "." + PartnershipFormat.FILE_EXTENSION;
		return WorkbenchFolder.path().resolve("Repository copies").resolve(safe(settings.user() + "@" + settings.address())).resolve(safe(id)).resolve(fileName);
	}

	private static String safe(String text) {
		String cleaned = text.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
		return cleaned.isEmpty() || cleaned.startsWith(".") ? "_" + cleaned : cleaned;
	}
}
