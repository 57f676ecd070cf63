package org.hjp.workbench.provisioning.internal;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;

import javax.net.ssl.SSLException;

import org.eclipse.equinox.p2.core.ProvisionException;

/** Why an update site could not be read, in plain words. */
final class SiteProblems {

	private SiteProblems() {
	}

	static String describe(URI site, ProvisionException e) {
		String where = where(site);
		String network = networkProblem(site, e);
		if (network != null) {
			return network;
		}
		return switch (e.getStatus().getCode()) {
		case ProvisionException.REPOSITORY_NOT_FOUND -> "No update site was found at " + where
				+ ". Choose the folder that holds the site's content.jar (or content.xml), or a zip of that folder.";
		case ProvisionException.REPOSITORY_FAILED_READ, ProvisionException.REPOSITORY_INVALID_LOCATION -> "The update site at " + where
				+ " could not be read; it may be incomplete or damaged (" + e.getMessage() + ").";
		default -> "The update site at " + where + " could not be used: " + e.getMessage();
		};
	}

	/** What went wrong on the way to a site on a server, when that is what went wrong. */
	private static String networkProblem(URI site, ProvisionException e) {
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof SSLException) {
				return "The update site at " + site + " was not read: its certificate is not one this computer trusts (or is not for that address),"
						+ " so the workbench cannot tell that it is talking to the real site. Check the address with the site's organisation.";
			}
			if (t instanceof UnknownHostException) {
				return "There is no server " + site.getHost() + ". Check the address of the update site.";
			}
			if (t instanceof ConnectException || t instanceof SocketTimeoutException) {
				return "Nothing answered at " + site + ". Check the address and your network connection, and try again.";
			}
		}
		return null;
	}

	private static String where(URI site) {
		String text = site.toString();
		if (text.startsWith("jar:")) {
			text = text.substring(4, text.length() - (text.endsWith("!/") ? 2 : 0));
		}
		return text.startsWith("file:") ? URI.create(text).getPath() : text;
	}
}
