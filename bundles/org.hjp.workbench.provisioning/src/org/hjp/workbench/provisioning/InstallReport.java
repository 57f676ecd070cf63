package org.hjp.workbench.provisioning;

import java.util.ArrayList;
import java.util.List;

/**
 * What newly installed plug-ins bring, said by the parts of the workbench that read them: what they add (such as the
 * assessment instruments a plug-in offers) and what they offer but is left out, with why.
 */
public record InstallReport(List<String> added, List<String> leftOut) {

	public static final InstallReport NOTHING = new InstallReport(List.of(), List.of());

	public InstallReport {
		added = List.copyOf(added);
		leftOut = List.copyOf(leftOut);
	}

	/** This report and {@code other} together. */
	public InstallReport and(InstallReport other) {
		List<String> allAdded = new ArrayList<>(added);
		allAdded.addAll(other.added);
		List<String> allLeftOut = new ArrayList<>(leftOut);
		allLeftOut.addAll(other.leftOut);
		return new InstallReport(allAdded, allLeftOut);
	}
}
