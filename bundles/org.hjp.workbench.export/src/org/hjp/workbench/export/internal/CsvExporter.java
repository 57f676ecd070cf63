package org.hjp.workbench.export.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.hjp.workbench.export.Exporter;
import org.hjp.workbench.model.Partnership;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The partnership's tables as CSV files, one per table (docs/csv-layout.md). */
@Component(service = Exporter.class)
public class CsvExporter implements Exporter {

	@Reference
	private CsvFiles csv;

	@Override
	public String id() {
		return "csv";
	}

	@Override
	public String label() {
		return "CSV: a file for each table of each stage and the assessment results, for spreadsheets";
	}

	@Override
	public List<Path> files(Path folder, String baseName) {
		return csv.files(folder, baseName);
	}

	@Override
	public List<Path> write(Resource resource, Path folder, String baseName) throws IOException {
		return csv.write((Partnership) resource.getContents().get(0), folder, baseName, false);
	}
}
