package org.hjp.workbench.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drift check fails on generated code that was edited, deleted or left over, and passes on the real code. */
class DriftCheckTest {

	private static final Path BUNDLES = Path.of(System.getProperty("hjp.bundles", "../../bundles"));
	private static final String MODEL = "org.hjp.workbench.model";
	private static final String PARTNERSHIP_IMPL = MODEL + "/src-gen/org/hjp/workbench/model/impl/PartnershipImpl.java";

	@TempDir
	Path copy;

	@BeforeEach
	void copyTheCoreModelBundles() throws IOException {
		for (String bundle : List.of(MODEL, MODEL + ".edit")) {
			Path from = BUNDLES.resolve(bundle);
			try (Stream<Path> files = Files.walk(from)) {
				for (Path file : files.filter(f -> !from.relativize(f).startsWith("target")).toList()) {
					Path to = copy.resolve(bundle).resolve(from.relativize(file).toString());
					if (Files.isDirectory(file)) {
						Files.createDirectories(to);
					} else {
						Files.copy(file, to);
					}
				}
			}
		}
	}

	@Test
	void committedCodeMatchesItsModel() throws IOException {
		assertEquals(List.of(), check());
	}

	@Test
	void anEditedGeneratedFileIsReported() throws IOException {
		Path file = copy.resolve(PARTNERSHIP_IMPL);
		Files.writeString(file, Files.readString(file).replace("protected String name = NAME_EDEFAULT;", "protected String name = \"edited\";"));
		assertEquals(List.of("differs from the models: " + file), check());
	}

	@Test
	void aDeletedOrLeftOverFileIsReported() throws IOException {
		Path deleted = copy.resolve(PARTNERSHIP_IMPL);
		Files.delete(deleted);
		Path leftOver = copy.resolve(MODEL + "/src-gen/org/hjp/workbench/model/Retired.java");
		Files.writeString(leftOver, "package org.hjp.workbench.model; interface Retired {}");
		List<String> drift = check();
		assertTrue(drift.contains("missing from the committed code: " + deleted), drift::toString);
		assertTrue(drift.contains("no longer generated from the models: " + leftOver), drift::toString);
		assertEquals(2, drift.size(), drift::toString);
	}

	private List<String> check() throws IOException {
		return new DriftCheck(copy).check(Regenerate.findGenModels(copy));
	}
}
