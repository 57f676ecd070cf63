package org.hjp.workbench.ui.forms.internal;

import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Date;

import org.eclipse.emf.ecore.EDataType;

/** Converts attribute values to and from the text a user types, with messages for text that does not fit. */
final class ValueText {

	static final String DATE_PATTERN = "yyyy-MM-dd";

	private ValueText() {
	}

	static String format(Object value) {
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

	/** The value for {@code text}; blank text means no value. */
	static Object parse(EDataType type, String text) throws IllegalArgumentException {
		String t = text.strip();
		Class<?> c = type.getInstanceClass();
		if (c == String.class) {
			return text.isEmpty() ? null : text;
		}
		if (t.isEmpty()) {
			return c != null && c.isPrimitive() ? zero(c) : null;
		}
		try {
			if (c == Integer.class || c == int.class) {
				return Integer.valueOf(t);
			}
			if (c == Double.class || c == double.class) {
				return Double.valueOf(t.replace(",", ""));
			}
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(c == Integer.class || c == int.class ? "Enter a whole number." : "Enter a number.");
		}
		if (c == Date.class) {
			try {
				SimpleDateFormat format = new SimpleDateFormat(DATE_PATTERN);
				format.setLenient(false);
				return format.parse(t);
			} catch (ParseException e) {
				throw new IllegalArgumentException("Enter a date as year-month-day, e.g. 2026-03-31.");
			}
		}
		return type.getEPackage().getEFactoryInstance().createFromString(type, t);
	}

	private static Object zero(Class<?> c) {
		return c == int.class ? Integer.valueOf(0) : c == double.class ? Double.valueOf(0) : null;
	}
}
