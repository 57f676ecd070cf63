package org.hjp.workbench.sharing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.hjp.workbench.sharing.RepositoryException;
import org.hjp.workbench.sharing.RepositorySettings;
import org.hjp.workbench.sharing.SharedRepository;
import org.hjp.workbench.tests.generator.PostgresServer;
import org.hjp.workbench.tests.generator.Repositories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A refused login, a server that is not there and encryption the server cannot give are each said plainly. */
class ConnectTest {

	private static PostgresServer server;
	private static Repositories repositories;

	@TempDir
	Path folder;

	@BeforeAll
	static void startServer() throws Exception {
		server = PostgresServer.start();
		repositories = new Repositories(server).init().organisation("clc", "Legal Centre").member("carla", "clc", true);
	}

	@AfterAll
	static void stopServer() throws Exception {
		server.close();
	}

	@Test
	void aWrongPasswordAndAnUnknownLoginAreRefusedAlike() {
		RepositoryException wrong = assertThrows(RepositoryException.class, () -> SharedRepository.connect(Repositories.settings(server, "carla"), "guess".toCharArray()));
		assertEquals("Could not connect to the repository carla@127.0.0.1:" + server.port() + "/hjp: the server 127.0.0.1:" + server.port()
				+ " refused the password of carla.", wrong.getMessage());
		RepositoryException unknown = assertThrows(RepositoryException.class, () -> SharedRepository.connect(Repositories.settings(server, "nobody_here"), "x".toCharArray()));
		assertTrue(unknown.getMessage().endsWith("refused the password of nobody_here."), unknown.getMessage());
	}

	@Test
	void encryptionTheServerDoesNotOfferIsRefusedNotDroppedSilently() {
		RepositorySettings required = Repositories.settings(server, "carla").withSsl("require", null);
		RepositoryException e = assertThrows(RepositoryException.class, () -> SharedRepository.connect(required, Repositories.password("carla").toCharArray()));
		assertTrue(e.getMessage().endsWith("offers no encrypted connection, and the settings (sslmode require) require one."), e.getMessage());
	}

	@Test
	void aServerThatIsNotThereIsSaid() throws Exception {
		RepositorySettings nowhere = Repositories.settings(server, "carla").withPort(freePortNobodyListensOn());
		RepositoryException e = assertThrows(RepositoryException.class, () -> SharedRepository.connect(nowhere, "x".toCharArray()));
		assertTrue(e.getMessage().contains("cannot be reached") && e.getMessage().contains("Is it running"), e.getMessage());
	}

	@Test
	void settingsComeFromTheUsualEnvironmentAndThePasswordFromThePgpassFile() throws Exception {
		RepositorySettings settings = RepositorySettings.fromEnvironment(Map.of("PGHOST", "127.0.0.1", "PGPORT", String.valueOf(server.port()), "PGDATABASE",
				"hjp", "PGSSLMODE", "disable"), "carla");
		assertEquals(Repositories.settings(server, "carla"), settings);
		RepositoryException port = assertThrows(RepositoryException.class, () -> RepositorySettings.fromEnvironment(Map.of("PGPORT", "fifty"), "carla"));
		assertEquals("The port fifty is not a port number: it is a number from 1 to 65535, usually 5432.", port.getMessage());
		Path pgpass = Files.writeString(folder.resolve("pgpass"), "127.0.0.1:" + server.port() + ":hjp:carla:" + Repositories.password("carla") + "\n");
		Files.setPosixFilePermissions(pgpass, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
		String before = System.getProperty("org.postgresql.pgpassfile");
		System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
		try (SharedRepository carla = SharedRepository.connect(settings, null)) {
			assertEquals(0, carla.list().size());
		} finally {
			if (before == null) {
				System.clearProperty("org.postgresql.pgpassfile");
			} else {
				System.setProperty("org.postgresql.pgpassfile", before);
			}
		}
	}

	private static int freePortNobodyListensOn() throws Exception {
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
