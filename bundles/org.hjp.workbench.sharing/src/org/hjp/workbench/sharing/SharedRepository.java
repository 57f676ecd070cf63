package org.hjp.workbench.sharing;

import java.io.IOException;
import java.security.MessageDigest;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

import org.hjp.workbench.sharing.internal.Failures;
import org.hjp.workbench.sharing.internal.Schema;
import org.hjp.workbench.sharing.internal.Sha256;
import org.postgresql.jdbcurlresolver.PgPassParser;
import org.postgresql.util.PSQLException;

/**
 * One connection to a shared repository: partnerships as whole files, each save a new version on top of the version
 * it started from. What a login may see and change is decided by the server (row-level security and the schema's
 * functions); this class only asks. Every statement takes its values as parameters, never in its text.
 */
public final class SharedRepository implements AutoCloseable {

	/** A partnership this login may see, with its latest version. */
	public record Entry(String id, String name, int latest, String savedBy, Instant savedAt) {
	}

	/** One saved version. */
	public record Version(int version, String savedBy, Instant savedAt, long bytes) {
	}

	/** One count of the network's roll-up: a category, a value as the model writes it (empty for totals), how many. */
	public record Count(String category, String value, int count) {
	}

	/** The roll-up's count of partnerships whose latest version could not be read, and are not counted. */
	public static final String NOT_COUNTED = "partnerships not counted";

	/** A version's file, as it was saved. */
	public record Stored(String id, int version, byte[] content, String savedBy, Instant savedAt) {
	}

	/** A save whose connection was lost while it ran may have been committed before: the history tells. */
	private static final String NOT_KNOWN = "It is not known whether this was saved (the history of the partnership will tell)";

	private static final String READ = "SELECT v.version, v.content, v.sha256, v.saved_by, v.saved_at FROM hjp.versions v"
			+ " JOIN hjp.partnerships p ON p.id = v.partnership_id WHERE v.partnership_id = ? AND v.version = ";
	private static final String READ_VERSION = READ + "?";
	private static final String READ_LATEST = READ + "p.head";

	private final Connection connection;
	private boolean schemaChecked;
	private final RepositorySettings settings;

	private SharedRepository(Connection connection, RepositorySettings settings) {
		this.connection = connection;
		this.settings = settings;
	}

	/**
	 * Connects as {@code settings} say, with {@code password}, or when it is null the password the pgpass file holds for
	 * this server, database and login.
	 */
	public static SharedRepository connect(RepositorySettings settings, char[] password) throws RepositoryException {
		return new SharedRepository(openConnection(settings, password), settings);
	}

	/** A connection as {@link #connect} makes it. */
	static Connection openConnection(RepositorySettings settings, char[] password) throws RepositoryException {
		char[] used = password;
		if (used == null) {
			String fromFile = PgPassParser.getPassword(settings.host(), String.valueOf(settings.port()), settings.database(), settings.user());
			used = fromFile == null ? null : fromFile.toCharArray();
		}
		try {
			Connection connection = new org.postgresql.Driver().connect(settings.url(), settings.properties(used));
			if (connection == null) {
				throw new RepositoryException("The address " + settings.url() + " is not one of a PostgreSQL server.");
			}
			return connection;
		} catch (SQLException e) {
			throw Failures.of(e, settings, "Could not connect to the repository " + settings);
		} finally {
			if (used != null && used != password) {
				Arrays.fill(used, '\0');
			}
		}
	}

	/** Whether the pgpass file holds a password for this server, database and login. */
	public static boolean hasStoredPassword(RepositorySettings settings) {
		return PgPassParser.getPassword(settings.host(), String.valueOf(settings.port()), settings.database(), settings.user()) != null;
	}

	public RepositorySettings settings() {
		return settings;
	}

	/**
	 * Creates the schema, or brings it to this workbench's version; returns how many steps were applied. A schema newer
	 * than this workbench is left alone.
	 */
	public int init() throws RepositoryException {
		try {
			int version = Schema.version(connection);
			if (version > Schema.known()) {
				throw newer(version, "Nothing was changed");
			}
			String encoding = Schema.encoding(connection);
			if (!encoding.equals("UTF8")) {
				throw new RepositoryException("Nothing was changed: the database " + settings.database() + " stores its text as " + encoding
						+ ", and partnerships need UTF8 (their names and texts are in every language). Create it with ENCODING 'UTF8'.");
			}
			return Schema.migrate(connection);
		} catch (SQLException e) {
			throw Failures.of(e, settings, "The repository's schema could not be made");
		} catch (IOException e) {
			throw new RepositoryException("The repository's schema could not be made: " + e.getMessage() + ".", e);
		}
	}

	/** What a login may do in the repository: see partnerships as a member of an organisation, and answer rounds as a respondent. */
	public record Access(boolean member, int partnerships, boolean respondent) {
	}

	/** What this login may do here, as the server says; any login of the repository may ask. */
	public Access access() throws RepositoryException {
		String doing = "The repository was not reached";
		usable(doing);
		String sql = "SELECT pg_has_role(session_user, 'hjp_member', 'MEMBER'),"
				+ " EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = 'hjp_respondent' AND pg_has_role(session_user, r.oid, 'MEMBER'))";
		boolean member;
		boolean respondent;
		try (PreparedStatement query = connection.prepareStatement(sql); ResultSet row = query.executeQuery()) {
			row.next();
			member = row.getBoolean(1);
			respondent = row.getBoolean(2);
		} catch (SQLException e) {
			throw Failures.of(e, settings, doing);
		}
		return new Access(member, member ? list().size() : 0, respondent);
	}

	/** The partnerships this login may see, by name. */
	public List<Entry> list() throws RepositoryException {
		usable("Nothing was listed");
		String sql = "SELECT p.id, p.name, p.head, v.saved_by, v.saved_at FROM hjp.partnerships p"
				+ " JOIN hjp.versions v ON v.partnership_id = p.id AND v.version = p.head ORDER BY lower(p.name), p.id";
		try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
			List<Entry> entries = new ArrayList<>();
			while (rows.next()) {
				entries.add(new Entry(rows.getString(1), rows.getString(2), rows.getInt(3), rows.getString(4), rows.getTimestamp(5).toInstant()));
			}
			return entries;
		} catch (SQLException e) {
			throw Failures.of(e, settings, "Nothing was listed");
		}
	}

	/** The network's roll-up over every partnership of the repository, counted by the server; for the network's role. */
	public List<Count> rollup() throws RepositoryException {
		usable("Nothing was counted");
		try (PreparedStatement query = connection.prepareStatement("SELECT category, value, count FROM hjp.rollup() ORDER BY category, value");
				ResultSet rows = query.executeQuery()) {
			List<Count> counts = new ArrayList<>();
			while (rows.next()) {
				counts.add(new Count(rows.getString(1), rows.getString(2), rows.getInt(3)));
			}
			return counts;
		} catch (SQLException e) {
			throw Failures.of(e, settings, "Nothing was counted");
		}
	}

	/** Every version of a partnership, newest first. */
	public List<Version> history(String id) throws RepositoryException {
		usable("No history was read");
		String sql = "SELECT version, saved_by, saved_at, octet_length(content) FROM hjp.versions WHERE partnership_id = ? ORDER BY version DESC";
		try (PreparedStatement query = connection.prepareStatement(sql)) {
			query.setString(1, id);
			List<Version> versions = new ArrayList<>();
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					versions.add(new Version(rows.getInt(1), rows.getString(2), rows.getTimestamp(3).toInstant(), rows.getLong(4)));
				}
			}
			if (versions.isEmpty()) {
				throw notThere(id);
			}
			return versions;
		} catch (SQLException e) {
			throw Failures.of(e, settings, "No history was read");
		}
	}

	/** A version of a partnership, the latest when none is given; its checksum is checked as it arrives. */
	public Stored read(String id, OptionalInt version) throws RepositoryException {
		usable("Nothing was read");
		try (PreparedStatement query = connection.prepareStatement(version.isPresent() ? READ_VERSION : READ_LATEST)) {
			query.setString(1, id);
			if (version.isPresent()) {
				query.setInt(2, version.getAsInt());
			}
			try (ResultSet row = query.executeQuery()) {
				if (!row.next()) {
					throw version.isPresent() && !history(id).isEmpty()
							? new RepositoryException("The partnership " + id + " has no version " + version.getAsInt() + ".")
							: notThere(id);
				}
				byte[] content = row.getBytes(2);
				if (!MessageDigest.isEqual(Sha256.of(content), row.getBytes(3))) {
					throw new RepositoryException("Version " + row.getInt(1) + " of the partnership " + id + " arrived damaged (its checksum differs); nothing was read.");
				}
				return new Stored(id, row.getInt(1), content, row.getString(4), row.getTimestamp(5).toInstant());
			}
		} catch (SQLException e) {
			throw Failures.of(e, settings, "Nothing was read");
		}
	}

	/** Sends up a partnership the repository does not have yet, as its version 1; its partners are the publisher's organisations. */
	public int publish(String id, String name, byte[] content) throws RepositoryException {
		usable("Nothing was published");
		try (CallableStatement call = connection.prepareCall("{? = call hjp.publish(?, ?, ?)}")) {
			call.registerOutParameter(1, Types.INTEGER);
			call.setString(2, id);
			call.setString(3, storable(name));
			call.setBytes(4, content);
			call.execute();
			return call.getInt(1);
		} catch (SQLException e) {
			if ("23505".equals(e.getSQLState())) {
				throw new RepositoryException("Nothing was published: the repository already has a partnership with the id " + id
						+ ". Open it from the repository to work on it.", e);
			}
			throw Failures.of(e, settings, Failures.connectionLost(e) ? NOT_KNOWN : "Nothing was published");
		}
	}

	/**
	 * Saves a new version on top of {@code base}; returns its number. When someone saved after {@code base}, nothing is
	 * written and {@link StaleVersionException} says which version is there now.
	 */
	public int save(String id, int base, String name, byte[] content) throws RepositoryException {
		usable("Nothing was saved");
		try (CallableStatement call = connection.prepareCall("{? = call hjp.save(?, ?, ?, ?)}")) {
			call.registerOutParameter(1, Types.INTEGER);
			call.setString(2, id);
			call.setInt(3, base);
			call.setString(4, storable(name));
			call.setBytes(5, content);
			call.execute();
			return call.getInt(1);
		} catch (SQLException e) {
			if ("HJ001".equals(e.getSQLState())) {
				int latest = latestFrom(e);
				throw new StaleVersionException("Nothing was saved: " + (latest > 0 ? "version " + latest : "a newer version") + " of the partnership was saved by"
						+ " someone else after version " + base + ", which this copy started from.", latest);
			}
			throw Failures.of(e, settings, Failures.connectionLost(e) ? NOT_KNOWN : "Nothing was saved");
		}
	}

	private static int latestFrom(SQLException e) {
		if (e instanceof PSQLException psql && psql.getServerErrorMessage() != null && psql.getServerErrorMessage().getDetail() != null) {
			try {
				return Integer.parseInt(psql.getServerErrorMessage().getDetail().trim());
			} catch (NumberFormatException ignored) {
				return 0;
			}
		}
		return 0;
	}

	/** A name column cannot hold NUL; the file itself keeps the name exactly. */
	private static String storable(String name) {
		return name == null ? "" : name.replace('\0', '\uFFFD');
	}

	/** The connection, for the repository's other parts ({@link Rounds}), checked as usable for {@code doing}. */
	Connection connection(String doing) throws RepositoryException {
		usable(doing);
		return connection;
	}

	private void usable(String doing) throws RepositoryException {
		if (schemaChecked) {
			return;
		}
		int version;
		try {
			version = Schema.version(connection);
		} catch (SQLException e) {
			throw Failures.of(e, settings, doing);
		}
		if (version == 0) {
			throw new RepositoryException(doing + ": the database " + settings.database() + " has no HJP repository yet. Whoever runs the server creates it with hjp repo init.");
		}
		if (version > Schema.known()) {
			throw newer(version, doing);
		}
		schemaChecked = true;
	}

	private RepositoryException newer(int version, String doing) {
		return new RepositoryException(doing + ": the repository's schema is version " + version + ", newer than this workbench knows (" + Schema.known()
				+ "). Update the workbench to work with it.");
	}

	private RepositoryException notThere(String id) {
		return new RepositoryException("The repository has no partnership " + id + " that " + settings.user() + " may see.");
	}

	@Override
	public void close() throws RepositoryException {
		try {
			connection.close();
		} catch (SQLException e) {
			throw Failures.of(e, settings, "The connection did not close cleanly");
		}
	}
}
