package org.hjp.workbench.provisioning.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.hjp.workbench.provisioning.InstallException;
import org.hjp.workbench.provisioning.PluginInstaller;
import org.hjp.workbench.provisioning.internal.P2Installer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the installer says when it cannot help: no site, a damaged site, a workbench without its installation
 * record. Run against a scratch p2 agent; installing into the running product is the end-to-end test's
 * (releng/scripts/plugin-install-e2e.sh).
 */
class SiteProblemsTest {

	@TempDir
	Path folder;
	private IProvisioningAgent agent;
	private P2Installer installer;
	private int applied;

	@BeforeEach
	void scratchAgent() throws Exception {
		agent = ScratchAgent.in(folder);
		installer = new P2Installer(agent, "test", () -> applied++);
	}

	@AfterEach
	void stopAgent() {
		agent.stop();
	}

	@Test
	void aFolderThatIsNoSiteIsNamedWithWhatToChoose() throws Exception {
		Path empty = Files.createDirectories(folder.resolve("not a site"));
		InstallException e = assertThrows(InstallException.class, () -> installer.offers(PluginInstaller.siteAt(empty), new NullProgressMonitor()));
		assertTrue(e.getMessage().startsWith("No update site was found at " + empty), e.getMessage());
		assertTrue(e.getMessage().contains("content.jar"), e.getMessage());
	}

	@Test
	void aDamagedSiteSaysSo() throws Exception {
		Path site = Files.createDirectories(folder.resolve("damaged"));
		Files.writeString(site.resolve("content.xml"), "<?xml version='1.0'?><repository name='cut off");
		Files.writeString(site.resolve("artifacts.xml"), "<?xml version='1.0'?><repository");
		InstallException e = assertThrows(InstallException.class, () -> installer.offers(PluginInstaller.siteAt(site), new NullProgressMonitor()));
		assertTrue(e.getMessage().contains(site.toString()), e.getMessage());
		assertEquals(0, applied);
	}

	@Test
	void aZipThatIsNoSiteIsNamed() throws Exception {
		Path zip = Files.write(folder.resolve("photos.zip"), new byte[] { 'P', 'K', 3, 4, 0, 0 });
		assertTrue(PluginInstaller.siteAt(zip).toString().startsWith("jar:file:"));
		InstallException e = assertThrows(InstallException.class, () -> installer.offers(PluginInstaller.siteAt(zip), new NullProgressMonitor()));
		assertTrue(e.getMessage().contains(zip.toString()), e.getMessage());
	}

	@Test
	void uninstallingWhatIsNotInstalledIsRefused() {
		InstallException e = assertThrows(InstallException.class, () -> installer.uninstall(List.of("org.example.none.feature.group"), new NullProgressMonitor()));
		assertEquals("The plug-in org.example.none.feature.group is not installed.", e.getMessage());
		assertEquals(0, applied);
	}

	@Test
	void aWorkbenchWithoutItsInstallationRecordSaysWhy() {
		P2Installer noProfile = new P2Installer(agent, "missing", () -> applied++);
		InstallException e = assertThrows(InstallException.class, noProfile::installed);
		assertTrue(e.getMessage().contains("without its installation record"), e.getMessage());
	}

	@Test
	void aFreshProfileHasNothingInstalled() throws InstallException {
		assertEquals(List.of(), installer.installed());
	}
}
