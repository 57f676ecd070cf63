package org.hjp.workbench.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.hjp.workbench.core.persistence.PartnershipStore;
import org.hjp.workbench.export.PartnershipReader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code hjp upgrade}: writes each partnership file again in the format of this workbench, safely (the previous
 * version becomes its backup), so that files of earlier versions are brought up to date. Data of plug-ins that
 * are not installed is kept as it was. Prints each file written.
 */
@Command(name = "upgrade", description = { "Write partnership files again in this version's format.",
		"Each previous version is kept as <name>.hjp.bak. Data of plug-ins that are not installed is kept as it was. Prints each file written." })
final class UpgradeCommand implements Callable<Integer> {

	@ParentCommand
	private HjpCommand hjp;

	@Mixin
	private PartnershipFiles named;

	@Override
	public Integer call() {
		BatchReader batch = hjp.batch();
		PartnershipStore store = new PartnershipStore();
		List<Path> files = named.expand(batch);
		for (Path json : files.stream().filter(PartnershipReader::isJson).toList()) {
			batch.fail(json, "it is a JSON export, not a partnership file; upgrade only rewrites partnership files (.hjp).");
		}
		batch.forEach(files.stream().filter(f -> !PartnershipReader.isJson(f)).toList(), (file, resource) -> {
			store.save(resource, file);
			hjp.out().println(file);
		});
		hjp.out().flush();
		return batch.hadFailures() ? Cli.BAD_FILES : Cli.OK;
	}
}
