package org.hjp.workbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hjp.workbench.core.persistence.PartnershipStore;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.osgi.framework.FrameworkUtil;

/**
 * Files written by earlier versions of the workbench (files/earlier-versions: the sample as each earlier version
 * shipped it) open without a problem, and saved again they hold the same partnership in this version's format.
 * The format has only grown so far (new optional fields and lists, the same namespaces), so no file needs more.
 */
class EarlierVersionsTest {

	@TempDir
	Path folder;

	static Stream<String> earlierFiles() {
		List<URL> entries = Collections.list(FrameworkUtil.getBundle(EarlierVersionsTest.class).findEntries("files/earlier-versions", "*.hjp", false));
		assertFalse(entries.isEmpty(), "the earlier versions' files are in the test bundle");
		return entries.stream().map(URL::getPath).sorted();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("earlierFiles")
	void anEarlierFileOpensAndSavesAsTheSamePartnership(String entry) throws Exception {
		Path file = folder.resolve(Path.of(entry).getFileName().toString());
		try (InputStream in = FrameworkUtil.getBundle(getClass()).getEntry(entry).openStream()) {
			Files.copy(in, file);
		}
		PartnershipStore store = new PartnershipStore();
		Resource earlier = store.load(file);
		assertEquals(List.of(), PartnershipStore.unknownNamespaces(earlier), "nothing in it is unknown to this version");
		store.save(earlier, file);
		Resource again = store.load(file);
		EObject before = store.load(file.resolveSibling(file.getFileName() + ".bak")).getContents().get(0);
		assertTrue(EcoreUtil.equals(before, again.getContents().get(0)), "the same partnership after saving");
	}
}
