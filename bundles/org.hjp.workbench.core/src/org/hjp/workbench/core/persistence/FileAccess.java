package org.hjp.workbench.core.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;

/** Who may read and write a file: carried from the file being replaced to its new content, where the system has them. */
final class FileAccess {

	private FileAccess() {
	}

	/** Creates an empty file only its owner may read and write, where the system has permissions. */
	static Path createOwnerOnly(Path file) throws IOException {
		if (Files.getFileStore(file.getParent()).supportsFileAttributeView(PosixFileAttributeView.class)) {
			return Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		return Files.createFile(file);
	}

	/** Gives {@code to} the permissions and group of {@code from}, as far as this user may; silently less elsewhere. */
	static void copy(Path from, Path to) {
		PosixFileAttributeView view = Files.getFileAttributeView(to, PosixFileAttributeView.class);
		if (view == null) {
			return;
		}
		try {
			PosixFileAttributes access = Files.readAttributes(from, PosixFileAttributes.class);
			try {
				view.setGroup(access.group());
			} catch (IOException notAMemberOfThatGroup) {
				// The file then belongs to the user's own group, as any file they write does.
			}
			view.setPermissions(access.permissions());
		} catch (IOException | UnsupportedOperationException e) {
			// The new file keeps the user's usual permissions.
		}
	}
}
