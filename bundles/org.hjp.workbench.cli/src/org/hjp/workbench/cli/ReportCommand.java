package org.hjp.workbench.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code hjp report}: the partnership plan, which is the export format {@code report-pdf} or {@code report-html}. */
@Command(name = "report", description = { "Write each partnership's plan, dated, as PDF or HTML.",
		"An existing file is replaced only with --force. Prints each file written." })
final class ReportCommand implements Callable<Integer> {

	@Option(names = "--format", paramLabel = "<format>", defaultValue = "pdf", description = "The format: pdf (the default) or html.")
	private String format;

	@Mixin
	private ExportBatch batch;

	@Override
	public Integer call() {
		if (!format.equals("pdf") && !format.equals("html")) {
			throw new UsageException("the report formats are pdf and html.");
		}
		return batch.export("report-" + format);
	}
}
