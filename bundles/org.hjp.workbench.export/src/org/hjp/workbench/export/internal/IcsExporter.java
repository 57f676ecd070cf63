package org.hjp.workbench.export.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.hjp.workbench.core.persistence.AtomicFileWriter;
import org.hjp.workbench.core.stages.StageRegistry;
import org.hjp.workbench.export.ComingUpCalendar;
import org.hjp.workbench.export.Exporter;
import org.hjp.workbench.model.Partnership;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** What is coming up, as an iCalendar file for Outlook, Google Calendar and the like. */
@Component(service = Exporter.class)
public class IcsExporter implements Exporter {

	@Reference
	private StageRegistry stages;

	@Override
	public String id() {
		return "ics";
	}

	@Override
	public String label() {
		return "Calendar (ICS): reviews, meetings and planned sessions coming up, for Outlook or Google Calendar";
	}

	@Override
	public List<Path> files(Path folder, String baseName) {
		return List.of(folder.resolve(baseName + "-coming-up." + ComingUpCalendar.FILE_EXTENSION));
	}

	@Override
	public List<Path> write(Resource resource, Path folder, String baseName) throws IOException {
		Partnership partnership = (Partnership) resource.getContents().get(0);
		ComingUpCalendar calendar = new ComingUpCalendar(stages.stages(), Clock.systemDefaultZone());
		Path file = files(folder, baseName).get(0);
		AtomicFileWriter.write(file, out -> calendar.write(partnership, out), false);
		return List.of(file);
	}
}
