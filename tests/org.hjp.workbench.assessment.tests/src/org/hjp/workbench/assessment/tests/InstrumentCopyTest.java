package org.hjp.workbench.assessment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.hjp.workbench.assessment.InstrumentRegistry;
import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.assessment.scoring.ResultsTable;
import org.hjp.workbench.assessment.scoring.RoundResults;
import org.hjp.workbench.core.persistence.PartnershipFormat;
import org.hjp.workbench.core.persistence.PartnershipStore;
import org.hjp.workbench.core.validation.Problem;
import org.hjp.workbench.core.validation.ValidationService;
import org.hjp.workbench.learning.model.LearningFactory;
import org.hjp.workbench.learning.model.LearningPlan;
import org.hjp.workbench.model.Organisation;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.model.PartnershipFactory;
import org.hjp.workbench.tests.generator.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The copy of its instrument that a round keeps in the partnership file is checked as a plug-in's definition is, limits
 * included: a file edited to hold an instrument over the limits gets a sentence, not minutes of scoring.
 */
class InstrumentCopyTest {

	private static final String REFUSED = "The assessment round \u201cSpring\u201d cannot be answered or scored: the copy of its instrument kept in the "
			+ "partnership file cannot be used. The instrument \u201cTest test.copy\u201d has 20000 bands for the total; at most 100 are allowed.";

	@TempDir
	Path folder;

	@Test
	void aCopyOverTheLimitsIsRefusedWithASentenceWhenTheRoundIsScoredOrChecked() throws Exception {
		Path file = savedWithOneRound();
		String text = Files.readString(file);
		int end = text.indexOf("</instrument>");
		String bands = IntStream.range(0, 20_000).mapToObj(i -> "<bands min=\"" + (100 + i) + "\" max=\"" + (100 + i) + "\" label=\"b\"/>").collect(Collectors.joining("\n"));
		Files.writeString(file, text.substring(0, end) + bands + "\n" + text.substring(end));

		Partnership partnership = (Partnership) new PartnershipStore().load(file).getContents().get(0);
		AssessmentRound round = ((LearningPlan) partnership.getExtensions().get(0)).getAssessmentRounds().get(0);
		InstrumentRegistry registry = Services.get(InstrumentRegistry.class);
		// Only a guard against hanging the build.
		RoundResults results = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> RoundResults.of(round, registry));
		assertEquals(List.of(REFUSED), results.notes());
		assertTrue(results.respondents().isEmpty(), "nothing is scored");
		RuntimeException table = assertThrows(RuntimeException.class, () -> new ResultsTable(registry).rows("Partnership", List.of(round)));
		assertEquals(REFUSED, table.getMessage());
		List<Problem> problems = Services.get(ValidationService.class).validate(partnership);
		assertTrue(problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR && p.message().equals(REFUSED) && p.target() == round), problems.toString());
	}

	@Test
	void aCopyWithinTheLimitsIsScoredAsBefore() throws Exception {
		Partnership partnership = (Partnership) new PartnershipStore().load(savedWithOneRound()).getContents().get(0);
		AssessmentRound round = ((LearningPlan) partnership.getExtensions().get(0)).getAssessmentRounds().get(0);
		assertEquals(10.0, RoundResults.of(round, null).overall().total());
		List<Problem> problems = Services.get(ValidationService.class).validate(partnership);
		assertTrue(problems.stream().noneMatch(p -> p.severity() == Problem.Severity.ERROR && p.target() == round), problems.toString());
	}

	private Path savedWithOneRound() throws Exception {
		Partnership partnership = PartnershipFactory.eINSTANCE.createPartnership();
		partnership.setName("Copies");
		Organisation legal = TestRounds.organisation("Legal centre");
		partnership.getOrganisations().add(legal);
		LearningPlan plan = LearningFactory.eINSTANCE.createLearningPlan();
		partnership.getExtensions().add(plan);
		AssessmentRound round = TestRounds.round(Definitions.read(Definitions.twoDomains("test.copy", "")));
		round.setTitle("Spring");
		plan.getAssessmentRounds().add(round);
		TestRounds.respondent(round, legal, 3, 3, 3, 3);
		Path file = folder.resolve("copies.hjp");
		Resource resource = PartnershipFormat.newResourceSet().createResource(URI.createFileURI(file.toString()));
		resource.getContents().add(partnership);
		new PartnershipStore().save(resource, file);
		return file;
	}
}
