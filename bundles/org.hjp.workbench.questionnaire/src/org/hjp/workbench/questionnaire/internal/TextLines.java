package org.hjp.workbench.questionnaire.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

/** Text broken into lines that fit a width: at spaces, and inside a word only when the word alone is wider. */
final class TextLines {

	private TextLines() {
	}

	/** The lines of {@code text} (already {@link QuestionnaireFonts#showable showable}) no wider than {@code width}. */
	static List<String> wrap(String text, PDFont font, float size, float width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.trim().split(" +")) {
			if (word.isEmpty()) {
				continue;
			}
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (width(candidate, font, size) <= width) {
				line.setLength(0);
				line.append(candidate);
				continue;
			}
			if (!line.isEmpty()) {
				lines.add(line.toString());
				line.setLength(0);
			}
			String rest = word;
			while (width(rest, font, size) > width) {
				int cut = fitting(rest, font, size, width);
				lines.add(rest.substring(0, cut));
				rest = rest.substring(cut);
			}
			line.append(rest);
		}
		if (!line.isEmpty() || lines.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

	/** How many characters of {@code word} fit, at least one code point. */
	private static int fitting(String word, PDFont font, float size, float width) {
		int end = word.offsetByCodePoints(0, 1);
		while (end < word.length()) {
			int next = word.offsetByCodePoints(end, 1);
			if (width(word.substring(0, next), font, size) > width) {
				break;
			}
			end = next;
		}
		return end;
	}

	static float width(String text, PDFont font, float size) {
		try {
			return font.getStringWidth(text) / 1000 * size;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
