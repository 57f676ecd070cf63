package org.hjp.workbench.provisioning;

/** A plug-in an update site offers, and whether the workbench has it already. */
public record Offer(Plugin plugin, Status status, String installedVersion) {

	public enum Status {
		/** Not in the workbench: can be installed. */
		NEW,
		/** In the workbench in another version: installing replaces it. */
		OTHER_VERSION,
		/** In the workbench in this version. */
		INSTALLED
	}

	public boolean installable() {
		return status != Status.INSTALLED;
	}
}
