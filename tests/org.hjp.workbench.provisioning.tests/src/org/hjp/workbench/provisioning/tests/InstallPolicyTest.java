package org.hjp.workbench.provisioning.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.osgi.service.security.TrustEngine;
import org.hjp.workbench.provisioning.InstallException;
import org.hjp.workbench.provisioning.InstallQuestions;
import org.hjp.workbench.provisioning.InstallQuestions.TrustAnswer;
import org.hjp.workbench.provisioning.PluginInstaller;
import org.hjp.workbench.provisioning.internal.BuildSignerTrust;
import org.hjp.workbench.provisioning.internal.P2Installer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

/**
 * What an update site can get into the workbench: nothing that asks p2 to act on the computer beyond installing
 * bundles, nothing without checksums, and nothing unsigned unless the user, asked, says so. Against a scratch p2
 * agent and profile.
 */
class InstallPolicyTest {

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
	void aSiteThatAsksToMakeAFolderIsRefusedBeforeAnythingRuns() throws Exception {
		Path made = folder.resolve("made-by-the-site");
		Path site = new UpdateSite(folder.resolve("site")).unitRunning("test.mkdir", "org.eclipse.equinox.p2.native", "mkdir(path:" + made + ");").write();
		InstallException e = assertThrows(InstallException.class, () -> installer.install(PluginInstaller.siteAt(site), List.of("test.mkdir"), new NullProgressMonitor()));
		assertEquals("Nothing was installed. The plug-in test.mkdir asks to run \u201cmkdir(path:" + made + ");\u201d when it is installed, which plug-ins may not do.",
				e.getMessage());
		assertFalse(Files.exists(made), "the folder was not made");
		assertFalse(installed("test.mkdir"));
	}

	@Test
	void aBundleThatCallsANativeActionByItsFullNameIsRefused() throws Exception {
		Path made = folder.resolve("made-by-the-site");
		Path site = new UpdateSite(folder.resolve("site"))
				.unitRunning("test.qualified", "org.eclipse.equinox.p2.osgi", "org.eclipse.equinox.p2.touchpoint.natives.mkdir(path:" + made + ");").write();
		InstallException e = assertThrows(InstallException.class,
				() -> installer.install(PluginInstaller.siteAt(site), List.of("test.qualified"), new NullProgressMonitor()));
		assertTrue(e.getMessage().contains("asks to run \u201corg.eclipse.equinox.p2.touchpoint.natives.mkdir(path:"), e.getMessage());
		assertFalse(Files.exists(made));
	}

	@Test
	void aBundleWithoutAChecksumIsRefused() throws Exception {
		Path site = new UpdateSite(folder.resolve("site")).withoutChecksums().bundle("test.unchecked", Map.of(), Map.of("readme.txt", "hello")).write();
		InstallException e = assertThrows(InstallException.class,
				() -> installer.install(PluginInstaller.siteAt(site), List.of("test.unchecked"), new NullProgressMonitor()));
		assertEquals("Nothing was installed. The file test.unchecked 1.0.0 comes without a checksum, so the workbench cannot tell whether it was"
				+ " changed on the way.", e.getMessage());
		assertFalse(installed("test.unchecked"));
	}

	@Test
	void anUnsignedBundleIsInstalledOnlyIfTheUserSaysSo() throws Exception {
		Path site = new UpdateSite(folder.resolve("site")).asBundles().bundle("test.unsigned", Map.of(), Map.of("readme.txt", "hello")).write();
		List<String> asked = new ArrayList<>();
		InstallQuestions refuse = (signers, unsigned) -> {
			asked.addAll(unsigned);
			return TrustAnswer.REFUSED;
		};
		InstallException e = assertThrows(InstallException.class,
				() -> installer.install(PluginInstaller.siteAt(site), List.of("test.unsigned"), refuse, new NullProgressMonitor()));
		assertEquals("Nothing was installed: it is not signed by anyone the workbench trusts, and you chose not to install it.", e.getMessage());
		assertEquals(List.of("test.unsigned 1.0.0"), asked, "the user was asked about the unsigned plug-in");
		assertFalse(installed("test.unsigned"));

		assertThrows(InstallException.class, () -> installer.install(PluginInstaller.siteAt(site), List.of("test.unsigned"), new NullProgressMonitor()),
				"with nobody to ask, it is refused");
		assertFalse(installed("test.unsigned"));
	}

	@Test
	void aSignerTheUserTrustsOnceIsNotAskedAboutAgain() throws Exception {
		TestSigner signer = new TestSigner(folder.resolve("signer.p12"), "Example Community Legal Service");
		Path site = new UpdateSite(folder.resolve("site")).asBundles().signedBy(signer).bundle("test.first", Map.of(), Map.of("a.txt", "a"))
				.bundle("test.second", Map.of(), Map.of("b.txt", "b")).write();
		List<InstallQuestions.Signer> asked = new ArrayList<>();
		InstallQuestions trustAndRemember = (signers, unsigned) -> {
			asked.addAll(signers);
			return new TrustAnswer(true, true);
		};
		installer.install(PluginInstaller.siteAt(site), List.of("test.first"), trustAndRemember, new NullProgressMonitor());
		assertEquals(1, asked.size(), "the user was asked about the unknown signer");
		assertEquals("CN=Example Community Legal Service", asked.get(0).name());
		assertEquals(List.of("test.first 1.0.0"), asked.get(0).plugins());
		assertTrue(asked.get(0).fingerprint().matches("([0-9A-F]{2}:){31}[0-9A-F]{2}"), asked.get(0).fingerprint());
		assertTrue(installed("test.first"));

		installer.install(PluginInstaller.siteAt(site), List.of("test.second"), (signers, unsigned) -> {
			throw new AssertionError("asked again about " + signers + unsigned);
		}, new NullProgressMonitor());
		assertTrue(installed("test.second"), "installed without a question: the signer was remembered");
	}

	@Test
	void whoeverSignedTheWorkbenchIsTrustedWithoutAQuestion() throws Exception {
		TestSigner build = new TestSigner(folder.resolve("build.p12"), "HJP Workbench build");
		Path site = new UpdateSite(folder.resolve("site")).asBundles().signedBy(build).bundle("test.sdk", Map.of(), Map.of("a.txt", "a")).write();
		var registration = FrameworkUtil.getBundle(InstallPolicyTest.class).getBundleContext().registerService(TrustEngine.class,
				new BuildSignerTrust(List.of(build.certificate())), null);
		try {
			installer.install(PluginInstaller.siteAt(site), List.of("test.sdk"), (signers, unsigned) -> {
				throw new AssertionError("asked about " + signers + unsigned);
			}, new NullProgressMonitor());
		} finally {
			registration.unregister();
		}
		assertTrue(installed("test.sdk"));
	}

	private boolean installed(String id) {
		return ScratchAgent.installed(agent, id);
	}
}
