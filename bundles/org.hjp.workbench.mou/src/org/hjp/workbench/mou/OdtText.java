package org.hjp.workbench.mou;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Text as OpenDocument keeps it: a line break, a tab and each space after the first of a run are elements of their
 * own, since XML would fold them; characters XML cannot hold are left out ({@link XmlCharacters}).
 */
final class OdtText {

	private OdtText() {
	}

	static void write(XMLStreamWriter w, String text, String namespace) throws XMLStreamException {
		String safe = XmlCharacters.keep(text).replace("\r\n", "\n").replace('\r', '\n');
		StringBuilder plain = new StringBuilder();
		int i = 0;
		while (i < safe.length()) {
			char c = safe.charAt(i);
			if (c == '\n' || c == '\t') {
				flush(w, plain);
				w.writeEmptyElement(namespace, c == '\n' ? "line-break" : "tab");
				i++;
			} else if (c == ' ' && i + 1 < safe.length() && safe.charAt(i + 1) == ' ') {
				plain.append(' ');
				int spaces = 0;
				while (i + 1 + spaces < safe.length() && safe.charAt(i + 1 + spaces) == ' ') {
					spaces++;
				}
				flush(w, plain);
				w.writeEmptyElement(namespace, "s");
				w.writeAttribute(namespace, "c", String.valueOf(spaces));
				i += 1 + spaces;
			} else {
				plain.append(c);
				i++;
			}
		}
		flush(w, plain);
	}

	private static void flush(XMLStreamWriter w, StringBuilder plain) throws XMLStreamException {
		if (!plain.isEmpty()) {
			w.writeCharacters(plain.toString());
			plain.setLength(0);
		}
	}
}
