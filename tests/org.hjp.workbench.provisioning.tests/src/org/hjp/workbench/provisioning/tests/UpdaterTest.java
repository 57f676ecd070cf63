package org.hjp.workbench.provisioning.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.hjp.workbench.provisioning.InstallException;
import org.hjp.workbench.provisioning.InstallQuestions;
import org.hjp.workbench.provisioning.PluginInstaller;
import org.hjp.workbench.provisioning.WorkbenchUpdater.Update;
import org.hjp.workbench.provisioning.internal.P2Installer;
import org.hjp.workbench.provisioning.internal.P2Updater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the updater says when it cannot update: a site that cannot be read is named as such (p2's update operation alone
 * would skip it and report nothing to update), no site at all, and no earlier version to go back to. (Updating and going
 * back in an installed product are the end-to-end test's: releng/scripts/update-e2e.sh.)
 */
class UpdaterTest {

	@TempDir
	Path folder;

	@Test
	void anUpdateSiteThatCannotBeReadIsNamedNotTakenForUpToDate() throws Exception {
		IProvisioningAgent agent = ScratchAgent.in(folder);
		Path missing = folder.resolve("no site here");
		P2Updater updater = new P2Updater(agent, ScratchAgent.PROFILE, Optional.of(missing.toUri()));
		InstallException refused = assertThrows(InstallException.class, () -> updater.check(new NullProgressMonitor()));
		assertTrue(refused.getMessage().startsWith("Could not look for updates. No update site was found at " + missing), refused.getMessage());
	}

	@Test
	void aPluginsNewVersionThatAsksForMoreThanAnInstallMayIsNotInstalled() throws Exception {
		IProvisioningAgent agent = ScratchAgent.in(folder);
		Path first = new UpdateSite(folder.resolve("site-1")).unitRunning("test.plugin", "1.0.0", "org.eclipse.equinox.p2.osgi", "").write();
		new P2Installer(agent, ScratchAgent.PROFILE, () -> {
		}).install(PluginInstaller.siteAt(first), List.of("test.plugin"), new NullProgressMonitor());
		Path made = folder.resolve("made-by-the-update");
		Path second = new UpdateSite(folder.resolve("site-2"))
				.unitRunning("test.plugin", "2.0.0", "org.eclipse.equinox.p2.native", "mkdir(path:" + made + ");").write();
		P2Updater updater = new P2Updater(agent, ScratchAgent.PROFILE, Optional.of(PluginInstaller.siteAt(second)));
		assertEquals(List.of(new Update("test.plugin", "1.0.0", "2.0.0")), updater.check(new NullProgressMonitor()));
		InstallException refused = assertThrows(InstallException.class, () -> updater.update(InstallQuestions.REFUSE, new NullProgressMonitor()));
		assertTrue(refused.getMessage().startsWith("Nothing was updated. The plug-in test.plugin asks to run \u201cmkdir(path:"), refused.getMessage());
		assertFalse(Files.exists(made), "the folder was not made");
		assertEquals(Optional.empty(), updater.previous(), "nothing was updated, so there is nothing to go back to");
		agent.stop();
	}

	@Test
	void aWorkbenchThatKnowsNoUpdateSiteSaysSo() throws Exception {
		P2Updater updater = new P2Updater(ScratchAgent.in(folder), ScratchAgent.PROFILE, Optional.empty());
		InstallException refused = assertThrows(InstallException.class, () -> updater.check(new NullProgressMonitor()));
		assertEquals("This workbench does not know an update site to update from.", refused.getMessage());
	}

	@Test
	void withoutAnUpdateThereIsNothingToGoBackTo() throws Exception {
		P2Updater updater = new P2Updater(ScratchAgent.in(folder), ScratchAgent.PROFILE, Optional.empty());
		assertEquals(Optional.empty(), updater.previous());
		InstallException refused = assertThrows(InstallException.class, () -> updater.goBack(InstallQuestions.REFUSE, new NullProgressMonitor()));
		assertTrue(refused.getMessage().startsWith("There is no earlier version to go back to"), refused.getMessage());
	}
}
