package org.hjp.workbench.questionnaire.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Answers from CSV, in one of the two layouts of docs/answers-import.md. Wide: a header of respondent, partner and one
 * column per statement id, then one row per respondent. Long: a header of respondent, partner, statement and value,
 * then one row per answer. Partner may be left out of either. Cells hold a point's value or label, D or N; empty
 * cells are unanswered. UTF-8 (with or without a byte order mark) is read as such, anything else as Windows-1252, as
 * spreadsheet programs save it; a semicolon header means semicolon-separated cells.
 */
final class CsvAnswers {

	private static final String RESPONDENT = "respondent";
	private static final String PARTNER = "partner";
	private static final String STATEMENT = "statement";
	private static final String VALUE = "value";

	private final String file;
	private final Map<String, Statement> statements;
	private final List<String> refusals;

	/** @param statements the round's statements by id */
	CsvAnswers(String file, Map<String, Statement> statements, List<String> refusals) {
		this.file = file;
		this.statements = statements;
		this.refusals = refusals;
	}

	List<ReturnedAnswers> read(byte[] bytes) {
		String text = text(bytes);
		if (text == null) {
			refusals.add("The file " + file + " is not a CSV file: it holds characters that are not text.");
			return List.of();
		}
		char delimiter = delimiter(text);
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).setTrim(true).get();
		List<CSVRecord> records;
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			records = parser.getRecords();
		} catch (IOException | UncheckedIOException | IllegalStateException e) {
			refusals.add("The file " + file + " cannot be read as CSV (" + e.getMessage() + "). Save it again as CSV from the program that made it.");
			return List.of();
		}
		if (records.isEmpty()) {
			refusals.add("The file " + file + " is empty: it needs a first row naming its columns, such as respondent, partner and the statement ids.");
			return List.of();
		}
		List<String> header = records.get(0).toList().stream().map(h -> h.strip()).toList();
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			columns.putIfAbsent(header.get(i).toLowerCase(Locale.ROOT), i);
		}
		if (!columns.containsKey(RESPONDENT)) {
			refusals.add("The file " + file + " has no column named respondent in its first row; it names who answered in each row.");
			return List.of();
		}
		List<CSVRecord> rows = records.subList(1, records.size());
		boolean longLayout = columns.containsKey(STATEMENT) && columns.containsKey(VALUE);
		return longLayout ? readLong(columns, header.size(), rows) : readWide(header, columns, rows);
	}

	private List<ReturnedAnswers> readWide(List<String> header, Map<String, Integer> columns, List<CSVRecord> rows) {
		Map<Integer, Statement> statementColumns = new LinkedHashMap<>();
		Map<Statement, String> seen = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String name = header.get(i);
			if (i == columns.get(RESPONDENT) || i == columns.getOrDefault(PARTNER, -1)) {
				continue;
			}
			Statement statement = statements.get(name);
			if (statement == null) {
				refusals.add("The column \u201c" + name + "\u201d of " + file + " is not a statement of this round's instrument" + hint(name) + ".");
			} else if (seen.putIfAbsent(statement, name) != null) {
				refusals.add("The file " + file + " has two columns for statement " + name + ".");
			} else {
				statementColumns.put(i, statement);
			}
		}
		List<ReturnedAnswers> answers = new ArrayList<>();
		for (CSVRecord row : rows) {
			String where = where(row);
			if (!fitsHeader(row, header.size(), where)) {
				continue;
			}
			Map<String, Cell> cells = new LinkedHashMap<>();
			statementColumns.forEach((column, statement) -> {
				String raw = cell(row, column);
				if (!raw.isEmpty()) {
					cells.put(statement.item().getId(), new Cell(raw, where + ", column " + header.get(column)));
				}
			});
			answers.add(new ReturnedAnswers(where, where, "", cell(row, columns.get(RESPONDENT)), cell(row, columns.getOrDefault(PARTNER, -1)), cells));
		}
		return answers;
	}

	private List<ReturnedAnswers> readLong(Map<String, Integer> columns, int width, List<CSVRecord> rows) {
		Map<String, ReturnedAnswers> byRespondent = new LinkedHashMap<>();
		Map<String, String> firstRow = new HashMap<>();
		for (CSVRecord row : rows) {
			String where = where(row);
			if (!fitsHeader(row, width, where)) {
				continue;
			}
			String name = cell(row, columns.get(RESPONDENT));
			String partner = cell(row, columns.getOrDefault(PARTNER, -1));
			String id = cell(row, columns.get(STATEMENT));
			String raw = cell(row, columns.get(VALUE));
			if (name.isEmpty()) {
				refusals.add(AnswerCodes.capitalised(where) + " names no respondent; in the long layout every row names who answered (a label such as Respondent A will do).");
				continue;
			}
			Statement statement = statements.get(id);
			if (statement == null) {
				refusals.add(AnswerCodes.capitalised(where) + ": \u201c" + id + "\u201d is not a statement of this round's instrument" + hint(id) + ".");
				continue;
			}
			String key = Respondents.key(name, partner);
			ReturnedAnswers respondent = byRespondent.computeIfAbsent(key,
					k -> new ReturnedAnswers("the rows of " + name + " in " + file, file, "", name, partner, new LinkedHashMap<>()));
			String earlier = firstRow.putIfAbsent(key + "\n" + id, where);
			if (earlier != null) {
				refusals.add(AnswerCodes.capitalised(where) + " answers statement " + id + " for " + name + " a second time (first in " + earlier + ").");
			} else if (!raw.isEmpty()) {
				respondent.cells().put(id, new Cell(raw, where));
			}
		}
		return new ArrayList<>(byRespondent.values());
	}

	private boolean fitsHeader(CSVRecord row, int width, String where) {
		if (row.size() > width && !row.toList().subList(width, row.size()).stream().allMatch(String::isEmpty)) {
			refusals.add(AnswerCodes.capitalised(where) + " has more cells than the first row has column names.");
			return false;
		}
		return true;
	}

	private String where(CSVRecord row) {
		return "row " + (row.getRecordNumber()) + " of " + file;
	}

	private static String cell(CSVRecord row, int column) {
		return column >= 0 && column < row.size() ? row.get(column).strip() : "";
	}

	/** A hint for a column that differs from a statement id only in case. */
	private String hint(String name) {
		return statements.keySet().stream().filter(id -> id.equalsIgnoreCase(name)).findFirst().map(id -> " (did you mean " + id + "?)").orElse("");
	}

	private static char delimiter(String text) {
		String first = text.lines().findFirst().orElse("");
		return first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count() ? ';' : ',';
	}

	/** The text of the file, or null when it holds a character no text file does. */
	private static String text(byte[] bytes) {
		for (byte b : bytes) {
			if (b == 0) {
				return null;
			}
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException e) {
			text = new String(bytes, Charset.forName("windows-1252"));
		}
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}
}
