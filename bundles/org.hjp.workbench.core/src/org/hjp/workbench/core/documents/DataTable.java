package org.hjp.workbench.core.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

import org.hjp.workbench.core.stages.Commitment;

/**
 * A table for CSV files and spreadsheets: a name that ends the file's name, a header, and rows of typed cells. A cell
 * is text, a {@link LocalDate}, a {@link Number}, a {@link Boolean} or null for nothing, so that a spreadsheet can
 * hold dates as dates and numbers as numbers.
 */
public record DataTable(String name, List<String> header, List<List<Object>> rows) {

	public DataTable {
		if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
			throw new IllegalArgumentException("A table's name must be lower-case words joined by hyphens: " + name);
		}
		header = List.copyOf(header);
		List<List<Object>> typed = new ArrayList<>();
		for (List<Object> row : rows) {
			if (row.size() != header.size()) {
				throw new IllegalArgumentException("A row of " + name + " has " + row.size() + " cells under " + header.size() + " headings");
			}
			typed.add(Collections.unmodifiableList(row.stream().map(DataTable::cell).toList()));
		}
		rows = List.copyOf(typed);
	}

	/** A table of one row per item, its columns added with {@link Columns#column}. */
	public static <T> Columns<T> of(String name, List<? extends T> items) {
		return new Columns<>(name, items);
	}

	private static Object cell(Object value) {
		if (value instanceof Date date) {
			return Commitment.day(date);
		}
		if (value == null || value instanceof String || value instanceof LocalDate || value instanceof Number || value instanceof Boolean) {
			return value;
		}
		throw new IllegalArgumentException("A table cell is text, a date, a number or yes/no, not " + value.getClass().getSimpleName());
	}

	/** The columns of a table being made, each a heading and how to read its cell from an item. */
	public static final class Columns<T> {

		private final String name;
		private final List<? extends T> items;
		private final List<String> header = new ArrayList<>();
		private final List<Function<? super T, ?>> cells = new ArrayList<>();

		private Columns(String name, List<? extends T> items) {
			this.name = name;
			this.items = items;
		}

		public Columns<T> column(String heading, Function<? super T, ?> cell) {
			header.add(heading);
			cells.add(cell);
			return this;
		}

		public DataTable table() {
			List<List<Object>> rows = new ArrayList<>();
			for (T item : items) {
				List<Object> row = new ArrayList<>();
				for (Function<? super T, ?> cell : cells) {
					row.add(cell.apply(item));
				}
				rows.add(row);
			}
			return new DataTable(name, header, rows);
		}
	}
}
