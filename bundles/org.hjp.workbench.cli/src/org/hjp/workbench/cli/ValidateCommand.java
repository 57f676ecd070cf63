package org.hjp.workbench.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

import org.hjp.workbench.core.validation.Problem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code hjp validate}: the partnership's checks, as one line per problem or as one JSON document. */
@Command(name = "validate", description = { "Check partnerships and list their problems.",
		"As text (the default), one tab-separated line per problem: file, severity (error, warning or info), message.",
		"As json, one document listing for each file its problems, each with its severity, message, rule and the path of the item it is about."
				+ " Files that cannot be read are said on standard error, as with text." })
final class ValidateCommand implements Callable<Integer> {

	@ParentCommand
	private HjpCommand hjp;

	@Option(names = "--format", paramLabel = "<format>", defaultValue = "text", description = "The format: text (the default) or json.")
	private String format;

	@Mixin
	private PartnershipFiles files;

	@Override
	public Integer call() throws IOException {
		if (!format.equals("text") && !format.equals("json")) {
			throw new UsageException("the formats are text and json.");
		}
		BatchReader batch = hjp.batch();
		AtomicBoolean errors = new AtomicBoolean();
		try (ProblemReport report = format.equals("json") ? new JsonProblemReport(hjp.out()) : new TextProblemReport(hjp.out())) {
			batch.forEach(files.expand(batch), (file, resource) -> {
				List<Problem> problems = hjp.services().validation().validate(resource.getContents().get(0));
				report.file(file, problems);
				errors.compareAndSet(false, problems.stream().anyMatch(problem -> problem.severity() == Problem.Severity.ERROR));
			});
		}
		return batch.hadFailures() ? Cli.BAD_FILES : errors.get() ? Cli.INVALID : Cli.OK;
	}
}
