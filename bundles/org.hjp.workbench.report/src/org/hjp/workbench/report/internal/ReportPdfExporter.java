package org.hjp.workbench.report.internal;

import org.hjp.workbench.export.Exporter;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The partnership plan as PDF, to print or send. */
@Component(service = Exporter.class)
public class ReportPdfExporter extends ReportExporter {

	@Reference
	void setSources(PlanSources planSources) {
		sources = planSources;
	}

	@Override
	public String id() {
		return "report-pdf";
	}

	@Override
	public String label() {
		return "Partnership plan (PDF): a dated report to print or send";
	}

	@Override
	protected String extension() {
		return "pdf";
	}
}
