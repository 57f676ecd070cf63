package org.hjp.workbench.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The font every PDF report is set in, DejaVu Sans, taken from the fonts bundle the report bundle requires, so that
 * a report made on Windows or macOS embeds the same characters (ā, ē, “”) as one made on Linux.
 */
public final class ReportFonts {

	public static final String FAMILY = "DejaVu Sans";
	static final String FONTS_BUNDLE = "net.sf.jasperreports.fonts";
	private static final String FOLDER = "net/sf/jasperreports/fonts/dejavu/";

	private ReportFonts() {
	}

	private enum Face {
		REGULAR("DejaVuSans.ttf", 400, PdfRendererBuilder.FontStyle.NORMAL),
		BOLD("DejaVuSans-Bold.ttf", 700, PdfRendererBuilder.FontStyle.NORMAL),
		OBLIQUE("DejaVuSans-Oblique.ttf", 400, PdfRendererBuilder.FontStyle.ITALIC),
		BOLD_OBLIQUE("DejaVuSans-BoldOblique.ttf", 700, PdfRendererBuilder.FontStyle.ITALIC);

		final String file;
		final int weight;
		final PdfRendererBuilder.FontStyle style;

		Face(String file, int weight, PdfRendererBuilder.FontStyle style) {
			this.file = file;
			this.weight = weight;
			this.style = style;
		}
	}

	/** Gives the builder the regular, bold and oblique faces, embedded as subsets. */
	public static void addTo(PdfRendererBuilder builder) throws IOException {
		for (Face face : Face.values()) {
			URL font = file(face);
			builder.useFont(() -> open(font), FAMILY, face.weight, face.style, true);
		}
	}

	/** Where each face is read from. */
	public static List<URL> files() throws IOException {
		List<URL> files = new ArrayList<>();
		for (Face face : Face.values()) {
			files.add(file(face));
		}
		return files;
	}

	private static URL file(Face face) throws IOException {
		return find(FOLDER + face.file).orElseThrow(() -> new IOException("The report's font " + face.file
				+ " is missing from this installation (bundle " + FONTS_BUNDLE + "). Reinstall the workbench."));
	}

	private static InputStream open(URL font) {
		try {
			return font.openStream();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** In the framework, the entry of the wired fonts bundle (which exports nothing); outside it, the class path. */
	static Optional<URL> find(String path) {
		Bundle self = FrameworkUtil.getBundle(ReportFonts.class);
		BundleWiring wiring = self == null ? null : self.adapt(BundleWiring.class);
		if (wiring == null) {
			return Optional.ofNullable(ReportFonts.class.getClassLoader().getResource(path));
		}
		for (BundleWire wire : wiring.getRequiredWires(BundleNamespace.BUNDLE_NAMESPACE)) {
			Bundle provider = wire.getProvider().getBundle();
			if (FONTS_BUNDLE.equals(provider.getSymbolicName())) {
				return Optional.ofNullable(provider.getEntry(path));
			}
		}
		return Optional.empty();
	}
}
