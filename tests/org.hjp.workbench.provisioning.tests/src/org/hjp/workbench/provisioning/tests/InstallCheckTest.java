package org.hjp.workbench.provisioning.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.hjp.workbench.provisioning.BundleCheck;
import org.hjp.workbench.provisioning.InstallException;
import org.hjp.workbench.provisioning.PluginInstaller;
import org.hjp.workbench.provisioning.internal.P2Installer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The bundles a plug-in brings are checked before anything is installed: an instrument plug-in whose definition the
 * workbench cannot use is refused with the reason, and is not left installed. Run against a scratch p2 agent with
 * the workbench's own checks.
 */
class InstallCheckTest {

	private static final String DOMAIN = "<domains id='d' name='D'><items id='i1' text='A statement'/></domains>";
	private static final String SCALE = "<scales id='yesno'><points value='0' label='No'/><points value='1' label='Yes'/></scales>";

	@TempDir
	Path folder;
	private IProvisioningAgent agent;
	private P2Installer installer;
	private int applied;

	@BeforeEach
	void scratchAgentWithTheWorkbenchsChecks() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(InstallCheckTest.class).getBundleContext();
		agent = ScratchAgent.in(folder);
		List<BundleCheck> checks = List.of(service(context, BundleCheck.class));
		installer = new P2Installer(agent, "test", () -> applied++, () -> checks);
	}

	@AfterEach
	void stopAgent() {
		agent.stop();
	}

	@Test
	void aPluginWhoseInstrumentCannotBeUsedIsRefusedAndNotInstalled() throws Exception {
		String bands = IntStream.range(0, 20_000).mapToObj(i -> "<bands min='" + i + "' max='" + i + ".5' label='b'/>").collect(Collectors.joining("\n"));
		Path site = new UpdateSite(folder.resolve("site")).bundle("test.bad", Map.of("HJP-Instruments", "instruments/bad.instrument"),
				Map.of("instruments/bad.instrument", instrument("Bad", SCALE + DOMAIN + bands))).write();
		InstallException e = assertThrows(InstallException.class, () -> installer.install(PluginInstaller.siteAt(site), List.of("test.bad"), new NullProgressMonitor()));
		assertEquals("Nothing was installed. The plug-in test.bad offers an instrument in instruments/bad.instrument that cannot be used: "
				+ "The instrument \u201cBad\u201d has 20000 bands for the total; at most 100 are allowed.", e.getMessage());
		assertFalse(installed("test.bad"), "the plug-in is not in the installation");
		assertEquals(0, applied);
	}

	@Test
	void aPluginWhoseInstrumentsCanBeUsedIsInstalled() throws Exception {
		Path site = new UpdateSite(folder.resolve("site")).bundle("test.good", Map.of("HJP-Instruments", "instruments/good.instrument"),
				Map.of("instruments/good.instrument", instrument("Good", SCALE + DOMAIN))).write();
		installer.install(PluginInstaller.siteAt(site), List.of("test.good"), new NullProgressMonitor());
		assertTrue(installed("test.good"), "the plug-in is in the installation");
		assertEquals(1, applied);
	}

	private boolean installed(String id) {
		return ScratchAgent.installed(agent, id);
	}

	private static String instrument(String name, String body) {
		return "<?xml version='1.0' encoding='UTF-8'?>\n<assessment:Instrument xmlns:assessment='http://hjp-workbench.org/model/assessment/1' id='test."
				+ name.toLowerCase() + "' name='" + name + "' version='1.0'>" + body + "</assessment:Instrument>\n";
	}

	private static <T> T service(BundleContext context, Class<T> type) throws InterruptedException {
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		try {
			T service = tracker.waitForService(10_000);
			if (service == null) {
				throw new AssertionError("No " + type.getName() + " service within 10 s; bundles: "
						+ Arrays.stream(context.getBundles()).map(Bundle::getSymbolicName).toList());
			}
			return service;
		} finally {
			tracker.close();
		}
	}
}
