package org.hjp.workbench.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code hjp export}: writes each partnership in a format; prints the files written, one per line. */
@Command(name = "export", description = { "Write each partnership in another format.",
		"An existing file is replaced only with --force; a partnership file never. Prints each file written." })
final class ExportCommand implements Callable<Integer> {

	@Option(names = "--format", paramLabel = "<format>",
			description = "The format: json, xmi, csv (one file per table), csv-excel (the same, marked as UTF-8 for Excel on Windows), xlsx (the same tables in one Excel workbook, a sheet each), report-pdf, report-html, mou-docx and mou-odt (a draft memorandum of understanding, for Word or LibreOffice) or ics (what is coming up, as a calendar).")
	private String format;

	@Mixin
	private ExportBatch batch;

	@Override
	public Integer call() {
		return batch.export(format);
	}
}
