package org.hjp.workbench.assessment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

import org.hjp.workbench.assessment.DefinitionException;
import org.hjp.workbench.assessment.InstrumentDefinitions;
import org.hjp.workbench.assessment.InstrumentRegistry;
import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.assessment.model.Instrument;
import org.hjp.workbench.assessment.model.ScalePoint;
import org.hjp.workbench.assessment.scoring.RoundResults;
import org.hjp.workbench.tests.generator.FuzzCampaign;
import org.hjp.workbench.tests.generator.Services;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * A seeded mutation fuzzer over the instrument-definition loader, seeded with the reference checklist: a mutant must
 * be refused with a DefinitionException or read as an instrument that a round can be answered and scored with;
 * anything else is a finding (see {@link FuzzCampaign}; counts in target/fuzz-definition-loader.txt).
 */
class DefinitionLoaderFuzzTest {

	@Test
	void mutantsOfTheChecklistAreReadAndScoredOrRefusedWithReasons() throws Exception {
		InstrumentRegistry registry = Services.get(InstrumentRegistry.class);
		List<String> findings = new FuzzCampaign("definition-loader", "instrument").run(checklist(), mutant -> {
			Instrument instrument;
			try {
				instrument = InstrumentDefinitions.read(new ByteArrayInputStream(mutant), "mutant.instrument");
			} catch (DefinitionException e) {
				return "refused with reasons";
			}
			AssessmentRound round = TestRounds.round(instrument);
			int highest = instrument.getScales().stream().flatMap(s -> s.getPoints().stream()).mapToInt(ScalePoint::getValue).max().orElse(1);
			int items = InstrumentDefinitions.items(instrument).size();
			TestRounds.respondent(round, TestRounds.organisation("Legal"), TestRounds.all(items, highest));
			TestRounds.respondent(round, TestRounds.organisation("Health"), TestRounds.all(items, -1));
			RoundResults.of(round, registry);
			return "read and scored";
		});
		assertEquals(List.of(), findings, "mutants that broke the loader or scoring (kept in target/fuzz-findings)");
	}

	private static byte[] checklist() throws IOException {
		Bundle bundle = Arrays.stream(FrameworkUtil.getBundle(DefinitionLoaderFuzzTest.class).getBundleContext().getBundles())
				.filter(b -> b.getSymbolicName().equals("org.hjp.workbench.assessment.checklist")).findFirst().orElseThrow();
		try (InputStream in = bundle.getEntry(bundle.getHeaders().get("HJP-Instruments").trim()).openStream()) {
			return in.readAllBytes();
		}
	}
}
