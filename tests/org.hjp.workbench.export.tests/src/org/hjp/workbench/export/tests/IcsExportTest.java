package org.hjp.workbench.export.tests;

import static org.hjp.workbench.export.tests.WrittenCalendar.events;
import static org.hjp.workbench.export.tests.WrittenCalendar.summaries;
import static org.hjp.workbench.export.tests.WrittenCalendar.uids;
import static org.hjp.workbench.tests.generator.Services.exporter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.hjp.workbench.agreement.model.Agreement;
import org.hjp.workbench.agreement.model.AgreementFactory;
import org.hjp.workbench.agreement.model.Meeting;
import org.hjp.workbench.agreement.model.ReviewDate;
import org.hjp.workbench.core.persistence.PartnershipResource;
import org.hjp.workbench.core.persistence.PartnershipStore;
import org.hjp.workbench.core.stages.Commitment;
import org.hjp.workbench.core.stages.DefinedStage;
import org.hjp.workbench.core.stages.StageDescriptor;
import org.hjp.workbench.export.tests.StrictICalendar.Component;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.model.PartnershipFactory;
import org.hjp.workbench.tests.generator.InstalledStages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Coming up" as a calendar, read back: which commitments become events, and UIDs that stay with their items. */
class IcsExportTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
	private static final String NAME = " (Riverbend Health Justice Partnership)";

	@TempDir
	Path folder;

	@Test
	void theExporterWritesOneCalendarNamedAfterThePartnershipWithTheDatesAhead() throws Exception {
		Resource sample = SampleFile.read(folder);
		LocalDate nextWeek = LocalDate.now().plusWeeks(1);
		agreement(sample).getMeetings().add(meeting(nextWeek));
		InstalledStages.all();
		List<Path> written = exporter("ics").write(sample, folder, "riverbend");

		assertEquals(List.of(folder.resolve("riverbend-coming-up.ics")), written);
		assertEquals(written, exporter("ics").files(folder, "riverbend"));
		Component calendar = StrictICalendar.read(Files.readAllBytes(written.get(0)));
		assertTrue(calendar.components("VEVENT").stream().anyMatch(e -> e.one("SUMMARY").text().equals("Partnership meeting" + NAME)
				&& e.one("DTSTART").value().equals(nextWeek.format(DateTimeFormatter.BASIC_ISO_DATE))), "the meeting next week");
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(2, files.count(), "the calendar beside the source folder, and nothing half-written");
		}
	}

	@Test
	void anExportIntoAFolderThatIsNotThereFailsAndLeavesNothing() throws Exception {
		Resource sample = SampleFile.read(folder);
		Path missing = folder.resolve("not-there");
		assertThrows(IOException.class, () -> exporter("ics").write(sample, missing, "x"));
		assertTrue(Files.notExists(missing));
	}

	@Test
	void reviewDatesMeetingsPlannedSessionsAndLearningReviewsAreEventsEachWithItsOwnUid() throws Exception {
		List<Component> events = events(SampleFile.read(folder), TODAY);
		assertEquals(List.of("Partnership meeting" + NAME, "Review of processes" + NAME,
				"Review of the agreement: Second annual review of the MOU, before the funding round" + NAME,
				"Training session: Trauma-informed practice with new parents" + NAME), summaries(events));
		assertEquals(List.of("20261208", "20270120", "20270127", "20270210"), events.stream().map(e -> e.one("DTSTART").value()).toList());
		assertEquals(events.size(), new HashSet<>(uids(events)).size(), "no two events share a UID: " + uids(events));
	}

	@Test
	void theSameFileExportedAgainGivesTheSameUids() throws Exception {
		List<String> first = uids(events(SampleFile.read(folder), TODAY));
		List<String> second = uids(events(SampleFile.read(folder), TODAY));
		assertEquals(first, second);
		assertTrue(first.contains("mou-review-second@hjp-workbench"), "named by the item's identifier: " + first);
	}

	@Test
	void aCommitmentWhoseTextOrDateChangesKeepsItsUid() throws Exception {
		Resource sample = SampleFile.read(folder);
		String before = uids(events(sample, TODAY)).get(2);
		ReviewDate review = agreement(sample).getReviewDates().get(1);
		review.setPurpose("Review with the new funder");
		review.setDate(day(LocalDate.of(2027, 3, 3)));

		List<Component> after = events(sample, TODAY);
		Component moved = after.get(after.size() - 1);
		assertEquals("Review of the agreement: Review with the new funder" + NAME, moved.one("SUMMARY").text());
		assertEquals("20270303", moved.one("DTSTART").value());
		assertEquals(before, moved.one("UID").text());
		assertEquals(4, after.size());
	}

	@Test
	void aMeetingAddedInTheWorkbenchKeepsItsUidOnceSaved() throws Exception {
		Resource sample = SampleFile.read(folder);
		Meeting meeting = meeting(LocalDate.of(2027, 2, 2));
		agreement(sample).getMeetings().add(meeting);
		String before = uid(events(sample, TODAY), "20270202");

		Path saved = folder.resolve("saved.hjp");
		new PartnershipStore().save(sample, saved);
		assertEquals(before, uid(events(new PartnershipStore().load(saved), TODAY), "20270202"));
	}

	@Test
	void commitmentsFromAMonthBackOnAreEvents() throws Exception {
		Resource sample = SampleFile.read(folder);
		LocalDate meeting = LocalDate.of(2026, 12, 8);
		assertTrue(summaries(events(sample, meeting.plusDays(31))).contains("Partnership meeting" + NAME), "31 days overdue is still shown");
		List<String> later = summaries(events(sample, meeting.plusDays(32)));
		assertEquals(3, later.size(), later.toString());
		assertTrue(!later.contains("Partnership meeting" + NAME), "older ones are taken as dropped");
	}

	@Test
	void aPartnershipWithNoDatesIsAnEmptyCalendar() throws Exception {
		Resource resource = new PartnershipResource(URI.createFileURI(folder.resolve("new.hjp").toString()));
		Partnership partnership = PartnershipFactory.eINSTANCE.createPartnership();
		resource.getContents().add(partnership);
		Component calendar = WrittenCalendar.read(resource, TODAY);
		assertEquals(List.of(), calendar.components());
		assertEquals("2.0", calendar.one("VERSION").value());
		assertEquals(List.of(), calendar.all("X-WR-CALNAME"), "an unnamed partnership names no calendar");
	}

	@Test
	void aPlugInsCommitmentsWithoutAnItemOrTwoForOneItemGetUidsOfTheirOwnThatLast() throws Exception {
		Resource sample = SampleFile.read(folder);
		Partnership partnership = (Partnership) sample.getContents().get(0);
		StageDescriptor plugIn = new DefinedStage("org.example.grants", "Grants", "Grant rounds.", 90, null) {
			@Override
			public List<Commitment> commitments(Partnership p) {
				LocalDate day = LocalDate.of(2027, 4, 1);
				return List.of(new Commitment(day, "Grant application due", null), new Commitment(day, "Grant report due", null),
						new Commitment(day, "Grant opens", p), new Commitment(day.plusDays(30), "Grant closes", p));
			}
		};
		List<StageDescriptor> stages = new ArrayList<>(InstalledStages.all());
		stages.add(plugIn);
		List<String> first = pluginUids(sample, stages, TODAY);
		assertEquals(4, new HashSet<>(first).size(), first.toString());
		assertEquals(first, pluginUids(SampleFile.read(folder), stages, TODAY));
		String partnershipId = partnership.eResource().getURIFragment(partnership);
		assertEquals(List.of(partnershipId + "@hjp-workbench", partnershipId + "-2@hjp-workbench"), first.subList(2, 4));
		assertEquals(List.of(partnershipId + "-2@hjp-workbench"), pluginUids(sample, stages, LocalDate.of(2027, 5, 3)),
				"the second commitment of an item keeps its number once the first is too old to show");
	}

	private static List<String> pluginUids(Resource resource, List<StageDescriptor> stages, LocalDate today) throws Exception {
		List<Component> events = StrictICalendar.read(WrittenCalendar.bytes(resource, stages, WrittenCalendar.on(today))).components("VEVENT");
		return events.stream().filter(e -> e.one("SUMMARY").text().startsWith("Grant")).map(e -> e.one("UID").text()).toList();
	}

	private static String uid(List<Component> events, String start) {
		return events.stream().filter(e -> e.one("DTSTART").value().equals(start)).map(e -> e.one("UID").text()).findFirst()
				.orElseThrow(() -> new AssertionError("no event on " + start));
	}

	private static Agreement agreement(Resource resource) {
		return (Agreement) ((Partnership) resource.getContents().get(0)).getExtensions().stream().filter(Agreement.class::isInstance).findFirst().orElseThrow();
	}

	private static Meeting meeting(LocalDate date) {
		Meeting meeting = AgreementFactory.eINSTANCE.createMeeting();
		meeting.setDate(day(date));
		return meeting;
	}

	private static Date day(LocalDate date) {
		return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
	}
}
