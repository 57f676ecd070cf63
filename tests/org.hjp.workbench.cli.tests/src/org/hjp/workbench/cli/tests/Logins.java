package org.hjp.workbench.cli.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hjp.workbench.tests.generator.PostgresServer;

/**
 * Logins of a test's PostgreSQL server for the command line: their passwords in a pgpass file, which the driver reads
 * until this is closed (as it reads ~/.pgpass), and {@code hjp} run with the connection options for one of them.
 */
final class Logins implements AutoCloseable {

	private static final String PGPASS = "org.postgresql.pgpassfile";

	private final PostgresServer server;
	private final String before;

	private Logins(PostgresServer server, String before) {
		this.server = server;
		this.before = before;
	}

	static Logins on(PostgresServer server, Path folder, Map<String, String> passwords) throws IOException {
		StringBuilder lines = new StringBuilder();
		passwords.forEach((user, password) -> lines.append(server.host()).append(':').append(server.port()).append(':').append(PostgresServer.DATABASE)
				.append(':').append(user).append(':').append(password.replace("\\", "\\\\").replace(":", "\\:")).append('\n'));
		Path pgpass = Files.writeString(folder.resolve("pgpass"), lines);
		Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
		return new Logins(server, System.setProperty(PGPASS, pgpass.toString()));
	}

	/** {@code hjp} with {@code command}, connecting to the server as {@code user}. */
	CliRun hjp(String user, String... command) throws Exception {
		List<String> args = new ArrayList<>(List.of(command));
		args.addAll(List.of("--host", server.host(), "--port", String.valueOf(server.port()), "--database", PostgresServer.DATABASE, "--user", user,
				"--sslmode", "disable"));
		return CliRun.hjp(args.toArray(String[]::new));
	}

	@Override
	public void close() {
		if (before == null) {
			System.clearProperty(PGPASS);
		} else {
			System.setProperty(PGPASS, before);
		}
	}
}
