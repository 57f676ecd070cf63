package org.hjp.workbench.provisioning;

/** An installable plug-in as users see it: a feature, with its name, version, provider and licence (null when it states none). */
public record Plugin(String id, String name, String version, String provider, String description, String licence) {

	/** Name and version, e.g. “Referral check instrument 1.0.0”. */
	public String title() {
		return name + " " + version;
	}
}
