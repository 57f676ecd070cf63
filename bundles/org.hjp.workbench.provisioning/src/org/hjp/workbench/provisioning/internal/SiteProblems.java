package org.hjp.workbench.provisioning.internal;

import java.net.URI;

import org.eclipse.equinox.p2.core.ProvisionException;

/** Why an update site could not be read, in plain words. */
final class SiteProblems {

	private SiteProblems() {
	}

	static String describe(URI site, ProvisionException e) {
		String where = where(site);
		return switch (e.getStatus().getCode()) {
		case ProvisionException.REPOSITORY_NOT_FOUND -> "No update site was found at " + where
				+ ". Choose the folder that holds the site's content.jar (or content.xml), or a zip of that folder.";
		case ProvisionException.REPOSITORY_FAILED_READ, ProvisionException.REPOSITORY_INVALID_LOCATION -> "The update site at " + where
				+ " could not be read; it may be incomplete or damaged (" + e.getMessage() + ").";
		default -> "The update site at " + where + " could not be used: " + e.getMessage();
		};
	}

	private static String where(URI site) {
		String text = site.toString();
		if (text.startsWith("jar:")) {
			text = text.substring(4, text.length() - (text.endsWith("!/") ? 2 : 0));
		}
		return text.startsWith("file:") ? URI.create(text).getPath() : text;
	}
}
