package org.hjp.workbench.sharing.ui;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.hjp.workbench.sharing.RepositoryException;
import org.hjp.workbench.sharing.RepositorySettings;
import org.hjp.workbench.sharing.SaveNotifications;
import org.hjp.workbench.sharing.SharedRepository;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The repository this workbench works with: where it is and who signs in (kept in the preferences) and the password,
 * held in memory for the session and, when the user asks, in Eclipse secure storage ({@link PasswordStore}). Never in
 * a plain file. Each piece of work opens a connection of its own, so a server that restarted in between costs nothing.
 */
public final class RepositoryAccount {

	private static final String NODE = "org.hjp.workbench.sharing.ui";

	private char[] password;

	/** Where the repository is and who signs in, once the user connected; the port is the default when not said. */
	public Optional<RepositorySettings> settings() {
		IEclipsePreferences node = preferences();
		String host = node.get("host", null);
		if (host == null) {
			return Optional.empty();
		}
		return Optional.of(new RepositorySettings(host, node.getInt("port", RepositorySettings.DEFAULT_PORT), node.get("database", ""),
				node.get("user", ""), node.get("sslMode", "prefer"), node.get("sslRootCert", null)));
	}

	/**
	 * Remembers a repository the user connected to: the settings in the preferences, the password for this session,
	 * and in secure storage when {@code keepPassword} (otherwise any kept before is forgotten).
	 */
	public synchronized void connected(RepositorySettings settings, char[] newPassword, boolean keepPassword) throws RepositoryException {
		IEclipsePreferences node = preferences();
		node.put("host", settings.host());
		node.putInt("port", settings.port());
		node.put("database", settings.database());
		node.put("user", settings.user());
		node.put("sslMode", settings.sslMode());
		putOrRemove(node, "sslRootCert", settings.sslRootCert());
		try {
			node.flush();
		} catch (BackingStoreException e) {
			ILog.of(getClass()).warn("Could not store the repository's settings; they hold for this session only", e);
		}
		forgetPassword();
		password = newPassword.clone();
		if (keepPassword) {
			PasswordStore.put(settings, newPassword);
		} else {
			PasswordStore.remove(settings);
		}
	}

	/** Whether a password is known for {@code settings}, in memory, secure storage or the pgpass file, without asking for it. */
	public boolean knowsPassword(RepositorySettings settings) {
		return password != null || PasswordStore.has(settings) || SharedRepository.hasStoredPassword(settings);
	}

	/** A connection to the repository; the caller closes it. */
	public SharedRepository open() throws RepositoryException {
		RepositorySettings settings = usableSettings();
		return SharedRepository.connect(settings, password);
	}

	/** Starts listening for saves to the repository, as {@link SaveNotifications#start} does; the caller closes it. */
	public SaveNotifications listen(Consumer<SaveNotifications.Saved> listener, Consumer<RepositoryException> lost) throws RepositoryException {
		RepositorySettings settings = usableSettings();
		return SaveNotifications.start(settings, password, listener, lost);
	}

	/**
	 * Makes sure the password is at hand, reading it from secure storage if need be; call on the UI thread before work
	 * that waits, as secure storage may ask for the master password.
	 */
	public void unlock() throws RepositoryException {
		usableSettings();
	}

	/**
	 * Whether work can connect without asking anything, so off the UI thread: the password known in this session, or in
	 * the pgpass file alone (secure storage may ask for its master password).
	 */
	public synchronized boolean unlocked() {
		Optional<RepositorySettings> settings = settings();
		return settings.isPresent()
				&& (password != null || !PasswordStore.has(settings.get()) && SharedRepository.hasStoredPassword(settings.get()));
	}

	private synchronized RepositorySettings usableSettings() throws RepositoryException {
		RepositorySettings settings = settings().orElseThrow(
				() -> new RepositoryException("The workbench is not connected to a repository yet. Choose File > Connect to Repository first."));
		if (password == null) {
			password = PasswordStore.get(settings).orElse(null);
		}
		if (password == null && !SharedRepository.hasStoredPassword(settings)) {
			throw new RepositoryException("The password of " + settings.user() + " for the repository " + settings.address()
					+ " is not known in this session. Choose File > Connect to Repository and give it.");
		}
		return settings;
	}

	private void forgetPassword() {
		if (password != null) {
			Arrays.fill(password, '\0');
			password = null;
		}
	}

	private static void putOrRemove(IEclipsePreferences node, String key, String value) {
		if (value == null || value.isBlank()) {
			node.remove(key);
		} else {
			node.put(key, value);
		}
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}
}
