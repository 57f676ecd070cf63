package org.hjp.workbench.mou;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.hjp.workbench.core.editing.ModelAdapterFactory;
import org.hjp.workbench.core.persistence.AtomicFileWriter;
import org.hjp.workbench.export.Exporter;
import org.hjp.workbench.model.Partnership;

/** The MOU draft as a file of one word processor's format, written atomically. */
abstract class MouFileExporter implements Exporter {

	private final MouDocument.Format format;
	private final String extension;

	MouFileExporter(MouDocument.Format format, String extension) {
		this.format = format;
		this.extension = extension;
	}

	@Override
	public List<Path> files(Path folder, String baseName) {
		return List.of(folder.resolve(baseName + "-mou." + extension));
	}

	@Override
	public List<Path> write(Resource resource, Path folder, String baseName) throws IOException {
		Path file = files(folder, baseName).get(0);
		ComposedAdapterFactory labels = ModelAdapterFactory.create();
		try {
			AtomicFileWriter.write(file, out -> new MouDocument(labels).write((Partnership) resource.getContents().get(0), LocalDate.now(), format, out), false);
		} finally {
			labels.dispose();
		}
		return List.of(file);
	}
}
