package org.hjp.workbench.provisioning.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/** An update site folder served over HTTPS on this computer, with a certificate made for the test (for "localhost"). */
final class HttpsSite implements AutoCloseable {

	private static final char[] PASSWORD = "test-only".toCharArray();

	private final HttpsServer server;
	private final KeyStore keys;

	HttpsSite(Path site, Path work) throws IOException, GeneralSecurityException, InterruptedException {
		keys = testCertificate(work.resolve("site.p12"));
		KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		keyManagers.init(keys, PASSWORD);
		SSLContext tls = SSLContext.getInstance("TLS");
		tls.init(keyManagers.getKeyManagers(), null, null);
		server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.setHttpsConfigurator(new HttpsConfigurator(tls));
		server.createContext("/", exchange -> {
			Path file = site.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
			if (!file.startsWith(site) || !Files.isRegularFile(file)) {
				exchange.sendResponseHeaders(404, -1);
			} else {
				exchange.sendResponseHeaders(200, Files.size(file));
				try (OutputStream out = exchange.getResponseBody(); InputStream in = Files.newInputStream(file)) {
					in.transferTo(out);
				}
			}
			exchange.close();
		});
		server.start();
	}

	String address() {
		return "https://localhost:" + server.getAddress().getPort() + "/";
	}

	/** A TLS context that trusts this site's certificate, as a computer told to trust it would. */
	SSLContext trusting() throws GeneralSecurityException {
		TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trust.init(keys);
		SSLContext tls = SSLContext.getInstance("TLS");
		tls.init(null, trust.getTrustManagers(), null);
		return tls;
	}

	@Override
	public void close() {
		server.stop(0);
	}

	private static KeyStore testCertificate(Path store) throws IOException, GeneralSecurityException, InterruptedException {
		Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
		Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "site", "-keyalg", "RSA", "-keysize", "2048",
				"-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
				"-keystore", store.toString(), "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD)).redirectErrorStream(true).start();
		if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IOException("keytool failed: " + new String(process.getInputStream().readAllBytes()));
		}
		KeyStore keys = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(store)) {
			keys.load(in, PASSWORD);
		}
		return keys;
	}
}
