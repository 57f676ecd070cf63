package org.hjp.workbench.ui.forms.internal;

import java.text.ParsePosition;
import java.text.SimpleDateFormat;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EDataType;
import org.hjp.workbench.core.editing.ValueFormat;
import org.hjp.workbench.core.persistence.FileText;

/** Converts attribute values to and from the text a user types, with messages for text that does not fit. */
public final class ValueText {


	private ValueText() {
	}

	public static String format(Object value) {
		return ValueFormat.format(value);
	}

	/** The value for {@code text}; blank text means no value. */
	public static Object parse(EDataType type, String text) throws IllegalArgumentException {
		String t = text.strip();
		Class<?> c = type.getInstanceClass();
		if (c == String.class) {
			// Pasted text can bring characters a partnership file cannot keep, such as Word's soft line break.
			return text.isEmpty() ? null : FileText.clean(text);
		}
		if (t.isEmpty()) {
			return c != null && c.isPrimitive() ? zero(c) : null;
		}
		try {
			if (c == Integer.class || c == int.class) {
				return Integer.valueOf(plainNumber(t));
			}
			if (c == Double.class || c == double.class) {
				return Double.valueOf(plainNumber(t));
			}
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(c == Integer.class || c == int.class ? "Enter a whole number." : "Enter a number.");
		}
		if (c == Date.class) {
			return date(t);
		}
		return type.getEPackage().getEFactoryInstance().createFromString(type, t);
	}

	/**
	 * A number as people write amounts: without its currency ("$12,000", "A$1,250.50", "12 000 AUD", "€5") and without
	 * the separators between thousands.
	 */
	static String plainNumber(String text) {
		return CURRENCY_CODE.matcher(text).replaceAll("").replaceAll("(A|AU|US|NZ)?[$\u20AC\u00A3]", "").replaceAll("[,\\s\u00A0\u202F']", "");
	}

	private static final Pattern CURRENCY_CODE = Pattern.compile("(?i)\\b(AUD|NZD|USD|EUR|GBP)\\b");

	/**
	 * A day as people here write it: 2026-03-31, 31/3/2026 (day first, as in Australia) or 31 March 2026 (or Mar).
	 * The field shows it back as year-month-day.
	 */
	private static Date date(String text) {
		for (String pattern : DATE_INPUTS) {
			SimpleDateFormat format = new SimpleDateFormat(pattern, Locale.ENGLISH);
			format.setLenient(false);
			ParsePosition position = new ParsePosition(0);
			Date date = format.parse(text, position);
			if (date != null && position.getIndex() == text.length() && yearOf(date) >= EARLIEST_YEAR) {
				return date;
			}
		}
		throw new IllegalArgumentException("Enter a date such as 2026-03-31, 31/3/2026 or 31 March 2026.");
	}

	/** A two-digit year ("31/3/26") would otherwise be read as the year 26. */
	private static final int EARLIEST_YEAR = 1900;

	private static int yearOf(Date date) {
		Calendar calendar = Calendar.getInstance();
		calendar.setTime(date);
		return calendar.get(Calendar.YEAR);
	}

	private static final List<String> DATE_INPUTS = List.of(ValueFormat.DATE_PATTERN, "d/M/yyyy", "d MMM yyyy", "d MMMM yyyy");

	private static Object zero(Class<?> c) {
		// Not a conditional expression: mixing Integer and Double there would turn the int's zero into 0.0.
		if (c == int.class) {
			return Integer.valueOf(0);
		}
		return c == double.class ? Double.valueOf(0) : null;
	}
}
