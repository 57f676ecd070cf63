package org.hjp.workbench.sharing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.OptionalInt;

import org.hjp.workbench.sharing.RepositoryException;
import org.hjp.workbench.sharing.SharedRepository;
import org.hjp.workbench.tests.generator.PostgresServer;
import org.hjp.workbench.tests.generator.Repositories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a login may see and change is the server's to decide: each rule is tried with plain SQL as the other
 * organisation, a reader and the network role, not only through the client.
 */
class AccessTest {

	private static PostgresServer server;
	private static Repositories repositories;

	@BeforeAll
	static void startServer() throws Exception {
		server = PostgresServer.start();
		repositories = new Repositories(server).init().organisation("health", "Riverbend Hospital").organisation("legal", "Riverbend Legal Centre")
				.organisation("elsewhere", "Another service").member("hana", "health", true).member("reader", "health", false).member("otto", "elsewhere", true);
		try (SharedRepository hana = repositories.as("hana")) {
			hana.publish("p-health", "Hospital partnership", Sample.version());
		}
		try (Connection admin = server.admin(); Statement statement = admin.createStatement()) {
			statement.execute("CREATE ROLE census LOGIN PASSWORD '" + Repositories.password("census") + "' IN ROLE hjp_network");
		}
	}

	@AfterAll
	static void stopServer() throws Exception {
		server.close();
	}

	@Test
	void anotherOrganisationSeesNothingAndCannotWrite() throws Exception {
		try (SharedRepository otto = repositories.as("otto")) {
			assertEquals(List.of(), otto.list());
			RepositoryException read = assertThrows(RepositoryException.class, () -> otto.read("p-health", OptionalInt.empty()));
			assertEquals("The repository has no partnership p-health that otto may see.", read.getMessage());
			RepositoryException save = assertThrows(RepositoryException.class, () -> otto.save("p-health", 1, "Taken", new byte[] { 1 }));
			assertEquals("Nothing was saved: the server does not let otto do this: The login otto may not change the partnership p-health.", save.getMessage());
		}
		try (Connection otto = repositories.sqlAs("otto")) {
			assertEquals(0, count(otto, "SELECT count(*) FROM hjp.versions"));
			assertEquals(0, count(otto, "SELECT count(*) FROM hjp.partnerships"));
			assertEquals(0, count(otto, "SELECT count(*) FROM hjp.partners"));
			assertEquals(0, count(otto, "SELECT count(*) FROM hjp.members WHERE login <> 'otto'"));
			assertEquals(0, count(otto, "SELECT count(*) FROM hjp.organisations WHERE id <> 'elsewhere'"), "only its own organisation");
			assertEquals(1, count(otto, "SELECT count(*) FROM hjp.organisations WHERE id = 'elsewhere'"));
			assertDenied(otto, "INSERT INTO hjp.versions (partnership_id, version, content, sha256, saved_by) VALUES ('p-health', 2, '\\x00', '\\x00', 'hana')");
			assertDenied(otto, "UPDATE hjp.partnerships SET name = 'taken'");
			assertDenied(otto, "DELETE FROM hjp.versions");
			assertDenied(otto, "INSERT INTO hjp.partners (partnership_id, organisation_id) VALUES ('p-health', 'elsewhere')");
			assertDenied(otto, "INSERT INTO hjp.members (login, organisation_id) VALUES ('otto', 'health')");
		}
	}

	@Test
	void aReaderReadsButCannotSave() throws Exception {
		try (SharedRepository reader = repositories.as("reader")) {
			assertEquals(List.of("p-health"), reader.list().stream().map(SharedRepository.Entry::id).toList());
			RepositoryException save = assertThrows(RepositoryException.class, () -> reader.save("p-health", 1, "Changed", new byte[] { 1 }));
			assertTrue(save.getMessage().contains("may not change the partnership p-health"), save.getMessage());
			RepositoryException publish = assertThrows(RepositoryException.class, () -> reader.publish("p-reader", "Mine", new byte[] { 1 }));
			assertTrue(publish.getMessage().contains("it is not an editing member of any organisation"), publish.getMessage());
		}
		try (Connection reader = repositories.sqlAs("reader")) {
			assertEquals(1, count(reader, "SELECT count(*) FROM hjp.versions"));
			assertDenied(reader, "UPDATE hjp.versions SET content = '\\x00'");
		}
	}

	@Test
	void theNetworkRoleReadsNoPartnershipNorPerson() throws Exception {
		try (Connection census = repositories.sqlAs("census")) {
			for (String table : List.of("hjp.partnerships", "hjp.versions", "hjp.members", "hjp.organisations", "hjp.partners")) {
				assertDenied(census, "SELECT count(*) FROM " + table);
			}
			assertDenied(census, "SELECT hjp.save('p-health', 1, 'x', '\\x00')");
			assertDenied(census, "SELECT * FROM hjp.rollup_facts");
			assertDenied(census, "SELECT hjp.count_saved()");
			assertEquals(1, count(census, "SELECT count FROM hjp.rollup() WHERE category = 'partnerships'"), "the sums, and only them");
		}
		try (Connection hana = repositories.sqlAs("hana")) {
			assertDenied(hana, "SELECT * FROM hjp.rollup()");
			assertDenied(hana, "SELECT * FROM hjp.rollup_facts");
		}
	}

	private static int count(Connection connection, String sql) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement(sql); ResultSet row = query.executeQuery()) {
			row.next();
			return row.getInt(1);
		}
	}

	private static void assertDenied(Connection connection, String sql) {
		SQLException e = assertThrows(SQLException.class, () -> {
			try (Statement statement = connection.createStatement()) {
				statement.execute(sql);
			}
		}, sql);
		assertEquals("42501", e.getSQLState(), sql + ": " + e.getMessage());
	}
}
