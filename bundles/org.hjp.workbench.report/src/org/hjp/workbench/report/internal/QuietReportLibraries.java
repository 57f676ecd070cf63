package org.hjp.workbench.report.internal;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import com.openhtmltopdf.util.XRLog;

/**
 * Keeps the report libraries quiet while reports are written: PDFBox tells of every standard font it replaces and
 * openhtmltopdf of each step, on the Java log that the command line prints, and neither is news to users. Started with
 * the first report exporter that is used rather than at launch, so that starting the workbench does not load either
 * library's logging; the levels are put back when the bundle stops.
 */
@Component(service = QuietReportLibraries.class)
public class QuietReportLibraries {

	/** Held here: the log manager keeps loggers only weakly, and a logger let go forgets its level. */
	private final Logger pdfbox = Logger.getLogger("org.apache.pdfbox");
	private Level previous;

	@Activate
	void activate() {
		previous = pdfbox.getLevel();
		pdfbox.setLevel(Level.SEVERE);
		XRLog.setLoggingEnabled(false);
	}

	@Deactivate
	void deactivate() {
		pdfbox.setLevel(previous);
		XRLog.setLoggingEnabled(true);
	}
}
