package org.hjp.workbench.spreadsheet;

import org.apache.poi.ss.SpreadsheetVersion;

/** Text for a cell, cut with a note where it is longer than a cell can hold, instead of failing the export. */
final class CellText {

	static final int MAX_LENGTH = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

	private CellText() {
	}

	static String of(String text) {
		if (text.length() <= MAX_LENGTH) {
			return text;
		}
		String note = " [\u2026 cut here: the text is " + text.length() + " characters long and a cell holds " + MAX_LENGTH
				+ "; the partnership file has all of it]";
		int end = MAX_LENGTH - note.length();
		if (Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, end) + note;
	}
}
