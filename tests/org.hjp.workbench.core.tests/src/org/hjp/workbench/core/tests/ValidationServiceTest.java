package org.hjp.workbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.hjp.workbench.activities.model.Training;
import org.hjp.workbench.core.contributions.ContributedCode;
import org.hjp.workbench.core.persistence.PartnershipStore;
import org.hjp.workbench.core.persistence.SamplePartnership;
import org.hjp.workbench.core.validation.Problem;
import org.hjp.workbench.core.validation.ValidationService;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.model.PartnershipPackage;
import org.hjp.workbench.model.validation.Constraints;
import org.hjp.workbench.tests.generator.Hang;
import org.hjp.workbench.tests.generator.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceRegistration;

/** The validation service, as the running workbench has it: with every installed package's constraints. */
class ValidationServiceTest {

	@TempDir
	Path folder;

	@Test
	void sampleProblemsComeFromEveryStageAndPointAtTheirObjects() throws Exception {
		List<Problem> problems = Services.get(ValidationService.class).validate(sample());
		List<String> messages = problems.stream().map(Problem::message).toList();
		assertTrue(messages.contains("The training \u201cTrauma-informed practice with new parents\u201d needs 60 minutes but the audience can give 45: shorten it or split it up."), messages::toString);
		assertTrue(messages.contains("The training \u201cTrauma-informed practice with new parents\u201d is not linked to a need: say which need it meets."), messages::toString);
		assertTrue(messages.contains("The need \u201cFamily violence and safety planning\u201d has no baseline, so the partnership will not be able to show change."), messages::toString);
		assertTrue(messages.contains("The measure \u201cMidwives who attended a huddle session\u201d has no baseline, so change cannot be shown."), messages::toString);
		Problem tooLong = problems.stream().filter(p -> p.message().contains("needs 60 minutes")).findFirst().orElseThrow();
		assertTrue(tooLong.target() instanceof Training t && t.getName().startsWith("Trauma"));
		assertEquals("minutesNeeded", tooLong.feature().getName());
		assertTrue(problems.stream().noneMatch(p -> p.severity() == Problem.Severity.ERROR), messages::toString);
	}

	@Test
	void aRuleThatThrowsIsReportedAndTheOtherRulesStillRun() throws Exception {
		ValidationService service = Services.get(ValidationService.class);
		Constraints broken = new Constraints() {
			@Override
			public EPackage getEPackage() {
				return PartnershipPackage.eINSTANCE;
			}

			@Override
			protected void check(EObject object, Problems problems) {
				throw new IllegalStateException("broken rule");
			}
		};
		ServiceRegistration<Constraints> registration = Services.register(Constraints.class, broken);
		try {
			List<String> messages = service.validate(sample()).stream().map(Problem::message).toList();
			assertTrue(messages.stream().anyMatch(m -> m.contains("failed (java.lang.IllegalStateException: broken rule)")), messages::toString);
			assertTrue(messages.stream().anyMatch(m -> m.contains("needs 60 minutes")), "rules of other packages still ran");
		} finally {
			registration.unregister();
		}
		assertTrue(service.validate(sample()).stream().noneMatch(p -> p.message().contains("broken rule")));
	}

	@Test
	void aRuleThatNeverAnswersIsTurnedOffAndSaidSoAndTheOtherRulesStillRun() throws Exception {
		ValidationService service = Services.get(ValidationService.class);
		Hang release = new Hang();
		AtomicInteger asked = new AtomicInteger();
		Constraints hanging = new Constraints() {
			@Override
			public EPackage getEPackage() {
				return PartnershipPackage.eINSTANCE;
			}

			@Override
			protected void check(EObject object, Problems problems) {
				asked.incrementAndGet();
				release.untilReleased();
			}
		};
		ServiceRegistration<Constraints> registration = Services.register(Constraints.class, hanging);
		try {
			Partnership sample = sample();
			List<String> first = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> messages(service.validate(sample)),
					"validation hangs with a rule that never answers");
			String turnedOff = "The validation rules from " + hanging.getClass().getName() + " did not finish within "
					+ ContributedCode.limitInSeconds() + " seconds, so they are turned off until the workbench restarts; their checks are not shown.";
			assertTrue(first.contains(turnedOff), first::toString);
			assertTrue(first.stream().anyMatch(m -> m.contains("needs 60 minutes")), "the other rules still ran");
			assertEquals(1, asked.get());
			assertEquals(first, messages(service.validate(sample)));
			assertEquals(1, asked.get(), "the rule that hung is not asked again");
		} finally {
			registration.unregister();
			release.release();
		}
		assertTrue(messages(service.validate(sample())).stream().noneMatch(m -> m.contains("turned off")), "gone with the bundle that offered it");
	}

	private static List<String> messages(List<Problem> problems) {
		return problems.stream().map(Problem::message).toList();
	}

	private Partnership sample() throws IOException {
		Path file = SamplePartnership.copyInto(folder);
		return (Partnership) new PartnershipStore().load(file).getContents().get(0);
	}
}
