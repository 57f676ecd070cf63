package org.hjp.workbench.tests.generator;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server of the tests' own: initdb and pg_ctl from the installed PostgreSQL (Debian's
 * postgresql package, or the folder HJP_PG_BIN names), in a temporary folder, on a free port of 127.0.0.1, with
 * password logins (SCRAM). A server refuses to run as root, so as root it runs as the user nobody.
 */
public final class PostgresServer implements AutoCloseable {

	public static final String ADMIN = "hjp_admin";
	public static final String ADMIN_PASSWORD = "admin 'secret'; \\";
	public static final String DATABASE = "hjp";

	private final Path folder;
	private final Path bin;
	private final boolean asNobody;
	private final int port;
	private boolean tls;

	private PostgresServer(Path folder, Path bin, boolean asNobody, int port) {
		this.folder = folder;
		this.bin = bin;
		this.asNobody = asNobody;
		this.port = port;
	}

	/** Makes a new cluster with the database {@value #DATABASE} and starts it. */
	public static PostgresServer start() throws IOException, InterruptedException, SQLException {
		return make(false);
	}

	/**
	 * As {@link #start()}, and the server also offers TLS with a certificate for 127.0.0.1 from a certificate authority
	 * made for it ({@link #certificateAuthority()}), and listens on 127.0.0.2 too: a name its certificate is not for.
	 */
	public static PostgresServer startWithTls() throws IOException, InterruptedException, SQLException {
		return make(true);
	}

	private static PostgresServer make(boolean tls) throws IOException, InterruptedException, SQLException {
		Path bin = binaries();
		boolean root = "root".equals(System.getProperty("user.name"));
		Path folder = Files.createTempDirectory("hjp-pg-");
		Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
		Path passwordFile = Files.writeString(folder.resolve("password"), ADMIN_PASSWORD);
		PostgresServer server = new PostgresServer(folder, bin, root, freePort());
		if (root) {
			server.run(List.of("chown", "-R", "nobody:", folder.toString()), false);
		}
		server.run(List.of(bin.resolve("initdb").toString(), "-D", server.data().toString(), "-U", ADMIN, "--pwfile=" + passwordFile, "--auth=scram-sha-256",
				"-E", "UTF8", "--no-locale", "--no-sync"), true);
		Files.delete(passwordFile);
		if (tls) {
			server.makeCertificates();
		}
		server.tls = tls;
		server.start(true);
		try (Connection admin = server.connect("postgres", ADMIN, ADMIN_PASSWORD); Statement statement = admin.createStatement()) {
			statement.execute("CREATE DATABASE " + DATABASE);
		}
		return server;
	}

	private static Path binaries() throws IOException {
		String given = System.getenv("HJP_PG_BIN");
		if (given != null && !given.isBlank()) {
			return Path.of(given);
		}
		Path installed = Path.of("/usr/lib/postgresql");
		if (Files.isDirectory(installed)) {
			try (Stream<Path> versions = Files.list(installed)) {
				Path newest = versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
						.max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString().replaceAll("\\D", "0")))).orElse(null);
				if (newest != null) {
					return newest.resolve("bin");
				}
			}
		}
		throw new IOException("These tests start a PostgreSQL server of their own and need PostgreSQL 15 or newer installed"
				+ " (on Debian: apt-get install postgresql), or HJP_PG_BIN naming the folder of its initdb and pg_ctl.");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private Path data() {
		return folder.resolve("data");
	}

	public int port() {
		return port;
	}

	/** The address the server listens on. */
	public String host() {
		return "127.0.0.1";
	}

	public Connection connect(String database, String user, String password) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", user);
		properties.setProperty("password", password);
		properties.setProperty("sslmode", "disable");
		return new org.postgresql.Driver().connect("jdbc:postgresql://127.0.0.1:" + port + "/" + database, properties);
	}

	/** The administrator's connection to the repository's database. */
	public Connection admin() throws SQLException {
		return connect(DATABASE, ADMIN, ADMIN_PASSWORD);
	}

	public void start(boolean wait) throws IOException, InterruptedException {
		run(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-l", folder.resolve("server.log").toString(), wait ? "-w" : "-W", "-t", "60",
				"-o", "-p " + port + " -k " + folder + " -c fsync=off " + (tls ? "-c listen_addresses=127.0.0.1,127.0.0.2 -c ssl=on -c ssl_cert_file=" + tls("server.crt")
						+ " -c ssl_key_file=" + tls("server.key") : "-c listen_addresses=127.0.0.1"), "start"), true);
	}

	public void stop() throws IOException, InterruptedException {
		run(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-w", "-t", "60", "-m", "fast", "stop"), true);
	}

	/**
	 * Kills the server and every process of it with SIGKILL, as a power cut would leave it (less the disk's cache: the
	 * operating system still writes what was handed to it), and waits until they are gone.
	 */
	public void crash() throws IOException, InterruptedException {
		long pid = Long.parseLong(Files.readAllLines(data().resolve("postmaster.pid")).get(0).trim());
		ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow(() -> new IOException("the server is not running"));
		List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
		all.add(0, postmaster);
		all.forEach(ProcessHandle::destroyForcibly);
		for (ProcessHandle process : all) {
			process.onExit().join();
		}
	}

	/** The certificate authority the server's certificate comes from, for sslrootcert. */
	public Path certificateAuthority() {
		return tls("ca.crt");
	}

	/** Another certificate authority, which the server's certificate does not come from. */
	public Path otherCertificateAuthority() {
		return tls("other-ca.crt");
	}

	private Path tls(String file) {
		return folder.resolve("tls").resolve(file);
	}

	/** With openssl (Debian's postgresql package brings it): two authorities, and a server certificate from the first. */
	private void makeCertificates() throws IOException, InterruptedException {
		Files.createDirectories(tls(""));
		for (String ca : List.of("ca", "other-ca")) {
			run(List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=HJP test " + ca, "-keyout",
					tls(ca + ".key").toString(), "-out", tls(ca + ".crt").toString()), false);
		}
		run(List.of("openssl", "req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1", "-keyout", tls("server.key").toString(), "-out",
				tls("server.csr").toString()), false);
		Files.writeString(tls("server.ext"), "subjectAltName=IP:127.0.0.1\n");
		run(List.of("openssl", "x509", "-req", "-in", tls("server.csr").toString(), "-CA", tls("ca.crt").toString(), "-CAkey", tls("ca.key").toString(),
				"-CAcreateserial", "-days", "2", "-extfile", tls("server.ext").toString(), "-out", tls("server.crt").toString()), false);
		Files.setPosixFilePermissions(tls("server.key"), PosixFilePermissions.fromString("rw-------"));
		Files.setPosixFilePermissions(tls(""), PosixFilePermissions.fromString("rwxr-xr-x"));
		if (asNobody) {
			run(List.of("chown", "-R", "nobody:", tls("").toString()), false);
		}
		Files.writeString(data().resolve("pg_hba.conf"), "host all all 127.0.0.0/8 scram-sha-256\n", java.nio.file.StandardOpenOption.APPEND);
	}

	/** The server's log, for a failing test's message. */
	public String log() throws IOException {
		Path log = folder.resolve("server.log");
		return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
	}

	private void run(List<String> command, boolean asServerUser) throws IOException, InterruptedException {
		List<String> full = new ArrayList<>();
		if (asServerUser && asNobody) {
			full.addAll(List.of(runuser(), "-u", "nobody", "--"));
		}
		full.addAll(command);
		// Output to a file, not a pipe: a server started by pg_ctl must not hold on to anything of the test's.
		Path output = Files.createTempFile("hjp-pg-command-", ".log");
		try {
			ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(output.toFile())
					.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
			builder.environment().put("LC_ALL", "C");
			Process process = builder.start();
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IOException(String.join(" ", command) + " did not finish within two minutes");
			}
			if (process.exitValue() != 0) {
				throw new IOException(String.join(" ", command) + " failed with " + process.exitValue() + ": " + Files.readString(output) + log());
			}
		} finally {
			Files.deleteIfExists(output);
		}
	}

	private static String runuser() {
		return Files.isExecutable(Path.of("/usr/sbin/runuser")) ? "/usr/sbin/runuser" : "/sbin/runuser";
	}

	@Override
	public void close() throws IOException, InterruptedException {
		try {
			stop();
		} catch (IOException e) {
			// already stopped by the test
		}
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
	}
}
