package org.hjp.workbench.mou;

/** Text that a document's XML can hold: a bell or another control character typed or pasted by a user is left out. */
final class XmlCharacters {

	private XmlCharacters() {
	}

	/** The text without the control characters and lone surrogates that XML 1.0 does not allow. */
	static String keep(String text) {
		StringBuilder safe = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean allowed = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				safe.append(c).append(text.charAt(++i));
			} else if (allowed) {
				safe.append(c);
			}
		}
		return safe.toString();
	}
}
