package org.hjp.workbench.assessment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hjp.workbench.assessment.InstrumentRegistry;
import org.hjp.workbench.assessment.Rounds;
import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.assessment.scoring.RoundResults;
import org.hjp.workbench.core.persistence.PartnershipFormat;
import org.hjp.workbench.core.persistence.PartnershipStore;
import org.hjp.workbench.learning.model.LearningFactory;
import org.hjp.workbench.learning.model.LearningPlan;
import org.hjp.workbench.model.Organisation;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.model.PartnershipFactory;
import org.hjp.workbench.tests.generator.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A round is saved in the partnership file with the copy of its instrument, and reads back the same. */
class RoundFileTest {

	@TempDir
	Path folder;

	@Test
	void aRoundRoundTripsThroughThePartnershipFile() throws Exception {
		InstrumentRegistry registry = Services.get(InstrumentRegistry.class);
		Partnership partnership = PartnershipFactory.eINSTANCE.createPartnership();
		partnership.setName("Round trip");
		Organisation legal = TestRounds.organisation("Legal centre");
		partnership.getOrganisations().add(legal);
		LearningPlan plan = LearningFactory.eINSTANCE.createLearningPlan();
		partnership.getExtensions().add(plan);
		AssessmentRound round = TestRounds.round(Rounds.copyForRound(registry.find(ScoringTest.CHECKLIST).orElseThrow()));
		round.setInstrumentBundle("org.hjp.workbench.assessment.checklist");
		plan.getAssessmentRounds().add(round);
		TestRounds.respondent(round, legal, TestRounds.all(35, 4));
		TestRounds.respondent(round, legal, TestRounds.all(35, -1)).setLabel("Respondent B");

		Path file = folder.resolve("round.hjp");
		Resource resource = PartnershipFormat.newResourceSet().createResource(URI.createFileURI(file.toString()));
		resource.getContents().add(partnership);
		PartnershipStore store = new PartnershipStore();
		store.save(resource, file);

		Partnership reread = (Partnership) store.load(file).getContents().get(0);
		AssessmentRound readRound = ((LearningPlan) reread.getExtensions().get(0)).getAssessmentRounds().get(0);
		assertTrue(EcoreUtil.equals(round, readRound), "the round reads back as it was saved");
		assertEquals(reread.getOrganisations().get(0), readRound.getRespondents().get(0).getOrganisation());
		assertEquals(136.0, RoundResults.of(readRound, registry).overall().total());
	}
}
