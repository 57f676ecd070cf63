package org.hjp.workbench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Parameters;

/** The partnership files and folders a command is given, with folders expanded to the partnership files in them. */
final class PartnershipFiles {

	@Parameters(paramLabel = "<file>", arity = "1..*", description = "Partnership files (.hjp, or .json exports), and folders of them.")
	private List<Path> named = new ArrayList<>();

	/**
	 * The files named, with each folder replaced by its partnership files in name order; missing paths stay, to be
	 * reported, and folders that cannot be read are reported to {@code batch}.
	 */
	List<Path> expand(BatchReader batch) {
		return expand(named, batch);
	}

	/** As {@link #expand(BatchReader)}, for paths a command takes in its own way. */
	static List<Path> expand(List<Path> named, BatchReader batch) {
		List<Path> expanded = new ArrayList<>();
		for (Path path : named) {
			if (Files.isDirectory(path)) {
				expanded.addAll(FolderWalk.partnerships(path, batch));
			} else {
				expanded.add(path);
			}
		}
		return expanded;
	}
}
