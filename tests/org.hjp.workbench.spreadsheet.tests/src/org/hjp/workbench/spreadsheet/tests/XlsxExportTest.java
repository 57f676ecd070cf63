package org.hjp.workbench.spreadsheet.tests;

import static org.hjp.workbench.tests.generator.Services.exporter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.logging.log4j.LogManager;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.hjp.workbench.core.documents.DataTable;
import org.hjp.workbench.core.documents.StageDocuments;
import org.hjp.workbench.core.documents.Wording;
import org.hjp.workbench.core.editing.ModelAdapterFactory;
import org.hjp.workbench.core.persistence.PartnershipStore;
import org.hjp.workbench.core.persistence.SamplePartnership;
import org.hjp.workbench.core.stages.DefinedStage;
import org.hjp.workbench.core.stages.StageDescriptor;
import org.hjp.workbench.export.CsvTables;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.needs.model.NeedsAndGaps;
import org.hjp.workbench.tests.generator.InstalledStages;
import org.hjp.workbench.tests.generator.RandomPartnership;
import org.hjp.workbench.tests.generator.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceRegistration;

/**
 * The tables as one Excel workbook, read back with POI: a sheet for each table of the CSV files, in their order and
 * under their headers, with dates as dates, numbers as numbers and text as text, never as a formula.
 */
class XlsxExportTest {

	private static final String NAME = "Riverbend Health Justice Partnership";

	@TempDir
	Path folder;

	@Test
	void theWorkbookIsOneFileWithASheetForEachCsvTableInOrderUnderTheSameHeader() throws Exception {
		List<DataTable> tables = tables(sample());
		List<Path> written = exporter("xlsx").write(sample(), folder, "riverbend");

		assertEquals(List.of(folder.resolve("riverbend-tables.xlsx")), written);
		assertEquals(written, exporter("xlsx").files(folder, "riverbend"));
		try (XSSFWorkbook workbook = read(written.get(0))) {
			assertEquals(CsvTables.names(InstalledStages.documents()), sheetNames(workbook));
			for (DataTable table : tables) {
				assertEquals(CsvTables.header(table), texts(workbook.getSheet(table.name()).getRow(0)), "the header of " + table.name());
				assertEquals(table.rows().size(), workbook.getSheet(table.name()).getLastRowNum(), "the rows of " + table.name());
			}
		}
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(2, files.count(), "the workbook beside the source folder, and nothing half-written");
		}
	}

	@Test
	void everyCellHasTheTypeOfTheTablesValue() throws Exception {
		Resource sample = sample();
		List<DataTable> tables = tables(sample);
		int dates = 0;
		int numbers = 0;
		int yesOrNo = 0;
		DataFormatter shown = new DataFormatter();
		try (XSSFWorkbook workbook = read(exporter("xlsx").write(sample, folder, "typed").get(0))) {
			for (DataTable table : tables.subList(0, tables.size() - 1)) {
				Sheet sheet = workbook.getSheet(table.name());
				for (int r = 0; r < table.rows().size(); r++) {
					Row row = sheet.getRow(r + 1);
					assertEquals(NAME, row.getCell(0).getStringCellValue(), "the partnership first");
					for (int c = 0; c < table.header().size(); c++) {
						Object value = table.rows().get(r).get(c);
						Cell cell = row.getCell(c + 1);
						String where = table.name() + "!" + new CellReference(r + 1, c + 1).formatAsString();
						if (value == null || "".equals(value)) {
							assertNull(cell, where + " is empty");
						} else if (value instanceof LocalDate day) {
							assertEquals(CellType.NUMERIC, cell.getCellType(), where);
							assertTrue(DateUtil.isCellDateFormatted(cell), where + " is shown as a date");
							assertEquals("yyyy-mm-dd", cell.getCellStyle().getDataFormatString(), where);
							assertEquals(day, cell.getLocalDateTimeCellValue().toLocalDate(), where);
							assertEquals(day.toString(), shown.formatCellValue(cell), where);
							dates++;
						} else if (value instanceof Number number) {
							assertEquals(CellType.NUMERIC, cell.getCellType(), where);
							assertFalse(DateUtil.isCellDateFormatted(cell), where + " is not a date");
							assertEquals(number.doubleValue(), cell.getNumericCellValue(), where);
							if (number.doubleValue() == Math.rint(number.doubleValue())) {
								assertEquals(String.valueOf(number.longValue()), shown.formatCellValue(cell), where + " is shown without decimals");
							}
							numbers++;
						} else if (value instanceof Boolean yes) {
							assertEquals(yes ? "yes" : "no", cell.getStringCellValue(), where);
							yesOrNo++;
						} else {
							assertEquals(CellType.STRING, cell.getCellType(), where);
							assertEquals(value, cell.getStringCellValue(), where);
						}
					}
				}
			}
		}
		assertTrue(dates > 10 && numbers > 10 && yesOrNo > 5, "the sample has dates (" + dates + "), numbers (" + numbers + ") and yes/no (" + yesOrNo + ")");
	}

	@Test
	void theAssessmentResultsHaveTheirDatesAndQuantitiesTypedAndTheirNamesAsText() throws Exception {
		try (XSSFWorkbook workbook = read(exporter("xlsx").write(sample(), folder, "results").get(0))) {
			Sheet results = workbook.getSheet(CsvTables.ASSESSMENT_RESULTS);
			List<String> header = texts(results.getRow(0));
			Row first = results.getRow(1);
			assertEquals(LocalDate.of(2025, 8, 20), first.getCell(header.indexOf("date")).getLocalDateTimeCellValue().toLocalDate());
			assertEquals(17, first.getCell(header.indexOf("value")).getNumericCellValue());
			assertEquals(5, first.getCell(header.indexOf("answered")).getNumericCellValue());
			assertEquals(5, first.getCell(header.indexOf("statements")).getNumericCellValue());
			assertEquals("1.0", first.getCell(header.indexOf("version")).getStringCellValue(), "a version is a name, not a number");
			Row spread = rowWith(results, header.indexOf("spread"));
			assertEquals(CellType.NUMERIC, spread.getCell(header.indexOf("spread")).getCellType());
			assertEquals(CellType.STRING, spread.getCell(header.indexOf("disagreement")).getCellType());
		}
	}

	@Test
	void theHeaderIsBoldStaysInViewAndFiltersAndTheColumnsFitTheirTextUpToALimit() throws Exception {
		try (XSSFWorkbook workbook = read(exporter("xlsx").write(sample(), folder, "look").get(0))) {
			XSSFSheet partnership = workbook.getSheet("partnership");
			List<String> header = texts(partnership.getRow(0));
			assertTrue(workbook.getFontAt(partnership.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());
			assertFalse(workbook.getFontAt(partnership.getRow(1).getCell(0).getCellStyle().getFontIndex()).getBold());
			assertTrue(partnership.getPaneInformation().isFreezePane());
			assertEquals(1, partnership.getPaneInformation().getHorizontalSplitPosition());
			assertEquals(0, partnership.getPaneInformation().getVerticalSplitPosition());
			assertEquals("A1:K2", partnership.getCTWorksheet().getAutoFilter().getRef());
			assertEquals((10 + 3 + 1) * 256, partnership.getColumnWidth(header.indexOf("start date")), "the heading and its filter button");
			assertEquals((NAME.length() + 1) * 256, partnership.getColumnWidth(0));
			assertEquals(61 * 256, partnership.getColumnWidth(header.indexOf("purpose")), "long text is cut off at 60 characters' width");
			for (Sheet sheet : workbook) {
				CellRangeAddress everything = new CellRangeAddress(0, sheet.getLastRowNum(), 0, sheet.getRow(0).getLastCellNum() - 1);
				assertEquals(everything.formatAsString(), ((XSSFSheet) sheet).getCTWorksheet().getAutoFilter().getRef(), "the filter of " + sheet.getSheetName());
			}
		}
	}

	@Test
	void aSheetPrintsAcrossThePageWithItsGridAndTheHeaderOnEveryPage() throws Exception {
		try (XSSFWorkbook workbook = read(exporter("xlsx").write(sample(), folder, "print").get(0))) {
			for (Sheet sheet : workbook) {
				assertTrue(sheet.getPrintSetup().getLandscape(), sheet.getSheetName());
				assertTrue(sheet.isPrintGridlines(), sheet.getSheetName());
				assertEquals(CellRangeAddress.valueOf("1:1"), sheet.getRepeatingRows(), sheet.getSheetName());
			}
		}
	}

	@Test
	void theWorkbookIsTitledAfterThePartnershipAndMadeByTheWorkbench() throws Exception {
		try (XSSFWorkbook workbook = read(exporter("xlsx").write(sample(), folder, "properties").get(0))) {
			POIXMLProperties properties = workbook.getProperties();
			assertEquals(NAME + " tables", properties.getCoreProperties().getTitle());
			assertEquals("HJP Workbench", properties.getCoreProperties().getCreator());
			assertEquals("HJP Workbench", properties.getExtendedProperties().getApplication());
		}
	}

	@Test
	void textThatLooksLikeAFormulaStaysText() throws Exception {
		Resource sample = sample();
		String hyperlink = "=HYPERLINK(\"http://example.org/x\",\"Click\")";
		needs(sample).getNeeds().get(0).setName(hyperlink);
		needs(sample).getNeeds().get(1).setName("@SUM(1+1)");
		try (XSSFWorkbook workbook = read(exporter("xlsx").write(sample, folder, "formulas").get(0))) {
			Sheet sheet = workbook.getSheet("needs");
			int need = texts(sheet.getRow(0)).indexOf("need");
			assertEquals(CellType.STRING, sheet.getRow(1).getCell(need).getCellType());
			assertEquals(hyperlink, sheet.getRow(1).getCell(need).getStringCellValue(), "as typed, without an apostrophe");
			assertEquals("@SUM(1+1)", sheet.getRow(2).getCell(need).getStringCellValue());
			for (Sheet each : workbook) {
				for (Row row : each) {
					for (Cell cell : row) {
						assertTrue(cell.getCellType() != CellType.FORMULA, "no formula in " + each.getSheetName());
					}
				}
			}
		}
	}

	@Test
	void aGeneratedPartnershipWithCommasQuotesAndLineBreaksExports() throws Exception {
		InstalledStages.documents();
		Path xlsx = exporter("xlsx").write(RandomPartnership.create(50, 7), folder, "generated").get(0);
		try (XSSFWorkbook workbook = read(xlsx)) {
			Sheet sessions = workbook.getSheet("training-sessions");
			assertTrue(sessions.getLastRowNum() > 0, "the generated sessions");
			assertEquals("Generated partnership 7, with commas, \"quotes\" and a line\nbreak", sessions.getRow(1).getCell(0).getStringCellValue());
			assertEquals("Organisation 0 \u00e9\u00e8 \u2013 \u6f22", workbook.getSheet("organisations").getRow(1).getCell(1).getStringCellValue());
		}
	}

	@Test
	void textLongerThanACellHoldsIsCutWithANote() throws Exception {
		Resource sample = sample();
		needs(sample).getNeeds().get(0).setDescription("x".repeat(40_000));
		String cut = needDescription(sample, "long");
		assertEquals(32_767, cut.length());
		assertTrue(cut.startsWith("x".repeat(32_000)), cut.substring(0, 20));
		assertTrue(cut.endsWith("x [\u2026 cut here: the text is 40000 characters long and a cell holds 32767; the partnership file has all of it]"),
				cut.substring(32_600));
	}

	@Test
	void aCutNeverSplitsACharacterOutsideTheBasicPlane() throws Exception {
		String face = "\uD83D\uDE00";
		for (String start : List.of("", "a")) {
			Resource sample = sample();
			needs(sample).getNeeds().get(0).setDescription(start + face.repeat(20_000));
			String cut = needDescription(sample, "faces" + start);
			String kept = cut.substring(0, cut.indexOf(" [\u2026 cut here"));
			assertTrue(kept.endsWith(face), "ends with a whole character: " + kept.substring(kept.length() - 4).codePoints().boxed().toList());
			assertTrue(cut.length() <= 32_767);
		}
	}

	@Test
	void aPlugInsTablesGetSheetNamesExcelAccepts() throws Exception {
		InstalledStages.documents();
		String first = "funding-applications-and-acquittals-by-round";
		String second = "funding-applications-and-acquittals-by-year";
		ServiceRegistration<StageDescriptor> stage = Services.register(StageDescriptor.class,
				new DefinedStage("org.example.stage.funding", "Funding", "Funding applications and acquittals.", 25, null) {
				});
		ServiceRegistration<StageDocuments> documents = Services.register(StageDocuments.class, new FundingTables(List.of(first, second, "history")));
		try {
			List<String> expected = new ArrayList<>(CsvTables.names(InstalledStages.documents()));
			assertTrue(expected.containsAll(List.of(first, second, "history")), expected.toString());
			expected.set(expected.indexOf(first), "funding-applications-and-acquit");
			expected.set(expected.indexOf(second), "funding-applications-and-acqu~2");
			expected.set(expected.indexOf("history"), "history~2");
			try (XSSFWorkbook workbook = read(exporter("xlsx").write(sample(), folder, "plugin").get(0))) {
				assertEquals(expected, sheetNames(workbook));
				assertEquals(List.of("partnership", "round"), texts(workbook.getSheet("funding-applications-and-acqu~2").getRow(0)));
			}
		} finally {
			documents.unregister();
			stage.unregister();
		}
	}

	@Test
	void aStageThatFailsToGiveItsTablesStopsTheExportBeforeTheFileIsWritten() throws Exception {
		InstalledStages.documents();
		ServiceRegistration<StageDocuments> failing = Services.register(StageDocuments.class, new FailingTables());
		try {
			IOException refused = assertThrows(IOException.class, () -> exporter("xlsx").write(sample(), folder, "failing"));
			assertTrue(refused.getMessage().startsWith("The stage \u201cPartnership profile\u201d failed to give its tables"), refused.getMessage());
			assertTrue(Files.notExists(folder.resolve("failing-tables.xlsx")));
		} finally {
			failing.unregister();
		}
	}

	@Test
	void anExportIntoAFolderThatIsNotThereFailsAndLeavesNothing() throws Exception {
		Resource sample = sample();
		Path missing = folder.resolve("not-there");
		assertThrows(IOException.class, () -> exporter("xlsx").write(sample, missing, "x"));
		assertTrue(Files.notExists(missing));
	}

	/** POI logs through the Log4j API, whose provider is found through the ServiceLoader mediator, which the export starts. */
	@Test
	void poiLogsThroughTheWorkbenchsProvider() throws Exception {
		exporter("xlsx").write(sample(), folder, "logging");
		assertEquals("org.apache.logging.log4j.tojul.JULLoggerContextFactory", LogManager.getFactory().getClass().getName());
	}

	private String needDescription(Resource sample, String baseName) throws Exception {
		try (XSSFWorkbook workbook = read(exporter("xlsx").write(sample, folder, baseName).get(0))) {
			Sheet needs = workbook.getSheet("needs");
			return needs.getRow(1).getCell(texts(needs.getRow(0)).indexOf("description")).getStringCellValue();
		}
	}

	private static List<DataTable> tables(Resource sample) throws Exception {
		ComposedAdapterFactory labels = ModelAdapterFactory.create();
		try {
			return CsvTables.tables((Partnership) sample.getContents().get(0), new Wording(labels, LocalDate.now()), InstalledStages.documents(), null);
		} finally {
			labels.dispose();
		}
	}

	private static Row rowWith(Sheet sheet, int column) {
		for (Row row : sheet) {
			if (row.getRowNum() > 0 && row.getCell(column) != null) {
				return row;
			}
		}
		throw new AssertionError("no row of " + sheet.getSheetName() + " has column " + column);
	}

	private static List<String> sheetNames(XSSFWorkbook workbook) {
		List<String> names = new ArrayList<>();
		workbook.forEach(sheet -> names.add(sheet.getSheetName()));
		return names;
	}

	private static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		row.forEach(cell -> texts.add(cell.getStringCellValue()));
		return texts;
	}

	private static XSSFWorkbook read(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	private static NeedsAndGaps needs(Resource resource) {
		return (NeedsAndGaps) ((Partnership) resource.getContents().get(0)).getExtensions().stream().filter(NeedsAndGaps.class::isInstance).findFirst()
				.orElseThrow();
	}

	/** A copy of the bundled sample in a folder of its own, so that the export folder holds only what the export writes. */
	private Resource sample() throws Exception {
		Path file = folder.resolve("sample-source").resolve("Riverbend sample.hjp");
		Files.createDirectories(file.getParent());
		if (Files.notExists(file)) {
			try (InputStream in = SamplePartnership.open()) {
				Files.copy(in, file);
			}
		}
		InstalledStages.documents();
		return new PartnershipStore().load(file);
	}

	/** A stage plug-in's tables, with names longer than a sheet's or reserved by Excel. */
	private record FundingTables(List<String> names) implements StageDocuments {

		@Override
		public String stageId() {
			return "org.example.stage.funding";
		}

		@Override
		public List<String> tableNames() {
			return names;
		}

		@Override
		public List<DataTable> tables(Partnership partnership, Wording words) {
			return names.stream().map(name -> new DataTable(name, List.of("round"), List.of(List.<Object>of("2027")))).toList();
		}
	}

	/** A contribution for the profile stage, registered after the profile's own, whose tables fail. */
	private static final class FailingTables implements StageDocuments {

		@Override
		public String stageId() {
			return "org.hjp.workbench.stage.profile";
		}

		@Override
		public List<String> tableNames() {
			return List.of("partnership");
		}

		@Override
		public List<DataTable> tables(Partnership partnership, Wording words) {
			throw new IllegalStateException("a bug in a plug-in");
		}
	}
}
