package org.hjp.workbench.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.hjp.workbench.tests.generator.InstalledStages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's calendar, written on a fixed day, is the golden file byte for byte, and reads back strictly.
 * Regenerate the golden file only after checking the difference by eye.
 */
class IcsGoldenTest {

	/** Midday UTC: the sample's dates are weeks from the edges of the window, so its events are the same in any time zone. */
	private static final Clock GOLDEN_DAY = Clock.fixed(Instant.parse("2026-12-06T12:00:00Z"), ZoneId.systemDefault());

	@TempDir
	Path folder;

	@Test
	void theSampleCalendarMatchesTheGoldenFile() throws Exception {
		byte[] written = WrittenCalendar.bytes(SampleFile.read(folder), InstalledStages.all(), GOLDEN_DAY);
		String golden = GoldenFile.text("coming-up.ics");
		assertEquals(golden, new String(written, StandardCharsets.UTF_8));
		assertEquals(4, StrictICalendar.read(golden.getBytes(StandardCharsets.UTF_8)).components("VEVENT").size());
	}
}
