package org.hjp.workbench.cli;

import java.io.Console;

import org.hjp.workbench.sharing.RepositoryException;
import org.hjp.workbench.sharing.RepositorySettings;
import org.hjp.workbench.sharing.SharedRepository;

import picocli.CommandLine.Option;

/** The options that say which repository and login a {@code hjp repo} command uses; the rest as libpq takes it. */
final class RepoConnection {

	@Option(names = "--host", paramLabel = "<host>", description = "The server; the default is PGHOST, or localhost.")
	private String host;

	@Option(names = "--port", paramLabel = "<port>", description = "The server's port; the default is PGPORT, or 5432.")
	private String port;

	@Option(names = "--database", paramLabel = "<database>", description = "The database; the default is PGDATABASE, or the login's name.")
	private String database;

	@Option(names = "--user", paramLabel = "<login>", description = "The login; the default is PGUSER, or this computer's user name.")
	private String user;

	@Option(names = "--sslmode", paramLabel = "<mode>",
			description = "disable, prefer, require, verify-ca or verify-full (checks the server's certificate and name); the default is PGSSLMODE, or prefer.")
	private String sslMode;

	@Option(names = "--sslrootcert", paramLabel = "<file>", description = "The certificate authority the server's certificate must come from.")
	private String sslRootCert;

	RepositorySettings settings() throws RepositoryException {
		RepositorySettings settings = RepositorySettings.fromEnvironment(System.getenv(), System.getProperty("user.name"));
		return settings.withHost(host).withPort(port == null ? null : RepositorySettings.port(port)).withDatabase(database).withUser(user)
				.withSsl(sslMode, sslRootCert);
	}

	/** Connects; the password from PGPASSWORD, else the pgpass file, else asked for on the terminal. */
	SharedRepository open() throws RepositoryException {
		RepositorySettings settings = settings();
		String fromEnvironment = System.getenv("PGPASSWORD");
		char[] password = fromEnvironment != null ? fromEnvironment.toCharArray() : null;
		Console console = System.console();
		if (password == null && !SharedRepository.hasStoredPassword(settings) && console != null) {
			password = console.readPassword("Password of %s: ", settings.toString());
		}
		return SharedRepository.connect(settings, password);
	}
}
