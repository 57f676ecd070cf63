package org.hjp.workbench.report;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.hjp.workbench.core.editing.ModelAdapterFactory;
import org.hjp.workbench.core.stages.StageDescriptor;
import org.hjp.workbench.core.validation.Problem;
import org.hjp.workbench.export.ServiceLoaderMediator;
import org.hjp.workbench.model.Partnership;

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

	/** Embedded when the system has it (Debian: fonts-dejavu-core), so that every character prints; else the PDF's own fonts. */
	private static final File FONT = new File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
	private static final File BOLD_FONT = new File("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");

	private final Configuration templates;

	public PlanReport() {
		templates = new Configuration(Configuration.VERSION_2_3_33);
		templates.setClassForTemplateLoading(PlanReport.class, "/templates");
		templates.setDefaultEncoding("UTF-8");
		templates.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
		templates.setLogTemplateExceptions(false);
	}

	public String html(Partnership partnership, List<StageDescriptor> stages, List<Problem> problems, LocalDate today) throws IOException {
		ComposedAdapterFactory labels = ModelAdapterFactory.create();
		try {
			Template template = templates.getTemplate("plan.ftlh");
			StringWriter html = new StringWriter();
			template.process(new PlanContent(labels).of(partnership, stages, problems, today), html);
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
		if (FONT.canRead() && BOLD_FONT.canRead()) {
			builder.useFont(FONT, "DejaVu Sans", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(BOLD_FONT, "DejaVu Sans", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
		}
		builder.withHtmlContent(html, null);
		builder.toStream(out);
		try {
			builder.run();
		} catch (RuntimeException e) {
			throw new IOException("The PDF could not be laid out: " + e.getMessage(), e);
		}
	}
}
