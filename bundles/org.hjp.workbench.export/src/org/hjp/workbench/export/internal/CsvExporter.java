package org.hjp.workbench.export.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.hjp.workbench.core.editing.ModelAdapterFactory;
import org.hjp.workbench.core.persistence.AtomicFileWriter;
import org.hjp.workbench.export.CsvTables;
import org.hjp.workbench.export.Exporter;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.assessment.InstrumentRegistry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The partnership's tables as CSV files, one per table (docs/csv-layout.md). */
@Component(service = Exporter.class)
public class CsvExporter implements Exporter {

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile InstrumentRegistry instruments;

	@Override
	public String id() {
		return "csv";
	}

	@Override
	public String label() {
		return "CSV: needs, activities, training sessions, measures and assessment results, for spreadsheets";
	}

	@Override
	public List<Path> files(Path folder, String baseName) {
		return Arrays.stream(CsvTables.Table.values()).map(table -> folder.resolve(baseName + "-" + table.fileName + ".csv")).toList();
	}

	@Override
	public List<Path> write(Resource resource, Path folder, String baseName) throws IOException {
		Partnership partnership = (Partnership) resource.getContents().get(0);
		ComposedAdapterFactory labels = ModelAdapterFactory.create();
		try {
			CsvTables tables = new CsvTables(labels, instruments);
			List<Path> written = new ArrayList<>();
			List<Path> files = files(folder, baseName);
			for (CsvTables.Table table : CsvTables.Table.values()) {
				Path file = files.get(table.ordinal());
				AtomicFileWriter.write(file, out -> {
					Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
					tables.write(table, partnership, writer);
					writer.flush();
				}, false);
				written.add(file);
			}
			return written;
		} finally {
			labels.dispose();
		}
	}
}
