package org.hjp.workbench.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.hjp.workbench.core.documents.StageDocumentsRegistry;
import org.hjp.workbench.core.documents.Wording;
import org.hjp.workbench.core.editing.ModelAdapterFactory;
import org.hjp.workbench.core.stages.StageDescriptor;
import org.hjp.workbench.core.validation.Problem;
import org.hjp.workbench.export.ServiceLoaderMediator;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.report.internal.ReportFonts;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * The partnership plan a manager hands to a partner's executive: the profile, each stage's content, what is
 * coming up and the open warnings, dated. Written as HTML from a template, and as PDF from the same HTML.
 */
public final class PlanReport {

	private final Configuration templates;

	public PlanReport() {
		templates = new Configuration(Configuration.VERSION_2_3_33);
		templates.setClassForTemplateLoading(PlanReport.class, "/templates");
		templates.setDefaultEncoding("UTF-8");
		templates.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
		templates.setLogTemplateExceptions(false);
	}

	/**
	 * The report as HTML.
	 *
	 * @param stages    the installed stages in the user's order, for where each stage stands and what is coming up
	 * @param documents the stages' own sections
	 * @param today     the day the report is dated
	 */
	public String html(Partnership partnership, List<StageDescriptor> stages, StageDocumentsRegistry documents, List<Problem> problems, LocalDate today)
			throws IOException {
		ComposedAdapterFactory labels = ModelAdapterFactory.create();
		try {
			Wording words = new Wording(labels, today);
			Template template = templates.getTemplate("plan.ftlh");
			StringWriter html = new StringWriter();
			template.process(new PlanContent(words).of(partnership, stages, documents.sections(partnership, words), problems), html);
			return html.toString();
		} catch (TemplateException e) {
			throw new IOException("The report template failed: " + e.getMessage(), e);
		} finally {
			labels.dispose();
		}
	}

	/** Lays the report's HTML out on A4 pages. */
	public void pdf(String html, OutputStream out) throws IOException {
		ServiceLoaderMediator.ensureStarted();
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		ReportFonts.addTo(builder);
		builder.withHtmlContent(html, null);
		builder.toStream(out);
		try {
			builder.run();
		} catch (RuntimeException e) {
			throw new IOException("The PDF could not be laid out: " + e.getMessage(), e);
		}
	}
}
