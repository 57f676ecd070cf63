package org.hjp.workbench.mou.tests;

import static org.hjp.workbench.tests.generator.Services.exporter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The OpenDocument draft is a file LibreOffice knows by its first bytes, with heading and list styles of its own and a
 * table of contents of its headings. It is also copied into target/mou, to be opened and looked at.
 */
class MouOdtTest {

	private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
	private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";

	@TempDir
	Path folder;

	@Test
	void theDraftIsAnOpenDocumentTextWithStylesAndContents() throws Exception {
		Path odt = exporter("mou-odt").write(Samples.copy(folder), folder, "riverbend").get(0);
		assertEquals("riverbend-mou.odt", odt.getFileName().toString());
		Files.copy(odt, Files.createDirectories(Path.of("target/mou")).resolve("riverbend-mou.odt"), StandardCopyOption.REPLACE_EXISTING);
		byte[] start = Arrays.copyOf(Files.readAllBytes(odt), 80);
		assertTrue(new String(start, StandardCharsets.ISO_8859_1).contains("mimetypeapplication/vnd.oasis.opendocument.text"),
				"the mime type first and uncompressed, as ODF asks");
		try (ZipFile zip = new ZipFile(odt.toFile())) {
			List<? extends ZipEntry> entries = Collections.list(zip.entries());
			assertEquals("mimetype", entries.get(0).getName());
			assertEquals(ZipEntry.STORED, entries.get(0).getMethod());
			assertTrue(entries.stream().map(ZipEntry::getName).toList().containsAll(List.of("META-INF/manifest.xml", "content.xml", "styles.xml", "meta.xml")));

			Document styles = MouText.parse(zip, "styles.xml");
			List<String> names = attributes(styles.getElementsByTagNameNS(STYLE, "style"), STYLE, "display-name");
			assertTrue(names.containsAll(List.of("Heading 1", "Heading 2", "List Bullet", "Contents 1")), names.toString());
			assertEquals(1, styles.getElementsByTagNameNS(TEXT, "outline-style").getLength(), "headings numbered by the outline");

			Document content = MouText.parse(zip, "content.xml");
			Element contents = (Element) content.getElementsByTagNameNS(TEXT, "table-of-content").item(0);
			List<String> entriesShown = new ArrayList<>();
			NodeList paragraphs = ((Element) contents.getElementsByTagNameNS(TEXT, "index-body").item(0)).getElementsByTagNameNS(TEXT, "p");
			for (int i = 0; i < paragraphs.getLength(); i++) {
				entriesShown.add(MouText.text(paragraphs.item(i)));
			}
			assertEquals("Contents", entriesShown.get(0));
			assertTrue(entriesShown.containsAll(List.of("1. The parties", "5. Training between the partners", "Trauma-informed practice with new parents", "13. Signed")),
					entriesShown.toString());
		}
	}

	private static List<String> attributes(NodeList elements, String namespace, String name) {
		List<String> values = new ArrayList<>();
		for (int i = 0; i < elements.getLength(); i++) {
			values.add(((Element) elements.item(i)).getAttributeNS(namespace, name));
		}
		return values;
	}
}
