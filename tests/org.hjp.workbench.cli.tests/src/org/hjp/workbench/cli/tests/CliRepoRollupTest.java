package org.hjp.workbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.hjp.workbench.cli.Cli;
import org.hjp.workbench.core.persistence.PartnershipStore;
import org.hjp.workbench.tests.generator.PostgresServer;
import org.hjp.workbench.tests.generator.RandomPartnership;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * hjp rollup --repository: the network's counts worked out by the database over every partnership are the counts
 * hjp rollup gives over the same partnerships as files; the network's login may run it, a partner's may not.
 */
class CliRepoRollupTest {

	private static PostgresServer server;

	@TempDir
	Path folder;

	@BeforeAll
	static void startServer() throws Exception {
		server = PostgresServer.start();
	}

	@AfterAll
	static void stopServer() throws Exception {
		server.close();
	}

	@Test
	void theDatabaseCountsWhatTheFilesCount() throws Exception {
		try (Logins logins = Logins.on(server, folder, Map.of(PostgresServer.ADMIN, PostgresServer.ADMIN_PASSWORD, "writer", "writer-pw", "census", "census-pw"))) {
			countTheSame(logins);
		}
	}

	private void countTheSame(Logins logins) throws Exception {
		assertEquals(Cli.OK, logins.hjp(PostgresServer.ADMIN, "repo", "init").code());
		try (Connection admin = server.admin(); Statement statement = admin.createStatement()) {
			statement.execute("INSERT INTO hjp.organisations (id, name) VALUES ('clc', 'Legal Centre')");
			statement.execute("CREATE ROLE writer LOGIN PASSWORD 'writer-pw' IN ROLE hjp_member");
			statement.execute("INSERT INTO hjp.members (login, organisation_id) VALUES ('writer', 'clc')");
			statement.execute("CREATE ROLE census LOGIN PASSWORD 'census-pw' IN ROLE hjp_network");
		}
		Path files = Files.createDirectory(folder.resolve("partnerships"));
		SampleFile.copy(files.resolve("riverbend.hjp"));
		for (int seed = 1; seed <= 8; seed++) {
			new PartnershipStore().save(RandomPartnership.create(60 + 20 * seed, seed), files.resolve("random-" + seed + ".hjp"));
		}
		try (var list = Files.list(files)) {
			for (Path file : list.filter(f -> f.toString().endsWith(".hjp")).toList()) {
				CliRun push = logins.hjp("writer", "repo", "push", file.toString());
				assertEquals(Cli.OK, push.code(), push.err());
			}
		}
		for (String format : List.of("csv", "json")) {
			CliRun fromFiles = CliRun.hjp("rollup", "--format", format, files.toString());
			assertEquals(Cli.OK, fromFiles.code(), fromFiles.err());
			CliRun fromDatabase = logins.hjp("census", "rollup", "--repository", "--format", format);
			assertEquals(Cli.OK, fromDatabase.code(), fromDatabase.err());
			assertEquals(fromFiles.out(), fromDatabase.out());
			assertTrue(fromDatabase.out().contains(format.equals("csv") ? "partnerships,,9" : "\"partnerships\" : 9"), fromDatabase.out());
		}
		CliRun partner = logins.hjp("writer", "rollup", "--repository");
		assertEquals(Cli.BAD_FILES, partner.code());
		assertTrue(partner.err().contains("Nothing was counted: the server does not let writer do this"), partner.err());
	}
}
