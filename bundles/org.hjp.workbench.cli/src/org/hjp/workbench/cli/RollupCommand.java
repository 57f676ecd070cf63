package org.hjp.workbench.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.hjp.workbench.core.editing.ModelAdapterFactory;
import org.hjp.workbench.export.NetworkRollup;
import org.hjp.workbench.model.Partnership;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code hjp rollup}: the counts a network reports, over every partnership named, as CSV or JSON. */
@Command(name = "rollup", description = { "Count what networks report over many partnerships.",
		"Partnerships by status, setting and model; partners by type; legal problems; activities by kind; cohorts, training sessions and attendees." })
final class RollupCommand implements Callable<Integer> {

	@ParentCommand
	private HjpCommand hjp;

	@Option(names = "--format", paramLabel = "<format>", defaultValue = "csv", description = "The format: csv (the default) or json.")
	private String format;

	@Mixin
	private PartnershipFiles files;

	@Override
	public Integer call() {
		if (!format.equals("csv") && !format.equals("json")) {
			throw new UsageException("the formats are csv and json.");
		}
		ComposedAdapterFactory labels = ModelAdapterFactory.create();
		try {
			NetworkRollup rollup = new NetworkRollup(labels);
			BatchReader batch = hjp.batch();
			batch.forEach(files.expand(batch), (file, resource) -> rollup.add((Partnership) resource.getContents().get(0)));
			Writer writer = new OutputStreamWriter(hjp.out(), StandardCharsets.UTF_8);
			if (format.equals("csv")) {
				rollup.writeCsv(writer);
			} else {
				rollup.writeJson(writer);
			}
			writer.flush();
			hjp.progress().println(rollup.partnerships() + " partnerships counted.");
			return batch.hadFailures() ? Cli.BAD_FILES : Cli.OK;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} finally {
			labels.dispose();
		}
	}
}
