package org.hjp.workbench.export.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.hjp.workbench.assessment.InstrumentRegistry;
import org.hjp.workbench.core.documents.DataTable;
import org.hjp.workbench.core.documents.StageDocumentsRegistry;
import org.hjp.workbench.core.documents.Wording;
import org.hjp.workbench.core.editing.ModelAdapterFactory;
import org.hjp.workbench.core.persistence.AtomicFileWriter;
import org.hjp.workbench.export.CsvTables;
import org.hjp.workbench.model.Partnership;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Writes a partnership's tables as CSV files, one per table, each atomically; with or without a byte order mark. */
@Component(service = CsvFiles.class)
public class CsvFiles {

	/** The byte order mark, which tells Excel on Windows that a CSV file is UTF-8. */
	private static final byte[] BYTE_ORDER_MARK = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile InstrumentRegistry instruments;

	@Reference
	private StageDocumentsRegistry documents;

	List<Path> files(Path folder, String baseName) {
		return CsvTables.names(documents).stream().map(name -> file(folder, baseName, name)).toList();
	}

	/** Makes every table first, so that a stage that fails to give its tables leaves no file written. */
	List<Path> write(Partnership partnership, Path folder, String baseName, boolean byteOrderMark) throws IOException {
		ComposedAdapterFactory labels = ModelAdapterFactory.create();
		try {
			List<DataTable> tables = CsvTables.tables(partnership, new Wording(labels, LocalDate.now()), documents, instruments);
			List<Path> written = new ArrayList<>();
			for (DataTable table : tables) {
				Path file = file(folder, baseName, table.name());
				AtomicFileWriter.write(file, out -> {
					if (byteOrderMark) {
						out.write(BYTE_ORDER_MARK);
					}
					Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
					CsvTables.print(CsvTables.header(table), CsvTables.rows(partnership.getName(), table), writer);
					writer.flush();
				}, false);
				written.add(file);
			}
			return written;
		} finally {
			labels.dispose();
		}
	}

	private static Path file(Path folder, String baseName, String table) {
		return folder.resolve(baseName + "-" + table + ".csv");
	}
}
