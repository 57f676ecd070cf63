package org.hjp.workbench.assessment.scoring;

import java.util.List;
import java.util.Optional;

import org.hjp.workbench.assessment.InstalledInstrument;
import org.hjp.workbench.assessment.InstrumentRegistry;
import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.assessment.model.Instrument;

/** How a round's instrument stands against the installed plug-ins: removed, updated, or as answered. */
public final class InstrumentStatus {

	private InstrumentStatus() {
	}

	/** Sentences for the user; empty when the plug-in offers the very version the round was answered on. */
	public static List<String> of(AssessmentRound round, InstrumentRegistry registry) {
		Instrument answered = round.getInstrument();
		if (answered == null) {
			return List.of();
		}
		Optional<InstalledInstrument> installed = registry.find(answered.getId());
		String from = round.getInstrumentBundle() == null ? "" : " (" + round.getInstrumentBundle() + ")";
		if (installed.isEmpty()) {
			return List.of("The plug-in that offers " + answered.getName() + from + " is not installed. This round is shown and scored from the copy of version "
					+ answered.getVersion() + " saved with it; new rounds of this instrument cannot be started until it is installed again.");
		}
		String version = installed.get().definition().getVersion();
		if (!version.equals(answered.getVersion())) {
			return List.of("This round was answered on version " + answered.getVersion() + " of " + answered.getName() + "; version " + version
					+ " is installed now. The round keeps the statements and scoring of version " + answered.getVersion() + ".");
		}
		return List.of();
	}
}
