package org.hjp.workbench.report.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.hjp.workbench.core.persistence.AtomicFileWriter;
import org.hjp.workbench.export.Exporter;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.report.PlanReport;

/** The partnership plan as a file: {@link ReportPdfExporter} and {@link ReportHtmlExporter} differ only in the last step. */
abstract class ReportExporter implements Exporter {

	protected PlanSources sources;

	protected abstract String extension();

	@Override
	public List<Path> files(Path folder, String baseName) {
		return List.of(folder.resolve(baseName + "-plan." + extension()));
	}

	@Override
	public List<Path> write(Resource resource, Path folder, String baseName) throws IOException {
		Partnership partnership = (Partnership) resource.getContents().get(0);
		PlanReport report = new PlanReport();
		String html = report.html(partnership, sources.stages(), sources.documents(), sources.problems(partnership), LocalDate.now());
		Path file = files(folder, baseName).get(0);
		AtomicFileWriter.write(file, out -> {
			if (extension().equals("pdf")) {
				report.pdf(html, out);
			} else {
				out.write(html.getBytes(StandardCharsets.UTF_8));
			}
		}, false);
		return List.of(file);
	}
}
