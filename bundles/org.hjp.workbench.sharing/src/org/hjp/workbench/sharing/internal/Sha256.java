package org.hjp.workbench.sharing.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256, which every Java has: of the versions the repository keeps and of the schema's scripts. */
public final class Sha256 {

	private Sha256() {
	}

	public static byte[] of(byte[] content) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(content);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	}
}
