package org.hjp.workbench.questionnaire;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hjp.workbench.assessment.Rounds;
import org.hjp.workbench.assessment.model.Answer;
import org.hjp.workbench.assessment.model.AnswerKind;
import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.assessment.model.Respondent;
import org.hjp.workbench.core.stages.StageData;
import org.hjp.workbench.learning.model.LearningPackage;
import org.hjp.workbench.learning.model.LearningPlan;
import org.hjp.workbench.model.Organisation;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.questionnaire.internal.AnswerCodes;
import org.hjp.workbench.questionnaire.internal.AnswerFiles;
import org.hjp.workbench.questionnaire.internal.Cell;
import org.hjp.workbench.questionnaire.internal.Choice;
import org.hjp.workbench.questionnaire.internal.ModelIds;
import org.hjp.workbench.questionnaire.internal.Respondents;
import org.hjp.workbench.questionnaire.internal.ReturnedAnswers;
import org.hjp.workbench.questionnaire.internal.Statement;

/**
 * Plans the import of answers given outside the workbench into an assessment round: filled questionnaires (PDF, as
 * {@link Questionnaires} writes them) and CSV files in the layouts of docs/answers-import.md. Planning changes
 * nothing: the {@link ImportPlan} says, file by file, which respondents are new, which have answers added or changed
 * and which stay as they are, or why the files are refused; its {@link ImportPlan#command command} then makes all the
 * changes as one undoable step.
 * <p>
 * A questionnaire written for a respondent is matched to them by the id it carries. Other answers are matched by name
 * (the person's name or the anonymous label) and partner name against the round's respondents; an unknown name is a new
 * respondent, for the partner organisation of that name (a person of the partner's people when one has the name, else
 * an anonymous respondent with the name as label). A blank questionnaire or CSV row without a name is a new anonymous
 * respondent named after its file or row, so that importing the same file again changes nothing.
 * <p>
 * An empty answer leaves the statement as it is: an import adds and changes answers, it never removes one.
 */
public final class AnswerImport {

	private final AssessmentRound round;
	private final AnswerFiles files;
	private final Respondents respondents;
	private final List<String> refusals = new ArrayList<>();
	/** The names given to new anonymous respondents in this import, so that no two get the same. */
	private final Set<String> newNames = new HashSet<>();
	/** Who has been given answers so far, and where: a round's respondent, or the key of a new one. */
	private final Map<Object, String> seen = new HashMap<>();

	/** The assessment rounds of a partnership that answers can be imported into: those with an instrument, newest first. */
	public static List<AssessmentRound> rounds(Partnership partnership) {
		List<AssessmentRound> rounds = new ArrayList<>(StageData.find(partnership, LearningPackage.Literals.LEARNING_PLAN)
				.map(plan -> ((LearningPlan) plan).getAssessmentRounds().stream().filter(r -> r.getInstrument() != null).toList()).orElse(List.of()));
		// Of two rounds on the same day, or two without a date, the one added later is taken as the newer.
		Collections.reverse(rounds);
		rounds.sort(Comparator.comparing(AssessmentRound::getDate, Comparator.nullsLast(Comparator.<Date> reverseOrder())));
		return rounds;
	}

	private AnswerImport(AssessmentRound round) {
		this.round = round;
		this.files = new AnswerFiles(round);
		this.respondents = new Respondents(round);
	}

	/**
	 * What importing {@code files} into {@code round} would do, or why it is refused. A round that has no usable
	 * instrument, or is in no partnership file, has every import refused.
	 */
	public static ImportPlan plan(AssessmentRound round, List<Path> files) {
		Optional<String> unusable = whyUnusable(round);
		if (unusable.isPresent()) {
			return new ImportPlan(round, List.of(), List.of(unusable.get() + " No answers can be imported into it."));
		}
		AnswerImport plan = new AnswerImport(round);
		List<FileChanges> changes = new ArrayList<>();
		for (Path file : files) {
			List<RespondentChange> respondentChanges = new ArrayList<>();
			for (ReturnedAnswers answers : plan.files.read(file, plan.refusals)) {
				plan.change(answers).ifPresent(respondentChanges::add);
			}
			changes.add(new FileChanges(file, List.copyOf(respondentChanges)));
		}
		return new ImportPlan(round, changes, plan.refusals);
	}

	/**
	 * What bringing in answers given elsewhere, each respondent's under a name, would do: the answers by name, then by
	 * statement id, each written as a code (the point's value, D or N). A name the round has is that respondent, any
	 * other a new anonymous respondent of that name. {@code source} says where they were given, for messages: "the
	 * repository". The plan has one entry, without a file.
	 */
	public static ImportPlan plan(AssessmentRound round, String source, Map<String, Map<String, String>> answersByName) {
		Optional<String> unusable = whyUnusable(round);
		if (unusable.isPresent()) {
			return new ImportPlan(round, List.of(), List.of(unusable.get() + " No answers can be brought into it."));
		}
		AnswerImport plan = new AnswerImport(round);
		List<RespondentChange> respondentChanges = new ArrayList<>();
		answersByName.forEach((name, given) -> {
			String where = "the answers of " + name + " in " + source;
			Map<String, Cell> cells = new LinkedHashMap<>();
			given.forEach((statement, code) -> cells.put(statement, new Cell(code, where)));
			plan.change(new ReturnedAnswers(where, where, "", name, "", cells)).ifPresent(respondentChanges::add);
		});
		return new ImportPlan(round, List.of(new FileChanges(null, List.copyOf(respondentChanges))), plan.refusals);
	}

	private static Optional<String> whyUnusable(AssessmentRound round) {
		Optional<String> unusable = round.getInstrument() == null ? Optional.of("No instrument has been chosen for the round \u201c" + round.getTitle() + "\u201d.")
				: Rounds.unusableInstrument(round);
		if (unusable.isEmpty() && ModelIds.of(round) == null) {
			unusable = Optional.of("The round \u201c" + round.getTitle() + "\u201d is not part of a partnership file.");
		}
		return unusable;
	}

	private Optional<RespondentChange> change(ReturnedAnswers answers) {
		Respondent existing;
		Organisation partner;
		String name;
		if (!answers.respondentId().isEmpty()) {
			existing = respondents.byId(answers.respondentId()).orElse(null);
			if (existing == null) {
				refusals.add(AnswerCodes.capitalised(answers.where()) + " was written for a respondent who is no longer in the round \u201c" + round.getTitle() + "\u201d.");
				return Optional.empty();
			}
			partner = existing.getOrganisation();
			name = Rounds.who(existing);
		} else {
			partner = null;
			if (!answers.partner().isEmpty()) {
				partner = respondents.partner(answers.partner()).orElse(null);
				if (partner == null) {
					refusals.add(AnswerCodes.capitalised(answers.where()) + " names the partner \u201c" + answers.partner() + "\u201d, which is not a partner organisation of this partnership"
							+ (respondents.partnerNames().isEmpty() ? "" : " (its partners are " + respondents.partnerNames() + ")") + ".");
					return Optional.empty();
				}
			}
			if (answers.name().isEmpty()) {
				return anonymous(answers, partner);
			}
			name = answers.name();
			List<Respondent> candidates = respondents.byName(name, partner);
			if (candidates.size() > 1) {
				refusals.add(AnswerCodes.capitalised(answers.where()) + " gives the name \u201c" + name + "\u201d, which " + candidates.size()
						+ " respondents of the round have" + (partner == null ? "" : " for " + partner.getName())
						+ ": give " + (partner == null ? "their partner, or " : "") + "a name that tells them apart.");
				return Optional.empty();
			}
			existing = candidates.isEmpty() ? null : candidates.get(0);
			if (existing != null) {
				name = Rounds.who(existing);
			}
		}
		return change(answers, existing, name, partner);
	}

	/**
	 * Answers that say nothing of who gave them: named after their file or row. They are a new respondent, unless the
	 * round already has the same answers under that name (the same file imported again); answers that differ from
	 * those are another person's, given a name of their own. No answers at all (an empty row, an untouched
	 * questionnaire) are no respondent.
	 */
	private Optional<RespondentChange> anonymous(ReturnedAnswers answers, Organisation partner) {
		if (answers.cells().isEmpty()) {
			return Optional.empty();
		}
		String name = Respondents.anonymous(answers);
		List<Respondent> candidates = respondents.byName(name, partner);
		if (candidates.size() == 1 && sameAnswers(candidates.get(0), answers)) {
			return change(answers, candidates.get(0), name, partner);
		}
		String unique = name;
		for (int n = 2; respondents.taken(unique) || newNames.contains(unique); n++) {
			unique = name + ", " + n;
		}
		newNames.add(unique);
		return change(answers, null, unique, partner);
	}

	private boolean sameAnswers(Respondent respondent, ReturnedAnswers answers) {
		return respondent.getAnswers().size() == answers.cells().size() && answers.cells().entrySet().stream().allMatch(entry -> {
			Optional<Choice> choice = AnswerCodes.choice(files.statements().get(entry.getKey()), entry.getValue().raw());
			Optional<Answer> before = Rounds.answer(respondent, entry.getKey());
			return choice.isPresent() && before.isPresent() && same(before.get(), choice.get());
		});
	}

	private Optional<RespondentChange> change(ReturnedAnswers answers, Respondent existing, String name, Organisation partner) {
		if (existing == null && answers.cells().isEmpty()) {
			// A row or questionnaire with no answer in it adds no one.
			return Optional.empty();
		}
		if (!firstTime(existing != null ? existing : "new " + Respondents.key(name, partner == null ? null : partner.getName()), answers, name, partner)) {
			return Optional.empty();
		}
		List<AnswerChange> changes = new ArrayList<>();
		int unchanged = 0;
		boolean valid = true;
		for (Map.Entry<String, Cell> entry : answers.cells().entrySet()) {
			Statement statement = files.statements().get(entry.getKey());
			if (statement == null) {
				refusals.add(AnswerCodes.capitalised(entry.getValue().where()) + " answer the statement " + entry.getKey() + ", which the round's instrument does not have.");
				valid = false;
				continue;
			}
			Optional<Choice> choice = AnswerCodes.choice(statement, entry.getValue().raw());
			if (choice.isEmpty()) {
				refusals.add(AnswerCodes.refusal(statement, entry.getValue()));
				valid = false;
				continue;
			}
			Optional<Answer> before = existing == null ? Optional.empty() : Rounds.answer(existing, entry.getKey());
			if (before.isPresent() && same(before.get(), choice.get())) {
				unchanged++;
			} else {
				changes.add(new AnswerChange(entry.getKey(), before.map(a -> text(a, statement)).orElse(null), text(choice.get()), choice.get().kind(), choice.get().value()));
			}
		}
		if (!valid) {
			return Optional.empty();
		}
		RespondentChange.Kind kind = existing == null ? RespondentChange.Kind.NEW : changes.isEmpty() ? RespondentChange.Kind.UNCHANGED : RespondentChange.Kind.CHANGED;
		return Optional.of(new RespondentChange(kind, name, partner, existing, existing == null ? Respondents.person(name, partner).orElse(null) : null,
				List.copyOf(changes), unchanged));
	}

	/** Whether these are the first answers of the respondent in the import; a refusal when they are not. */
	private boolean firstTime(Object who, ReturnedAnswers answers, String name, Organisation partner) {
		String earlier = seen.putIfAbsent(who, answers.where());
		if (earlier == null) {
			return true;
		}
		String named = partner == null ? name : name + " (" + partner.getName() + ")";
		refusals.add("The answers of " + named + " are given twice: in " + earlier + " and in " + answers.where() + ". Keep only one of them.");
		return false;
	}

	private static boolean same(Answer answer, Choice choice) {
		return answer.getKind() == choice.kind() && (choice.kind() != AnswerKind.POINT || answer.getValue() == choice.value());
	}

	private static String text(Choice choice) {
		return choice.kind() == AnswerKind.POINT ? choice.code() + " (" + choice.label() + ")" : choice.label();
	}

	private static String text(Answer answer, Statement statement) {
		return statement.choices().stream().filter(c -> c.kind() == answer.getKind() && (c.kind() != AnswerKind.POINT || c.value() == answer.getValue()))
				.findFirst().map(AnswerImport::text).orElse(Integer.toString(answer.getValue()));
	}
}
