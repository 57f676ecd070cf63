package org.hjp.workbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hjp.workbench.core.persistence.PartnershipFileException;
import org.hjp.workbench.core.persistence.PartnershipStore;
import org.hjp.workbench.model.Partnership;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.osgi.framework.FrameworkUtil;

/**
 * A generated corpus of bad files: the sample cut off every 400 bytes, in wrong namespaces and encodings, with
 * identifiers used twice, references out of the file, huge values, an enormous size and the fuzzer's findings. Each gives a plain error
 * naming the file (no Java exception names), in time, without reading anything outside the file, and leaves the
 * file as it was.
 */
class BadFileCorpusTest {

	private static final String NS = "http://hjp-workbench.org/model/partnership/1";

	@TempDir
	Path folder;

	static Stream<Arguments> corpus() throws IOException {
		String sample = TestFiles.sample();
		byte[] bytes = sample.getBytes(StandardCharsets.UTF_8);
		List<Arguments> files = new ArrayList<>();
		for (int at = 0; at < bytes.length - 20; at += 400) {
			files.add(Arguments.of("cut at byte " + at, java.util.Arrays.copyOf(bytes, at)));
		}
		files.add(Arguments.of("another namespace", utf8(sample.replace(NS, "http://example.org/not-ours"))));
		files.add(Arguments.of("no namespace", utf8(sample.replace("xmlns:partnership=\"" + NS + "\"", ""))));
		files.add(Arguments.of("utf-16", sample.replace("encoding=\"UTF-8\"", "encoding=\"UTF-8\"").getBytes(StandardCharsets.UTF_16)));
		files.add(Arguments.of("utf-16 declared", sample.replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"").getBytes(StandardCharsets.UTF_8)));
		files.add(Arguments.of("unknown encoding", utf8(sample.replace("encoding=\"UTF-8\"", "encoding=\"KLINGON-1\""))));
		files.add(Arguments.of("nul bytes", utf8(sample.replace("Riverbend Community Legal Centre", "Riverbend\u0000Centre"))));
		files.add(Arguments.of("identifier used twice", utf8(sample.replace("xmi:id=\"org-hospital\"", "xmi:id=\"org-clc\""))));
		files.add(Arguments.of("reference to a system file", utf8(sample.replace("responsiblePartner=\"org-clc\"",
				"responsiblePartner=\"file:///etc/passwd#x\""))));
		files.add(Arguments.of("reference to an address", utf8(sample.replace("responsiblePartner=\"org-clc\"",
				"responsiblePartner=\"http://127.0.0.1:9/x.hjp#x\""))));
		files.add(Arguments.of("xinclude", utf8(sample.replace("<organisations ", "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"/etc/passwd\" parse=\"text\"/><organisations "))));
		files.add(Arguments.of("number out of range", utf8(sample.replace("attendees=\"", "attendees=\"99999999999999999999").replaceFirst("attendees=\"99999999999999999999\\d*\"", "attendees=\"99999999999999999999\""))));
		files.add(Arguments.of("not a date", utf8(sample.replace("startDate=\"2025-02-03\"", "startDate=\"the third of February\""))));
		files.add(Arguments.of("unknown kind", utf8(sample.replaceFirst("xsi:type=\"needs:NeedsAndGaps\"", "xsi:type=\"needs:Everything\""))));
		files.add(Arguments.of("deep nesting", utf8("<?xml version=\"1.0\"?>\n<partnership:Partnership xmlns:partnership=\"" + NS + "\">"
				+ "<organisations>".repeat(20_000) + "</organisations>".repeat(20_000) + "</partnership:Partnership>")));
		files.add(Arguments.of("two roots", utf8(sample + sample.substring(sample.indexOf("<partnership:Partnership")))));
		// Mutants the fuzzer once found to break the loader (PartnershipLoaderFuzzTest, seed 7).
		for (URL finding : Collections.list(FrameworkUtil.getBundle(BadFileCorpusTest.class).findEntries("files/fuzz-findings", "*.hjp", false))) {
			try (InputStream in = finding.openStream()) {
				files.add(Arguments.of("fuzz finding " + Path.of(finding.getPath()).getFileName(), in.readAllBytes()));
			}
		}
		return files.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("corpus")
	void eachBadFileGetsAPlainErrorInTimeAndIsLeftAsItWas(String name, byte[] content) throws IOException {
		Path file = folder.resolve("bad.hjp");
		Files.write(file, content);
		assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
			try {
				Resource resource = new PartnershipStore().load(file);
				assertTrue(resource.getContents().get(0) instanceof Partnership);
				EcoreUtil.resolveAll(resource);
				assertTrue(resource.getResourceSet().getResources().stream().filter(r -> r != resource).noneMatch(Resource::isLoaded),
						"nothing outside the file was read");
			} catch (PartnershipFileException e) {
				assertTrue(e.getMessage().startsWith("bad.hjp: "), e.getMessage());
				assertFalse(e.getMessage().matches(".*(Exception|Error|java\\.|org\\.eclipse).*"), "not in plain words: " + e.getMessage());
				assertFalse(e.getMessage().contains("root:"), "nothing of a system file is shown");
			}
		}, name);
		assertArrayEquals(content, Files.readAllBytes(file));
	}

	@Test
	void anIdentifierUsedTwiceIsNamed() throws IOException {
		Path file = folder.resolve("twice.hjp");
		Files.writeString(file, TestFiles.sample().replace("xmi:id=\"org-hospital\"", "xmi:id=\"org-clc\""));
		PartnershipFileException e = assertThrows(PartnershipFileException.class, () -> new PartnershipStore().load(file));
		assertTrue(e.getMessage().contains("\u201corg-clc\u201d") && e.getMessage().contains("twice"), e.getMessage());
	}

	@Test
	void anEnormousFileIsRefusedBeforeItIsRead() throws IOException {
		Path file = folder.resolve("enormous.hjp");
		try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
			sparse.setLength(PartnershipStore.MAX_BYTES + 1);
		}
		PartnershipFileException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
				() -> assertThrows(PartnershipFileException.class, () -> new PartnershipStore().load(file)));
		assertTrue(e.getMessage().startsWith("enormous.hjp: it is larger than any partnership file"), e.getMessage());
	}

	@Test
	void aHugeValueStillOpens() throws Exception {
		Path file = folder.resolve("huge.hjp");
		String huge = "x".repeat(20_000_000);
		Files.writeString(file, TestFiles.sample().replace("name=\"Riverbend Health Justice Partnership\"", "name=\"" + huge + "\""));
		Partnership partnership = assertTimeoutPreemptively(Duration.ofSeconds(30),
				() -> (Partnership) new PartnershipStore().load(file).getContents().get(0));
		assertTrue(partnership.getName().length() == huge.length());
	}

	private static byte[] utf8(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}
}
