package org.hjp.workbench.spreadsheet;

/**
 * Widths of a sheet's columns from the length of what they hold, counted as the cells are written: measuring
 * the rendered text (POI's autoSizeColumn) needs fonts and takes long on big sheets. A column is wide enough for its
 * heading and filter button and its longest line, but no wider than {@link #MAX_CHARACTERS}: longer text stays in
 * the cell, to be read in the formula bar or a wider column.
 */
final class ColumnWidths {

	static final int MIN_CHARACTERS = 8;
	static final int MAX_CHARACTERS = 60;
	/** The room the header's filter button takes, in characters. */
	private static final int FILTER_BUTTON = 3;

	private final int[] characters;

	ColumnWidths(int columns) {
		characters = new int[columns];
	}

	void heading(int column, String heading) {
		fit(column, heading.length() + FILTER_BUTTON);
	}

	/** Makes room for text shown as it is; of text on several lines, the longest line. */
	void text(int column, String text) {
		for (String line : text.split("\n", -1)) {
			fit(column, line.length());
		}
	}

	/** The width in Excel's unit, a 256th of a character, with a character's room to spare. */
	int width(int column) {
		return (Math.clamp(characters[column], MIN_CHARACTERS, MAX_CHARACTERS) + 1) * 256;
	}

	private void fit(int column, int length) {
		characters[column] = Math.max(characters[column], length);
	}
}
