package org.hjp.workbench.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.hjp.workbench.core.stages.Commitment;
import org.hjp.workbench.core.stages.StageDescriptor;
import org.hjp.workbench.core.stages.StageFacts;
import org.hjp.workbench.model.Partnership;

/**
 * What a partnership has said it will do, as an iCalendar file (RFC 5545) for Outlook or Google Calendar: each
 * commitment of the installed stages not yet done, from {@link StageFacts#OVERDUE_DAYS} days ago on as in the
 * report's "Coming up", is an all-day event named by what it is and the partnership.
 */
public final class ComingUpCalendar {

	/** The file extension of iCalendar files. */
	public static final String FILE_EXTENSION = "ics";

	private static final String PRODUCT = "-//HJP Workbench//Coming up//EN";
	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

	private final List<StageDescriptor> stages;
	private final Clock clock;

	/** {@code clock} says when today is, which decides the events that are still shown. */
	public ComingUpCalendar(List<StageDescriptor> stages, Clock clock) {
		this.stages = stages;
		this.clock = clock;
	}

	public void write(Partnership partnership, OutputStream out) throws IOException {
		String name = partnership.getName() == null ? "" : partnership.getName().strip();
		LocalDate from = LocalDate.now(clock).minusDays(StageFacts.OVERDUE_DAYS);
		// Without a METHOD, DTSTAMP is when the event was last revised (RFC 5545, 3.8.7.2). The partnership does not
		// record when each item changed, so the export's time stands for it: a calendar that imports the file again
		// takes its events as the newer version.
		String stamp = STAMP.format(clock.instant());
		ContentLines lines = new ContentLines(out);
		lines.add("BEGIN", "VCALENDAR");
		lines.add("VERSION", "2.0");
		lines.addText("PRODID", PRODUCT);
		lines.add("CALSCALE", "GREGORIAN");
		if (!name.isEmpty()) {
			lines.addText("X-WR-CALNAME", name);
		}
		CommitmentUids uids = new CommitmentUids(name);
		// UIDs are given over every commitment, not only those shown, so that a number never shifts as dates pass.
		for (Commitment commitment : StageFacts.commitments(stages, partnership, LocalDate.MIN, LocalDate.MAX)) {
			String uid = uids.uidOf(commitment);
			if (!commitment.date().isBefore(from)) {
				event(lines, uid, stamp, commitment, name);
			}
		}
		lines.add("END", "VCALENDAR");
	}

	private static void event(ContentLines lines, String uid, String stamp, Commitment commitment, String partnershipName) throws IOException {
		lines.add("BEGIN", "VEVENT");
		lines.addText("UID", uid);
		lines.add("DTSTAMP", stamp);
		lines.add("DTSTART;VALUE=DATE", DAY.format(commitment.date()));
		lines.add("DTEND;VALUE=DATE", DAY.format(commitment.date().plusDays(1)));
		lines.addText("SUMMARY", partnershipName.isEmpty() ? commitment.what() : commitment.what() + " (" + partnershipName + ")");
		// A day's reminder, not a day taken: the person is not shown busy all day.
		lines.add("TRANSP", "TRANSPARENT");
		lines.add("END", "VEVENT");
	}
}
