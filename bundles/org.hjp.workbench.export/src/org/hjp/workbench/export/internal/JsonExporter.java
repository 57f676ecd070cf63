package org.hjp.workbench.export.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.hjp.workbench.core.persistence.AtomicFileWriter;
import org.hjp.workbench.export.Exporter;
import org.hjp.workbench.export.PartnershipJson;
import org.osgi.service.component.annotations.Component;

/** The whole partnership as JSON, for other tools; it reads back into the same model. */
@Component(service = Exporter.class)
public class JsonExporter implements Exporter {

	@Override
	public String id() {
		return "json";
	}

	@Override
	public String label() {
		return "JSON: the whole partnership, for other tools";
	}

	@Override
	public List<Path> files(Path folder, String baseName) {
		return List.of(folder.resolve(baseName + "." + PartnershipJson.FILE_EXTENSION));
	}

	@Override
	public List<Path> write(Resource partnership, Path folder, String baseName) throws IOException {
		Path file = files(folder, baseName).get(0);
		AtomicFileWriter.write(file, out -> PartnershipJson.write(partnership, out), false);
		return List.of(file);
	}
}
