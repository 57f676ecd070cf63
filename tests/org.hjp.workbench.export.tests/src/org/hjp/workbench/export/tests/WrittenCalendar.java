package org.hjp.workbench.export.tests;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.hjp.workbench.core.stages.StageDescriptor;
import org.hjp.workbench.export.ComingUpCalendar;
import org.hjp.workbench.export.tests.StrictICalendar.Component;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.tests.generator.InstalledStages;

/** The calendar of a partnership as written on a day the test chooses, and read back strictly. */
final class WrittenCalendar {

	private WrittenCalendar() {
	}

	/** Midday of {@code today} where the tests run. */
	static Clock on(LocalDate today) {
		return Clock.fixed(today.atTime(LocalTime.NOON).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
	}

	static byte[] bytes(Resource resource, List<StageDescriptor> stages, Clock clock) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new ComingUpCalendar(stages, clock).write((Partnership) resource.getContents().get(0), out);
		return out.toByteArray();
	}

	static Component read(Resource resource, LocalDate today) throws Exception {
		return StrictICalendar.read(bytes(resource, InstalledStages.all(), on(today)));
	}

	static List<Component> events(Resource resource, LocalDate today) throws Exception {
		return read(resource, today).components("VEVENT");
	}

	static List<String> uids(List<Component> events) {
		return events.stream().map(e -> e.one("UID").text()).toList();
	}

	static List<String> summaries(List<Component> events) {
		return events.stream().map(e -> e.one("SUMMARY").text()).toList();
	}
}
