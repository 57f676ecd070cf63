package org.hjp.workbench.mou.tests;

import static org.hjp.workbench.tests.generator.Services.exporter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.logging.log4j.LogManager;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DOCX draft is written in Word's own styles, and POI logs through the workbench. */
class MouDraftTest {

	@TempDir
	Path folder;

	/** The draft is also copied into target/mou, to be opened and looked at. The content of both formats is checked in MouContentTest. */
	@Test
	void theDraftUsesWordsOwnHeadingAndListStylesAndAContentsField() throws Exception {
		Path docx = exporter("mou-docx").write(sample(), folder, "styles").get(0);
		Files.copy(docx, Files.createDirectories(Path.of("target/mou")).resolve("riverbend-mou.docx"), StandardCopyOption.REPLACE_EXISTING);
		try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
			assertEquals("heading 1", document.getStyles().getStyle("Heading1").getName(), "Word's own heading style, for the navigation pane");
			assertEquals("List Bullet", document.getStyles().getStyle("ListBullet").getName());
			assertTrue(document.getParagraphs().stream().noneMatch(p -> p.getText().startsWith("\u2022")), "no bullet typed as text");
			assertTrue(document.getParagraphs().stream().anyMatch(p -> p.getCTP().getFldSimpleList().stream().anyMatch(f -> f.getInstr().startsWith("TOC "))),
					"a table of contents field");
			assertTrue(document.getTables().stream().allMatch(t -> "TableGrid".equals(t.getStyleID())), "tables in the Table Grid style");
			assertEquals("HJP Workbench", document.getProperties().getExtendedProperties().getUnderlyingProperties().getApplication());
		}
	}

	/**
	 * POI logs through the Log4j API, which finds its provider through the ServiceLoader mediator; the mediator is
	 * not started at launch (nor in this test runtime), so writing a draft must start it first.
	 */
	@Test
	void poiLogsThroughTheWorkbenchsProvider() throws Exception {
		exporter("mou-docx").write(sample(), folder, "logging");
		assertEquals("org.apache.logging.log4j.tojul.JULLoggerContextFactory", LogManager.getFactory().getClass().getName());
	}

	private Resource sample() throws Exception {
		return Samples.copy(folder);
	}
}
