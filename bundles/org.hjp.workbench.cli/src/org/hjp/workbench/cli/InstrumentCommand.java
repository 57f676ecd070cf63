package org.hjp.workbench.cli;

import picocli.CommandLine.Command;

/** {@code hjp instrument}: for authors of assessment instrument plug-ins. */
@Command(name = "instrument", description = { "Check assessment instrument definitions, for authors of instrument plug-ins." },
		subcommands = { InstrumentCheckCommand.class })
final class InstrumentCommand extends CommandGroup {
}
