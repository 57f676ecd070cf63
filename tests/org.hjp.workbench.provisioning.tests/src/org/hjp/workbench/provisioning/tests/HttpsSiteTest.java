package org.hjp.workbench.provisioning.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSocketFactory;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.hjp.workbench.provisioning.InstallException;
import org.hjp.workbench.provisioning.internal.P2Installer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An update site given as an https:// address, served by a local HTTPS server with a certificate made for the test:
 * read when this computer trusts the certificate, and refused in plain words when it does not.
 */
class HttpsSiteTest {

	@TempDir
	Path folder;
	private IProvisioningAgent agent;
	private P2Installer installer;
	private HttpsSite site;

	@BeforeEach
	void scratchAgentAndSite() throws Exception {
		agent = ScratchAgent.in(folder);
		installer = new P2Installer(agent, "test", () -> {
		});
		Path content = new UpdateSite(folder.resolve("site")).bundle("test.remote", Map.of(), Map.of("readme.txt", "hello")).write();
		site = new HttpsSite(content, Files.createDirectories(folder.resolve("tls")));
	}

	@AfterEach
	void stop() {
		site.close();
		agent.stop();
	}

	@Test
	void aSiteWhoseCertificateThisComputerDoesNotTrustIsRefusedInPlainWords() {
		InstallException e = assertThrows(InstallException.class, () -> installer.offers(URI.create(site.address()), new NullProgressMonitor()));
		assertEquals("The update site at " + site.address() + " was not read: its certificate is not one this computer trusts (or is not for that"
				+ " address), so the workbench cannot tell that it is talking to the real site. Check the address with the site's organisation.",
				e.getMessage());
	}

	@Test
	void aSiteWhoseCertificateThisComputerTrustsIsRead() throws Exception {
		SSLSocketFactory before = HttpsURLConnection.getDefaultSSLSocketFactory();
		HttpsURLConnection.setDefaultSSLSocketFactory(site.trusting().getSocketFactory());
		try {
			installer.install(URI.create(site.address()), List.of("test.remote"), new NullProgressMonitor());
			assertTrue(ScratchAgent.installed(agent, "test.remote"), "the plug-in is installed from the https site");
		} finally {
			HttpsURLConnection.setDefaultSSLSocketFactory(before);
		}
	}
}
