package org.hjp.workbench.spreadsheet;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.hjp.workbench.assessment.InstrumentRegistry;
import org.hjp.workbench.core.documents.DataTable;
import org.hjp.workbench.core.documents.StageDocumentsRegistry;
import org.hjp.workbench.core.documents.Wording;
import org.hjp.workbench.core.editing.ModelAdapterFactory;
import org.hjp.workbench.core.persistence.AtomicFileWriter;
import org.hjp.workbench.export.CsvTables;
import org.hjp.workbench.export.Exporter;
import org.hjp.workbench.model.Partnership;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The partnership's tables, the same as the CSV files (docs/csv-layout.md), in one Excel workbook of a sheet each. */
@Component(service = Exporter.class)
public class XlsxExporter implements Exporter {

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile InstrumentRegistry instruments;

	@Reference
	private StageDocumentsRegistry documents;

	@Override
	public String id() {
		return "xlsx";
	}

	@Override
	public String label() {
		return "Excel workbook: every table on its own sheet, dates as dates and numbers as numbers";
	}

	@Override
	public List<Path> files(Path folder, String baseName) {
		return List.of(folder.resolve(baseName + "-tables.xlsx"));
	}

	/** Makes every table first, so that a stage that fails to give its tables leaves no file written. */
	@Override
	public List<Path> write(Resource resource, Path folder, String baseName) throws IOException {
		Partnership partnership = (Partnership) resource.getContents().get(0);
		Path file = files(folder, baseName).get(0);
		ComposedAdapterFactory labels = ModelAdapterFactory.create();
		try {
			List<DataTable> tables = CsvTables.tables(partnership, new Wording(labels, LocalDate.now()), documents, instruments).stream()
					.map(TypedAssessmentResults::typed).toList();
			AtomicFileWriter.write(file, out -> new TablesWorkbook(partnership.getName()).write(tables, out), false);
		} finally {
			labels.dispose();
		}
		return List.of(file);
	}
}
