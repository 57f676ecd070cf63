package org.hjp.workbench.mou.tests;

import static org.hjp.workbench.tests.generator.Services.exporter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.apache.logging.log4j.LogManager;
import org.apache.poi.ooxml.POIXMLProperties.CoreProperties;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.eclipse.emf.ecore.resource.Resource;
import org.hjp.workbench.agreement.model.Agreement;
import org.hjp.workbench.core.persistence.PartnershipStore;
import org.hjp.workbench.core.persistence.SamplePartnership;
import org.hjp.workbench.model.Partnership;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The MOU draft of the sample opens as a DOCX and holds the partners, commitments, governance, information sharing and review dates. */
class MouDraftTest {

	@TempDir
	Path folder;

	@Test
	void theSampleAgreementBecomesAnEditableDraft() throws Exception {
		Path docx = exporter("mou-docx").write(sample(), folder, "riverbend").get(0);
		assertEquals("riverbend-mou.docx", docx.getFileName().toString());
		try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in); XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			String text = extractor.getText();
			for (String expected : List.of("Memorandum of understanding", "not legally binding", "Riverbend Community Legal Centre, community legal centre (lead partner)",
					"Riverbend Regional Hospital", "Lawyer on site in the maternity unit", "Lawyer on site two days a week", "0.4 full-time lawyer",
					"Steering group every second month", "Legal files are held by the centre only", "Referral form: name, contact, kind of problem",
					"Referrals made and received", "Raised first between the leads", "27 January 2027: Second annual review of the MOU", "For Riverbend Regional Hospital")) {
				assertTrue(text.contains(expected), "the draft says \u201c" + expected + "\u201d");
			}
			assertTrue(!text.contains("28 January 2026"), "a review already done is not listed as to come");
			assertTrue(document.getTables().size() >= 4, "roles, contributions, information sharing and data collection are tables");
		}
	}

	/** The draft is also copied into target/mou, to be opened and looked at. */
	@Test
	void theDraftUsesWordsOwnHeadingAndListStylesAndAContentsField() throws Exception {
		Path docx = exporter("mou-docx").write(sample(), folder, "styles").get(0);
		Files.copy(docx, Files.createDirectories(Path.of("target/mou")).resolve("riverbend-mou.docx"), StandardCopyOption.REPLACE_EXISTING);
		try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
			List<String> headings = styled(document, "Heading1");
			assertEquals(List.of("The parties", "Purpose", "Term and review", "What we will do together", "Training between the partners",
					"Roles and responsibilities", "What each partner contributes", "Governance", "Information sharing, confidentiality and legal privilege",
					"Data collection", "Conflicts of interest and mandatory reporting", "Resolving disagreements", "Signed"), headings,
					"numbered by the style, not typed");
			assertEquals("heading 1", document.getStyles().getStyle("Heading1").getName(), "Word's own heading style, for the navigation pane");
			assertEquals(List.of("Spotting legal problems: five minutes at the midwives' huddle", "Trauma-informed practice with new parents"),
					styled(document, "Heading2"));
			List<String> bullets = styled(document, "ListBullet");
			assertTrue(bullets.contains("Riverbend Regional Hospital, hospital (lead partner)"), bullets.toString());
			assertTrue(document.getParagraphs().stream().noneMatch(p -> p.getText().startsWith("\u2022")), "no bullet typed as text");
			assertTrue(document.getParagraphs().stream().anyMatch(p -> p.getCTP().getFldSimpleList().stream().anyMatch(f -> f.getInstr().startsWith("TOC "))),
					"a table of contents field");
			assertTrue(document.getTables().stream().allMatch(t -> "TableGrid".equals(t.getStyleID())), "tables in the Table Grid style");
			CoreProperties properties = document.getProperties().getCoreProperties();
			assertEquals("Memorandum of understanding between Riverbend Community Legal Centre and Riverbend Regional Hospital", properties.getTitle());
			assertEquals("Riverbend Community Legal Centre and Riverbend Regional Hospital", properties.getCreator(), "the lead partners, not Apache POI");
			assertEquals("HJP Workbench", document.getProperties().getExtendedProperties().getUnderlyingProperties().getApplication());
		}
	}

	@Test
	void theDraftHasTheTermWhoDoesWhatAndEachTrainingsGoalAndTime() throws Exception {
		Path docx = exporter("mou-docx").write(sample(), folder, "content").get(0);
		try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in); XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			String text = extractor.getText();
			for (String expected : List.of("Start: The partnership began on 3 February 2025.", "Signed: 28 January 2025.",
					"Term: Until the partners end or replace it after a review.",
					"Riverbend Regional Hospital refers people to Riverbend Community Legal Centre, introducing them in person (a warm referral).",
					"Who teaches whom: Legal staff train health staff, for Midwives on the maternity ward.",
					"Goal: Midwives recognise a tenancy or debt problem and know how to book the lawyer.",
					"Time agreed: 5 minutes of the audience's time; the content is planned to take 5 minutes.",
					"Time agreed: 45 minutes of the audience's time; the content is planned to take 60 minutes.", "Sessions planned: 10 February 2027.")) {
				assertTrue(text.contains(expected), "the draft says \u201c" + expected + "\u201d: " + text);
			}
		}
	}

	private static List<String> styled(XWPFDocument document, String style) {
		return document.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
	}

	@Test
	void whatThePartnershipHasNotSaidIsLeftToAgree() throws Exception {
		Resource sample = sample();
		Partnership partnership = (Partnership) sample.getContents().get(0);
		Agreement agreement = (Agreement) partnership.getExtensions().stream().filter(Agreement.class::isInstance).findFirst().orElseThrow();
		agreement.setDisputeResolution(null);
		agreement.getRoles().clear();
		Path docx = exporter("mou-docx").write(sample, folder, "gaps").get(0);
		try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in); XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			String text = extractor.getText();
			assertTrue(text.contains("Resolving disagreements\n[To be agreed]"), text);
			assertTrue(text.contains("Roles and responsibilities\n[To be agreed]"), text);
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
		Path file = folder.resolve("sample-" + System.nanoTime() + ".hjp");
		try (InputStream in = SamplePartnership.open()) {
			Files.copy(in, file);
		}
		return new PartnershipStore().load(file);
	}
}
