package org.hjp.workbench.sharing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.stream.Collectors;

import org.hjp.workbench.sharing.SharedRepository;
import org.hjp.workbench.tests.generator.PostgresServer;
import org.hjp.workbench.tests.generator.Repositories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server counts for the roll-up only what is a partnership: a file of other XML, one declaring a document type
 * and one that is not XML are kept as versions but left out, and said; counting again after a save counts the new
 * version.
 */
class RollupTest {

	private static PostgresServer server;
	private static Repositories repositories;

	@BeforeAll
	static void startServer() throws Exception {
		server = PostgresServer.start();
		repositories = new Repositories(server).init().organisation("clc", "Legal Centre").member("rita", "clc", true);
		try (Connection admin = server.admin(); Statement statement = admin.createStatement()) {
			statement.execute("CREATE ROLE tally LOGIN PASSWORD '" + Repositories.password("tally") + "' IN ROLE hjp_network");
		}
	}

	@AfterAll
	static void stopServer() throws Exception {
		server.close();
	}

	@Test
	void onlyPartnershipsAreCountedAndTheRestIsSaid() throws Exception {
		try (SharedRepository rita = repositories.as("rita")) {
			rita.publish("p-real", "Real", Sample.version());
			rita.publish("p-other-xml", "Other", bytes("<foo><organisations sector=\"legal\"/></foo>"));
			rita.publish("p-doctype", "Doctype", bytes("<!DOCTYPE p [<!ENTITY e \"x\">]><partnership:Partnership xmlns:partnership=\"urn:x\">&e;</partnership:Partnership>"));
			rita.publish("p-not-xml", "Not XML", new byte[] { 0, 1, 2, (byte) 0xff });
		}
		Map<String, Integer> totals = totals();
		assertEquals(1, totals.get("partnerships"));
		assertEquals(3, totals.get("partnerships not counted"));
		assertEquals(2, totals.get("cohorts"), "the sample's cohorts only: " + totals);

		try (SharedRepository rita = repositories.as("rita")) {
			rita.save("p-other-xml", 1, "Now real", Sample.version());
		}
		totals = totals();
		assertEquals(2, totals.get("partnerships"), "the new version is counted");
		assertEquals(2, totals.get("partnerships not counted"));
		assertEquals(4, totals.get("cohorts"));
	}

	private static Map<String, Integer> totals() throws Exception {
		try (SharedRepository tally = SharedRepository.connect(Repositories.settings(server, "tally"), Repositories.password("tally").toCharArray())) {
			return tally.rollup().stream().filter(c -> c.value().isEmpty()).collect(Collectors.toMap(SharedRepository.Count::category, SharedRepository.Count::count));
		}
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
