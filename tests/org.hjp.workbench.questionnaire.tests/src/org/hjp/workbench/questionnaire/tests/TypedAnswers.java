package org.hjp.workbench.questionnaire.tests;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.hjp.workbench.assessment.Rounds;
import org.hjp.workbench.assessment.model.Answer;
import org.hjp.workbench.assessment.model.AnswerKind;
import org.hjp.workbench.assessment.model.AssessmentFactory;
import org.hjp.workbench.assessment.model.AssessmentPackage.Literals;
import org.hjp.workbench.assessment.model.Respondent;

/** Answers typed in as the assessment page adds them: one command per statement, on the command stack. */
final class TypedAnswers {

	private TypedAnswers() {
	}

	/** Types {@code codes} (statement id to a point's value, D or N) for a respondent who has not answered yet. */
	static void type(EditingDomain domain, Respondent respondent, Map<String, String> codes) {
		if (!respondent.getAnswers().isEmpty()) {
			throw new IllegalArgumentException("Typed answers here are a respondent's first.");
		}
		codes.forEach((item, code) -> {
			Answer answer = AssessmentFactory.eINSTANCE.createAnswer();
			answer.setItem(item);
			switch (code) {
				case "D" -> answer.setKind(AnswerKind.DONT_KNOW);
				case "N" -> answer.setKind(AnswerKind.NOT_APPLICABLE);
				default -> answer.setValue(Integer.parseInt(code));
			}
			TestRounds.execute(domain, AddCommand.create(domain, respondent, Literals.RESPONDENT__ANSWERS, answer));
		});
	}

	/** The respondent's answers as comparable text, "item kind value", in the order of the instrument's statements. */
	static List<String> of(Respondent respondent, List<String> items) {
		return items.stream().map(item -> Rounds.answer(respondent, item).map(a -> item + " " + a.getKind() + " " + a.getValue()).orElse(item + " -"))
				.toList();
	}
}
