package org.hjp.workbench.assessment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hjp.workbench.assessment.DefinitionProblem;
import org.hjp.workbench.assessment.InstalledInstrument;
import org.hjp.workbench.assessment.InstrumentDefinitions;
import org.hjp.workbench.assessment.InstrumentRegistry;
import org.hjp.workbench.assessment.model.Instrument;
import org.hjp.workbench.assessment.model.Domain;
import org.hjp.workbench.tests.generator.TopicEvents;
import org.hjp.workbench.tests.generator.Services;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/** Instrument plug-ins found by their manifest header, joining and leaving with their bundles. */
class InstrumentRegistryTest {

	private InstrumentRegistry registry;

	@BeforeEach
	void setUp() throws InterruptedException {
		registry = Services.get(InstrumentRegistry.class);
	}

	@Test
	void theReferenceChecklistIsOffered() {
		InstalledInstrument checklist = registry.find(ScoringTest.CHECKLIST).orElseThrow();
		assertEquals("org.hjp.workbench.assessment.checklist", checklist.bundle());
		assertEquals("Partnership checklist (version 1.0)", checklist.title());
		assertEquals(7, checklist.definition().getDomains().size());
		for (Domain domain : checklist.definition().getDomains()) {
			assertEquals(5, domain.getItems().size(), domain.getName());
		}
		assertEquals(3, checklist.definition().getBands().size());
		assertTrue(registry.problems().stream().noneMatch(p -> p.bundle().equals(checklist.bundle())), registry.problems().toString());
	}

	@Test
	void anInstrumentWrittenOutIsReadBackTheSame() throws Exception {
		Instrument checklist = registry.find(ScoringTest.CHECKLIST).orElseThrow().definition();
		Instrument read = InstrumentDefinitions.read(new ByteArrayInputStream(InstrumentDefinitions.write(checklist)), "written.instrument");
		assertTrue(EcoreUtil.equals(checklist, read), "the same instrument, every part");
	}

	@Test
	void aPluginInstalledWhileRunningJoinsAndLeaves() throws Exception {
		try (TopicEvents changes = TopicEvents.listen(InstrumentRegistry.TOPIC_CHANGED)) {
			Bundle bundle = InstrumentBundles.install("test.join", "defs/join.instrument", Map.of("defs/join.instrument", Definitions.twoDomains("test.join", "")));
			assertTrue(registry.find("test.join").isPresent());
			assertEquals("test.join", registry.find("test.join").get().bundle());
			bundle.uninstall();
			assertTrue(registry.find("test.join").isEmpty());
			changes.awaitCount(2);
		}
	}

	@Test
	void aBrokenDefinitionIsReportedByPluginAndFileAndTheRestStillWork() throws Exception {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("good.instrument", Definitions.twoDomains("test.good", ""));
		files.put("bad.instrument", Definitions.twoDomains("test.bad", "").replace("id=\"b2\"", "id=\"b1\""));
		Bundle bundle = InstrumentBundles.install("test.mixed", "good.instrument, bad.instrument, missing.instrument", files);
		try {
			assertTrue(registry.find("test.good").isPresent());
			assertTrue(registry.find("test.bad").isEmpty());
			assertTrue(registry.find(ScoringTest.CHECKLIST).isPresent());
			List<DefinitionProblem> problems = registry.problems().stream().filter(p -> p.bundle().equals("test.mixed")).toList();
			assertEquals(2, problems.size(), problems.toString());
			assertEquals("The plug-in test.mixed offers an instrument in bad.instrument that cannot be used: Two statements have the id b1 (line 10).", problems.get(0).message());
			assertTrue(problems.get(1).message().contains("missing.instrument") && problems.get(1).message().contains("not in the plug-in"), problems.get(1).message());
		} finally {
			bundle.uninstall();
		}
		assertTrue(registry.problems().stream().noneMatch(p -> p.bundle().equals("test.mixed")));
	}

	@Test
	void ofTwoVersionsTheHigherIsOffered() throws Exception {
		Bundle older = InstrumentBundles.install("test.v9", "i.instrument", Map.of("i.instrument", Definitions.twoDomains("test.versions", "").replace("version=\"1.0\">", "version=\"1.9\">")));
		Bundle newer = InstrumentBundles.install("test.v10", "i.instrument", Map.of("i.instrument", Definitions.twoDomains("test.versions", "").replace("version=\"1.0\">", "version=\"1.10\">")));
		try {
			assertEquals("1.10", registry.find("test.versions").orElseThrow().definition().getVersion());
			newer.uninstall();
			assertEquals("1.9", registry.find("test.versions").orElseThrow().definition().getVersion());
		} finally {
			older.uninstall();
			if (newer.getState() != Bundle.UNINSTALLED) {
				newer.uninstall();
			}
		}
	}

	@Test
	void aBundleWithoutTheHeaderIsIgnored() throws Exception {
		int before = registry.instruments().size();
		Bundle bundle = InstrumentBundles.install("test.plain", null, Map.of("x.instrument", Definitions.twoDomains("test.plain", "")));
		try {
			assertEquals(before, registry.instruments().size());
		} finally {
			bundle.uninstall();
		}
	}
}
