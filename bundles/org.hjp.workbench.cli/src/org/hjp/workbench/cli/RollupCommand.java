package org.hjp.workbench.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.hjp.workbench.core.editing.ModelAdapterFactory;
import org.hjp.workbench.export.NetworkRollup;
import org.hjp.workbench.model.Partnership;

/** {@code hjp rollup}: the counts a network reports, over every partnership named, as CSV or JSON. */
final class RollupCommand {

	int run(List<String> args, PrintStream out, PrintStream err) {
		Arguments arguments = new Arguments(args, Set.of("format"));
		String format = arguments.option("format", "csv");
		if (!format.equals("csv") && !format.equals("json")) {
			throw new UsageException("the formats are csv and json.");
		}
		ComposedAdapterFactory labels = ModelAdapterFactory.create();
		try {
			NetworkRollup rollup = new NetworkRollup(labels);
			BatchReader batch = new BatchReader(err);
			batch.forEach(arguments.files(batch), (file, resource) -> rollup.add((Partnership) resource.getContents().get(0)));
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			if (format.equals("csv")) {
				rollup.writeCsv(writer);
			} else {
				rollup.writeJson(writer);
			}
			writer.flush();
			err.println(rollup.partnerships() + " partnerships counted.");
			return batch.hadFailures() ? Cli.BAD_FILES : Cli.OK;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} finally {
			labels.dispose();
		}
	}
}
