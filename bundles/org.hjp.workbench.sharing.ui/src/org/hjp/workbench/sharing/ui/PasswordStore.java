package org.hjp.workbench.sharing.ui;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.hjp.workbench.sharing.RepositoryException;
import org.hjp.workbench.sharing.RepositorySettings;

/** Repository passwords in Eclipse secure storage, encrypted, one node per login and repository. */
final class PasswordStore {

	private static final String ROOT = "org.hjp.workbench.sharing";
	private static final String KEY = "password";

	private PasswordStore() {
	}

	static boolean has(RepositorySettings settings) {
		ISecurePreferences root = SecurePreferencesFactory.getDefault();
		// The keys only: reading the value would decrypt it, and may ask for the master password.
		return root != null && root.nodeExists(path(settings)) && Arrays.asList(root.node(path(settings)).keys()).contains(KEY);
	}

	/** The kept password; empty when none is kept or it cannot be decrypted (the user then gives it again). */
	static Optional<char[]> get(RepositorySettings settings) {
		try {
			ISecurePreferences root = SecurePreferencesFactory.getDefault();
			if (root == null || !root.nodeExists(path(settings))) {
				return Optional.empty();
			}
			return Optional.ofNullable(root.node(path(settings)).get(KEY, null)).map(String::toCharArray);
		} catch (StorageException e) {
			ILog.of(PasswordStore.class).warn("The kept password of " + settings + " could not be read from secure storage", e);
			return Optional.empty();
		}
	}

	static void put(RepositorySettings settings, char[] password) throws RepositoryException {
		ISecurePreferences root = SecurePreferencesFactory.getDefault();
		if (root == null) {
			throw new RepositoryException("Secure storage cannot be opened on this computer, so the password is kept for this session only.");
		}
		try {
			ISecurePreferences node = root.node(path(settings));
			node.put(KEY, new String(password), true);
			node.flush();
		} catch (StorageException | IOException e) {
			throw new RepositoryException("The password could not be kept in secure storage (" + e.getMessage() + "); it is kept for this session only.", e);
		}
	}

	static void remove(RepositorySettings settings) {
		ISecurePreferences root = SecurePreferencesFactory.getDefault();
		if (root != null && root.nodeExists(path(settings))) {
			root.node(path(settings)).removeNode();
			try {
				root.flush();
			} catch (IOException e) {
				ILog.of(PasswordStore.class).warn("Could not forget the kept password of " + settings, e);
			}
		}
	}

	private static String path(RepositorySettings settings) {
		return ROOT + "/" + EncodingUtils.encodeSlashes(settings.user() + "@" + settings.address());
	}
}
