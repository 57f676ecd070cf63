package org.hjp.workbench.sharing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;

import org.hjp.workbench.sharing.internal.Failures;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Tells of every save of a partnership this login may read, within seconds, on a connection of its own that listens
 * (PostgreSQL's LISTEN/NOTIFY). The schema announces each new version under the partnership's notify key, never its
 * id or the saver's login, since every listener of the database hears it; this class asks the server, as this login,
 * which partnership the key is and who saved, so announcements of partnerships it may not read are dropped.
 */
public final class SaveNotifications implements AutoCloseable {

	/** A new version: of which partnership, its number, and the login that saved it. */
	public record Saved(String partnership, int version, String by) {
	}

	private static final String CHANNEL = "hjp_saved";
	private static final int WAIT_MILLIS = 1000;
	private static final int ROUNDS_BETWEEN_CHECKS = 15;
	private static final String WHICH = "SELECT p.id, v.saved_by FROM hjp.partnerships p JOIN hjp.versions v ON v.partnership_id = p.id"
			+ " WHERE p.notify_key = ?::uuid AND v.version = ? AND v.version = p.head";

	private final Connection connection;
	private final Thread listening;
	private volatile boolean open = true;

	private SaveNotifications(Connection connection, Consumer<Saved> listener, Consumer<RepositoryException> lost, RepositorySettings settings) {
		this.connection = connection;
		this.listening = new Thread(() -> listen(listener, lost, settings), "HJP repository notifications " + settings);
		listening.setDaemon(true);
	}

	/**
	 * Starts listening; {@code listener} is called on the listening thread for each save, {@code lost} once if the
	 * connection is lost (the caller may start again later).
	 */
	public static SaveNotifications start(RepositorySettings settings, char[] password, Consumer<Saved> listener, Consumer<RepositoryException> lost)
			throws RepositoryException {
		Connection connection = SharedRepository.openConnection(settings, password);
		try (Statement statement = connection.createStatement()) {
			statement.execute("LISTEN " + CHANNEL);
		} catch (SQLException e) {
			try {
				connection.close();
			} catch (SQLException closing) {
				e.addSuppressed(closing);
			}
			throw Failures.of(e, settings, "Saves by others cannot be announced");
		}
		SaveNotifications notifications = new SaveNotifications(connection, listener, lost, settings);
		notifications.listening.start();
		return notifications;
	}

	private void listen(Consumer<Saved> listener, Consumer<RepositoryException> lost, RepositorySettings settings) {
		try {
			PGConnection pg = connection.unwrap(PGConnection.class);
			for (int round = 1; open; round++) {
				PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
				for (PGNotification notification : notifications == null ? new PGNotification[0] : notifications) {
					announce(notification.getParameter(), listener);
				}
				if (round % ROUNDS_BETWEEN_CHECKS == 0) {
					// Waiting for notifications sends nothing: a server gone without a word is noticed only by asking it something.
					try (Statement statement = connection.createStatement()) {
						statement.execute("SELECT 1");
					}
				}
			}
		} catch (SQLException e) {
			if (open) {
				open = false;
				lost.accept(Failures.of(e, settings, "Saves by others are no longer announced"));
			}
		} finally {
			closeConnection();
		}
	}

	/** The listening thread closes its connection as it ends, however it ends. */
	private void closeConnection() {
		try {
			connection.close();
		} catch (SQLException e) {
			// closing a connection that is gone: nothing left to do
		}
	}

	/** One announcement: a failing lookup or listener costs that announcement, not the listening. */
	private void announce(String payload, Consumer<Saved> listener) {
		Saved saved;
		try {
			saved = which(payload);
		} catch (SQLException e) {
			return;
		}
		if (saved != null) {
			try {
				listener.accept(saved);
			} catch (RuntimeException e) {
				// the listener's own failure is its to report; the next save is still announced
			}
		}
	}

	/** The save a payload ("<notify key> <version>") stands for, or null when this login may not read it. */
	private Saved which(String payload) throws SQLException {
		// Anyone connected may send on the channel: what is not the schema's form is ignored, not asked about.
		String[] parts = payload.split(" ");
		if (parts.length != 2 || !parts[0].matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}") || !parts[1].matches("\\d{1,9}")) {
			return null;
		}
		try (PreparedStatement query = connection.prepareStatement(WHICH)) {
			query.setString(1, parts[0]);
			query.setInt(2, Integer.parseInt(parts[1]));
			try (ResultSet row = query.executeQuery()) {
				return row.next() ? new Saved(row.getString(1), Integer.parseInt(parts[1]), row.getString(2)) : null;
			}
		}
	}

	/** Stops listening: at once, without waiting; the listening thread closes the connection within a second. */
	@Override
	public void close() {
		open = false;
	}
}
