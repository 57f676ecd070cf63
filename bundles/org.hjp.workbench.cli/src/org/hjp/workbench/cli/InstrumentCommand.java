package org.hjp.workbench.cli;

import picocli.CommandLine.Command;

/** {@code hjp instrument}: for authors of assessment instrument plug-ins. */
@Command(name = "instrument", description = { "Check assessment instrument definitions and pack them into plug-ins, for authors of instruments." },
		subcommands = { InstrumentCheckCommand.class, InstrumentPackCommand.class })
final class InstrumentCommand extends CommandGroup {
}
