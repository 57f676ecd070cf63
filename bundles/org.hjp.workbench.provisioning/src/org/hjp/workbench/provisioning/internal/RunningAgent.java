package org.hjp.workbench.provisioning.internal;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.hjp.workbench.provisioning.InstallException;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The running workbench's services for p2: its agent (p2 started only when first asked for) and the configurator. */
final class RunningAgent {

	private static final String P2_CORE = "org.eclipse.equinox.p2.core";

	private RunningAgent() {
	}

	static IProvisioningAgent agent(BundleContext context) throws InstallException {
		startP2Core();
		return service(context, IProvisioningAgent.class);
	}

	static <T> T service(BundleContext context, Class<T> type) throws InstallException {
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		try {
			T service = tracker.waitForService(5_000);
			if (service == null) {
				throw new InstallException("The workbench's installer is not available (no " + type.getSimpleName() + " service).");
			}
			return service;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new InstallException("Interrupted while starting the installer.", e);
		} finally {
			tracker.close();
		}
	}

	private static void startP2Core() throws InstallException {
		Bundle core = FrameworkUtil.getBundle(IProvisioningAgent.class);
		if (core == null || !P2_CORE.equals(core.getSymbolicName())) {
			throw new InstallException("The workbench's installer (" + P2_CORE + ") is missing.");
		}
		try {
			core.start(Bundle.START_TRANSIENT);
		} catch (BundleException e) {
			throw new InstallException("The workbench's installer could not start: " + e.getMessage(), e);
		}
	}
}
