package org.hjp.workbench.sharing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.hjp.workbench.model.Organisation;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.model.PartnershipFactory;
import org.hjp.workbench.model.Person;
import org.hjp.workbench.sharing.MergingSave;
import org.hjp.workbench.sharing.PartnershipBytes;
import org.hjp.workbench.sharing.SharedRepository;
import org.hjp.workbench.sharing.merge.Conflict;
import org.hjp.workbench.tests.generator.PostgresServer;
import org.hjp.workbench.tests.generator.Repositories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two, then twenty clients saving the same partnership at once from the same version: changes to different objects
 * and fields all end up in it; changes to the same field each reach their user as a conflict.
 */
class ConcurrencyTest {

	private static PostgresServer server;
	private static Repositories repositories;

	@BeforeAll
	static void startServer() throws Exception {
		server = PostgresServer.start();
		repositories = new Repositories(server).init().organisation("clc", "Legal Centre");
		for (int i = 0; i < 20; i++) {
			repositories.member("editor" + i, "clc", true);
		}
	}

	@AfterAll
	static void stopServer() throws Exception {
		server.close();
	}

	@Test
	void twoThenTwentyClientsChangingDifferentThingsKeepEveryChange() throws Exception {
		for (int clients : List.of(2, 20)) {
			String id = "p-" + clients;
			publish(id);
			List<MergingSave.Outcome> outcomes = atOnce(clients, client -> {
				Resource mine = versionOne(id);
				Person person = PartnershipFactory.eINSTANCE.createPerson();
				person.setName("Client " + client);
				((Organisation) mine.getEObject("org-clc")).getPeople().add(person);
				EObject described = Sample.described(mine).get(client);
				described.eSet(Sample.description(described), "Described by client " + client);
				try (SharedRepository editor = repositories.as("editor" + client)) {
					return MergingSave.save(editor, id, 1, mine, null);
				}
			});
			outcomes.forEach(outcome -> assertInstanceOf(MergingSave.Outcome.Saved.class, outcome, outcome.toString()));
			try (SharedRepository reader = repositories.as("editor0")) {
				Resource last = PartnershipBytes.load(reader.read(id, OptionalInt.empty()).content(), "last");
				List<String> people = ((Organisation) last.getEObject("org-clc")).getPeople().stream().map(Person::getName).toList();
				List<EObject> described = Sample.described(last);
				for (int client = 0; client < clients; client++) {
					String description = "Described by client " + client;
					assertTrue(people.contains("Client " + client), "client " + client + "'s person: " + people);
					assertTrue(described.stream().anyMatch(d -> description.equals(d.eGet(Sample.description(d)))), description);
				}
				assertEquals(clients + 1, reader.history(id).size(), "one version for each client's save");
			}
		}
	}

	@Test
	void clientsChangingTheSameFieldEachGetTheConflict() throws Exception {
		int clients = 5;
		publish("p-same");
		List<MergingSave.Outcome> outcomes = atOnce(clients, client -> {
			Resource mine = versionOne("p-same");
			((Partnership) mine.getContents().get(0)).setName("Name of client " + client);
			try (SharedRepository editor = repositories.as("editor" + client)) {
				return MergingSave.save(editor, "p-same", 1, mine, null);
			}
		});
		List<MergingSave.Outcome.Saved> saved = outcomes.stream().filter(MergingSave.Outcome.Saved.class::isInstance)
				.map(MergingSave.Outcome.Saved.class::cast).toList();
		assertEquals(1, saved.size(), "the first save goes through: " + outcomes);
		for (int client = 0; client < clients; client++) {
			if (outcomes.get(client) instanceof MergingSave.Outcome.Conflicted conflicted) {
				List<Conflict> conflicts = conflicted.merge().conflicts();
				assertEquals(1, conflicts.size());
				assertEquals("name", conflicts.get(0).feature());
				assertEquals("\u201cName of client " + client + "\u201d", conflicts.get(0).mine());
			}
		}
		assertEquals(clients - 1, outcomes.stream().filter(MergingSave.Outcome.Conflicted.class::isInstance).count());
	}

	private static void publish(String id) throws Exception {
		try (SharedRepository editor = repositories.as("editor0")) {
			editor.publish(id, "Concurrent", Sample.version());
		}
	}

	private static Resource versionOne(String id) throws Exception {
		try (SharedRepository editor = repositories.as("editor0")) {
			return PartnershipBytes.load(editor.read(id, OptionalInt.of(1)).content(), "version 1");
		}
	}

	private interface Client {
		MergingSave.Outcome save(int client) throws Exception;
	}

	/** Each client on its own thread and connection, all released together. */
	private static List<MergingSave.Outcome> atOnce(int clients, Client client) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(clients);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<MergingSave.Outcome>> futures = new ArrayList<>();
			for (int i = 0; i < clients; i++) {
				int index = i;
				Callable<MergingSave.Outcome> task = () -> {
					start.await();
					return client.save(index);
				};
				futures.add(threads.submit(task));
			}
			start.countDown();
			List<MergingSave.Outcome> outcomes = new ArrayList<>();
			for (Future<MergingSave.Outcome> future : futures) {
				outcomes.add(future.get(2, TimeUnit.MINUTES));
			}
			return outcomes;
		} finally {
			threads.shutdownNow();
		}
	}
}
