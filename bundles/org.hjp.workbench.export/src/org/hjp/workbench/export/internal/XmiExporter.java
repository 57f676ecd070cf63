package org.hjp.workbench.export.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.hjp.workbench.core.persistence.AtomicFileWriter;
import org.hjp.workbench.core.persistence.PartnershipFormat;
import org.hjp.workbench.export.Exporter;
import org.osgi.service.component.annotations.Component;

/** The partnership file itself (XMI), e.g. to send a copy without touching the one being edited. */
@Component(service = Exporter.class)
public class XmiExporter implements Exporter {

	@Override
	public String id() {
		return "xmi";
	}

	@Override
	public String label() {
		return "Partnership file (XMI): a copy that opens in the workbench";
	}

	@Override
	public List<Path> files(Path folder, String baseName) {
		return List.of(folder.resolve(baseName + "." + PartnershipFormat.FILE_EXTENSION));
	}

	@Override
	public List<Path> write(Resource partnership, Path folder, String baseName) throws IOException {
		Path file = files(folder, baseName).get(0);
		AtomicFileWriter.write(file, out -> partnership.save(out, PartnershipFormat.saveOptions()), false);
		return List.of(file);
	}
}
