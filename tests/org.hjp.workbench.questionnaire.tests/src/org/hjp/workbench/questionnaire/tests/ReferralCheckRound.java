package org.hjp.workbench.questionnaire.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.core.editing.PartnershipDocument;
import org.hjp.workbench.questionnaire.AnswerImport;
import org.hjp.workbench.questionnaire.ImportPlan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Tests of imports into a new round of the example plug-in's instrument, answered by Amara Okafor and Helen Whitford. */
abstract class ReferralCheckRound {

	@TempDir
	Path folder;
	PartnershipDocument document;
	AssessmentRound round;

	@BeforeEach
	void newRound() throws Exception {
		document = TestRounds.partnership(TestRounds.referralCheck());
		round = TestRounds.round(document);
	}

	/** Each sentence is the start of a refusal, in order, there are no others, and the plan gives no command. */
	void refused(List<Path> files, String... sentences) {
		ImportPlan plan = AnswerImport.plan(round, files);
		assertEquals(sentences.length, plan.refusals().size(), String.valueOf(plan.refusals()));
		for (int i = 0; i < sentences.length; i++) {
			assertTrue(plan.refusals().get(i).startsWith(sentences[i]), "expected " + sentences[i] + "\n but was " + plan.refusals().get(i));
		}
		assertThrows(IllegalStateException.class, () -> plan.command(document.editingDomain()));
	}

	void refused(Path file, String... sentences) {
		refused(List.of(file), sentences);
	}
}
