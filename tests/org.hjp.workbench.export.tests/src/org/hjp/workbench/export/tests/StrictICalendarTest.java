package org.hjp.workbench.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.hjp.workbench.export.tests.StrictICalendar.Component;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The parser the calendar tests read with refuses what a calendar might stumble on, so that passing them means something. */
class StrictICalendarTest {

	private static final String EVENT = "BEGIN:VEVENT\r\nUID:x@hjp-workbench\r\nDTSTAMP:20261206T120000Z\r\nDTSTART;VALUE=DATE:20261208\r\n"
			+ "SUMMARY:Meeting\\, steering group\r\nEND:VEVENT\r\n";

	@Test
	void aGoodCalendarIsReadWithItsTextUnfoldedAndDecoded() {
		Component calendar = read(calendar(EVENT.replace("SUMMARY:Meeting\\, steering group", "SUMMARY:Meeting\\, steer\r\n ing\\; group\\n\\\\ ā")));
		assertEquals("Meeting, steering; group\n\\ ā", calendar.components("VEVENT").get(0).one("SUMMARY").text());
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"a line break that is LF alone", "a line of 76 octets", "a fold inside a character", "an unescaped comma", "an unknown escape",
			"an event without a UID", "a day that is not one", "an event not closed", "components closed out of order", "no VERSION",
			"a continuation first", "a property without a value" })
	void aBadCalendarIsRefused(String fault) {
		byte[] file = fault.equals("a fold inside a character") ? foldedInsideACharacter() : bad(fault).getBytes(StandardCharsets.UTF_8);
		IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class, () -> StrictICalendar.read(file), fault);
		assertTrue(refusal.getMessage() != null && !refusal.getMessage().isBlank());
	}

	private static String bad(String fault) {
		return switch (fault) {
		case "a line break that is LF alone" -> calendar(EVENT).replaceFirst("\r\n", "\n");
		case "a line of 76 octets" -> calendar(EVENT.replace("Meeting", "M".repeat(76 - "SUMMARY:\\, steering group".length())));
		case "an unescaped comma" -> calendar(EVENT.replace("\\,", ","));
		case "an unknown escape" -> calendar(EVENT.replace("\\,", "\\t"));
		case "an event without a UID" -> calendar(EVENT.replace("UID:x@hjp-workbench\r\n", ""));
		case "a day that is not one" -> calendar(EVENT.replace("20261208", "20270230"));
		case "an event not closed" -> calendar(EVENT.replace("END:VEVENT\r\n", ""));
		case "components closed out of order" -> calendar(EVENT).replace("END:VEVENT\r\nEND:VCALENDAR", "END:VCALENDAR\r\nEND:VEVENT");
		case "no VERSION" -> calendar(EVENT).replace("VERSION:2.0\r\n", "");
		case "a continuation first" -> " " + calendar(EVENT);
		case "a property without a value" -> calendar(EVENT.replace("SUMMARY:Meeting\\, steering group", "SUMMARY"));
		default -> throw new IllegalArgumentException("no such fault: " + fault);
		};
	}

	/** "ā" is two octets in UTF-8: a fold between them leaves neither line whole. */
	private static byte[] foldedInsideACharacter() {
		byte[] good = calendar(EVENT.replace("Meeting", "ā")).getBytes(StandardCharsets.UTF_8);
		byte[] macron = "ā".getBytes(StandardCharsets.UTF_8);
		String text = new String(good, StandardCharsets.ISO_8859_1);
		String split = new String(macron, StandardCharsets.ISO_8859_1);
		return text.replace(split, split.charAt(0) + "\r\n " + split.charAt(1)).getBytes(StandardCharsets.ISO_8859_1);
	}

	private static String calendar(String events) {
		return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//HJP Workbench//Tests//EN\r\n" + events + "END:VCALENDAR\r\n";
	}

	private static Component read(String file) {
		return StrictICalendar.read(file.getBytes(StandardCharsets.UTF_8));
	}
}
