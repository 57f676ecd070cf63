package org.hjp.workbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.hjp.workbench.assessment.DefinitionFiles;
import org.hjp.workbench.assessment.DefinitionReport;
import org.hjp.workbench.assessment.model.Instrument;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code hjp instrument check}: every problem of every definition in the files, plug-ins or update sites named, one
 * line each as {@code where:line: problem}, the way compilers report, so that editors can jump to it.
 */
@Command(name = "check", description = { "List every problem of instrument definitions, each with its line.",
		"Takes definition files, plug-ins (a jar or its folder) and update sites (a folder or a zip), and reads plug-ins as the workbench does when it installs them.",
		"One line per problem on standard output: where:line: problem. Usable instruments are named on standard error." })
final class InstrumentCheckCommand implements Callable<Integer> {

	@ParentCommand
	private InstrumentCommand instrument;

	@Parameters(arity = "1..*", paramLabel = "<file|plug-in|site>", description = "Definition files, plug-ins or update sites.")
	private List<Path> paths;

	@Override
	public Integer call() {
		HjpCommand hjp = instrument.hjp();
		BatchReader batch = hjp.batch();
		int problems = 0;
		int usable = 0;
		for (Path path : paths) {
			if (!Files.exists(path)) {
				batch.fail(path, "there is no such file or folder.");
				continue;
			}
			try {
				for (DefinitionFiles.Checked checked : DefinitionFiles.check(path)) {
					for (DefinitionReport.Problem problem : checked.problems()) {
						hjp.out().println(checked.where() + (problem.line() > 0 ? ":" + problem.line() : "") + ": " + problem.sentence());
						problems++;
					}
					if (checked.instrument().isPresent()) {
						Instrument usableOne = checked.instrument().get();
						hjp.progress().println(checked.where() + ": " + usableOne.getName() + " (" + usableOne.getId() + ", version " + usableOne.getVersion() + ") can be used.");
						usable++;
					}
				}
			} catch (IOException | RuntimeException e) {
				// A damaged zip can fail in the JDK's own reader (IllegalArgumentException on a malformed entry name).
				batch.fail(path, "it could not be read: " + e.getMessage() + ".");
			}
		}
		hjp.progress().println(usable + (usable == 1 ? " instrument" : " instruments") + " can be used; " + problems + (problems == 1 ? " problem" : " problems") + " found.");
		return batch.hadFailures() ? Cli.BAD_FILES : problems > 0 ? Cli.INVALID : Cli.OK;
	}
}
