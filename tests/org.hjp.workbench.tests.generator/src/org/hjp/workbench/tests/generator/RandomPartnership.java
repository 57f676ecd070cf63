package org.hjp.workbench.tests.generator;

import java.util.Date;
import java.util.Random;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.hjp.workbench.activities.model.ActivitiesFactory;
import org.hjp.workbench.activities.model.ActivityPlan;
import org.hjp.workbench.activities.model.BuyInStatus;
import org.hjp.workbench.activities.model.ReferralPathway;
import org.hjp.workbench.activities.model.Training;
import org.hjp.workbench.activities.model.TrainingDirection;
import org.hjp.workbench.activities.model.TrainingSession;
import org.hjp.workbench.core.persistence.PartnershipFormat;
import org.hjp.workbench.learning.model.DataPoint;
import org.hjp.workbench.learning.model.LearningFactory;
import org.hjp.workbench.learning.model.LearningPlan;
import org.hjp.workbench.learning.model.Measure;
import org.hjp.workbench.model.Organisation;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.model.PartnershipFactory;
import org.hjp.workbench.model.Sector;
import org.hjp.workbench.model.TargetCohort;
import org.hjp.workbench.needs.model.Evidence;
import org.hjp.workbench.needs.model.LegalProblemType;
import org.hjp.workbench.needs.model.Need;
import org.hjp.workbench.needs.model.NeedsAndGaps;
import org.hjp.workbench.needs.model.NeedsFactory;

/** A partnership of about {@code size} objects with every kind of link, the same for the same seed. */
public final class RandomPartnership {

	private RandomPartnership() {
	}

	public static Resource create(int size, long seed) {
		Random random = new Random(seed);
		Partnership partnership = PartnershipFactory.eINSTANCE.createPartnership();
		partnership.setName("Generated partnership " + seed + ", with commas, \"quotes\" and a line\nbreak");
		partnership.setStartDate(date(random));
		for (int i = 0; i < 4; i++) {
			Organisation organisation = PartnershipFactory.eINSTANCE.createOrganisation();
			organisation.setName("Organisation " + i + " \u00e9\u00e8 \u2013 \u6f22");
			organisation.setSector(i % 2 == 0 ? Sector.LEGAL : Sector.HEALTH);
			partnership.getOrganisations().add(organisation);
			TargetCohort cohort = PartnershipFactory.eINSTANCE.createTargetCohort();
			cohort.setName("Cohort " + i);
			cohort.setEstimatedSize(random.nextInt(5000));
			partnership.getCohorts().add(cohort);
		}
		NeedsAndGaps needs = NeedsFactory.eINSTANCE.createNeedsAndGaps();
		ActivityPlan plan = ActivitiesFactory.eINSTANCE.createActivityPlan();
		LearningPlan learning = LearningFactory.eINSTANCE.createLearningPlan();
		partnership.getExtensions().add(needs);
		partnership.getExtensions().add(plan);
		partnership.getExtensions().add(learning);
		int groups = Math.max(1, size / 12);
		for (int i = 0; i < groups; i++) {
			Need need = NeedsFactory.eINSTANCE.createNeed();
			need.setName("Need " + i);
			need.setLegalProblemType(LegalProblemType.VALUES.get(random.nextInt(LegalProblemType.VALUES.size())));
			need.setCohort(partnership.getCohorts().get(random.nextInt(4)));
			need.setBaseline(random.nextBoolean() ? "Baseline " + i : null);
			need.setBaselineDate(date(random));
			needs.getNeeds().add(need);
			Evidence evidence = NeedsFactory.eINSTANCE.createEvidence();
			evidence.setSource("Source " + i);
			evidence.setDate(date(random));
			need.getEvidence().add(evidence);
			if (i % 2 == 0) {
				Training training = ActivitiesFactory.eINSTANCE.createTraining();
				training.setName("Training " + i);
				training.setDirection(random.nextBoolean() ? TrainingDirection.LEGAL_TO_HEALTH : TrainingDirection.HEALTH_TO_LEGAL);
				training.setBuyIn(BuyInStatus.VALUES.get(random.nextInt(4)));
				training.setMinutesAvailable(5 + random.nextInt(55));
				training.setMinutesNeeded(5 + random.nextInt(55));
				training.setResponsiblePartner(partnership.getOrganisations().get(random.nextInt(4)));
				training.getLinkedNeeds().add(need);
				for (int s = 0; s < 3; s++) {
					TrainingSession session = ActivitiesFactory.eINSTANCE.createTrainingSession();
					session.setDate(date(random));
					session.setAttendees(random.nextInt(30));
					session.setMinutes(5 + random.nextInt(30));
					session.setFeedback(random.nextBoolean() ? "Feedback, with a comma" : null);
					training.getSessions().add(session);
				}
				plan.getActivities().add(training);
			} else {
				ReferralPathway pathway = ActivitiesFactory.eINSTANCE.createReferralPathway();
				pathway.setName("Pathway " + i);
				pathway.setFromPartner(partnership.getOrganisations().get(1));
				pathway.setToPartner(partnership.getOrganisations().get(0));
				pathway.getLinkedNeeds().add(need);
				plan.getActivities().add(pathway);
			}
			Measure measure = LearningFactory.eINSTANCE.createMeasure();
			measure.setName("Measure " + i);
			measure.setBaseline(random.nextBoolean() ? Double.valueOf(random.nextInt(100)) : null);
			measure.setTarget(random.nextDouble() * 100);
			measure.setNeed(need);
			for (int p = 0; p < 3; p++) {
				DataPoint point = LearningFactory.eINSTANCE.createDataPoint();
				point.setDate(date(random));
				point.setValue(random.nextInt(1000) / 10.0);
				measure.getDataPoints().add(point);
			}
			learning.getMeasures().add(measure);
		}
		Resource resource = PartnershipFormat.newResourceSet().createResource(URI.createFileURI("/generated-" + seed + ".hjp"));
		resource.getContents().add(partnership);
		return resource;
	}

	/** Whole days, as the workbench stores them. */
	private static Date date(Random random) {
		return new Date((20000L + random.nextInt(3000)) * 24 * 3600 * 1000);
	}
}
