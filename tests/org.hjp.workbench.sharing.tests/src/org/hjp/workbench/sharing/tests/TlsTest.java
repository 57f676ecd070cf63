package org.hjp.workbench.sharing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hjp.workbench.sharing.RepositoryException;
import org.hjp.workbench.sharing.RepositorySettings;
import org.hjp.workbench.sharing.SharedRepository;
import org.hjp.workbench.tests.generator.PostgresServer;
import org.hjp.workbench.tests.generator.Repositories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * sslmode=verify-full with the certificate authority given: it connects to the server the certificate is for, and
 * refuses, in words, a certificate from another authority and a server reached by a name the certificate is not for.
 */
class TlsTest {

	private static PostgresServer server;
	private static Repositories repositories;

	@BeforeAll
	static void startServer() throws Exception {
		server = PostgresServer.startWithTls();
		repositories = new Repositories(server).init().organisation("clc", "Legal Centre").member("tess", "clc", true);
	}

	@AfterAll
	static void stopServer() throws Exception {
		server.close();
	}

	@Test
	void verifyFullWithTheGivenAuthorityConnects() throws Exception {
		try (SharedRepository tess = SharedRepository.connect(verifyFull("127.0.0.1", server.certificateAuthority().toString()), password())) {
			assertEquals(List.of(), tess.list());
		}
	}

	@Test
	void aCertificateFromAnotherAuthorityIsRefused() {
		RepositoryException e = assertThrows(RepositoryException.class,
				() -> SharedRepository.connect(verifyFull("127.0.0.1", server.otherCertificateAuthority().toString()), password()));
		assertTrue(e.getMessage().contains("no encrypted connection to 127.0.0.1:" + server.port() + " could be made that the settings (sslmode verify-full) accept"),
				e.getMessage());
	}

	@Test
	void aServerReachedByANameItsCertificateIsNotForIsRefused() {
		RepositoryException e = assertThrows(RepositoryException.class,
				() -> SharedRepository.connect(verifyFull("127.0.0.2", server.certificateAuthority().toString()), password()));
		assertTrue(e.getMessage().contains("the server's certificate is not for the name 127.0.0.2"), e.getMessage());
	}

	private static RepositorySettings verifyFull(String host, String authority) {
		return new RepositorySettings(host, server.port(), PostgresServer.DATABASE, "tess", "verify-full", authority);
	}

	private static char[] password() {
		return Repositories.password("tess").toCharArray();
	}
}
