package org.hjp.workbench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hjp.workbench.export.Exporter;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** What {@code hjp export} and {@code hjp report} share: the files, the folder they write to and {@code --force}; and the export. */
final class ExportBatch {

	@Spec(Spec.Target.MIXEE)
	private CommandSpec command;

	@Option(names = "--out", paramLabel = "<folder>", defaultValue = ".", description = "The folder to write to; the default is the current folder.")
	private Path folder;

	@Option(names = "--force", description = "Replace files that already exist, except partnership files.")
	private boolean force;

	@Mixin
	private PartnershipFiles files;

	/** Writes each file in {@code format} (an exporter's id; null when the user gave none); prints the files written. */
	int export(String format) {
		HjpCommand hjp = (HjpCommand) command.parent().userObject();
		List<Exporter> exporters = hjp.services().exporters();
		List<String> ids = exporters.stream().map(Exporter::id).sorted().toList();
		Exporter exporter = exporters.stream().filter(e -> e.id().equals(format)).findFirst()
				.orElseThrow(() -> new UsageException((format == null ? "say which format with --format" : "there is no format " + format) + "; the formats are " + String.join(", ", ids) + "."));
		if (!Files.isDirectory(folder)) {
			throw new UsageException("the folder " + folder + " for --out does not exist.");
		}
		BatchReader batch = hjp.batch();
		List<Path> inputs = files.expand(batch);
		ExportTargets targets = new ExportTargets(exporter, folder, inputs, force);
		batch.forEach(targets.allowed(batch), (file, resource) -> {
			for (Path written : exporter.write(resource, folder, ExportTargets.baseName(file))) {
				hjp.out().println(written);
			}
		});
		hjp.out().flush();
		return batch.hadFailures() ? Cli.BAD_FILES : Cli.OK;
	}
}
