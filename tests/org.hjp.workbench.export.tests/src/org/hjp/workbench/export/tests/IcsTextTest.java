package org.hjp.workbench.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.hjp.workbench.agreement.model.Agreement;
import org.hjp.workbench.export.tests.StrictICalendar.Component;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.tests.generator.InstalledStages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Any text of a partnership reaches the calendar escaped and folded as RFC 5545 says, and reads back exactly. */
class IcsTextTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

	@TempDir
	Path folder;

	@Test
	void commasSemicolonsBackslashesAndLineBreaksComeBackExactly() throws Exception {
		String name = "Hauora, Ture; \\ Partnership";
		String purpose = "Costs, fees; and C:\\files\\mou.docx\nsecond line\r\nthird line\ta tab";
		Component calendar = calendar(name, purpose);

		assertEquals(name, calendar.one("X-WR-CALNAME").text());
		assertEquals("Review of the agreement: Costs, fees; and C:\\files\\mou.docx\nsecond line\nthird line\ta tab (" + name + ")",
				review(calendar).one("SUMMARY").text());
	}

	@Test
	void controlCharactersThatTextMayNotHoldBecomeSpaces() throws Exception {
		assertEquals("Review of the agreement: bell here (Riverbend)", review(calendar("Riverbend", "bell\u0007here")).one("SUMMARY").text());
	}

	@Test
	void longTextWithMacronsIsFoldedBetweenCharacters() throws Exception {
		// "SUMMARY:Review of the agreement: " is 33 octets and 41 more make 74, so the two octets of "ā" would straddle the
		// 75th: the line must be folded before it.
		String purpose = "a".repeat(41) + "ā. Ka hui ngā kaimahi hauora me ngā rōia o te whare wānanga ā-ture i ia marama, ā, ka arotakehia te "
				+ "whakaaetanga e ngā hoa katoa: ko te whānau te pūtake, ko te hauora te whāinga, ko te tūtohu te ara.";
		byte[] written = written("Te Hononga Hauora ā-Ture o Ōtautahi", purpose);
		Component calendar = StrictICalendar.read(written);

		assertEquals("Review of the agreement: " + purpose + " (Te Hononga Hauora ā-Ture o Ōtautahi)", review(calendar).one("SUMMARY").text());
		String file = new String(written, StandardCharsets.UTF_8);
		assertTrue(file.contains("SUMMARY:Review of the agreement: " + "a".repeat(41) + "\r\n ā. Ka hui"), "folded before the macron");
		String first = "SUMMARY:Review of the agreement";
		long summaryLines = file.lines().dropWhile(l -> !l.startsWith(first)).takeWhile(l -> l.startsWith(first) || l.startsWith(" ")).count();
		assertTrue(summaryLines >= 4, "a summary of " + purpose.length() + " characters takes several lines: " + summaryLines);
	}

	private Component calendar(String name, String purpose) throws Exception {
		return StrictICalendar.read(written(name, purpose));
	}

	private byte[] written(String name, String purpose) throws Exception {
		Resource sample = SampleFile.read(folder);
		Partnership partnership = (Partnership) sample.getContents().get(0);
		partnership.setName(name);
		Agreement agreement = (Agreement) partnership.getExtensions().stream().filter(Agreement.class::isInstance).findFirst().orElseThrow();
		agreement.getReviewDates().get(1).setPurpose(purpose);
		return WrittenCalendar.bytes(sample, InstalledStages.all(), WrittenCalendar.on(TODAY));
	}

	private static Component review(Component calendar) {
		List<Component> reviews = calendar.components("VEVENT").stream().filter(e -> e.one("UID").text().equals("mou-review-second@hjp-workbench")).toList();
		assertEquals(1, reviews.size());
		return reviews.get(0);
	}
}
