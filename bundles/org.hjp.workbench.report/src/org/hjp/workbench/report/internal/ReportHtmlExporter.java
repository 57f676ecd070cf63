package org.hjp.workbench.report.internal;

import org.hjp.workbench.export.Exporter;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The partnership plan as a web page. */
@Component(service = Exporter.class)
public class ReportHtmlExporter extends ReportExporter {

	@Reference
	void setSources(PlanSources planSources) {
		sources = planSources;
	}

	@Override
	public String id() {
		return "report-html";
	}

	@Override
	public String label() {
		return "Partnership plan (HTML): the same report as a web page";
	}

	@Override
	protected String extension() {
		return "html";
	}
}
