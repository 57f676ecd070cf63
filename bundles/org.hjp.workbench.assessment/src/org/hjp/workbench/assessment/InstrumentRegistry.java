package org.hjp.workbench.assessment;

import java.util.List;
import java.util.Optional;

/**
 * The instruments that installed plug-ins offer. A bundle offers instruments by naming their definition files in
 * its manifest header {@value #HEADER}; they are read when the bundle is resolved and forgotten when it leaves.
 * A definition that cannot be used is left out and reported in {@link #problems()}.
 */
public interface InstrumentRegistry {

	/** The manifest header listing a bundle's instrument definition files, separated by commas. */
	String HEADER = "HJP-Instruments";

	/** The event topic posted whenever instruments, problems or hooks change. */
	String TOPIC_CHANGED = "org/hjp/workbench/instruments/CHANGED";

	/** The usable instruments, by name; for an id offered twice, the highest version. */
	List<InstalledInstrument> instruments();

	Optional<InstalledInstrument> find(String instrumentId);

	/** The definitions that could not be used, each naming its plug-in. */
	List<DefinitionProblem> problems();

	Optional<ScoringHook> hook(String hookId);

}
