package org.hjp.workbench.questionnaire.tests;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.hjp.workbench.assessment.Rounds;
import org.hjp.workbench.assessment.model.Answer;
import org.hjp.workbench.assessment.model.AnswerKind;
import org.hjp.workbench.assessment.model.AssessmentFactory;
import org.hjp.workbench.assessment.model.AssessmentPackage.Literals;
import org.hjp.workbench.assessment.model.Respondent;

/** Answers typed in as the assessment page sets them: one command per statement, on the command stack. */
final class TypedAnswers {

	private TypedAnswers() {
	}

	/** Types {@code codes} (statement id to a point's value, D or N) for the respondent. */
	static void type(EditingDomain domain, Respondent respondent, Map<String, String> codes) {
		codes.forEach((item, code) -> {
			AnswerKind kind = switch (code) {
				case "D" -> AnswerKind.DONT_KNOW;
				case "N" -> AnswerKind.NOT_APPLICABLE;
				default -> AnswerKind.POINT;
			};
			int value = kind == AnswerKind.POINT ? Integer.parseInt(code) : 0;
			Optional<Answer> existing = Rounds.answer(respondent, item);
			CompoundCommand command = new CompoundCommand("Answer statement " + item);
			if (existing.isPresent()) {
				command.append(SetCommand.create(domain, existing.get(), Literals.ANSWER__KIND, kind));
				command.append(SetCommand.create(domain, existing.get(), Literals.ANSWER__VALUE, value));
			} else {
				Answer answer = AssessmentFactory.eINSTANCE.createAnswer();
				answer.setItem(item);
				answer.setKind(kind);
				answer.setValue(value);
				command.append(AddCommand.create(domain, respondent, Literals.RESPONDENT__ANSWERS, answer));
			}
			TestRounds.execute(domain, command);
		});
	}

	/** The respondent's answers as comparable text, "item kind value", in the order of the instrument's statements. */
	static List<String> of(Respondent respondent, List<String> items) {
		return items.stream().map(item -> Rounds.answer(respondent, item).map(a -> item + " " + a.getKind() + " " + a.getValue()).orElse(item + " -"))
				.toList();
	}
}
