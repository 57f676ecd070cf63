package org.hjp.workbench.questionnaire.internal;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** A4 pages written top to bottom: where the next line goes, and a new page when it would not fit. */
final class Pages {

	static final float LEFT = 56;
	static final float RIGHT = PDRectangle.A4.getWidth() - 56;
	private static final float TOP = PDRectangle.A4.getHeight() - 56;
	private static final float BOTTOM = 64;
	static final float BLACK = 0;
	static final float GREY = 0.35f;

	final PDDocument document;
	final QuestionnaireFonts fonts;
	private PDPage page;
	private PDPageContentStream content;
	private float y;

	Pages(PDDocument document, QuestionnaireFonts fonts) throws IOException {
		this.document = document;
		this.fonts = fonts;
		newPage();
	}

	PDPage page() {
		return page;
	}

	PDPageContentStream content() {
		return content;
	}

	/** Where the next line's top is. */
	float y() {
		return y;
	}

	void down(float height) {
		y -= height;
	}

	static float width() {
		return RIGHT - LEFT;
	}

	static float bodyHeight() {
		return TOP - BOTTOM;
	}

	/** Starts a new page unless {@code height} fits below the current line. */
	void keep(float height) throws IOException {
		if (y - height < BOTTOM) {
			newPage();
		}
	}

	void newPage() throws IOException {
		if (content != null) {
			content.close();
		}
		page = new PDPage(PDRectangle.A4);
		document.addPage(page);
		content = new PDPageContentStream(document, page);
		y = TOP;
	}

	/** Writes one line with its baseline {@code baseline} below the current top, without moving down. */
	void line(String text, PDFont font, float size, float gray, float x, float baseline) throws IOException {
		content.setNonStrokingColor(gray);
		content.beginText();
		content.setFont(font, size);
		content.newLineAtOffset(x, y - baseline);
		content.showText(text);
		content.endText();
	}

	/** Writes text wrapped to the width right of {@code indent}, a page break allowed between any two lines. */
	void paragraph(String text, PDFont font, float size, float gray, float indent) throws IOException {
		float leading = size * 1.35f;
		for (String paragraph : fonts.showableParagraphs(text)) {
			for (String line : TextLines.wrap(paragraph, font, size, width() - indent)) {
				keep(leading);
				line(line, font, size, gray, LEFT + indent, size);
				down(leading);
			}
		}
	}

	/** Closes the last page and writes "page N of M" and {@code footer} at the foot of every page. */
	void finish(String footer) throws IOException {
		content.close();
		int count = document.getNumberOfPages();
		String shownFooter = fonts.showable(footer);
		for (int i = 0; i < count; i++) {
			try (PDPageContentStream foot = new PDPageContentStream(document, document.getPage(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
				String pageText = "Page " + (i + 1) + " of " + count;
				float size = 8.5f;
				List<String> left = TextLines.wrap(shownFooter, fonts.regular, size, width() - 90);
				foot.setNonStrokingColor(GREY);
				foot.beginText();
				foot.setFont(fonts.regular, size);
				foot.newLineAtOffset(LEFT, 40);
				foot.showText(left.get(0));
				foot.newLineAtOffset(width() - TextLines.width(pageText, fonts.regular, size), 0);
				foot.showText(pageText);
				foot.endText();
			}
		}
	}
}
