package org.hjp.workbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.hjp.workbench.cli.Cli;
import org.hjp.workbench.tests.generator.PostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * hjp repo against a PostgreSQL server the test starts: init twice, publish a file, pull it elsewhere, push on top, and
 * a push from a copy someone else saved over is refused. Passwords come from a pgpass file, as the docs say.
 */
class CliRepoTest {

	private static PostgresServer server;

	@TempDir
	Path folder;
	private String pgpassBefore;

	@BeforeAll
	static void startServer() throws Exception {
		server = PostgresServer.start();
	}

	@AfterAll
	static void stopServer() throws Exception {
		server.close();
	}

	@BeforeEach
	void pgpass() throws Exception {
		Path pgpass = Files.writeString(folder.resolve("pgpass"), line(PostgresServer.ADMIN, PostgresServer.ADMIN_PASSWORD) + line("maria", "maria-pw")
				+ line("tom", "tom-pw"));
		Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
		pgpassBefore = System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
	}

	@AfterEach
	void noPgpass() {
		if (pgpassBefore == null) {
			System.clearProperty("org.postgresql.pgpassfile");
		} else {
			System.setProperty("org.postgresql.pgpassfile", pgpassBefore);
		}
	}

	private static String line(String user, String password) {
		return server.host() + ":" + server.port() + ":" + PostgresServer.DATABASE + ":" + user + ":" + password.replace("\\", "\\\\").replace(":", "\\:") + "\n";
	}

	@Test
	void initPublishPullAndPushOnTopAndAStaleCopyIsRefused() throws Exception {
		CliRun init = repo("init", PostgresServer.ADMIN);
		assertEquals(Cli.OK, init.code(), init.err());
		assertTrue(init.err().contains("is ready (1 step applied)"), init.err());
		CliRun again = repo("init", PostgresServer.ADMIN);
		assertEquals(Cli.OK, again.code(), again.err());
		assertTrue(again.err().contains("is up to date; nothing was changed"), again.err());
		try (Connection admin = server.admin(); Statement statement = admin.createStatement()) {
			statement.execute("INSERT INTO hjp.organisations (id, name) VALUES ('clc', 'Riverbend Community Legal Centre')");
			for (String login : List.of("maria", "tom")) {
				statement.execute("CREATE ROLE " + login + " LOGIN PASSWORD '" + login + "-pw' IN ROLE hjp_member");
				statement.execute("INSERT INTO hjp.members (login, organisation_id) VALUES ('" + login + "', 'clc')");
			}
		}

		Path mine = SampleFile.copy(folder.resolve("riverbend.hjp"));
		CliRun publish = repo("push", "maria", mine.toString());
		assertEquals(Cli.OK, publish.code(), publish.err());
		assertEquals(List.of("riverbend\t1"), publish.outLines());
		CliRun list = repo("list", "tom");
		assertEquals(Cli.OK, list.code(), list.err());
		assertEquals(1, list.outLines().size(), list.out());
		assertTrue(list.outLines().get(0).matches("riverbend\t1\t\\S+\tmaria\tRiverbend Health Justice Partnership"), list.out());

		Path toms = folder.resolve("toms.hjp");
		CliRun pull = repo("pull", "tom", "riverbend", "--out", toms.toString());
		assertEquals(Cli.OK, pull.code(), pull.err());
		assertArrayEquals(Files.readAllBytes(mine), Files.readAllBytes(toms), "the file comes back byte for byte");
		Files.writeString(toms, Files.readString(toms, StandardCharsets.UTF_8).replace("Riverbend Health Justice Partnership", "Riverbend HJP"),
				StandardCharsets.UTF_8);
		CliRun tomPushes = repo("push", "tom", toms.toString());
		assertEquals(Cli.OK, tomPushes.code(), tomPushes.err());
		assertEquals(List.of("riverbend\t2"), tomPushes.outLines());

		CliRun stale = repo("push", "maria", mine.toString());
		assertEquals(Cli.BAD_FILES, stale.code(), stale.out());
		assertTrue(stale.err().contains("hjp repo push: Nothing was saved: version 2 of the partnership was saved by someone else after version 1"),
				stale.err());
		CliRun history = repo("history", "maria", "riverbend");
		assertEquals(2, history.outLines().size(), history.out());
		assertTrue(history.outLines().get(0).startsWith("2\t") && history.outLines().get(0).contains("\ttom\t"), history.out());
		CliRun first = repo("pull", "maria", "riverbend", "--at", "1", "--out", mine.toString(), "--force");
		assertEquals(Cli.OK, first.code(), first.err());
		assertTrue(Files.readString(mine).contains("Riverbend Health Justice Partnership"));
	}

	@Test
	void aLoginWithoutAPasswordAnywhereIsToldWhereToPutIt() throws Exception {
		CliRun run = repo("list", "nobody_known");
		assertEquals(Cli.BAD_FILES, run.code());
		assertTrue(run.err().contains("the server asks for the password of nobody_known, and none was given: put it in the pgpass file"), run.err());
	}

	private static CliRun repo(String command, String user, String... more) throws Exception {
		List<String> args = new ArrayList<>(List.of("repo", command, "--host", server.host(), "--port", String.valueOf(server.port()), "--database",
				PostgresServer.DATABASE, "--user", user, "--sslmode", "disable"));
		args.addAll(List.of(more));
		return CliRun.hjp(args.toArray(String[]::new));
	}
}
