package org.hjp.workbench.spreadsheet;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Names sheets after their tables within Excel's rules. A table's name is lower-case letters, digits and hyphens
 * ({@code DataTable}), none of which Excel forbids; but a stage plug-in's table may have a name longer than Excel's
 * 31 characters, two long names may start alike, and Excel keeps the name "History" for itself.
 */
final class SheetNames {

	static final int MAX_LENGTH = 31;
	private static final String RESERVED = "history";

	private final Set<String> taken = new HashSet<>(Set.of(RESERVED));

	/** A name for the next sheet, which no earlier sheet of this workbook has, whatever the case. */
	String next(String table) {
		String name = cut(table, MAX_LENGTH);
		for (int number = 2; !taken.add(name.toLowerCase(Locale.ROOT)); number++) {
			String suffix = "~" + number;
			name = cut(table, MAX_LENGTH - suffix.length()) + suffix;
		}
		return name;
	}

	private static String cut(String name, int length) {
		return name.length() <= length ? name : name.substring(0, length);
	}
}
