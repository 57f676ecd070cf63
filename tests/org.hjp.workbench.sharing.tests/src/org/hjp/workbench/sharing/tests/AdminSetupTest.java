package org.hjp.workbench.sharing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import org.hjp.workbench.sharing.RepositorySettings;
import org.hjp.workbench.sharing.SharedRepository;
import org.hjp.workbench.tests.generator.PostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The setup docs/shared-repository.md gives, as it gives it: an administrator who is not a superuser, only allowed to
 * create roles and owning the database, makes the schema, the organisations and the logins, and members work.
 */
class AdminSetupTest {

	private static PostgresServer server;

	@BeforeAll
	static void startServer() throws Exception {
		server = PostgresServer.start();
		try (Connection superuser = server.admin(); Statement statement = superuser.createStatement()) {
			statement.execute("CREATE ROLE repo_admin LOGIN CREATEROLE PASSWORD 'admin-pw'");
			statement.execute("CREATE DATABASE partnerships OWNER repo_admin");
		}
	}

	@AfterAll
	static void stopServer() throws Exception {
		server.close();
	}

	@Test
	void anAdministratorWhoMayOnlyCreateRolesSetsUpTheRepository() throws Exception {
		try (SharedRepository admin = SharedRepository.connect(settings("repo_admin"), "admin-pw".toCharArray())) {
			assertEquals(4, admin.init());
		}
		try (Connection admin = server.connect("partnerships", "repo_admin", "admin-pw"); Statement statement = admin.createStatement()) {
			statement.execute("INSERT INTO hjp.organisations (id, name) VALUES ('rclc', 'Riverbend Community Legal Centre')");
			statement.execute("CREATE ROLE maria LOGIN PASSWORD 'maria-pw' IN ROLE hjp_member");
			statement.execute("INSERT INTO hjp.members (login, organisation_id) VALUES ('maria', 'rclc')");
			statement.execute("CREATE ROLE census LOGIN PASSWORD 'census-pw' IN ROLE hjp_network");
		}
		try (SharedRepository maria = SharedRepository.connect(settings("maria"), "maria-pw".toCharArray())) {
			maria.publish("riverbend", "Riverbend", Sample.version());
			assertEquals(List.of("riverbend"), maria.list().stream().map(SharedRepository.Entry::id).toList());
		}
		try (SharedRepository census = SharedRepository.connect(settings("census"), "census-pw".toCharArray())) {
			SharedRepository.Count partnerships = census.rollup().stream().filter(c -> c.category().equals("partnerships")).findFirst().orElseThrow();
			assertEquals(1, partnerships.count());
		}
	}

	private static RepositorySettings settings(String user) {
		return new RepositorySettings(server.host(), server.port(), "partnerships", user, "disable", null);
	}
}
