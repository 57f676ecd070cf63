package org.hjp.workbench.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.hjp.workbench.core.validation.Problem;

/** One tab-separated line per problem: file, severity, message. */
final class TextProblemReport implements ProblemReport {

	private final PrintStream out;

	TextProblemReport(PrintStream out) {
		this.out = out;
	}

	@Override
	public void file(Path file, List<Problem> problems) {
		for (Problem problem : problems) {
			out.println(file + "\t" + problem.severity().name().toLowerCase() + "\t" + problem.message().replace('\t', ' ').replace('\n', ' '));
		}
	}

	@Override
	public void close() {
		out.flush();
	}
}
