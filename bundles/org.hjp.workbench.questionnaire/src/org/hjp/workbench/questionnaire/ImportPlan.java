package org.hjp.workbench.questionnaire;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.hjp.workbench.assessment.Rounds;
import org.hjp.workbench.assessment.model.Answer;
import org.hjp.workbench.assessment.model.AssessmentFactory;
import org.hjp.workbench.assessment.model.AssessmentPackage.Literals;
import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.assessment.model.Respondent;
import org.hjp.workbench.core.persistence.FileText;

/**
 * What an import of answers will do, made by {@link AnswerImport#plan}: for each file, the respondents it adds or
 * changes or leaves as they are, or the sentences saying why the import is refused. Nothing is imported when anything
 * is refused. Make the {@link #command} right after showing the plan: it applies what the plan says to the round as
 * it was planned.
 */
public final class ImportPlan {

	private final AssessmentRound round;
	private final List<FileChanges> files;
	private final List<String> refusals;

	ImportPlan(AssessmentRound round, List<FileChanges> files, List<String> refusals) {
		this.round = round;
		this.files = List.copyOf(files);
		this.refusals = List.copyOf(refusals);
	}

	/** Each file, in the order given, with what it changes. */
	public List<FileChanges> files() {
		return files;
	}

	/** Why the import is refused, one sentence a problem, each naming its file (and row); empty when it can go ahead. */
	public List<String> refusals() {
		return refusals;
	}

	public boolean refused() {
		return !refusals.isEmpty();
	}

	/** Whether importing would change the round: not refused, and some respondent is new or changed. */
	public boolean changesAnything() {
		return !refused() && files.stream().flatMap(f -> f.respondents().stream()).anyMatch(r -> r.kind() != RespondentChange.Kind.UNCHANGED);
	}

	/**
	 * The one command that makes every change of the plan: new respondents added with their answers, answers added to
	 * or changed for the round's respondents. Undoing it restores the round as it was.
	 *
	 * @throws IllegalStateException when the plan is refused or changes nothing
	 */
	public Command command(EditingDomain domain) {
		if (refused()) {
			throw new IllegalStateException("The import is refused: " + String.join(" ", refusals));
		}
		if (!changesAnything()) {
			throw new IllegalStateException("The import changes nothing in the round \u201c" + round.getTitle() + "\u201d.");
		}
		CompoundCommand command = new CompoundCommand("Import answers");
		for (FileChanges file : files) {
			for (RespondentChange change : file.respondents()) {
				if (change.kind() == RespondentChange.Kind.NEW) {
					command.append(AddCommand.create(domain, round, Literals.ASSESSMENT_ROUND__RESPONDENTS, newRespondent(change)));
				} else {
					change.changes().forEach(answer -> command.append(answer(domain, change.existing(), answer)));
				}
			}
		}
		return command;
	}

	private static Respondent newRespondent(RespondentChange change) {
		Respondent respondent = AssessmentFactory.eINSTANCE.createRespondent();
		respondent.setOrganisation(change.partner());
		if (change.person() != null) {
			respondent.setPerson(change.person());
		} else {
			respondent.setLabel(FileText.clean(change.name()));
		}
		change.changes().forEach(answer -> respondent.getAnswers().add(newAnswer(answer)));
		return respondent;
	}

	private static Command answer(EditingDomain domain, Respondent respondent, AnswerChange change) {
		Answer existing = Rounds.answer(respondent, change.statement()).orElse(null);
		if (existing == null) {
			return AddCommand.create(domain, respondent, Literals.RESPONDENT__ANSWERS, newAnswer(change));
		}
		CompoundCommand set = new CompoundCommand("Answer statement " + change.statement());
		set.append(SetCommand.create(domain, existing, Literals.ANSWER__KIND, change.kind()));
		set.append(SetCommand.create(domain, existing, Literals.ANSWER__VALUE, change.value()));
		return set;
	}

	private static Answer newAnswer(AnswerChange change) {
		Answer answer = AssessmentFactory.eINSTANCE.createAnswer();
		answer.setItem(change.statement());
		answer.setKind(change.kind());
		answer.setValue(change.value());
		return answer;
	}
}
