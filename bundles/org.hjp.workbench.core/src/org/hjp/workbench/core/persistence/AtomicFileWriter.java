package org.hjp.workbench.core.persistence;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Replaces a file so that a crash at any moment leaves either the old or the new content whole: the new
 * content goes to a temporary file in the same folder, is flushed to disk, and is then renamed over the old
 * file. Before the rename, the old file is kept as {@code <name>.bak}, itself replaced atomically. The new file keeps
 * the old one's permissions and group, so that colleagues who could open it still can.
 */
public final class AtomicFileWriter {

	/** Writes the new content of a file. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private AtomicFileWriter() {
	}

	/** The backup kept beside {@code file}. */
	public static Path backupOf(Path file) {
		return file.resolveSibling(file.getFileName() + ".bak");
	}

	/** Replaces {@code target} atomically and keeps its previous version as {@code <name>.bak}. */
	public static void write(Path target, Content content) throws IOException {
		write(target, content, true);
	}

	/** Replaces {@code target} atomically, keeping the previous version as a backup only if asked to. */
	public static void write(Path target, Content content, boolean keepBackup) throws IOException {
		write(target, content, keepBackup, false);
	}

	/** Replaces {@code target} atomically with a file only its owner may read, such as a copy of unsaved work. */
	public static void writePrivately(Path target, Content content) throws IOException {
		write(target, content, false, true);
	}

	private static void write(Path target, Content content, boolean keepBackup, boolean ownerOnly) throws IOException {
		// Through a link, the file it leads to is replaced (and backed up beside it); the link stays a link.
		Path file = Files.isSymbolicLink(target) ? target.toRealPath() : target.toAbsolutePath();
		Path folder = file.getParent();
		Path temp = newTemporaryFile(folder, file, ownerOnly);
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
					OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024)) {
				content.writeTo(out);
				out.flush();
				channel.force(true);
			}
			boolean replacing = Files.exists(file);
			if (replacing && !ownerOnly) {
				FileAccess.copy(file, temp);
			}
			if (keepBackup && replacing) {
				keepBackup(file, folder);
			}
			moveAtomically(temp, file);
			syncFolder(folder);
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	/**
	 * An empty file beside {@code file} to write the new content into. Unless asked for one only its owner may read, it
	 * is made with the user's usual permissions (not a temporary file's), as a file saved for the first time should be.
	 */
	private static Path newTemporaryFile(Path folder, Path file, boolean ownerOnly) throws IOException {
		while (true) {
			Path temp = folder.resolve("." + file.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong()) + ".saving");
			try {
				return ownerOnly ? FileAccess.createOwnerOnly(temp) : Files.createFile(temp);
			} catch (FileAlreadyExistsException taken) {
				// another name is tried
			}
		}
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	/** Makes {@code <file>.bak} a whole copy of the current file, replacing the previous backup atomically. */
	private static void keepBackup(Path file, Path folder) throws IOException {
		Path temp = folder.resolve("." + file.getFileName() + ".bak.saving");
		Files.deleteIfExists(temp);
		try {
			try {
				Files.createLink(temp, file);
			} catch (IOException | UnsupportedOperationException noHardLinks) {
				Files.copy(file, temp, StandardCopyOption.REPLACE_EXISTING);
				try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
					channel.force(true);
				}
			}
			moveAtomically(temp, backupOf(file));
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	private static void moveAtomically(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			throw new IOException("The folder " + to.getParent() + " does not support safe saving (atomic rename).", e);
		}
	}

	/** Flushes the folder entry so that the rename itself survives a power cut; not all systems allow it. */
	private static void syncFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException ignored) {
			// Some file systems refuse to open folders; the rename has still happened.
		}
	}
}
