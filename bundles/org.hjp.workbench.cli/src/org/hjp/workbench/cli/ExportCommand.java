package org.hjp.workbench.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.hjp.workbench.export.Exporter;

/** {@code hjp export}: writes each partnership in a format; prints the files written, one per line. */
final class ExportCommand {

	private final List<Exporter> exporters;

	ExportCommand(List<Exporter> exporters) {
		this.exporters = exporters;
	}

	/** {@code hjp report}: the partnership plan, which is the export format {@code report-pdf} or {@code report-html}. */
	int runReport(List<String> args, PrintStream out, PrintStream err) {
		Arguments arguments = new Arguments(args, Set.of("format", "out"), Set.of("force"));
		String format = arguments.option("format", "pdf");
		if (!format.equals("pdf") && !format.equals("html")) {
			throw new UsageException("the report formats are pdf and html.");
		}
		return run(arguments, "report-" + format, out, err);
	}

	int run(List<String> args, PrintStream out, PrintStream err) {
		Arguments arguments = new Arguments(args, Set.of("format", "out"), Set.of("force"));
		return run(arguments, arguments.option("format", null), out, err);
	}

	private int run(Arguments arguments, String format, PrintStream out, PrintStream err) {
		List<String> ids = exporters.stream().map(Exporter::id).sorted().toList();
		Exporter exporter = exporters.stream().filter(e -> e.id().equals(format)).findFirst()
				.orElseThrow(() -> new UsageException((format == null ? "say which format with --format" : "there is no format " + format) + "; the formats are " + String.join(", ", ids) + "."));
		Path folder = Path.of(arguments.option("out", "."));
		if (!Files.isDirectory(folder)) {
			throw new UsageException("the folder " + folder + " for --out does not exist.");
		}
		BatchReader batch = new BatchReader(err);
		List<Path> inputs = arguments.files(batch);
		ExportTargets targets = new ExportTargets(exporter, folder, inputs, arguments.flag("force"));
		batch.forEach(targets.allowed(batch), (file, resource) -> {
			for (Path written : exporter.write(resource, folder, ExportTargets.baseName(file))) {
				out.println(written);
			}
		});
		out.flush();
		return batch.hadFailures() ? Cli.BAD_FILES : Cli.OK;
	}
}
