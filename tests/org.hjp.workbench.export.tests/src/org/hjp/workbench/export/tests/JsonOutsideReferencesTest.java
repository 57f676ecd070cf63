package org.hjp.workbench.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hjp.workbench.core.persistence.PartnershipFileException;
import org.hjp.workbench.core.persistence.PartnershipStore;
import org.hjp.workbench.core.persistence.SamplePartnership;
import org.hjp.workbench.export.PartnershipJson;
import org.hjp.workbench.export.PartnershipReader;
import org.hjp.workbench.tests.generator.Canary;
import org.hjp.workbench.tests.generator.NamedPipe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A partnership in JSON never makes the workbench open anything outside it: a {@code $ref} or a class given as an
 * address or as a named pipe is not fetched (the canary counts requests) and does not hang the reading.
 */
class JsonOutsideReferencesTest {

	/** Far longer than reading the sample takes: only a read that hangs on what the file points at reaches it. */
	private static final Duration HANG_GUARD = Duration.ofSeconds(60);
	private static final Pattern FIRST_REF = Pattern.compile("\"\\$ref\"\\s*:\\s*\"");
	private static final Pattern FIRST_CLASS = Pattern.compile("\"eClass\"\\s*:\\s*\"[^\"]*\"");

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
	void aReferenceToAnAddressIsNotFetched() throws Exception {
		readAndResolve(withFirst(FIRST_REF, m -> m.group() + canary.url("partner") + "#"));
		assertEquals(0, canary.connections(), "connections made to the referenced address");
	}

	@Test
	void aClassAtAnAddressIsNotFetched() throws Exception {
		readAndResolve(withFirst(FIRST_CLASS, m -> "\"eClass\" : \"" + canary.url("evil.ecore") + "#//Thing\""));
		assertEquals(0, canary.connections(), "connections made to the class's address");
	}

	@Test
	void aReferenceToANamedPipeIsNotOpened() throws Exception {
		Path pipe = NamedPipe.make(folder.resolve("pipe"));
		readAndResolve(withFirst(FIRST_REF, m -> m.group() + pipe.toUri() + "#"));
		readAndResolve(withFirst(FIRST_CLASS, m -> "\"eClass\" : \"" + pipe.toUri() + "#//Thing\""));
	}

	/** The sample as JSON, with the first match of {@code pattern} replaced. */
	private String withFirst(Pattern pattern, java.util.function.Function<Matcher, String> replacement) throws IOException {
		Path file = folder.resolve("sample.hjp");
		try (InputStream in = SamplePartnership.open()) {
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
		}
		ByteArrayOutputStream json = new ByteArrayOutputStream();
		PartnershipJson.write(new PartnershipStore().load(file), json);
		Matcher matcher = pattern.matcher(json.toString(StandardCharsets.UTF_8));
		assertTrue(matcher.find(), "the sample's JSON has " + pattern);
		return matcher.replaceFirst(Matcher.quoteReplacement(replacement.apply(matcher)));
	}

	/** Reads the JSON file and resolves every reference in it; it may be refused, with a message naming it. */
	private void readAndResolve(String content) throws IOException {
		Path file = folder.resolve("pointing.json");
		Files.writeString(file, content);
		assertTimeoutPreemptively(HANG_GUARD, () -> {
			try {
				Resource resource = PartnershipReader.read(file);
				EcoreUtil.resolveAll(resource);
			} catch (PartnershipFileException refused) {
				assertTrue(refused.getMessage().startsWith("pointing.json: "), refused.getMessage());
			}
		}, "reading a JSON file that points outside itself hangs");
	}
}
