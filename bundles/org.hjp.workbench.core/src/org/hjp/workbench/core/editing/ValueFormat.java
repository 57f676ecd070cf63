package org.hjp.workbench.core.editing;

import java.text.SimpleDateFormat;
import java.util.Date;

/**
 * A model value as plain text, the same in fields, tables and exports: dates as year-month-day, whole numbers
 * without a decimal point, nothing for no value.
 */
public final class ValueFormat {

	public static final String DATE_PATTERN = "yyyy-MM-dd";

	private ValueFormat() {
	}

	public static String format(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Date date) {
			return new SimpleDateFormat(DATE_PATTERN).format(date);
		}
		if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
			return String.valueOf(d.longValue());
		}
		return value.toString();
	}
}
