package org.hjp.workbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hjp.workbench.cli.Cli;
import org.hjp.workbench.tests.generator.PostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * hjp repo against a PostgreSQL server the test starts: init twice, publish a file, pull it elsewhere, push on top; a
 * push from a copy someone else saved over merges, and what both changed is left to choose. Passwords come from a pgpass file, as the docs say.
 */
class CliRepoTest {

	private static PostgresServer server;

	@TempDir
	Path folder;
	private Logins logins;

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
		logins = Logins.on(server, folder, Map.of(PostgresServer.ADMIN, PostgresServer.ADMIN_PASSWORD, "maria", "maria-pw", "tom", "tom-pw"));
	}

	@AfterEach
	void noPgpass() {
		logins.close();
	}

	@Test
	void initPublishPullPushAndMergeWithAConflictLeftToChoose() throws Exception {
		CliRun init = repo("init", PostgresServer.ADMIN);
		assertEquals(Cli.OK, init.code(), init.err());
		assertTrue(init.err().contains("is ready (4 steps applied)"), init.err());
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
		edit(toms, "Riverbend Health Justice Partnership", "Riverbend HJP");
		CliRun tomPushes = repo("push", "tom", toms.toString());
		assertEquals(Cli.OK, tomPushes.code(), tomPushes.err());
		assertEquals(List.of("riverbend\t2"), tomPushes.outLines());

		edit(mine, "purpose=\"", "purpose=\"Maria: ");
		CliRun merged = repo("push", "maria", mine.toString());
		assertEquals(Cli.OK, merged.code(), merged.err());
		assertEquals(List.of("riverbend\t3"), merged.outLines());
		assertTrue(merged.err().contains("merged with the versions saved since"), merged.err());
		String both = Files.readString(mine, StandardCharsets.UTF_8);
		assertTrue(both.contains("name=\"Riverbend HJP\"") && both.contains("purpose=\"Maria: "), "the file now holds both changes");

		CliRun unchanged = repo("push", "maria", mine.toString());
		assertEquals(Cli.OK, unchanged.code(), unchanged.err());
		assertTrue(unchanged.err().contains("has not changed since version 3 of riverbend; nothing was sent"), unchanged.err());

		edit(mine, "name=\"Riverbend HJP\"", "name=\"Maria's name\"");
		assertEquals(Cli.OK, repo("push", "maria", mine.toString()).code());
		edit(toms, "name=\"Riverbend HJP\"", "name=\"Tom's name\"");
		CliRun conflict = repo("push", "tom", toms.toString());
		assertEquals(Cli.INVALID, conflict.code(), conflict.err());
		assertEquals(List.of("conflict: Partnership \u201cMaria's name\u201d, name: mine \u201cTom's name\u201d; theirs \u201cMaria's name\u201d."),
				conflict.outLines());
		assertTrue(conflict.err().contains("nothing was sent. Version 4, saved by maria"), conflict.err());
		CliRun mineWins = repo("push", "tom", toms.toString(), "--take", "mine");
		assertEquals(Cli.OK, mineWins.code(), mineWins.err());
		assertEquals(List.of("riverbend\t5"), mineWins.outLines());

		CliRun history = repo("history", "maria", "riverbend");
		assertEquals(5, history.outLines().size(), history.out());
		assertTrue(history.outLines().get(0).startsWith("5\t") && history.outLines().get(0).contains("\ttom\t"), history.out());
		CliRun first = repo("pull", "maria", "riverbend", "--at", "1", "--out", mine.toString(), "--force");
		assertEquals(Cli.OK, first.code(), first.err());
		assertTrue(Files.readString(mine).contains("Riverbend Health Justice Partnership"));
	}

	/** Replaces the first {@code text} of the file. */
	private static void edit(Path file, String text, String replacement) throws Exception {
		String content = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(content.contains(text), text);
		Files.writeString(file, content.replaceFirst(java.util.regex.Pattern.quote(text), java.util.regex.Matcher.quoteReplacement(replacement)),
				StandardCharsets.UTF_8);
	}

	@Test
	void aLoginWithoutAPasswordAnywhereIsToldWhereToPutIt() throws Exception {
		CliRun run = repo("list", "nobody_known");
		assertEquals(Cli.BAD_FILES, run.code());
		assertTrue(run.err().contains("the server asks for the password of nobody_known, and none was given: put it in the pgpass file"), run.err());
	}

	private CliRun repo(String command, String user, String... more) throws Exception {
		List<String> args = new ArrayList<>(List.of("repo", command));
		args.addAll(List.of(more));
		return logins.hjp(user, args.toArray(String[]::new));
	}
}
