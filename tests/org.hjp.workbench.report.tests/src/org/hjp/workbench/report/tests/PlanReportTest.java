package org.hjp.workbench.report.tests;

import static org.hjp.workbench.tests.generator.Services.exporter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.emf.ecore.resource.Resource;
import org.hjp.workbench.activities.model.ActivityPlan;
import org.hjp.workbench.activities.model.Training;
import org.hjp.workbench.core.editing.NewPartnership;
import org.hjp.workbench.core.persistence.PartnershipStore;
import org.hjp.workbench.core.persistence.SamplePartnership;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.report.PlanReport;
import org.hjp.workbench.report.internal.ReportFonts;
import org.hjp.workbench.tests.generator.InstalledStages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The partnership plan of the sample, as PDF and HTML, holds what a partner's executive needs to read. The
 * PDF pages are also drawn as images into target/report-pages, to be looked at.
 */
class PlanReportTest {

	@TempDir
	Path folder;

	@Test
	void thePdfPlanOfTheSampleSaysWhatThePartnershipIs() throws Exception {
		List<Path> written = exporter("report-pdf").write(sample("Riverbend sample.hjp"), folder, "riverbend");
		assertEquals(List.of(folder.resolve("riverbend-plan.pdf")), written);
		try (PDDocument pdf = Loader.loadPDF(written.get(0).toFile())) {
			assertTrue(pdf.getNumberOfPages() >= 2, "a few pages, not a wall of text");
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			for (String expected : List.of("Riverbend Health Justice Partnership", "Partnership plan, prepared", "Riverbend Community Legal Centre",
					"Why partner?", "Rental arrears and eviction risk around the birth", "Spotting legal problems", "Memorandum of understanding",
					"Referrals from social work reaching legal intake", "Coming up", "Second annual review of the MOU",
					"needs 60 minutes but the audience can give 45", "Assessments of the partnership", "Partnership checklist, one year on",
					"Heading the right way", "Page 1 of")) {
				assertTrue(text.contains(expected), "the PDF says \u201c" + expected + "\u201d");
			}
			writePages(pdf, "plan-page-");
		}
	}

	@Test
	void eachTrainingReadsAsTheAnswersToThePlannersQuestionsWithSessionsHeldAndPlannedApart() throws Exception {
		Partnership sample = (Partnership) sample("training.hjp").getContents().get(0);
		String html = new PlanReport().html(sample, InstalledStages.all(), InstalledStages.documents(), List.of(),
				LocalDate.of(2026, 12, 1));
		String text = html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").replace("&#39;", "'");
		for (String expected : List.of("Training: Spotting legal problems: five minutes at the midwives' huddle",
				"Which need does it meet? Rental arrears and eviction risk around the birth; Debt and fines",
				"Why is training the right tool? Midwives already ask about stress at home",
				"Does the partner want it? Confirmed.", "What the partner said about content, style and mode Jo asked for five minutes at the 7.30 huddle",
				"Who teaches whom? Legal staff train health staff; for Midwives on the maternity ward; led by Riverbend Community Legal Centre.",
				"What kind of content? A process, e.g. how to refer", "Written, in person or both? Both",
				"The time there really is The audience can give 5 minutes; the training needs 5 minutes.", "Written follow-up Pocket card",
				"Held: 2 sessions, 25 attendees in all.", "8 April 2025 14 5 Short and useful",
				"Why is training the right tool? Not answered yet: is training the best tool for this need?",
				"The time there really is The audience can give 45 minutes; the training needs 60 minutes: shorten it or split it up.",
				"Planned: 1 session. Date Attendees Minutes Feedback 10 February 2027 45")) {
			assertTrue(text.contains(expected), "the report says \u201c" + expected + "\u201d: " + text);
		}
		assertFalse(text.contains("Held: 3"), "a session still to come is not counted as held");
	}

	@Test
	void aFreshlyMadePartnershipsPlanSaysWhatIsStillToDoRatherThanShowingEmptyTables() throws Exception {
		InstalledStages.documents();
		Resource fresh = NewPartnership.create("Hilltop Health Justice Partnership", "Hilltop Legal Service", "Hilltop Hospital").resource();
		Path pdf = exporter("report-pdf").write(fresh, folder, "fresh").get(0);
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			for (String expected : List.of("Hilltop Health Justice Partnership", "Hilltop Legal Service", "Community legal centre, lead partner",
					"Still to do:", "Nothing dated yet.", "Why partner? Not answered yet.")) {
				assertTrue(text.contains(expected), "the PDF says \u201c" + expected + "\u201d: " + text);
			}
			assertFalse(text.contains("What the partners do together"), "no section for a stage with nothing in it");
			writePages(document, "fresh-page-");
		}
	}

	@Test
	void linesTypedInAFieldStayLinesAndNothingUnnamedShowsAsNull() throws Exception {
		Resource sample = sample("lines.hjp");
		List<Training> trainings = ((ActivityPlan) ((Partnership) sample.getContents().get(0)).getExtensions().stream().filter(ActivityPlan.class::isInstance)
				.findFirst().orElseThrow()).getActivities().stream().filter(Training.class::isInstance).map(Training.class::cast).toList();
		trainings.get(0).setPartnerViews("Five minutes at the huddle.\nA card, no slides.");
		trainings.forEach(t -> t.setName(null));
		try (PDDocument pdf = Loader.loadPDF(exporter("report-pdf").write(sample, folder, "lines").get(0).toFile())) {
			String text = new PDFTextStripper().getText(pdf);
			assertTrue(text.contains("Five minutes at the huddle.\nA card, no slides."), "each line on its own: " + text);
			assertTrue(text.contains("Training: without a name"), "an unnamed training is named as such");
			assertTrue(text.replaceAll("\\s+", " ").contains("Training session: a training without a name"), "and so is its session coming up: " + text);
			assertFalse(text.contains("null"), "no null in the plan");
		}
	}

	@Test
	void pdfBoxTellsUsersNothingButErrorsOnceAReportExporterIsUsed() throws Exception {
		exporter("report-pdf");
		assertEquals(Level.SEVERE, Logger.getLogger("org.apache.pdfbox").getLevel());
	}

	@Test
	void theHtmlPlanEscapesWhatUsersTyped() throws Exception {
		Resource sample = sample("hostile.hjp");
		((Partnership) sample.getContents().get(0)).setPurpose("<script>alert('x')</script> & more");
		Path html = exporter("report-html").write(sample, folder, "hostile").get(0);
		String page = Files.readString(html, StandardCharsets.UTF_8);
		assertFalse(page.contains("<script>"), "text is never markup");
		assertTrue(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more"), page.substring(0, 600));
		exporter("report-pdf").write(sample, folder, "hostile");
		assertTrue(Files.size(folder.resolve("hostile-plan.pdf")) > 1000, "the PDF still lays out");
	}

	@Test
	void aRoundWhoseInstrumentCopyCannotBeUsedIsNamedAndTheOthersAreStillShown() throws Exception {
		Path file = folder.resolve("edited.hjp");
		try (InputStream in = SamplePartnership.open()) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			int end = text.indexOf("</instrument>");
			String bands = IntStream.range(0, 20_000).mapToObj(i -> "<bands min=\"" + (200 + i) + "\" max=\"" + (200 + i) + "\" label=\"b\"/>").collect(Collectors.joining("\n"));
			Files.writeString(file, text.substring(0, end) + bands + "\n" + text.substring(end));
		}
		Path html = exporter("report-html").write(new PartnershipStore().load(file), folder, "edited").get(0);
		String page = Files.readString(html, StandardCharsets.UTF_8);
		assertTrue(page.contains("The assessment round \u201cPartnership checklist, first year\u201d cannot be answered or scored"), page);
		assertTrue(page.contains("has 20003 bands for the total; at most 100 are allowed."), page);
		assertTrue(page.contains("Partnership checklist, one year on") && page.contains("Heading the right way"), "the other round is still reported");
	}

	@Test
	void thePdfEmbedsTheReportBundlesFontWhateverTheSystemHas() throws Exception {
		for (URL face : ReportFonts.files()) {
			assertEquals("bundleentry", face.getProtocol(), "read from the fonts bundle, not from a system folder: " + face);
		}
		Resource sample = sample("maori.hjp");
		String name = "Whare \u0100whina \u2013 \u201cT\u0113nei\u201d partnership";
		((Partnership) sample.getContents().get(0)).setName(name);
		Path written = exporter("report-pdf").write(sample, folder, "maori").get(0);
		try (PDDocument pdf = Loader.loadPDF(written.toFile())) {
			assertTrue(new PDFTextStripper().getText(pdf).contains(name), "every character is printed");
			PDResources resources = pdf.getPage(0).getResources();
			int fonts = 0;
			for (COSName fontName : resources.getFontNames()) {
				PDFont font = resources.getFont(fontName);
				assertTrue(font.isEmbedded(), font.getName() + " is embedded");
				assertTrue(font.getName().contains("DejaVuSans"), font.getName() + " is the report's font");
				fonts++;
			}
			assertTrue(fonts >= 2, "regular and bold on the first page");
		}
	}

	/** Draws the pages into target/report-pages, to be looked at. */
	private static void writePages(PDDocument pdf, String prefix) throws IOException {
		Path pages = Files.createDirectories(Path.of("target/report-pages"));
		try (Stream<Path> earlier = Files.list(pages)) {
			for (Path page : earlier.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
				Files.delete(page);
			}
		}
		PDFRenderer renderer = new PDFRenderer(pdf);
		for (int i = 0; i < pdf.getNumberOfPages(); i++) {
			BufferedImage image = renderer.renderImageWithDPI(i, 90);
			ImageIO.write(image, "png", pages.resolve(prefix + (i + 1) + ".png").toFile());
		}
	}

	private Resource sample(String name) throws Exception {
		Path file = folder.resolve(name);
		try (InputStream in = SamplePartnership.open()) {
			Files.copy(in, file);
		}
		return new PartnershipStore().load(file);
	}
}
