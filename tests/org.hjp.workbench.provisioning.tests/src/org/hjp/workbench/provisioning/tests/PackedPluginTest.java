package org.hjp.workbench.provisioning.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.hjp.workbench.assessment.model.Instrument;
import org.hjp.workbench.packaging.Definitions;
import org.hjp.workbench.packaging.InstrumentPacker;
import org.hjp.workbench.packaging.PluginDescription;
import org.hjp.workbench.provisioning.InstallQuestions;
import org.hjp.workbench.provisioning.InstallQuestions.TrustAnswer;
import org.hjp.workbench.provisioning.Offer;
import org.hjp.workbench.provisioning.PluginInstaller;
import org.hjp.workbench.provisioning.internal.P2Installer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plug-in packed without Maven (hjp instrument pack) is installed by the workbench's own installer, which refuses
 * files without checksums: the site p2's publisher writes is offered by name, with its licence, and installs.
 */
class PackedPluginTest {

	private static final String DEFINITION = """
			<?xml version="1.0" encoding="UTF-8"?>
			<assessment:Instrument xmlns:assessment="http://hjp-workbench.org/model/assessment/1"
			    id="org.example.packed" name="Packed check" version="2.1" publisher="Example &amp; Sons">
			  <scales id="agree" name="Agreement">
			    <points value="1" label="No"/>
			    <points value="2" label="Yes"/>
			  </scales>
			  <domains id="d" name="D">
			    <items id="d1" text="We meet."/>
			  </domains>
			</assessment:Instrument>
			""";

	@TempDir
	Path folder;
	private IProvisioningAgent agent;
	private P2Installer installer;

	@BeforeEach
	void scratchAgent() throws Exception {
		agent = ScratchAgent.in(folder);
		installer = new P2Installer(agent, ScratchAgent.PROFILE, () -> {
		});
	}

	@AfterEach
	void stopAgent() {
		agent.stop();
	}

	@Test
	void aPackedSiteIsOfferedWithItsLicenceAndInstalls() throws Exception {
		Files.writeString(Files.createDirectories(folder.resolve("source")).resolve("packed.instrument"), DEFINITION);
		Definitions definitions = Definitions.read(List.of(folder.resolve("source")));
		assertEquals(List.of(), definitions.problems());
		List<Instrument> instruments = definitions.usable().stream().map(Definitions.Definition::instrument).toList();
		Clock packedAt = Clock.fixed(Instant.parse("2026-12-06T09:30:00Z"), ZoneOffset.UTC);
		PluginDescription plugin = PluginDescription.of(instruments, new PluginDescription.Choices(null, null, null, null, "Use it <freely> & share it."),
				packedAt);
		InstrumentPacker.Packed packed = InstrumentPacker.pack(definitions, plugin, Files.createDirectories(folder.resolve("out")), new NullProgressMonitor());

		List<Offer> offers = installer.offers(PluginInstaller.siteAt(packed.site()), new NullProgressMonitor());
		assertEquals(1, offers.size(), offers.toString());
		Offer offer = offers.get(0);
		assertEquals("Packed check", offer.plugin().name());
		assertEquals("2.1.0", offer.plugin().version());
		assertEquals("Example & Sons", offer.plugin().provider());
		assertEquals("Use it <freely> & share it.", offer.plugin().licence());

		Path assessments = new UpdateSite(folder.resolve("workbench")).bundle("org.hjp.workbench.assessment", Map.of(), Map.of()).write();
		installer.install(PluginInstaller.siteAt(assessments), List.of("org.hjp.workbench.assessment"), new NullProgressMonitor());
		InstallQuestions installUnsigned = (signers, unsigned) -> new TrustAnswer(true, false);
		installer.install(PluginInstaller.siteAt(packed.site()), List.of(offer.plugin().id()), installUnsigned, new NullProgressMonitor());
		assertTrue(ScratchAgent.installed(agent, "org.example.packed"), "the bundle is installed");
		assertTrue(Files.isRegularFile(folder.resolve("pool/plugins/org.example.packed_2.1.0.v20261206-0930.jar")),
				"the bundle's jar is in the installation");
	}
}
