package org.hjp.workbench.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

import org.hjp.workbench.core.validation.Problem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code hjp validate}: the partnership's checks, one tab-separated line per problem: file, severity, message. */
@Command(name = "validate", description = { "Check partnerships and list their problems.",
		"One tab-separated line per problem: file, severity (error, warning or info), message." })
final class ValidateCommand implements Callable<Integer> {

	@ParentCommand
	private HjpCommand hjp;

	@Mixin
	private PartnershipFiles files;

	@Override
	public Integer call() {
		BatchReader batch = hjp.batch();
		AtomicBoolean errors = new AtomicBoolean();
		batch.forEach(files.expand(batch), (file, resource) -> {
			for (Problem problem : hjp.services().validation().validate(resource.getContents().get(0))) {
				hjp.out().println(file + "\t" + problem.severity().name().toLowerCase() + "\t" + problem.message().replace('\t', ' ').replace('\n', ' '));
				errors.compareAndSet(false, problem.severity() == Problem.Severity.ERROR);
			}
		});
		hjp.out().flush();
		return batch.hadFailures() ? Cli.BAD_FILES : errors.get() ? Cli.INVALID : Cli.OK;
	}
}
