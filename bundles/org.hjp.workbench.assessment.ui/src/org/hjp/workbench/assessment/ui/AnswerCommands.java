package org.hjp.workbench.assessment.ui;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.hjp.workbench.assessment.Rounds;
import org.hjp.workbench.assessment.model.Answer;
import org.hjp.workbench.assessment.model.AnswerKind;
import org.hjp.workbench.assessment.model.AssessmentFactory;
import org.hjp.workbench.assessment.model.AssessmentPackage.Literals;
import org.hjp.workbench.assessment.model.Respondent;

/** Answering a statement, or clearing its answer, as one undoable command. */
final class AnswerCommands {

	private AnswerCommands() {
	}

	static Command answer(EditingDomain domain, Respondent respondent, String itemId, AnswerKind kind, int value) {
		Optional<Answer> existing = Rounds.answer(respondent, itemId);
		CompoundCommand command = new CompoundCommand("Answer statement " + itemId);
		if (existing.isPresent()) {
			command.append(SetCommand.create(domain, existing.get(), Literals.ANSWER__KIND, kind));
			command.append(SetCommand.create(domain, existing.get(), Literals.ANSWER__VALUE, value));
		} else {
			Answer answer = AssessmentFactory.eINSTANCE.createAnswer();
			answer.setItem(itemId);
			answer.setKind(kind);
			answer.setValue(value);
			command.append(AddCommand.create(domain, respondent, Literals.RESPONDENT__ANSWERS, answer));
		}
		return command;
	}

	/** Clears the answer, or null when the statement has none. */
	static Command clear(EditingDomain domain, Respondent respondent, String itemId) {
		return Rounds.answer(respondent, itemId).map(a -> RemoveCommand.create(domain, respondent, Literals.RESPONDENT__ANSWERS, a)).orElse(null);
	}
}
