package org.hjp.workbench.questionnaire.internal;

import java.io.IOException;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDAppearanceContentStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceCharacteristicsDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceEntry;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;

/**
 * How a radio button looks, drawn into the widget so that every reader shows the same: an open circle when off, a
 * circle with a dot when on. The on state is named by the choice's export value, which is what a reader stores as the
 * field's value when the button is chosen.
 */
final class RadioAppearance {

	/** The dot (a ZapfDingbats character) a reader draws if it makes its own appearance. */
	private static final String READER_CIRCLE = "l";
	/** How far a Bézier control point lies from a quarter circle's ends, as a part of the radius. */
	private static final float KAPPA = 0.5523f;

	private RadioAppearance() {
	}

	static void apply(PDDocument document, PDAnnotationWidget widget, String onState) throws IOException {
		PDRectangle box = widget.getRectangle();
		COSDictionary normal = new COSDictionary();
		normal.setItem(COSName.getPDFName(onState), stream(document, box, true));
		normal.setItem(COSName.Off, stream(document, box, false));
		PDAppearanceDictionary appearance = new PDAppearanceDictionary();
		appearance.setNormalAppearance(new PDAppearanceEntry(normal));
		widget.setAppearance(appearance);
		widget.setAppearanceState(COSName.Off.getName());
		PDAppearanceCharacteristicsDictionary characteristics = new PDAppearanceCharacteristicsDictionary(new COSDictionary());
		characteristics.setBorderColour(new PDColor(new float[] { 0.15f }, PDDeviceGray.INSTANCE));
		characteristics.setBackground(new PDColor(new float[] { 1 }, PDDeviceGray.INSTANCE));
		characteristics.setNormalCaption(READER_CIRCLE);
		widget.setAppearanceCharacteristics(characteristics);
	}

	private static PDAppearanceStream stream(PDDocument document, PDRectangle box, boolean on) throws IOException {
		PDAppearanceStream stream = new PDAppearanceStream(document);
		stream.setBBox(new PDRectangle(box.getWidth(), box.getHeight()));
		stream.setResources(new PDResources());
		float centreX = box.getWidth() / 2;
		float centreY = box.getHeight() / 2;
		float radius = Math.min(centreX, centreY) - 0.6f;
		try (PDAppearanceContentStream content = new PDAppearanceContentStream(stream)) {
			content.setNonStrokingColor(1f);
			content.setStrokingColor(0.15f);
			content.setLineWidth(1);
			circle(content, centreX, centreY, radius);
			content.fillAndStroke();
			if (on) {
				content.setNonStrokingColor(0f);
				circle(content, centreX, centreY, radius * 0.5f);
				content.fill();
			}
		}
		return stream;
	}

	private static void circle(PDAppearanceContentStream content, float x, float y, float r) throws IOException {
		float k = r * KAPPA;
		content.moveTo(x + r, y);
		content.curveTo(x + r, y + k, x + k, y + r, x, y + r);
		content.curveTo(x - k, y + r, x - r, y + k, x - r, y);
		content.curveTo(x - r, y - k, x - k, y - r, x, y - r);
		content.curveTo(x + k, y - r, x + r, y - k, x + r, y);
		content.closePath();
	}
}
