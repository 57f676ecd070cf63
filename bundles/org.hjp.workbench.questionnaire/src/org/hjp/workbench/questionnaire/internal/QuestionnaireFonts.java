package org.hjp.workbench.questionnaire.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The faces a questionnaire is set in: DejaVu Sans from the fonts bundle this bundle requires, embedded as subsets, so
 * that names and statements in any Latin, Greek or Cyrillic script show as written. A character the font has no glyph
 * for is shown as a question mark rather than stopping the questionnaire.
 */
final class QuestionnaireFonts {

	private static final String FONTS_BUNDLE = "net.sf.jasperreports.fonts";
	private static final String FOLDER = "net/sf/jasperreports/fonts/dejavu/";

	final PDFont regular;
	final PDFont bold;
	private final Map<Integer, Boolean> shown = new HashMap<>();

	private QuestionnaireFonts(PDFont regular, PDFont bold) {
		this.regular = regular;
		this.bold = bold;
	}

	static QuestionnaireFonts load(PDDocument document) throws IOException {
		return new QuestionnaireFonts(face(document, "DejaVuSans.ttf"), face(document, "DejaVuSans-Bold.ttf"));
	}

	private static PDFont face(PDDocument document, String file) throws IOException {
		URL url = entry(FOLDER + file);
		if (url == null) {
			throw new IOException("The questionnaire's font " + file + " is missing from this installation (bundle " + FONTS_BUNDLE + "). Reinstall the workbench.");
		}
		try (InputStream in = url.openStream()) {
			return PDType0Font.load(document, in, true);
		}
	}

	/** In the framework, the entry of the wired fonts bundle, which exports no package; outside it, the class path. */
	private static URL entry(String path) {
		Bundle self = FrameworkUtil.getBundle(QuestionnaireFonts.class);
		BundleWiring wiring = self == null ? null : self.adapt(BundleWiring.class);
		if (wiring == null) {
			return QuestionnaireFonts.class.getClassLoader().getResource(path);
		}
		return wiring.getRequiredWires(BundleNamespace.BUNDLE_NAMESPACE).stream()
				.map(wire -> wire.getProvider().getBundle())
				.filter(bundle -> FONTS_BUNDLE.equals(bundle.getSymbolicName()))
				.map(bundle -> bundle.getEntry(path))
				.findFirst().orElse(null);
	}

	/** {@code text} with every character the fonts cannot show replaced by a question mark, and tabs and line ends by spaces. */
	String showable(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			if (Character.isWhitespace(c)) {
				out.append(' ');
			} else if (Character.isISOControl(c)) {
				return;
			} else {
				out.appendCodePoint(shown.computeIfAbsent(c, this::hasGlyph) ? c : '?');
			}
		});
		return out.toString();
	}

	/** The paragraphs of {@code text} (its lines, blank ones left out), each {@link #showable}. */
	List<String> showableParagraphs(String text) {
		if (text == null) {
			return List.of();
		}
		return text.lines().map(this::showable).filter(line -> !line.isBlank()).toList();
	}

	private boolean hasGlyph(int codePoint) {
		String character = new String(Character.toChars(codePoint));
		try {
			regular.encode(character);
			bold.encode(character);
			return true;
		} catch (IllegalArgumentException | IOException e) {
			return false;
		}
	}
}
