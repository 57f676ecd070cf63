package org.hjp.workbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hjp.workbench.activities.model.ActivityPlan;
import org.hjp.workbench.activities.model.Training;
import org.hjp.workbench.agreement.model.Agreement;
import org.hjp.workbench.core.persistence.PartnershipFormat;
import org.hjp.workbench.core.persistence.SamplePartnership;
import org.hjp.workbench.learning.model.LearningPlan;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.needs.model.NeedsAndGaps;
import org.junit.jupiter.api.Test;

class SampleRoundTripTest {

	@Test
	void sampleHoldsEveryStageAndSurvivesSaveAndLoad() throws Exception {
		Resource original = load(SamplePartnership.open());
		Partnership partnership = (Partnership) original.getContents().get(0);
		assertEquals("Riverbend Health Justice Partnership", partnership.getName());
		assertEquals(3, partnership.getOrganisations().size());
		assertTrue(partnership.getExtensions().stream().anyMatch(NeedsAndGaps.class::isInstance));
		assertTrue(partnership.getExtensions().stream().anyMatch(ActivityPlan.class::isInstance));
		assertTrue(partnership.getExtensions().stream().anyMatch(Agreement.class::isInstance));
		assertTrue(partnership.getExtensions().stream().anyMatch(LearningPlan.class::isInstance));

		ActivityPlan plan = (ActivityPlan) partnership.getExtensions().stream().filter(ActivityPlan.class::isInstance).findFirst().orElseThrow();
		Training training = (Training) plan.getActivities().stream().filter(Training.class::isInstance).findFirst().orElseThrow();
		assertEquals(2, training.getSessions().size());
		assertEquals("Riverbend Community Legal Centre", training.getResponsiblePartner().getName());
		assertEquals(2, training.getLinkedNeeds().size());

		ByteArrayOutputStream saved = new ByteArrayOutputStream();
		original.save(saved, PartnershipFormat.saveOptions());
		Resource reloaded = load(new ByteArrayInputStream(saved.toByteArray()));
		EObject copy = reloaded.getContents().get(0);
		assertTrue(EcoreUtil.equals(partnership, copy), "the partnership read back differs from the one saved");
		assertTrue(reloaded.getErrors().isEmpty());
	}

	private static Resource load(InputStream in) throws Exception {
		try (in) {
			Resource resource = PartnershipFormat.newResourceSet().createResource(URI.createURI("memory.hjp"));
			resource.load(in, PartnershipFormat.loadOptions());
			assertTrue(resource.getErrors().isEmpty(), () -> "errors: " + resource.getErrors());
			return resource;
		}
	}
}
