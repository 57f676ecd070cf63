package org.hjp.workbench.mou;

import java.util.Arrays;
import java.util.List;

/**
 * Widths for a table's columns: each is wide enough for its longest word, so that no word is broken across lines, and
 * the room left goes to the columns by how much they hold, so that a column of long descriptions gets room and a
 * column of "Yes" does not.
 */
final class ColumnWidths {

	/** About the width of a character of 10 to 11 point text, with the cell's margins, in twentieths of a point. */
	private static final int CHARACTER = 115;
	private static final int CELL_MARGINS = 200;
	private static final int WIDEST_SHARE = 80;

	private ColumnWidths() {
	}

	static int[] of(List<String> header, List<List<String>> rows, int total) {
		int columns = header.size();
		int[] widths = new int[columns];
		double[] shares = new double[columns];
		for (int column = 0; column < columns; column++) {
			int characters = header.get(column).length();
			int longestWord = longestWord(header.get(column));
			for (List<String> row : rows) {
				characters += row.get(column).length();
				longestWord = Math.max(longestWord, longestWord(row.get(column)));
			}
			widths[column] = longestWord * CHARACTER + CELL_MARGINS;
			shares[column] = Math.min((double) characters / (rows.size() + 1), WIDEST_SHARE);
		}
		int least = Arrays.stream(widths).sum();
		if (least >= total) {
			return Arrays.stream(widths).map(w -> w * total / least).toArray();
		}
		double sum = Arrays.stream(shares).sum();
		int left = total - least;
		for (int column = 0; column < columns; column++) {
			widths[column] += (int) Math.round(left * (sum == 0 ? 1.0 / columns : shares[column] / sum));
		}
		return widths;
	}

	private static int longestWord(String text) {
		return Arrays.stream(text.split("\\s+")).mapToInt(String::length).max().orElse(0);
	}
}
