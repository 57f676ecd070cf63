package org.hjp.workbench.provisioning.internal;

import org.hjp.workbench.provisioning.InstallException;

/**
 * Whether this workbench has changed its installation (an update, or going back) to be used at the next start. Until
 * then nothing else is installed or removed: making that live would start the new version's bundles under the running
 * old one.
 */
final class PendingRestart {

	private static volatile String change;

	private PendingRestart() {
	}

	static void note(String what) {
		change = what;
	}

	static void refuseWhilePending() throws InstallException {
		String pending = change;
		if (pending != null) {
			throw new InstallException(pending + " is waiting for the workbench to restart. Restart it first, then try again.");
		}
	}
}
