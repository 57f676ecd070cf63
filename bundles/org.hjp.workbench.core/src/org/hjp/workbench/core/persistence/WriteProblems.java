package org.hjp.workbench.core.persistence;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Turns a failed write into a sentence, for saves and exports alike. Every file is written atomically, so the file on
 * disk is unchanged whenever this is called; a library's own words are kept out unless nothing plainer is known.
 */
public final class WriteProblems {

	private WriteProblems() {
	}

	public static String describe(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			String message = String.valueOf(t.getMessage());
			if (message.contains("No space left on device") || message.contains("Disk quota exceeded")) {
				return "the disk is full. Nothing was changed on disk; free some space and save again.";
			}
			if (t instanceof AccessDeniedException || message.contains("Read-only file system")) {
				return "you cannot write to that folder (it is read-only or you lack permission). Nothing was changed on disk; save somewhere else.";
			}
			if (t instanceof NoSuchFileException) {
				return "the folder does not exist any more. Save somewhere else.";
			}
			if (t instanceof FileSystemException fs && fs.getReason() != null) {
				return "it could not be written (" + fs.getReason() + "). Nothing was changed on disk.";
			}
		}
		return "it could not be written (" + e.getMessage() + "). Nothing was changed on disk.";
	}
}
