package org.hjp.workbench.spreadsheet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.hjp.workbench.core.documents.DataTable;
import org.hjp.workbench.export.CsvTables;

/**
 * The assessment results with their dates and quantities typed for a spreadsheet: the table is made as text for the
 * CSV files and {@code hjp score}, so the workbook turns them back, column by column.
 */
final class TypedAssessmentResults {

	private static final String DATE = "date";

	/**
	 * The columns that hold quantities. Chosen by column rather than by whether a cell looks like a number: a version
	 * such as "1.10" is a name and would become 1.1, and a round's or a respondent's name may be all digits.
	 */
	private static final Set<String> QUANTITIES = Set.of("value", "answered", "statements", "spread");

	private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
	private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private TypedAssessmentResults() {
	}

	/** The assessment results typed; any other table as it is. */
	static DataTable typed(DataTable table) {
		if (!table.name().equals(CsvTables.ASSESSMENT_RESULTS)) {
			return table;
		}
		List<List<Object>> rows = new ArrayList<>();
		for (List<Object> row : table.rows()) {
			List<Object> typed = new ArrayList<>();
			for (int column = 0; column < row.size(); column++) {
				typed.add(cell(table.header().get(column), row.get(column)));
			}
			rows.add(typed);
		}
		return new DataTable(table.name(), table.header(), rows);
	}

	private static Object cell(String heading, Object cell) {
		if (!(cell instanceof String text)) {
			return cell;
		}
		if (heading.equals(DATE) && DAY.matcher(text).matches()) {
			return LocalDate.parse(text);
		}
		if (QUANTITIES.contains(heading) && PLAIN_NUMBER.matcher(text).matches()) {
			return Double.valueOf(text);
		}
		return text;
	}
}
