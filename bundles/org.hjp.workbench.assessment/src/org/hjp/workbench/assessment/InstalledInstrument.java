package org.hjp.workbench.assessment;

import org.hjp.workbench.assessment.model.Instrument;

/** An instrument offered by an installed plug-in: its definition, and the bundle and file it came from. */
public record InstalledInstrument(Instrument definition, String bundle, String bundleVersion, String path) {

	public String id() {
		return definition.getId();
	}

	/** The instrument's name and version as users see them, e.g. “Partnership checklist (version 1.0)”. */
	public String title() {
		return definition.getName() + " (version " + definition.getVersion() + ")";
	}
}
