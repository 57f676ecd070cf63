package org.hjp.workbench.stages.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.hjp.workbench.activities.model.ActivitiesFactory;
import org.hjp.workbench.activities.model.ActivityPlan;
import org.hjp.workbench.activities.model.ActivityStatus;
import org.hjp.workbench.activities.model.Training;
import org.hjp.workbench.activities.model.TrainingDirection;
import org.hjp.workbench.activities.model.TrainingSession;
import org.hjp.workbench.agreement.model.Agreement;
import org.hjp.workbench.agreement.model.AgreementFactory;
import org.hjp.workbench.agreement.model.ReviewDate;
import org.hjp.workbench.core.persistence.PartnershipStore;
import org.hjp.workbench.core.persistence.SamplePartnership;
import org.hjp.workbench.core.stages.Commitment;
import org.hjp.workbench.core.stages.Completeness;
import org.hjp.workbench.core.stages.DefinedStage;
import org.hjp.workbench.core.stages.StageFacts;
import org.hjp.workbench.core.stages.StageDescriptor;
import org.hjp.workbench.core.stages.StageRegistry;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.model.PartnershipFactory;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Each stage says how complete it is and what the partnership has said it will do, from the model alone. */
class StagesAtAGlanceTest {

	@Test
	void anEmptyPartnershipHasEverythingStillToDoAndNothingPlanned() throws Exception {
		Partnership empty = PartnershipFactory.eINSTANCE.createPartnership();
		for (StageDescriptor stage : stages()) {
			Completeness completeness = stage.completeness(empty);
			assertTrue(completeness.isKnown(), stage.id() + " says how complete it is");
			assertEquals(0, completeness.percent(), stage.id() + " is not started");
			assertTrue(stage.commitments(empty).isEmpty(), stage.id() + " has no commitments");
		}
	}

	@Test
	void theSampleIsPartlyDoneWithTheNextStepsNamed() throws Exception {
		Partnership sample = sample();
		assertEquals(List.of("Every partner has a champion"), stage("org.hjp.workbench.stage.profile").completeness(sample).missing(),
				"the community health centre, a new partner, has no one named yet");
		Completeness needs = stage("org.hjp.workbench.stage.needs").completeness(sample);
		assertEquals(List.of("Every need has a baseline"), needs.missing(), "one need of the sample lacks a baseline");
		Completeness activities = stage("org.hjp.workbench.stage.activities").completeness(sample);
		assertTrue(activities.missing().contains("Every activity meets a need"), "the lawyers' training meets no need yet");
		assertTrue(activities.done().contains("Training goes both ways"));
	}

	@Test
	void trainingOneWayIsMissingFromActivities() throws Exception {
		Partnership partnership = PartnershipFactory.eINSTANCE.createPartnership();
		ActivityPlan plan = ActivitiesFactory.eINSTANCE.createActivityPlan();
		partnership.getExtensions().add(plan);
		Training training = ActivitiesFactory.eINSTANCE.createTraining();
		training.setDirection(TrainingDirection.LEGAL_TO_HEALTH);
		plan.getActivities().add(training);
		assertTrue(stage("org.hjp.workbench.stage.activities").completeness(partnership).missing().contains("Training goes both ways"));
	}

	@Test
	void reviewDatesNotDoneAndSessionsAheadAreCommitments() throws Exception {
		Partnership sample = sample();
		List<Commitment> agreement = stage("org.hjp.workbench.stage.agreement").commitments(sample);
		assertEquals(List.of(LocalDate.of(2026, 12, 8), LocalDate.of(2027, 1, 27)), agreement.stream().map(Commitment::date).sorted().toList(),
				"the steering group meeting and the open review; the review already done is not a commitment");
		Agreement data = (Agreement) agreement.get(0).item().eContainer();
		ReviewDate review = data.getReviewDates().get(1);
		review.setDone(true);
		assertFalse(stage("org.hjp.workbench.stage.agreement").commitments(sample).stream().anyMatch(c -> c.item() == review), "a review marked done drops out");

		List<Commitment> activities = stage("org.hjp.workbench.stage.activities").commitments(sample);
		assertEquals(1, activities.size());
		assertTrue(activities.get(0).item() instanceof TrainingSession, "the lawyers' training session planned for February");
		assertEquals(LocalDate.of(2027, 2, 10), activities.get(0).date());
		assertEquals(LocalDate.of(2027, 1, 20), stage("org.hjp.workbench.stage.learning").commitments(sample).get(0).date());
	}

	@Test
	void aTrainingThatStartsWithASessionIsListedOnce() throws Exception {
		Partnership partnership = PartnershipFactory.eINSTANCE.createPartnership();
		ActivityPlan plan = ActivitiesFactory.eINSTANCE.createActivityPlan();
		partnership.getExtensions().add(plan);
		Training first = training("Budgeting basics", ActivityStatus.PLANNED, LocalDate.of(2030, 3, 4), LocalDate.of(2030, 3, 4), LocalDate.of(2030, 3, 11));
		Training later = training("Tenancy rights", ActivityStatus.PROPOSED, LocalDate.of(2030, 5, 1), LocalDate.of(2030, 5, 20));
		plan.getActivities().addAll(List.of(first, later));

		List<String> listed = stage("org.hjp.workbench.stage.activities").commitments(partnership).stream().map(c -> c.date() + " " + c.what()).sorted().toList();
		assertEquals(List.of("2030-03-04 Training session: Budgeting basics", "2030-03-11 Training session: Budgeting basics",
				"2030-05-01 Start: Tenancy rights", "2030-05-20 Training session: Tenancy rights"), listed,
				"the first session is the start; a start before the first session is a step of its own");
	}

	@Test
	void aReviewDateWithoutADateIsNotACommitment() throws Exception {
		Partnership partnership = PartnershipFactory.eINSTANCE.createPartnership();
		Agreement agreement = AgreementFactory.eINSTANCE.createAgreement();
		partnership.getExtensions().add(agreement);
		agreement.getReviewDates().add(AgreementFactory.eINSTANCE.createReviewDate());
		ReviewDate dated = AgreementFactory.eINSTANCE.createReviewDate();
		dated.setDate(date(LocalDate.of(2030, 1, 1)));
		agreement.getReviewDates().add(dated);
		assertEquals(List.of(LocalDate.of(2030, 1, 1)), stage("org.hjp.workbench.stage.agreement").commitments(partnership).stream().map(Commitment::date).toList());
	}

	@Test
	void aStageThatFailsIsLeftOutAndTheOthersStillSpeak() throws Exception {
		StageDescriptor broken = new DefinedStage("org.example.broken", "Broken", "Throws.", 50, null) {
			@Override
			public Completeness completeness(Partnership partnership) {
				throw new IllegalStateException("a plug-in's mistake");
			}

			@Override
			public List<Commitment> commitments(Partnership partnership) {
				throw new IllegalStateException("a plug-in's mistake");
			}
		};
		Partnership sample = sample();
		assertEquals(Completeness.UNKNOWN, StageFacts.completeness(broken, sample));
		List<StageDescriptor> all = new java.util.ArrayList<>(stages());
		all.add(0, broken);
		List<Commitment> due = StageFacts.commitments(all, sample, LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 31));
		assertEquals(List.of(LocalDate.of(2026, 12, 8), LocalDate.of(2027, 1, 20), LocalDate.of(2027, 1, 27)), due.stream().map(Commitment::date).toList(),
				"the other stages' commitments in the window, soonest first");
	}

	private static Training training(String name, ActivityStatus status, LocalDate start, LocalDate... sessions) {
		Training training = ActivitiesFactory.eINSTANCE.createTraining();
		training.setName(name);
		training.setStatus(status);
		training.setStartDate(date(start));
		for (LocalDate day : sessions) {
			TrainingSession session = ActivitiesFactory.eINSTANCE.createTrainingSession();
			session.setDate(date(day));
			training.getSessions().add(session);
		}
		return training;
	}

	private static Date date(LocalDate day) {
		return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
	}

	private static Partnership sample() throws Exception {
		Path file = Files.createTempDirectory("stages-test").resolve("sample.hjp");
		try (InputStream in = SamplePartnership.open()) {
			Files.copy(in, file);
		}
		return (Partnership) new PartnershipStore().load(file).getContents().get(0);
	}

	private static StageDescriptor stage(String id) throws InterruptedException {
		return stages().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no stage " + id));
	}

	static List<StageDescriptor> stages() throws InterruptedException {
		ServiceTracker<StageRegistry, StageRegistry> tracker = new ServiceTracker<>(FrameworkUtil.getBundle(StagesAtAGlanceTest.class).getBundleContext(), StageRegistry.class, null);
		tracker.open();
		StageRegistry registry = tracker.waitForService(10_000);
		long deadline = System.currentTimeMillis() + 10_000;
		while (registry.stages().size() < 5 && System.currentTimeMillis() < deadline) {
			Thread.sleep(50);
		}
		return registry.stages();
	}
}
