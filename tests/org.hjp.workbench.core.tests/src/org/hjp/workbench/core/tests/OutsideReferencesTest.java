package org.hjp.workbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hjp.workbench.core.persistence.PartnershipFileException;
import org.hjp.workbench.core.persistence.PartnershipStore;
import org.hjp.workbench.tests.generator.Canary;
import org.hjp.workbench.tests.generator.NamedPipe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing outside a partnership file is ever opened while it is read, whatever the file points at: a schema
 * location, a namespace that is an address, a reference to another address or to a named pipe. A server that is
 * asked sees the request (the canary counts it); a pipe that is opened hangs the reading (the guard fails it).
 */
class OutsideReferencesTest {

	/** Far longer than reading the sample takes: only a read that hangs on what the file points at reaches it. */
	private static final Duration HANG_GUARD = Duration.ofSeconds(60);

	@TempDir
	Path folder;

	private Canary canary;

	@BeforeEach
	void startCanary() throws IOException {
		canary = new Canary();
	}

	@AfterEach
	void stopCanary() throws IOException {
		canary.close();
	}

	@Test
	void aSchemaLocationOfAnUnknownNamespaceIsNotFetched() throws Exception {
		String evil = "http://evil.example/thing/1";
		readAndResolve(withExtension(evil, " xsi:schemaLocation=\"" + evil + " " + canary.url("evil.ecore") + "\""));
		assertEquals(0, canary.connections(), "connections made to the address in xsi:schemaLocation");
	}

	@Test
	void aNamespaceThatIsAnAddressIsNotFetched() throws Exception {
		readAndResolve(withExtension(canary.url("evil.ecore"), ""));
		assertEquals(0, canary.connections(), "connections made to the namespace's address");
	}

	@Test
	void aReferenceToAnAddressIsNotFetched() throws Exception {
		readAndResolve(TestFiles.sample().replace("responsiblePartner=\"org-clc\"", "responsiblePartner=\"" + canary.url("partner") + "#org-clc\""));
		assertEquals(0, canary.connections(), "connections made to the referenced address");
	}

	@Test
	void aReferenceToANamedPipeIsNotOpened() throws Exception {
		Path pipe = NamedPipe.make(folder.resolve("pipe"));
		readAndResolve(TestFiles.sample().replace("responsiblePartner=\"org-clc\"", "responsiblePartner=\"pipe#org-clc\""));
		readAndResolve(TestFiles.sample().replace("responsiblePartner=\"org-clc\"", "responsiblePartner=\"" + pipe.toUri() + "#org-clc\""));
	}

	@Test
	void aTypeInANamedPipeIsNotOpened() throws Exception {
		Path pipe = NamedPipe.make(folder.resolve("types.ecore"));
		readAndResolve(withExtension(pipe.toUri().toString(), ""));
	}

	/** The sample with one extension of a type from {@code namespace}, which no installed package has. */
	private static String withExtension(String namespace, String rootAttributes) throws IOException {
		return TestFiles.sample()
				.replace("xmlns:learning=", "xmlns:evil=\"" + namespace + "\"" + rootAttributes + " xmlns:learning=")
				.replace("</partnership:Partnership>", "  <extensions xsi:type=\"evil:Thing\" size=\"1\"/>\n</partnership:Partnership>");
	}

	/** Reads the file and resolves every reference in it; it may be refused, with a message naming it. */
	private void readAndResolve(String content) throws IOException {
		Path file = folder.resolve("pointing.hjp");
		Files.writeString(file, content);
		assertTimeoutPreemptively(HANG_GUARD, () -> {
			try {
				Resource resource = new PartnershipStore().load(file);
				EcoreUtil.resolveAll(resource);
			} catch (PartnershipFileException refused) {
				assertTrue(refused.getMessage().startsWith("pointing.hjp: "), refused.getMessage());
			}
		}, "reading a file that points outside itself hangs");
	}
}
