package org.hjp.workbench.export.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.hjp.workbench.export.Exporter;
import org.hjp.workbench.model.Partnership;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The CSV tables with a byte order mark at the start of each file: without it Excel on Windows reads UTF-8 as the
 * system's old code page, and names with accents or macrons come out garbled.
 */
@Component(service = Exporter.class)
public class ExcelCsvExporter implements Exporter {

	@Reference
	private CsvFiles csv;

	@Override
	public String id() {
		return "csv-excel";
	}

	@Override
	public String label() {
		return "CSV for Excel on Windows: the same tables, marked as UTF-8 so that accents and macrons show";
	}

	@Override
	public List<Path> files(Path folder, String baseName) {
		return csv.files(folder, baseName);
	}

	@Override
	public List<Path> write(Resource resource, Path folder, String baseName) throws IOException {
		return csv.write((Partnership) resource.getContents().get(0), folder, baseName, true);
	}
}
