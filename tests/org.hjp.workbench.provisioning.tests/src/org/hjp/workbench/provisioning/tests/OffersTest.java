package org.hjp.workbench.provisioning.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.hjp.workbench.provisioning.PluginInstaller;
import org.hjp.workbench.provisioning.internal.P2Installer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Help > Plug-ins offers from an update site: the features a user would pick, by name. */
class OffersTest {

	@TempDir
	Path folder;
	private IProvisioningAgent agent;
	private P2Installer installer;

	@BeforeEach
	void scratchAgent() throws Exception {
		agent = ScratchAgent.in(folder);
		installer = new P2Installer(agent, "test", () -> {
		});
	}

	@AfterEach
	void stopAgent() {
		agent.stop();
	}

	@Test
	void aFeatureThatAnotherIncludesComesWithItAndIsNotOfferedOnItsOwn() throws Exception {
		Path site = new UpdateSite(folder.resolve("site")).feature("test.part", "Part").feature("test.whole", "Whole", "test.part")
				.feature("test.alone", "Alone").write();
		List<String> offered = installer.offers(PluginInstaller.siteAt(site), new NullProgressMonitor()).stream().map(o -> o.plugin().name()).toList();
		assertEquals(List.of("Alone", "Whole"), offered);
	}

	/** A stage comes with the workbench as a root of the product: once uninstalled, it can be installed again. */
	@Test
	void aFeatureTheProductInstallsAsARootIsStillOffered() throws Exception {
		Path site = new UpdateSite(folder.resolve("site")).feature("test.stage", "A stage").product("test.product", "test.stage").write();
		List<String> offered = installer.offers(PluginInstaller.siteAt(site), new NullProgressMonitor()).stream().map(o -> o.plugin().name()).toList();
		assertEquals(List.of("A stage"), offered);
	}
}
