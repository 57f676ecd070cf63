package org.hjp.workbench.sharing.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;

import org.hjp.workbench.sharing.PartnershipBytes;
import org.hjp.workbench.sharing.RepositoryException;
import org.hjp.workbench.sharing.SharedRepository;
import org.hjp.workbench.tests.generator.PostgresServer;
import org.hjp.workbench.tests.generator.Repositories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server killed with SIGKILL in the middle of saves, fifty times, and stopped in the middle of a session: every
 * stored version opens whole, every save that was acknowledged is there, and the client says what happened in words.
 */
class FaultsTest {

	private static final int CRASHES = 50;

	private static PostgresServer server;
	private static Repositories repositories;

	@BeforeAll
	static void startServer() throws Exception {
		server = PostgresServer.start();
		repositories = new Repositories(server).init().organisation("clc", "Legal Centre").member("fay", "clc", true);
	}

	@AfterAll
	static void stopServer() throws Exception {
		server.close();
	}

	@Test
	void killedFiftyTimesWhileSavingEveryVersionOpensAndNoAcknowledgedSaveIsLost() throws Exception {
		byte[] sample = Sample.version();
		try (SharedRepository fay = repositories.as("fay")) {
			fay.publish("p-crash", "Crash", sample);
		}
		Map<Integer, byte[]> acknowledged = Collections.synchronizedMap(new HashMap<>());
		Set<String> attempted = Collections.synchronizedSet(new HashSet<>());
		attempted.add(new String(sample, StandardCharsets.UTF_8));
		List<String> failures = Collections.synchronizedList(new ArrayList<>());
		Random random = new Random(21);
		for (int crash = 0; crash < CRASHES; crash++) {
			int round = crash;
			Thread saver = new Thread(() -> saveUntilTheServerGoes(round, sample, acknowledged, attempted, failures));
			saver.start();
			Thread.sleep(30 + random.nextInt(120));
			server.crash();
			saver.join(60_000);
			assertFalse(saver.isAlive(), "a save hangs after the server was killed");
			server.start(true);
		}
		try (SharedRepository fay = repositories.as("fay")) {
			List<SharedRepository.Version> history = fay.history("p-crash");
			assertEquals(history.get(0).version(), history.size(), "the versions run from 1 without a gap");
			for (SharedRepository.Version version : history) {
				byte[] content = fay.read("p-crash", OptionalInt.of(version.version())).content();
				assertTrue(attempted.contains(new String(content, StandardCharsets.UTF_8)), "version " + version.version() + " is one that was sent, whole");
				PartnershipBytes.load(content, "version " + version.version());
			}
			for (Map.Entry<Integer, byte[]> saved : acknowledged.entrySet()) {
				assertArrayEquals(saved.getValue(), fay.read("p-crash", OptionalInt.of(saved.getKey())).content(), "acknowledged version " + saved.getKey());
			}
			assertTrue(acknowledged.size() > CRASHES / 2, "saves went through between the crashes: " + acknowledged.size());
		}
		assertEquals(CRASHES, failures.size(), "each crash was told to the client saving at the time");
		for (String failure : failures) {
			assertTrue(List.of("It is not known whether this was saved (the history of the partnership will tell): the server 127.0.0.1:" + server.port(),
					"Nothing was saved: the server 127.0.0.1:" + server.port(), "No history was read: the server 127.0.0.1:" + server.port(),
					"Could not connect to the repository fay@127.0.0.1:" + server.port()).stream().anyMatch(failure::startsWith), failure);
			assertFalse(failure.contains("Exception") || failure.contains("org.postgresql"), failure);
		}
	}

	private static void saveUntilTheServerGoes(int round, byte[] sample, Map<Integer, byte[]> acknowledged, Set<String> attempted, List<String> failures) {
		String text = new String(sample, StandardCharsets.UTF_8);
		try (SharedRepository fay = repositories.as("fay")) {
			int head = fay.history("p-crash").get(0).version();
			for (int save = 0;; save++) {
				String changed = text.replaceFirst("purpose=\"", "purpose=\"Round " + round + ", save " + save + ": ");
				attempted.add(changed);
				byte[] content = changed.getBytes(StandardCharsets.UTF_8);
				head = fay.save("p-crash", head, "Crash", content);
				acknowledged.put(head, content);
			}
		} catch (RepositoryException e) {
			failures.add(e.getMessage());
		}
	}

	@Test
	void aServerStoppedInTheMiddleOfASessionIsSaidAndTheNextConnectionWorks() throws Exception {
		try (SharedRepository fay = repositories.as("fay")) {
			fay.publish("p-stopped", "Stopped", new byte[] { 1 });
			server.stop();
			RepositoryException e = assertThrows(RepositoryException.class, () -> fay.save("p-stopped", 1, "Stopped", new byte[] { 2 }));
			// A fast shutdown ends the session before the save reaches it, or while it is sent: either is said.
			assertTrue(e.getMessage().startsWith("Nothing was saved: the server 127.0.0.1:" + server.port() + " is shutting down")
					|| e.getMessage().startsWith("It is not known whether this was saved (the history of the partnership will tell): the server 127.0.0.1:"
							+ server.port()), e.getMessage());
		} finally {
			server.start(true);
		}
		try (SharedRepository fay = repositories.as("fay")) {
			assertEquals(2, fay.save("p-stopped", 1, "Stopped", new byte[] { 2 }));
		}
	}
}
