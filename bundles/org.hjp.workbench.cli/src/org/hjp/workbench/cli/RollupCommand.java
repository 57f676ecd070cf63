package org.hjp.workbench.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.hjp.workbench.core.editing.ModelAdapterFactory;
import org.hjp.workbench.export.NetworkRollup;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.sharing.RepositoryException;
import org.hjp.workbench.sharing.SharedRepository;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code hjp rollup}: the counts a network reports, over every partnership named, as CSV or JSON. */
@Command(name = "rollup", description = { "Count what networks report over many partnerships.",
		"Partnerships by status, setting and model; partners by type; legal problems; activities by kind; cohorts, training sessions and attendees." })
final class RollupCommand implements Callable<Integer> {

	@ParentCommand
	private HjpCommand hjp;

	private boolean hadUncounted;

	@Option(names = "--format", paramLabel = "<format>", defaultValue = "csv", description = "The format: csv (the default) or json.")
	private String format;

	@Option(names = "--repository", description = "Count the partnerships of a shared repository, in the database, instead of files:"
			+ " for the network's role. The connection is given as for hjp repo.")
	private boolean repository;

	@Mixin
	private RepoConnection connection;

	@Parameters(paramLabel = "<file>", arity = "0..*", description = "Partnership files (.hjp, or .json exports), and folders of them.")
	private List<Path> named = new ArrayList<>();

	@Override
	public Integer call() {
		if (!format.equals("csv") && !format.equals("json")) {
			throw new UsageException("the formats are csv and json.");
		}
		if (repository != named.isEmpty()) {
			throw new UsageException(repository ? "--repository counts the repository's partnerships; name no files with it."
					: "name partnership files or folders to count, or count a shared repository with --repository.");
		}
		ComposedAdapterFactory labels = ModelAdapterFactory.create();
		try {
			NetworkRollup rollup = new NetworkRollup(labels);
			BatchReader batch = hjp.batch();
			if (repository) {
				int notCounted = countRepository(rollup);
				if (notCounted < 0) {
					return Cli.BAD_FILES;
				}
				if (notCounted > 0) {
					hjp.errors().println("hjp rollup: " + notCounted + (notCounted == 1 ? " partnership" : " partnerships")
							+ " of the repository could not be read, and " + (notCounted == 1 ? "is" : "are") + " not counted.");
				}
			} else {
				batch.forEach(PartnershipFiles.expand(named, batch), (file, resource) -> rollup.add((Partnership) resource.getContents().get(0)));
			}
			Writer writer = new OutputStreamWriter(hjp.out(), StandardCharsets.UTF_8);
			if (format.equals("csv")) {
				rollup.writeCsv(writer);
			} else {
				rollup.writeJson(writer);
			}
			writer.flush();
			hjp.progress().println(rollup.partnerships() + " partnerships counted.");
			return batch.hadFailures() || hadUncounted ? Cli.BAD_FILES : Cli.OK;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} finally {
			labels.dispose();
		}
	}

	/** Adds the repository's counts; returns how many partnerships could not be counted, or -1 when nothing could be. */
	private int countRepository(NetworkRollup rollup) {
		try (SharedRepository shared = connection.open()) {
			int notCounted = 0;
			for (SharedRepository.Count count : shared.rollup()) {
				if (count.category().equals(SharedRepository.NOT_COUNTED)) {
					notCounted = count.count();
				} else {
					rollup.addCounted(count.category(), count.value(), count.count());
				}
			}
			hadUncounted = notCounted > 0;
			return notCounted;
		} catch (RepositoryException e) {
			hjp.errors().println("hjp rollup: " + e.getMessage());
			return -1;
		}
	}
}
