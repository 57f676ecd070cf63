package org.hjp.workbench.sharing.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;

import org.hjp.workbench.sharing.RepositoryException;
import org.hjp.workbench.sharing.SharedRepository;
import org.hjp.workbench.sharing.StaleVersionException;
import org.hjp.workbench.tests.generator.PostgresServer;
import org.hjp.workbench.tests.generator.Repositories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every save is a new version on top of the one it started from; each is kept whole, with who saved it. */
class VersionsTest {

	private static PostgresServer server;
	private static Repositories repositories;

	@BeforeAll
	static void startServer() throws Exception {
		server = PostgresServer.start();
		repositories = new Repositories(server).init().organisation("clc", "Community Legal Centre").member("ana", "clc", true).member("ben", "clc", true);
	}

	@AfterAll
	static void stopServer() throws Exception {
		server.close();
	}

	@Test
	void savesMakeVersionsAndASaveOnAnOldVersionIsRefused() throws Exception {
		try (SharedRepository ana = repositories.as("ana"); SharedRepository ben = repositories.as("ben")) {
			assertEquals(1, ana.publish("p-versions", "Versions", bytes("one")));
			assertEquals(2, ana.save("p-versions", 1, "Versions", bytes("two")));
			StaleVersionException stale = assertThrows(StaleVersionException.class, () -> ben.save("p-versions", 1, "Versions", bytes("ben's")));
			assertEquals(2, stale.latest());
			assertEquals("Nothing was saved: version 2 of the partnership was saved by someone else after version 1, which this copy started from.",
					stale.getMessage());
			assertEquals(3, ben.save("p-versions", 2, "Versions", bytes("three")));

			List<SharedRepository.Version> history = ana.history("p-versions");
			assertEquals(List.of(3, 2, 1), history.stream().map(SharedRepository.Version::version).toList());
			assertEquals(List.of("ben", "ana", "ana"), history.stream().map(SharedRepository.Version::savedBy).toList());
			assertArrayEquals(bytes("two"), ana.read("p-versions", OptionalInt.of(2)).content());
			assertArrayEquals(bytes("three"), ana.read("p-versions", OptionalInt.empty()).content());
			RepositoryException missing = assertThrows(RepositoryException.class, () -> ana.read("p-versions", OptionalInt.of(9)));
			assertEquals("The partnership p-versions has no version 9.", missing.getMessage());
			RepositoryException twice = assertThrows(RepositoryException.class, () -> ben.publish("p-versions", "Again", bytes("again")));
			assertEquals("Nothing was published: the repository already has a partnership with the id p-versions. Open it from the repository to work on it.",
					twice.getMessage());
		}
	}

	/** Quotes, semicolons, backslashes and NUL go in as values, never as SQL, and come back exactly. */
	@Test
	void hostileTextsAreStoredAndReadBackExactly() throws Exception {
		String hostile = "O'Brien \"Partners\"; DROP TABLE hjp.versions; -- \\ \\\\ $$ \0 end";
		byte[] content = ("<partnership name=\"" + hostile + "\"/>").getBytes(StandardCharsets.UTF_8);
		String id = "p-'; DELETE FROM hjp.partnerships; --";
		try (SharedRepository ana = repositories.as("ana")) {
			ana.publish(id, hostile, content);
			assertEquals(2, ana.save(id, 1, hostile, content));
			assertArrayEquals(content, ana.read(id, OptionalInt.empty()).content());
			SharedRepository.Entry entry = ana.list().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
			assertEquals(hostile.replace('\0', '\uFFFD'), entry.name(), "the name column cannot hold NUL; the file keeps it");
			assertEquals(2, ana.history(id).size());
		}
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
