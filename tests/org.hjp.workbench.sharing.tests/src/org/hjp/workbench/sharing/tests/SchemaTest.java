package org.hjp.workbench.sharing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.hjp.workbench.sharing.RepositoryException;
import org.hjp.workbench.sharing.SharedRepository;
import org.hjp.workbench.tests.generator.PostgresServer;
import org.hjp.workbench.tests.generator.Repositories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** hjp repo init: the schema is made once, made again changes nothing, and a schema newer than the client is left alone. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SchemaTest {

	private static PostgresServer server;

	@BeforeAll
	static void startServer() throws Exception {
		server = PostgresServer.start();
	}

	@AfterAll
	static void stopServer() throws Exception {
		server.close();
	}

	@Test
	@Order(1)
	void aMemberIsToldThereIsNoRepositoryYetThenInitTwiceAppliesTheSchemaOnce() throws Exception {
		try (SharedRepository admin = SharedRepository.connect(Repositories.settings(server, PostgresServer.ADMIN), PostgresServer.ADMIN_PASSWORD.toCharArray())) {
			RepositoryException none = assertThrows(RepositoryException.class, admin::list);
			assertEquals("Nothing was listed: the database hjp has no HJP repository yet. Whoever runs the server creates it with hjp repo init.", none.getMessage());
			assertEquals(4, admin.init(), "every step of the schema");
			assertEquals(0, admin.init(), "a second init applies nothing");
			assertEquals(0, admin.list().size());
		}
		try (Connection admin = server.admin(); Statement statement = admin.createStatement();
				ResultSet versions = statement.executeQuery("SELECT count(*), max(version) FROM hjp.schema_version")) {
			versions.next();
			assertEquals(4, versions.getInt(1));
			assertEquals(4, versions.getInt(2));
		}
	}

	@Test
	@Order(2)
	void aStepAppliedFromAnotherScriptIsRefusedNotBuiltOn() throws Exception {
		String applied;
		try (Connection admin = server.admin(); Statement statement = admin.createStatement();
				ResultSet row = statement.executeQuery("SELECT sha256 FROM hjp.schema_version WHERE version = 1")) {
			row.next();
			applied = row.getString(1);
			statement.execute("UPDATE hjp.schema_version SET sha256 = 'changed since' WHERE version = 1");
		}
		try (SharedRepository admin = SharedRepository.connect(Repositories.settings(server, PostgresServer.ADMIN), PostgresServer.ADMIN_PASSWORD.toCharArray())) {
			RepositoryException refused = assertThrows(RepositoryException.class, admin::init);
			assertTrue(refused.getMessage().contains("step 1 of the repository's schema (001-partnerships.sql) is not the one this workbench has"),
					refused.getMessage());
		} finally {
			try (Connection admin = server.admin(); java.sql.PreparedStatement restore = admin.prepareStatement("UPDATE hjp.schema_version SET sha256 = ? WHERE version = 1")) {
				restore.setString(1, applied);
				restore.executeUpdate();
			}
		}
	}

	@Test
	@Order(3)
	void aSchemaNewerThanTheClientIsNeitherChangedNorWrittenTo() throws Exception {
		new Repositories(server).init().organisation("newer-org", "Newer").member("newerclient", "newer-org", true);
		try (Connection admin = server.admin(); Statement statement = admin.createStatement()) {
			statement.execute("INSERT INTO hjp.schema_version (version, script, sha256) VALUES (99, '099-from-the-future.sql', 'unknown')");
		}
		try {
			try (SharedRepository member = new Repositories(server).as("newerclient")) {
				RepositoryException refused = assertThrows(RepositoryException.class,
						() -> member.publish("p-newer", "Newer", "<x/>".getBytes(StandardCharsets.UTF_8)));
				assertEquals("Nothing was published: the repository's schema is version 99, newer than this workbench knows (4). Update the workbench to work with it.",
						refused.getMessage());
			}
			try (SharedRepository admin = SharedRepository.connect(Repositories.settings(server, PostgresServer.ADMIN), PostgresServer.ADMIN_PASSWORD.toCharArray())) {
				RepositoryException init = assertThrows(RepositoryException.class, admin::init);
				assertTrue(init.getMessage().startsWith("Nothing was changed: the repository's schema is version 99"), init.getMessage());
			}
			try (Connection admin = server.admin(); Statement statement = admin.createStatement();
					ResultSet partnerships = statement.executeQuery("SELECT count(*) FROM hjp.partnerships")) {
				partnerships.next();
				assertEquals(0, partnerships.getInt(1), "nothing was written");
			}
		} finally {
			try (Connection admin = server.admin(); Statement statement = admin.createStatement()) {
				statement.execute("DELETE FROM hjp.schema_version WHERE version = 99");
			}
		}
	}
}
