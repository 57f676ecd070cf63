package org.hjp.workbench.core.product;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/**
 * The product's name and the version the build gave it, as the window title, Help > About and the log show them.
 * The version is the core bundle's: the build stamps every bundle of one release alike, and an update replaces it.
 */
public record ProductIdentity(String name, Version version) {

	public static final String NAME = "HJP Workbench";

	/** The running workbench's identity; outside a framework, a version of 0.0.0. */
	public static ProductIdentity current() {
		Bundle core = FrameworkUtil.getBundle(ProductIdentity.class);
		return new ProductIdentity(NAME, core == null ? Version.emptyVersion : core.getVersion());
	}

	/** Major, minor and micro: what users call the version ("0.1.0"). */
	public String release() {
		return version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
	}

	/** The build's stamp (its qualifier), or an empty string for a build without one. */
	public String build() {
		String qualifier = version.getQualifier();
		return "qualifier".equals(qualifier) ? "" : qualifier;
	}

	/** "HJP Workbench 0.1.0", as the window title ends. */
	public String nameAndRelease() {
		return name + " " + release();
	}

	/** "Version 0.1.0 (build 202612052306)". */
	public String versionLine() {
		return "Version " + release() + (build().isEmpty() ? "" : " (build " + build() + ")");
	}
}
