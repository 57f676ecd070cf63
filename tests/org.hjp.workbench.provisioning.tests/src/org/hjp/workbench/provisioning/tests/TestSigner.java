package org.hjp.workbench.provisioning.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A key made for a test, with the JDK's keytool, that signs jars with the JDK's jarsigner, as a plug-in's publisher would. */
final class TestSigner {

	private static final String PASSWORD = "test-only";
	private static final String ALIAS = "signer";

	private final Path keystore;

	TestSigner(Path keystore, String name) throws IOException, InterruptedException {
		this.keystore = keystore;
		run(List.of(tool("keytool"), "-genkeypair", "-alias", ALIAS, "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=" + name, "-validity", "2",
				"-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD));
	}

	void sign(Path jar) throws IOException, InterruptedException {
		run(List.of(tool("jarsigner"), "-keystore", keystore.toString(), "-storepass", PASSWORD, jar.toString(), ALIAS));
	}

	Certificate certificate() throws IOException, GeneralSecurityException {
		KeyStore keys = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(keystore)) {
			keys.load(in, PASSWORD.toCharArray());
		}
		return keys.getCertificate(ALIAS);
	}

	private static String tool(String name) {
		return Path.of(System.getProperty("java.home"), "bin", name).toString();
	}

	private static void run(List<String> command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IOException(command.get(0) + " failed: " + output);
		}
	}
}
