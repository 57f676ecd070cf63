package org.hjp.workbench.export.tests;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads an iCalendar file (RFC 5545) and refuses anything a calendar might stumble on: a line break that is not CRLF,
 * a line longer than 75 octets or folded inside a character, a content line out of the grammar, components not closed
 * in order, a calendar or event without the properties it must have, a date that is not one, text with an unescaped
 * comma or semicolon or an unknown escape. Events must be all-day, as the workbench writes them.
 */
final class StrictICalendar {

	/** One property: its name and parameter names in upper case, its value as written. */
	record Property(String name, Map<String, String> parameters, String value) {

		/** The value as TEXT (section 3.3.11), with its escapes decoded. */
		String text() {
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < value.length(); i++) {
				char c = value.charAt(i);
				if (c == ',' || c == ';') {
					throw new IllegalArgumentException(name + " has an unescaped '" + c + "': " + value);
				}
				if (c != '\\') {
					text.append(c);
					continue;
				}
				char escaped = i + 1 < value.length() ? value.charAt(++i) : ' ';
				switch (escaped) {
				case '\\', ';', ',' -> text.append(escaped);
				case 'n', 'N' -> text.append('\n');
				default -> throw new IllegalArgumentException(name + " has an unknown escape \\" + escaped + ": " + value);
				}
			}
			return text.toString();
		}
	}

	record Component(String name, List<Property> properties, List<Component> components) {

		/** The property that must be there exactly once. */
		Property one(String property) {
			List<Property> found = all(property);
			if (found.size() != 1) {
				throw new IllegalArgumentException(name + " has " + found.size() + " " + property + ", not one");
			}
			return found.get(0);
		}

		List<Property> all(String property) {
			return properties.stream().filter(p -> p.name().equals(property)).toList();
		}

		List<Component> components(String component) {
			return components.stream().filter(c -> c.name().equals(component)).toList();
		}
	}

	private static final int MOST_OCTETS = 75;
	private static final Set<String> TEXT = Set.of("UID", "SUMMARY", "DESCRIPTION", "LOCATION", "COMMENT", "PRODID", "X-WR-CALNAME");
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
	private static final DateTimeFormatter UTC_DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withResolverStyle(ResolverStyle.STRICT);

	private StrictICalendar() {
	}

	/** The calendar in {@code file}; an {@link IllegalArgumentException} says what is wrong with it. */
	static Component read(byte[] file) {
		Component calendar = components(contentLines(physicalLines(file)));
		checkCalendar(calendar);
		return calendar;
	}

	/** Each line of the file as text, without its CRLF: none longer than 75 octets, each whole UTF-8 on its own. */
	private static List<String> physicalLines(byte[] file) {
		List<String> lines = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < file.length; i++) {
			if (file[i] == '\n' || (file[i] == '\r' && (i + 1 == file.length || file[i + 1] != '\n'))) {
				throw new IllegalArgumentException("line " + (lines.size() + 1) + " ends in a line break that is not CRLF");
			}
			if (file[i] == '\r') {
				int octets = i - start;
				if (octets > MOST_OCTETS) {
					throw new IllegalArgumentException("line " + (lines.size() + 1) + " is " + octets + " octets long");
				}
				lines.add(utf8(file, start, octets, lines.size() + 1));
				start = ++i + 1;
			}
		}
		if (start != file.length) {
			throw new IllegalArgumentException("the last line does not end in CRLF");
		}
		return lines;
	}

	private static String utf8(byte[] file, int start, int octets, int line) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			return decoder.decode(ByteBuffer.wrap(file, start, octets)).toString();
		} catch (CharacterCodingException e) {
			throw new IllegalArgumentException("line " + line + " is not whole UTF-8: folded inside a character, or another encoding");
		}
	}

	/** The lines unfolded, each parsed as name *(";" param) ":" value. */
	private static List<Property> contentLines(List<String> lines) {
		List<StringBuilder> unfolded = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.startsWith(" ") || line.startsWith("\t")) {
				if (unfolded.isEmpty()) {
					throw new IllegalArgumentException("the first line is a continuation");
				}
				unfolded.get(unfolded.size() - 1).append(line, 1, line.length());
			} else if (line.isEmpty()) {
				throw new IllegalArgumentException("line " + (i + 1) + " is empty");
			} else {
				unfolded.add(new StringBuilder(line));
			}
		}
		return unfolded.stream().map(line -> property(line.toString())).toList();
	}

	private static Property property(String line) {
		int at = token(line, 0);
		String name = line.substring(0, at).toUpperCase(Locale.ROOT);
		Map<String, String> parameters = new LinkedHashMap<>();
		while (at < line.length() && line.charAt(at) == ';') {
			int nameEnd = token(line, at + 1);
			if (nameEnd == line.length() || line.charAt(nameEnd) != '=') {
				throw new IllegalArgumentException("a parameter without '=': " + line);
			}
			int valueEnd = parameterValues(line, nameEnd + 1);
			parameters.put(line.substring(at + 1, nameEnd).toUpperCase(Locale.ROOT), line.substring(nameEnd + 1, valueEnd));
			at = valueEnd;
		}
		if (at == line.length() || line.charAt(at) != ':') {
			throw new IllegalArgumentException("no ':' after the name and parameters: " + line);
		}
		String value = line.substring(at + 1);
		if (value.chars().anyMatch(c -> c != '\t' && Character.isISOControl(c))) {
			throw new IllegalArgumentException("a control character in the value of " + name);
		}
		return new Property(name, parameters, value);
	}

	/** The end of the name (letters, digits, '-') that starts at {@code start}, which must not be empty. */
	private static int token(String line, int start) {
		int end = start;
		while (end < line.length() && (Character.isLetterOrDigit(line.charAt(end)) && line.charAt(end) < 128 || line.charAt(end) == '-')) {
			end++;
		}
		if (end == start) {
			throw new IllegalArgumentException("a name is missing at " + start + ": " + line);
		}
		return end;
	}

	/** The end of a parameter's values, separated by commas. */
	private static int parameterValues(String line, int start) {
		int at = parameterValue(line, start);
		while (at < line.length() && line.charAt(at) == ',') {
			at = parameterValue(line, at + 1);
		}
		return at;
	}

	/** The end of a quoted string, or of text without separators, quotes or control characters. */
	private static int parameterValue(String line, int start) {
		if (start < line.length() && line.charAt(start) == '"') {
			int close = line.indexOf('"', start + 1);
			if (close < 0) {
				throw new IllegalArgumentException("an unclosed quote: " + line);
			}
			return close + 1;
		}
		int at = start;
		while (at < line.length() && ";:,\"".indexOf(line.charAt(at)) < 0 && !Character.isISOControl(line.charAt(at))) {
			at++;
		}
		return at;
	}

	/** The one VCALENDAR, its components closed in the order they were opened. */
	private static Component components(List<Property> lines) {
		Deque<Component> open = new ArrayDeque<>();
		Component calendar = null;
		for (Property line : lines) {
			if (calendar != null) {
				throw new IllegalArgumentException("something after the end of the calendar: " + line.name());
			}
			if (line.name().equals("BEGIN")) {
				Component component = new Component(line.value(), new ArrayList<>(), new ArrayList<>());
				if (open.isEmpty() != component.name().equals("VCALENDAR")) {
					throw new IllegalArgumentException(component.name() + " begins " + (open.isEmpty() ? "outside a calendar" : "inside " + open.peek().name()));
				}
				if (!open.isEmpty()) {
					open.peek().components().add(component);
				}
				open.push(component);
			} else if (line.name().equals("END")) {
				if (open.isEmpty() || !open.peek().name().equals(line.value())) {
					throw new IllegalArgumentException("END:" + line.value() + " closes " + (open.isEmpty() ? "nothing" : open.peek().name()));
				}
				Component closed = open.pop();
				calendar = open.isEmpty() ? closed : null;
			} else if (open.isEmpty()) {
				throw new IllegalArgumentException(line.name() + " outside a calendar");
			} else {
				open.peek().properties().add(line);
			}
		}
		if (calendar == null) {
			throw new IllegalArgumentException(open.isEmpty() ? "no calendar" : open.peek().name() + " is not closed");
		}
		return calendar;
	}

	private static void checkCalendar(Component calendar) {
		texts(calendar);
		calendar.one("PRODID");
		if (!calendar.one("VERSION").value().equals("2.0")) {
			throw new IllegalArgumentException("VERSION is not 2.0");
		}
		if (calendar.all("CALSCALE").stream().anyMatch(p -> !p.value().equals("GREGORIAN"))) {
			throw new IllegalArgumentException("a calendar scale other than GREGORIAN");
		}
		for (Component event : calendar.components("VEVENT")) {
			checkEvent(event);
		}
	}

	private static void checkEvent(Component event) {
		texts(event);
		event.one("UID");
		dateTime(event.one("DTSTAMP").value());
		LocalDate start = date(event.one("DTSTART"));
		if (event.all("SUMMARY").size() > 1) {
			throw new IllegalArgumentException("an event with more than one SUMMARY");
		}
		if (!event.all("DTEND").isEmpty() && !date(event.one("DTEND")).isAfter(start)) {
			throw new IllegalArgumentException("an event that ends before it starts");
		}
	}

	/** Decodes every TEXT value, so that a bad escape or an unescaped separator is refused. */
	private static void texts(Component component) {
		component.properties().stream().filter(p -> TEXT.contains(p.name())).forEach(Property::text);
	}

	private static LocalDate date(Property property) {
		if (!"DATE".equals(property.parameters().get("VALUE"))) {
			throw new IllegalArgumentException(property.name() + " is not an all-day date: " + property);
		}
		try {
			return LocalDate.parse(property.value(), DATE);
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException(property.name() + " is not a date: " + property.value());
		}
	}

	private static LocalDateTime dateTime(String value) {
		try {
			return LocalDateTime.parse(value, UTC_DATE_TIME);
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException("not a UTC date and time: " + value);
		}
	}
}
