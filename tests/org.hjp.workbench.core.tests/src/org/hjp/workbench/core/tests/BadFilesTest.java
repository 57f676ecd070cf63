package org.hjp.workbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.hjp.workbench.core.persistence.PartnershipFileException;
import org.hjp.workbench.core.persistence.PartnershipStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad file fails with a message naming the file and the problem, and nothing on disk changes. */
class BadFilesTest {

	private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

	@TempDir
	Path folder;

	static Stream<Arguments> badFiles() throws IOException {
		String sample = TestFiles.sample();
		return Stream.of(
				Arguments.of("empty", new byte[0], "the file is empty"),
				Arguments.of("truncated", utf8(sample.substring(0, sample.length() / 2)), "the file is incomplete"),
				Arguments.of("not xml", utf8("Minutes of the steering group, March.\n"), "it is not a partnership file"),
				Arguments.of("external entity", utf8(HEADER + "<!DOCTYPE p [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
						+ "<partnership:Partnership xmlns:partnership=\"http://hjp-workbench.org/model/partnership/1\" name=\"&x;\"/>"),
						"document type declaration"),
				Arguments.of("entity expansion", utf8(HEADER + "<!DOCTYPE p [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
						+ "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>\n"
						+ "<partnership:Partnership xmlns:partnership=\"http://hjp-workbench.org/model/partnership/1\" name=\"&d;&d;&d;\"/>"),
						"document type declaration"),
				Arguments.of("newer version", utf8(sample.replace("model/partnership/1", "model/partnership/7")),
						"version of the HJP Workbench that this one does not know"),
				Arguments.of("newer stage version", utf8(sample.replace("model/needs/1", "model/needs/2")),
						"version of the HJP Workbench that this one does not know (http://hjp-workbench.org/model/needs/2)"),
				Arguments.of("another kind of xml", utf8(HEADER + "<html><body>Not a partnership</body></html>"),
						"it is not a partnership file"),
				Arguments.of("wrong encoding", latin1(sample.replace("Riverbend Health Justice Partnership", "Partenariat santé-justice")),
						"not valid UTF-8"),
				Arguments.of("dangling reference", utf8(sample.replace("responsiblePartner=\"org-clc\"", "responsiblePartner=\"org-gone\"")),
						"refers to something that is not in the file"),
				Arguments.of("unknown field", utf8(sample.replace("status=\"active\"", "status=\"active\" colour=\"blue\"")),
						null));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badFiles")
	void badFileFailsClearlyAndChangesNothing(String name, byte[] content, String expected) throws IOException {
		Path file = folder.resolve(name.replace(' ', '-') + ".hjp");
		Files.write(file, content);
		if (expected == null) {
			new PartnershipStore().load(file);
		} else {
			PartnershipFileException e = assertThrows(PartnershipFileException.class, () -> new PartnershipStore().load(file));
			assertTrue(e.getMessage().startsWith(file.getFileName() + ": "), e.getMessage());
			assertTrue(e.getMessage().contains(expected), () -> "message was: " + e.getMessage());
		}
		assertArrayEquals(content, Files.readAllBytes(file));
		assertEquals(List.of(file.getFileName().toString()), names());
	}

	@Test
	void aBackupOpensAsAPartnershipWhateverItsName() throws Exception {
		Path file = folder.resolve("plan.hjp");
		Files.writeString(file, TestFiles.sample());
		PartnershipStore store = new PartnershipStore();
		store.save(store.load(file), file);
		Resource backup = store.load(folder.resolve("plan.hjp.bak"));
		assertEquals("Riverbend Health Justice Partnership", ((org.hjp.workbench.model.Partnership) backup.getContents().get(0)).getName());
	}

	@Test
	void missingFileAndFolderAreNamed() throws IOException {
		Path missing = folder.resolve("gone.hjp");
		assertTrue(assertThrows(PartnershipFileException.class, () -> new PartnershipStore().load(missing)).getMessage()
				.startsWith("gone.hjp: the file does not exist"));
		Path sub = Files.createDirectory(folder.resolve("plans.hjp"));
		assertEquals("plans.hjp: it is a folder, not a partnership file.",
				assertThrows(PartnershipFileException.class, () -> new PartnershipStore().load(sub)).getMessage());
	}

	@Test
	void aReferenceToAnotherFileIsNeverFollowed() throws Exception {
		String sample = TestFiles.sample();
		Files.writeString(folder.resolve("other.hjp"), sample);
		Path file = folder.resolve("pointing.hjp");
		Files.writeString(file, sample.replace("responsiblePartner=\"org-clc\"", "responsiblePartner=\"other.hjp#org-clc\""));
		try {
			Resource resource = new PartnershipStore().load(file);
			EcoreUtil.resolveAll(resource);
			for (Resource other : resource.getResourceSet().getResources()) {
				if (other != resource) {
					assertTrue(!other.isLoaded() && other.getContents().isEmpty(), "the other file was not read: " + other.getURI());
				}
			}
		} catch (PartnershipFileException e) {
			assertTrue(e.getMessage().startsWith("pointing.hjp: "), e.getMessage());
		}
	}

	private List<String> names() throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	private static byte[] utf8(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] latin1(String s) {
		return s.getBytes(StandardCharsets.ISO_8859_1);
	}
}
