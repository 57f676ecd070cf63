package org.hjp.workbench.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.hjp.workbench.core.persistence.PartnershipStore;
import org.hjp.workbench.export.PartnershipReader;

/**
 * {@code hjp upgrade}: writes each partnership file again in the format of this workbench, safely (the previous
 * version becomes its backup), so that files of earlier versions are brought up to date. Data of plug-ins that
 * are not installed is kept as it was. Prints each file written.
 */
final class UpgradeCommand {

	int run(List<String> args, PrintStream out, PrintStream err) {
		Arguments arguments = new Arguments(args, Set.of());
		BatchReader batch = new BatchReader(err);
		PartnershipStore store = new PartnershipStore();
		List<Path> files = arguments.files(batch);
		for (Path json : files.stream().filter(PartnershipReader::isJson).toList()) {
			batch.fail(json, "it is a JSON export, not a partnership file; upgrade only rewrites partnership files (.hjp).");
		}
		batch.forEach(files.stream().filter(f -> !PartnershipReader.isJson(f)).toList(), (file, resource) -> {
			store.save(resource, file);
			out.println(file);
		});
		out.flush();
		return batch.hadFailures() ? Cli.BAD_FILES : Cli.OK;
	}
}
