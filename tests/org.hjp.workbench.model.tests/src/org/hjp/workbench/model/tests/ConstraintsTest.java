package org.hjp.workbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.hjp.workbench.activities.model.ActivitiesFactory;
import org.hjp.workbench.activities.model.ActivityPlan;
import org.hjp.workbench.activities.model.BuyInStatus;
import org.hjp.workbench.activities.model.ContentKind;
import org.hjp.workbench.activities.model.DeliveryMode;
import org.hjp.workbench.activities.model.Training;
import org.hjp.workbench.activities.model.TrainingDirection;
import org.hjp.workbench.activities.model.validation.ActivitiesConstraints;
import org.hjp.workbench.agreement.model.Agreement;
import org.hjp.workbench.agreement.model.AgreementFactory;
import org.hjp.workbench.agreement.model.Responsibility;
import org.hjp.workbench.agreement.model.validation.AgreementConstraints;
import org.hjp.workbench.learning.model.LearningFactory;
import org.hjp.workbench.learning.model.Measure;
import org.hjp.workbench.learning.model.validation.LearningConstraints;
import org.hjp.workbench.model.Organisation;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.model.PartnershipFactory;
import org.hjp.workbench.model.Person;
import org.hjp.workbench.model.Sector;
import org.hjp.workbench.model.validation.PartnershipConstraints;
import org.hjp.workbench.needs.model.Evidence;
import org.hjp.workbench.needs.model.Need;
import org.hjp.workbench.needs.model.NeedsFactory;
import org.hjp.workbench.needs.model.validation.NeedsConstraints;
import org.junit.jupiter.api.Test;

class ConstraintsTest {

	@Test
	void partnershipWithoutHealthPartnerIsWarned() {
		Partnership partnership = PartnershipFactory.eINSTANCE.createPartnership();
		partnership.setName("Test");
		partnership.setWhyPartner("Because.");
		Organisation legal = PartnershipFactory.eINSTANCE.createOrganisation();
		legal.setName("Legal centre");
		legal.setSector(Sector.LEGAL);
		partnership.getOrganisations().add(legal);
		assertEquals(List.of("The partnership needs at least one legal and one health partner; add the health partner."),
				Problems.of(new PartnershipConstraints(), partnership));

		Organisation health = PartnershipFactory.eINSTANCE.createOrganisation();
		health.setName("Hospital");
		health.setSector(Sector.HEALTH);
		partnership.getOrganisations().add(health);
		assertEquals(List.of(), Problems.of(new PartnershipConstraints(), partnership));
	}

	@Test
	void partnershipWithoutNameAndWithEndBeforeStartHasErrors() {
		Partnership partnership = PartnershipFactory.eINSTANCE.createPartnership();
		partnership.setStartDate(new Date(2_000_000_000_000L));
		partnership.setEndDate(new Date(1_000_000_000_000L));
		List<String> errors = Problems.ofSeverity(new PartnershipConstraints(), partnership, Diagnostic.ERROR);
		assertEquals(List.of("The partnership has no name.", "The partnership's end date is before its start date."), errors);
	}

	@Test
	void needWithoutEvidenceOrBaselineIsWarned() {
		Need need = NeedsFactory.eINSTANCE.createNeed();
		need.setName("Rent arrears");
		assertEquals(List.of(
				"The need \u201cRent arrears\u201d has no evidence yet: add local data, research or practitioners' experience.",
				"The need \u201cRent arrears\u201d has no baseline, so the partnership will not be able to show change."),
				Problems.of(new NeedsConstraints(), need));
		need.setBaseline("40 families a year");
		Evidence evidence = NeedsFactory.eINSTANCE.createEvidence();
		need.getEvidence().add(evidence);
		assertEquals(List.of("The need \u201cRent arrears\u201d has no evidence yet: add local data, research or practitioners' experience."),
				Problems.of(new NeedsConstraints(), need), "an evidence row that says nothing is no evidence");
		evidence.setSource("Social work referrals, 2025");
		assertEquals(List.of(), Problems.of(new NeedsConstraints(), need));
	}

	@Test
	void activityWithoutResponsiblePartnerAndTrainingWithoutNeedAreWarned() {
		Training training = ActivitiesFactory.eINSTANCE.createTraining();
		training.setName("Huddle talk");
		training.setBuyIn(BuyInStatus.CONFIRMED);
		training.setWhyTraining("They asked for it.");
		training.setPartnerViews("Short, at the huddle.");
		assertEquals(List.of("The activity \u201cHuddle talk\u201d has no partner responsible for it.",
				"The training \u201cHuddle talk\u201d is not linked to a need: say which need it meets."),
				Problems.of(new ActivitiesConstraints(), training));
	}

	@Test
	void trainingThePartnerHasNotConfirmedOrHasDeclinedIsWarned() {
		Training training = plannedTraining();
		training.setBuyIn(BuyInStatus.ASKED);
		assertEquals(List.of("The partner has not yet confirmed they want the training \u201cHuddle talk\u201d: check the topic, the style and the time with them first."),
				Problems.of(new ActivitiesConstraints(), training));
		training.setBuyIn(BuyInStatus.DECLINED);
		assertEquals(List.of("The partner has declined the training \u201cHuddle talk\u201d: ask what would help them instead before going ahead."),
				Problems.of(new ActivitiesConstraints(), training));
		training.setBuyIn(BuyInStatus.CONFIRMED);
		assertEquals(List.of(), Problems.of(new ActivitiesConstraints(), training));
	}

	@Test
	void aVeryShortSlotWithoutAFollowUpResourceIsWarned() {
		Training training = plannedTraining();
		training.setFollowUpResource(null);
		training.setMinutesAvailable(5);
		assertEquals(List.of("The training \u201cHuddle talk\u201d has only 5 minutes: leave a written follow-up resource, such as a card or a one-page guide, that people can come back to."),
				Problems.of(new ActivitiesConstraints(), training));
		training.setMinutesAvailable(30);
		assertEquals(List.of(), Problems.of(new ActivitiesConstraints(), training), "a longer slot needs no follow-up resource");
		training.setMinutesAvailable(5);
		training.setFollowUpResource("Pocket card");
		assertEquals(List.of(), Problems.of(new ActivitiesConstraints(), training));
	}

	@Test
	void aPlanWhoseTrainingAllGoesOneWayIsWarned() {
		ActivityPlan plan = ActivitiesFactory.eINSTANCE.createActivityPlan();
		Training first = plannedTraining();
		Training second = plannedTraining();
		plan.getActivities().addAll(List.of(first, second));
		assertEquals(List.of("All the training in the plan is legal staff training health staff: consider what the other partner's staff could teach in return, or training together."),
				Problems.of(new ActivitiesConstraints(), plan));
		second.setDirection(TrainingDirection.HEALTH_TO_LEGAL);
		assertEquals(List.of(), Problems.of(new ActivitiesConstraints(), plan));
		plan.getActivities().clear();
		assertEquals(List.of(), Problems.of(new ActivitiesConstraints(), plan), "a plan without training has nothing to balance");
	}

	/** A training with nothing to warn about. */
	private static Training plannedTraining() {
		Training training = ActivitiesFactory.eINSTANCE.createTraining();
		training.setName("Huddle talk");
		training.setResponsiblePartner(PartnershipFactory.eINSTANCE.createOrganisation());
		training.getLinkedNeeds().add(NeedsFactory.eINSTANCE.createNeed());
		training.setBuyIn(BuyInStatus.CONFIRMED);
		training.setFollowUpResource("Pocket card");
		training.setWhyTraining("Midwives already ask about home; they lack the words and the pathway.");
		training.setPartnerViews("Five minutes at the huddle, a card, no slides.");
		return training;
	}

	@Test
	void aTrainingThatDoesNotSayWhyTrainingIsTheRightToolIsWarned() {
		Training training = plannedTraining();
		training.setWhyTraining(" ");
		assertEquals(List.of("The training \u201cHuddle talk\u201d does not say why training is the right tool: is it the best way to meet this need, or would something else do better?"),
				Problems.of(new ActivitiesConstraints(), training));
	}

	@Test
	void aTrainingConfirmedWithNothingRecordedOfWhatThePartnerSaidIsWarned() {
		Training training = plannedTraining();
		training.setPartnerViews(null);
		assertEquals(List.of("The partner has confirmed the training \u201cHuddle talk\u201d, but nothing is recorded of what they said: note what they want in content, style and mode."),
				Problems.of(new ActivitiesConstraints(), training));
		training.setBuyIn(BuyInStatus.ASKED);
		assertFalse(Problems.of(new ActivitiesConstraints(), training).stream().anyMatch(p -> p.contains("nothing is recorded")),
				"only a confirmation needs the partner's words");
	}

	@Test
	void aTrainingWhoseChoicesAreNotMadeYetIsWarnedForEach() {
		Training training = plannedTraining();
		training.setDirection(TrainingDirection.NOT_CHOSEN);
		training.setMode(DeliveryMode.NOT_CHOSEN);
		training.setContentKind(ContentKind.NOT_CHOSEN);
		assertEquals(List.of("The training \u201cHuddle talk\u201d does not yet say who teaches whom: ask the partner, then choose.",
				"The training \u201cHuddle talk\u201d does not yet say whether it is written, in person or both: ask the partner, then choose.",
				"The training \u201cHuddle talk\u201d does not yet say what kind of content it has: ask the partner, then choose."),
				Problems.of(new ActivitiesConstraints(), training));
	}

	@Test
	void trainingDeliveredTogetherByBothPartnersGoesBothWays() {
		ActivityPlan plan = ActivitiesFactory.eINSTANCE.createActivityPlan();
		Training together = plannedTraining();
		together.setDirection(TrainingDirection.TOGETHER);
		plan.getActivities().add(together);
		assertEquals(List.of(), Problems.of(new ActivitiesConstraints(), plan));
		together.setDirection(TrainingDirection.NOT_CHOSEN);
		assertEquals(List.of(), Problems.of(new ActivitiesConstraints(), plan), "a plan whose one training has no direction yet is not one-way");
	}

	@Test
	void trainingLongerThanTheSlotIsWarned() {
		Training training = plannedTraining();
		training.setMinutesAvailable(5);
		training.setMinutesNeeded(60);
		assertEquals(List.of("The training \u201cHuddle talk\u201d needs 60 minutes but the audience can give 5: shorten it or split it up."),
				Problems.of(new ActivitiesConstraints(), training));
		training.setMinutesNeeded(5);
		assertEquals(List.of(), Problems.of(new ActivitiesConstraints(), training));
	}

	@Test
	void agreementWithoutReviewDateIsWarned() {
		Agreement agreement = AgreementFactory.eINSTANCE.createAgreement();
		agreement.setConfidentialityAndPrivilege("Files stay with the centre.");
		assertEquals(List.of("The agreement has no review date: an MOU should be reviewed regularly."),
				Problems.of(new AgreementConstraints(), agreement));
	}

	@Test
	void aRoleNamingSomeoneFromAnotherPartnerIsWarned() {
		Organisation centre = PartnershipFactory.eINSTANCE.createOrganisation();
		centre.setName("Riverside Legal Service");
		Organisation hospital = PartnershipFactory.eINSTANCE.createOrganisation();
		hospital.setName("Riverside Hospital");
		Person lawyer = PartnershipFactory.eINSTANCE.createPerson();
		lawyer.setName("Amara Okafor");
		centre.getPeople().add(lawyer);
		Responsibility role = AgreementFactory.eINSTANCE.createResponsibility();
		role.setPartner(centre);
		role.setPerson(lawyer);
		assertEquals(List.of(), Problems.of(new AgreementConstraints(), role));

		role.setPartner(hospital);
		assertEquals(List.of("The person named for this role, \u201cAmara Okafor\u201d, works for a partner other than \u201cRiverside Hospital\u201d: "
				+ "choose someone from \u201cRiverside Hospital\u201d, or change the partner."), Problems.of(new AgreementConstraints(), role));
	}

	@Test
	void measureWithoutBaselineIsWarned() {
		Measure measure = LearningFactory.eINSTANCE.createMeasure();
		measure.setName("Referrals a month");
		measure.setTarget(8.0);
		assertEquals(List.of("The measure \u201cReferrals a month\u201d has no baseline, so change cannot be shown."),
				Problems.of(new LearningConstraints(), measure));
		measure.setBaseline(0.0);
		assertTrue(Problems.of(new LearningConstraints(), measure).isEmpty());
	}
}
