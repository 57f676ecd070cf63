package org.hjp.workbench.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hjp.workbench.core.documents.DataTable;
import org.hjp.workbench.core.editing.ValueFormat;
import org.hjp.workbench.core.product.ProductIdentity;
import org.hjp.workbench.export.CsvTables;
import org.hjp.workbench.export.ServiceLoaderMediator;

/**
 * One partnership's tables as a workbook: a sheet for each, named after it, with the partnership's name as the first
 * column as in the CSV files; a bold header row that stays in view, filters and heads every printed page; dates as dates shown yyyy-mm-dd,
 * numbers as numbers, yes/no fields as the words yes and no, and text always as text, never as a formula.
 */
final class TablesWorkbook {

	private final String partnership;

	/** @param partnership the partnership's name; null for none */
	TablesWorkbook(String partnership) {
		this.partnership = partnership;
	}

	void write(List<DataTable> tables, OutputStream out) throws IOException {
		// POI logs through the Log4j API, which finds the workbench's provider through the ServiceLoader mediator.
		ServiceLoaderMediator.ensureStarted();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			properties(workbook.getProperties());
			CellStyle heading = headingStyle(workbook);
			CellStyle day = workbook.createCellStyle();
			day.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			SheetNames names = new SheetNames();
			for (DataTable table : tables) {
				sheet(workbook.createSheet(names.next(table.name())), table, heading, day);
			}
			workbook.write(out);
		}
	}

	private void properties(POIXMLProperties properties) {
		if (partnership != null && !partnership.isBlank()) {
			properties.getCoreProperties().setTitle(partnership + " tables");
		}
		properties.getCoreProperties().setCreator(ProductIdentity.NAME);
		properties.getExtendedProperties().setApplication(ProductIdentity.NAME);
	}

	private void sheet(XSSFSheet sheet, DataTable table, CellStyle heading, CellStyle day) {
		List<String> header = CsvTables.header(table);
		ColumnWidths widths = new ColumnWidths(header.size());
		Row top = sheet.createRow(0);
		for (int column = 0; column < header.size(); column++) {
			Cell cell = top.createCell(column);
			cell.setCellValue(header.get(column));
			cell.setCellStyle(heading);
			widths.heading(column, header.get(column));
		}
		int number = 1;
		for (List<Object> cells : table.rows()) {
			List<Object> values = new ArrayList<>();
			values.add(partnership);
			values.addAll(cells);
			Row row = sheet.createRow(number++);
			for (int column = 0; column < values.size(); column++) {
				cell(row, column, values.get(column), day, widths);
			}
		}
		for (int column = 0; column < header.size(); column++) {
			sheet.setColumnWidth(column, widths.width(column));
		}
		sheet.createFreezePane(0, 1);
		sheet.setAutoFilter(new CellRangeAddress(0, number - 1, 0, header.size() - 1));
		printed(sheet);
	}

	/** On paper: across the page, with the grid, and the header row on every page. */
	private static void printed(XSSFSheet sheet) {
		sheet.getPrintSetup().setLandscape(true);
		sheet.setPrintGridlines(true);
		sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
	}

	private static void cell(Row row, int column, Object value, CellStyle day, ColumnWidths widths) {
		if (value == null || "".equals(value)) {
			return;
		}
		Cell cell = row.createCell(column);
		switch (value) {
			case LocalDate date -> {
				cell.setCellValue(date);
				cell.setCellStyle(day);
				widths.text(column, date.toString());
			}
			case Number amount -> {
				cell.setCellValue(amount.doubleValue());
				widths.text(column, ValueFormat.format(amount));
			}
			case Boolean yes -> {
				// Words, as in the CSV files and the assessment results, rather than TRUE and FALSE in Excel's language.
				cell.setCellValue(yes ? "yes" : "no");
				widths.text(column, "yes");
			}
			default -> {
				String text = CellText.of(value.toString());
				cell.setCellValue(text);
				widths.text(column, text);
			}
		}
	}

	private static CellStyle headingStyle(XSSFWorkbook workbook) {
		Font bold = workbook.createFont();
		bold.setBold(true);
		CellStyle style = workbook.createCellStyle();
		style.setFont(bold);
		return style;
	}
}
