package org.hjp.workbench.sharing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * Where the repository is and who connects: a PostgreSQL server's host and port, the database, the login, and how the
 * connection is encrypted ({@code sslMode} as libpq names it: disable, prefer, require, verify-ca, verify-full; with
 * {@code sslRootCert}, the certificate authority the server's certificate must come from). Never a password.
 */
public record RepositorySettings(String host, int port, String database, String user, String sslMode, String sslRootCert) {

	public static final int DEFAULT_PORT = 5432;

	/** The settings libpq takes from PGHOST, PGPORT, PGDATABASE, PGUSER, PGSSLMODE and PGSSLROOTCERT, with its defaults. */
	public static RepositorySettings fromEnvironment(Map<String, String> environment, String accountName) throws RepositoryException {
		String user = value(environment, "PGUSER", accountName);
		String port = value(environment, "PGPORT", String.valueOf(DEFAULT_PORT));
		return new RepositorySettings(value(environment, "PGHOST", "localhost"), port(port), value(environment, "PGDATABASE", user), user,
				value(environment, "PGSSLMODE", "prefer"), value(environment, "PGSSLROOTCERT", null));
	}

	/** The port of a setting or an option, said plainly when it is not one. */
	public static int port(String text) throws RepositoryException {
		try {
			int port = Integer.parseInt(text.trim());
			if (port > 0 && port < 65536) {
				return port;
			}
		} catch (NumberFormatException e) {
			// said below
		}
		throw new RepositoryException("The port " + text + " is not a port number: it is a number from 1 to 65535, usually 5432.");
	}

	private static String value(Map<String, String> environment, String name, String fallback) {
		String value = environment.get(name);
		return value == null || value.isBlank() ? fallback : value;
	}

	public RepositorySettings withHost(String value) {
		return value == null ? this : new RepositorySettings(value, port, database, user, sslMode, sslRootCert);
	}

	public RepositorySettings withPort(Integer value) {
		return value == null ? this : new RepositorySettings(host, value, database, user, sslMode, sslRootCert);
	}

	public RepositorySettings withDatabase(String value) {
		return value == null ? this : new RepositorySettings(host, port, value, user, sslMode, sslRootCert);
	}

	public RepositorySettings withUser(String value) {
		return value == null ? this : new RepositorySettings(host, port, database, value, sslMode, sslRootCert);
	}

	public RepositorySettings withSsl(String mode, String rootCert) {
		return new RepositorySettings(host, port, database, user, mode == null ? sslMode : mode, rootCert == null ? sslRootCert : rootCert);
	}

	/** The JDBC address, without the login. */
	public String url() {
		String bracketed = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
		return "jdbc:postgresql://" + bracketed + ":" + port + "/" + URLEncoder.encode(database, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/** The driver's properties: the login, the password given, encryption, and limits so that a lost server is said. */
	Properties properties(char[] password) {
		Properties properties = new Properties();
		properties.setProperty("user", user);
		if (password != null) {
			properties.setProperty("password", new String(password));
		}
		properties.setProperty("sslmode", sslMode);
		if (sslRootCert != null) {
			properties.setProperty("sslrootcert", sslRootCert);
		}
		properties.setProperty("ApplicationName", "HJP Workbench");
		properties.setProperty("connectTimeout", "10");
		// A server that vanishes without closing the connection would otherwise hold a save for a quarter of an hour.
		properties.setProperty("socketTimeout", "120");
		properties.setProperty("tcpKeepAlive", "true");
		return properties;
	}

	/** Which repository, whoever connects: host:port/database. */
	public String address() {
		return host + ":" + port + "/" + database;
	}

	/** As people write it: user@host:port/database. */
	@Override
	public String toString() {
		return user + "@" + host + ":" + port + "/" + database;
	}
}
