package org.hjp.workbench.cli;

import picocli.CommandLine.Command;

/** {@code hjp answers}: answers to assessment rounds given outside the workbench. */
@Command(name = "answers", description = { "Bring answers given outside the workbench (filled questionnaires, CSV) into an assessment round." },
		subcommands = { AnswersImportCommand.class })
final class AnswersCommand extends CommandGroup {
}
