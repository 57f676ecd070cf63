package org.hjp.workbench.tests.generator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import org.hjp.workbench.sharing.RepositoryException;
import org.hjp.workbench.sharing.RepositorySettings;
import org.hjp.workbench.sharing.SharedRepository;

/** A repository on a test's server: the schema, and organisations with members, made as an administrator would. */
public final class Repositories {

	private final PostgresServer server;

	public Repositories(PostgresServer server) {
		this.server = server;
	}

	/** Creates the schema as the administrator. */
	public Repositories init() throws RepositoryException {
		try (SharedRepository repository = SharedRepository.connect(Repositories.settings(server, PostgresServer.ADMIN), PostgresServer.ADMIN_PASSWORD.toCharArray())) {
			repository.init();
		}
		return this;
	}

	public Repositories organisation(String id, String name) throws SQLException {
		try (Connection admin = server.admin(); PreparedStatement insert = admin.prepareStatement("INSERT INTO hjp.organisations (id, name) VALUES (?, ?)")) {
			insert.setString(1, id);
			insert.setString(2, name);
			insert.executeUpdate();
		}
		return this;
	}

	/** A login of the server (its password is its name reversed) that is a member of {@code organisation}. */
	public Repositories member(String login, String organisation, boolean canEdit) throws SQLException {
		try (Connection admin = server.admin()) {
			try (Statement statement = admin.createStatement()) {
				// Role names cannot be parameters; the tests' names are plain words.
				statement.execute("CREATE ROLE " + login + " LOGIN PASSWORD '" + password(login) + "' IN ROLE hjp_member");
			}
			try (PreparedStatement insert = admin.prepareStatement("INSERT INTO hjp.members (login, organisation_id, can_edit) VALUES (?, ?, ?)")) {
				insert.setString(1, login);
				insert.setString(2, organisation);
				insert.setBoolean(3, canEdit);
				insert.executeUpdate();
			}
		}
		return this;
	}

	/** A login of the server (its password as {@link #password}) that may answer rounds it is asked in, and nothing else. */
	public Repositories respondent(String login) throws SQLException {
		try (Connection admin = server.admin(); Statement statement = admin.createStatement()) {
			statement.execute("CREATE ROLE " + login + " LOGIN PASSWORD '" + password(login) + "' IN ROLE hjp_respondent");
		}
		return this;
	}

	public static String password(String login) {
		return new StringBuilder(login).reverse().toString() + "-pw";
	}

	/** Settings for {@code user} on the test's server, without encryption (the server has none unless a test gives it one). */
	public static RepositorySettings settings(PostgresServer server, String user) {
		return new RepositorySettings(server.host(), server.port(), PostgresServer.DATABASE, user, "disable", null);
	}

	public SharedRepository as(String login) throws RepositoryException {
		return SharedRepository.connect(Repositories.settings(server, login), password(login).toCharArray());
	}

	public Connection sqlAs(String login) throws SQLException {
		return server.connect(PostgresServer.DATABASE, login, password(login));
	}
}
