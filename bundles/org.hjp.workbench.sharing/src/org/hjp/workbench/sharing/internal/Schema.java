package org.hjp.workbench.sharing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;

/**
 * The repository's schema, as numbered SQL files in this bundle's schema/ folder, applied in order and recorded in
 * hjp.schema_version. Applying is one transaction under an advisory lock, so two people running init at once, or one
 * stopped half way, leave the schema at one version or the next, never between.
 */
public final class Schema {

	/** The migrations, in order: the version of the schema is how many of them are applied. Add new ones at the end. */
	static final List<String> MIGRATIONS = List.of("001-partnerships.sql", "002-rollup.sql", "003-rounds.sql", "004-questionnaires.sql");
	private static final long LOCK = 0x484a500001L;

	private static final String BOOTSTRAP = """
			CREATE SCHEMA IF NOT EXISTS hjp;
			CREATE TABLE IF NOT EXISTS hjp.schema_version (
				version integer PRIMARY KEY,
				script text NOT NULL,
				sha256 text NOT NULL,
				applied_by text NOT NULL DEFAULT session_user,
				applied_at timestamptz NOT NULL DEFAULT now()
			);
			DO $$ BEGIN
				IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'hjp_member') THEN CREATE ROLE hjp_member NOLOGIN; END IF;
				IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'hjp_network') THEN CREATE ROLE hjp_network NOLOGIN; END IF;
			END $$;
			GRANT USAGE ON SCHEMA hjp TO hjp_member, hjp_network;
			GRANT SELECT ON hjp.schema_version TO hjp_member, hjp_network;
			""";

	private Schema() {
	}

	/** The newest version this client knows. */
	public static int known() {
		return MIGRATIONS.size();
	}

	/** How the database stores text, as PostgreSQL names it (UTF8, LATIN1, SQL_ASCII ...). */
	public static String encoding(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery("SHOW server_encoding")) {
			row.next();
			return row.getString(1);
		}
	}

	/** The version of the schema in the database, 0 when there is none. */
	public static int version(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet exists = statement.executeQuery("SELECT to_regclass('hjp.schema_version') IS NOT NULL")) {
			exists.next();
			if (!exists.getBoolean(1)) {
				return 0;
			}
		}
		try (Statement statement = connection.createStatement(); ResultSet max = statement.executeQuery("SELECT coalesce(max(version), 0) FROM hjp.schema_version")) {
			max.next();
			return max.getInt(1);
		}
	}

	/** Brings the schema to {@link #known()}; returns how many migrations were applied (0 when it was there already). */
	public static int migrate(Connection connection) throws SQLException, IOException {
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try {
			try (Statement statement = connection.createStatement()) {
				statement.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
				statement.execute(BOOTSTRAP);
			}
			checkApplied(connection);
			int from = version(connection);
			for (int version = from + 1; version <= MIGRATIONS.size(); version++) {
				String script = MIGRATIONS.get(version - 1);
				String text = read(script);
				try (Statement statement = connection.createStatement()) {
					statement.execute(text);
				}
				try (PreparedStatement record = connection.prepareStatement("INSERT INTO hjp.schema_version (version, script, sha256) VALUES (?, ?, ?)")) {
					record.setInt(1, version);
					record.setString(2, script);
					record.setString(3, sha256(text));
					record.executeUpdate();
				}
			}
			connection.commit();
			connection.setAutoCommit(autoCommit);
			return Math.max(0, MIGRATIONS.size() - from);
		} catch (SQLException | IOException | RuntimeException e) {
			try {
				connection.rollback();
				connection.setAutoCommit(autoCommit);
			} catch (SQLException lost) {
				// the connection is gone: the server rolls back on its own, and the first failure is the one to tell
				e.addSuppressed(lost);
			}
			throw e;
		}
	}

	/** A step applied from a script that is not this workbench's (changed after it was applied) is refused, not built on. */
	private static void checkApplied(Connection connection) throws SQLException, IOException {
		try (Statement statement = connection.createStatement(); ResultSet applied = statement.executeQuery("SELECT version, script, sha256 FROM hjp.schema_version")) {
			while (applied.next()) {
				int version = applied.getInt(1);
				if (version <= MIGRATIONS.size() && !sha256(read(MIGRATIONS.get(version - 1))).equals(applied.getString(3))) {
					throw new IOException("step " + version + " of the repository's schema (" + applied.getString(2)
							+ ") is not the one this workbench has; the database was set up by another build, and nothing was changed");
				}
			}
		}
	}

	/** Of the script's text with its line ends as written in the repository: a checkout with Windows line ends has the same. */
	private static String sha256(String text) {
		return HexFormat.of().formatHex(Sha256.of(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8)));
	}

	private static String read(String script) throws IOException {
		try (InputStream in = Schema.class.getResourceAsStream("/schema/" + script)) {
			if (in == null) {
				throw new IOException("the schema file " + script + " is missing from the workbench");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
