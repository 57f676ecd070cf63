package org.hjp.workbench.export;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hjp.workbench.assessment.InstrumentRegistry;
import org.hjp.workbench.assessment.scoring.ResultsTable;
import org.hjp.workbench.core.documents.DataTable;
import org.hjp.workbench.core.documents.DocumentFailure;
import org.hjp.workbench.core.documents.StageDocumentsRegistry;
import org.hjp.workbench.core.documents.Wording;
import org.hjp.workbench.core.editing.ValueFormat;
import org.hjp.workbench.core.stages.StageData;
import org.hjp.workbench.learning.model.LearningPackage;
import org.hjp.workbench.learning.model.LearningPlan;
import org.hjp.workbench.model.Partnership;

/**
 * The tables people paste into spreadsheets, in the layout of docs/csv-layout.md: each installed stage's tables in the
 * user's order of stages, then the assessment results. The first column of every table names the partnership.
 */
public final class CsvTables {

	/** The name of the table of assessment results, which the workbench writes for every stage's rounds. */
	public static final String ASSESSMENT_RESULTS = "assessment-results";

	private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

	private CsvTables() {
	}

	/** The names of the tables {@link #tables} gives, in order. */
	public static List<String> names(StageDocumentsRegistry documents) {
		List<String> names = new ArrayList<>(documents.tableNames());
		names.add(ASSESSMENT_RESULTS);
		return names;
	}

	/**
	 * Every table of the partnership, in the order of {@link #names}.
	 *
	 * @param instruments the installed instruments, whose scoring hooks score rounds; null for the rules of each definition
	 */
	public static List<DataTable> tables(Partnership partnership, Wording words, StageDocumentsRegistry documents, InstrumentRegistry instruments)
			throws DocumentFailure {
		List<DataTable> tables = new ArrayList<>(documents.tables(partnership, words));
		List<List<Object>> results = new ArrayList<>();
		for (List<String> row : assessmentResults(partnership, instruments)) {
			results.add(new ArrayList<>(row.subList(1, row.size())));
		}
		tables.add(new DataTable(ASSESSMENT_RESULTS, ResultsTable.HEADER.subList(1, ResultsTable.HEADER.size()), results));
		return tables;
	}

	/** The rows of the assessment results, the partnership's name first, under {@link ResultsTable#HEADER}. */
	public static List<List<String>> assessmentResults(Partnership partnership, InstrumentRegistry instruments) {
		return StageData.find(partnership, LearningPackage.Literals.LEARNING_PLAN)
				.map(d -> new ResultsTable(instruments).rows(ValueFormat.format(partnership.getName()), ((LearningPlan) d).getAssessmentRounds()))
				.orElse(List.of());
	}

	/** The header of a table's file: "partnership", then the table's own. */
	public static List<String> header(DataTable table) {
		List<String> header = new ArrayList<>();
		header.add("partnership");
		header.addAll(table.header());
		return header;
	}

	/** A table's rows as the text of its file, the partnership's name first. */
	public static List<List<String>> rows(String partnership, DataTable table) {
		List<List<String>> rows = new ArrayList<>();
		for (List<Object> cells : table.rows()) {
			List<String> row = new ArrayList<>();
			row.add(partnership == null ? "" : partnership);
			cells.forEach(cell -> row.add(cell(cell)));
			rows.add(row);
		}
		return rows;
	}

	/** Writes rows, from one partnership or many, under one header; {@code out} stays open. */
	public static void print(List<String> header, List<List<String>> rows, Writer out) throws IOException {
		@SuppressWarnings("resource")
		CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
		for (List<String> row : rows) {
			csv.printRecord(row.stream().map(CsvTables::notAFormula).toList());
		}
		csv.flush();
	}

	/** A cell as text: dates as yyyy-MM-dd, whole numbers without a decimal point, yes or no, nothing for no value. */
	static String cell(Object value) {
		if (value instanceof LocalDate day) {
			return day.toString();
		}
		if (value instanceof Boolean yes) {
			return yes ? "yes" : "no";
		}
		return ValueFormat.format(value);
	}

	/**
	 * The cell, with a leading apostrophe when a spreadsheet would otherwise run it as a formula (it starts with
	 * =, +, -, @, a tab or a carriage return and is not a plain number): a name typed as "=HYPERLINK(...)" in one
	 * partnership must not become a live link, or worse, on the computer of whoever opens the roll-up.
	 */
	static String notAFormula(String cell) {
		if (cell == null || cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0 || PLAIN_NUMBER.matcher(cell).matches()) {
			return cell;
		}
		return "'" + cell;
	}
}
