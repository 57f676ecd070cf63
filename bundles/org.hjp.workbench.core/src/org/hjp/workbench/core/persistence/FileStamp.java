package org.hjp.workbench.core.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * What a file held when it was opened or last saved, to tell whether someone else (a colleague, a synced folder)
 * has changed it since. Its size and time are compared first; only when they differ is its content compared, so
 * that a file merely touched, or copied back unchanged, does not count as changed.
 */
public record FileStamp(long size, FileTime modified, byte[] digest) {

	/** The stamp of {@code file} as it is on disk now. */
	public static FileStamp of(Path file) throws IOException {
		MessageDigest digest = sha256();
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		return new FileStamp(Files.size(file), Files.getLastModifiedTime(file), digest.digest());
	}

	/** The stamp of {@code file} just after {@code content} was written to it. */
	public static FileStamp written(Path file, byte[] content) throws IOException {
		return new FileStamp(Files.size(file), Files.getLastModifiedTime(file), sha256().digest(content));
	}

	/** Whether {@code file} still holds what this stamp recorded; a file that is gone holds nothing to lose. */
	public boolean matches(Path file) throws IOException {
		if (!Files.exists(file)) {
			return true;
		}
		if (Files.size(file) == size && Files.getLastModifiedTime(file).equals(modified)) {
			return true;
		}
		return Arrays.equals(of(file).digest, digest);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}
}
