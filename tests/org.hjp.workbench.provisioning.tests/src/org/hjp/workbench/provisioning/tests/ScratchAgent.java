package org.hjp.workbench.provisioning.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * A p2 agent of a test's own, in a folder of the test, with an empty profile "test" that installs into that folder:
 * installations go through all of p2's phases without touching the running framework.
 */
final class ScratchAgent {

	static final String PROFILE = "test";

	private ScratchAgent() {
	}

	static IProvisioningAgent in(Path folder) throws Exception {
		Bundle core = FrameworkUtil.getBundle(IProvisioningAgentProvider.class);
		core.start(Bundle.START_TRANSIENT);
		ServiceTracker<IProvisioningAgentProvider, IProvisioningAgentProvider> tracker = new ServiceTracker<>(core.getBundleContext(),
				IProvisioningAgentProvider.class, null);
		tracker.open();
		IProvisioningAgent agent;
		try {
			agent = tracker.waitForService(10_000).createAgent(folder.resolve("p2").toUri());
		} finally {
			tracker.close();
		}
		Map<String, String> properties = new HashMap<>();
		properties.put("org.eclipse.equinox.p2.installFolder", Files.createDirectories(folder.resolve("install")).toString());
		properties.put("org.eclipse.equinox.p2.cache", Files.createDirectories(folder.resolve("pool")).toString());
		agent.getService(IProfileRegistry.class).addProfile(PROFILE, properties);
		return agent;
	}

	static boolean installed(IProvisioningAgent agent, String id) {
		return !agent.getService(IProfileRegistry.class).getProfile(PROFILE).query(QueryUtil.createIUQuery(id), null).isEmpty();
	}
}
