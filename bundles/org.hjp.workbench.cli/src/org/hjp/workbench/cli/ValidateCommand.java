package org.hjp.workbench.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.hjp.workbench.core.validation.Problem;
import org.hjp.workbench.core.validation.ValidationService;

/** {@code hjp validate}: the partnership's checks, one tab-separated line per problem: file, severity, message. */
final class ValidateCommand {

	private final ValidationService validation;

	ValidateCommand(ValidationService validation) {
		this.validation = validation;
	}

	int run(List<String> args, PrintStream out, PrintStream err) {
		Arguments arguments = new Arguments(args, Set.of());
		BatchReader batch = new BatchReader(err);
		AtomicBoolean errors = new AtomicBoolean();
		batch.forEach(arguments.files(batch), (file, resource) -> {
			for (Problem problem : validation.validate(resource.getContents().get(0))) {
				out.println(file + "\t" + problem.severity().name().toLowerCase() + "\t" + problem.message().replace('\t', ' ').replace('\n', ' '));
				errors.compareAndSet(false, problem.severity() == Problem.Severity.ERROR);
			}
		});
		out.flush();
		return batch.hadFailures() ? Cli.BAD_FILES : errors.get() ? Cli.INVALID : Cli.OK;
	}
}
