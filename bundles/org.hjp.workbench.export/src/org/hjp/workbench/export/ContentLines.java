package org.hjp.workbench.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes iCalendar content lines (RFC 5545, section 3.1): each ends in CRLF, and one longer than 75 octets goes on in
 * lines that begin with a space, folded between characters, never inside the UTF-8 octets of one.
 */
final class ContentLines {

	private static final int MOST_OCTETS = 75;
	private static final byte[] LINE_END = { '\r', '\n' };

	private final OutputStream out;

	ContentLines(OutputStream out) {
		this.out = out;
	}

	/** A property whose value is already in iCalendar's form, such as a date. */
	void add(String name, String value) throws IOException {
		fold(name + ":" + value);
	}

	/** A property whose value is text, escaped. */
	void addText(String name, String text) throws IOException {
		fold(name + ":" + escaped(text));
	}

	/**
	 * {@code text} with backslashes, semicolons, commas and line breaks escaped as TEXT values are (section 3.3.11);
	 * other control characters, which TEXT may not hold, become spaces.
	 */
	static String escaped(String text) {
		String lines = text.replace("\r\n", "\n").replace('\r', '\n');
		StringBuilder escaped = new StringBuilder(lines.length());
		for (char c : lines.toCharArray()) {
			switch (c) {
			case '\\', ';', ',' -> escaped.append('\\').append(c);
			case '\n' -> escaped.append("\\n");
			default -> escaped.append(c != '\t' && Character.isISOControl(c) ? ' ' : c);
			}
		}
		return escaped.toString();
	}

	private void fold(String line) throws IOException {
		int octets = 0;
		for (int i = 0; i < line.length(); i += Character.charCount(line.codePointAt(i))) {
			byte[] character = Character.toString(line.codePointAt(i)).getBytes(StandardCharsets.UTF_8);
			if (octets + character.length > MOST_OCTETS) {
				out.write(LINE_END);
				out.write(' ');
				octets = 1;
			}
			out.write(character);
			octets += character.length;
		}
		out.write(LINE_END);
	}
}
