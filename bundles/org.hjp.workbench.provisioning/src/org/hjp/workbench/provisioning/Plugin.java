package org.hjp.workbench.provisioning;

/** An installable plug-in as users see it: a feature, with its name, version and provider. */
public record Plugin(String id, String name, String version, String provider, String description) {

	/** Name and version, e.g. “Referral check instrument 1.0.0”. */
	public String title() {
		return name + " " + version;
	}
}
