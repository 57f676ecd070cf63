package org.hjp.workbench.sharing.rounds.ui;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.hjp.workbench.assessment.InstrumentDefinitions;
import org.hjp.workbench.assessment.model.Answer;
import org.hjp.workbench.assessment.model.AnswerKind;
import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.assessment.model.Instrument;
import org.hjp.workbench.assessment.model.Item;
import org.hjp.workbench.assessment.model.ResponseScale;
import org.hjp.workbench.core.editing.PartnershipDocument;
import org.hjp.workbench.sharing.Rounds;
import org.hjp.workbench.sharing.WorkingCopy;
import org.hjp.workbench.sharing.ui.WorkingCopyFolder;

/** A partnership's assessment rounds as the repository knows them: by the ids of the partnership and of the round. */
final class RepositoryRounds {

	/** How "don't know" and "not applicable" are written among a statement's possible answers, as the server and the import read them. */
	private static final String DONT_KNOW = "D";
	private static final String NOT_APPLICABLE = "N";

	private RepositoryRounds() {
	}

	/** The repository's id of the partnership open in {@code document}, when it is a copy of one in the repository. */
	static Optional<String> partnershipOf(PartnershipDocument document) {
		return WorkingCopyFolder.copyOf(document.file().orElse(null)).map(WorkingCopy::partnership);
	}

	/** The id an object has in its partnership file; null when it is in none. */
	static String idOf(EObject object) {
		return object.eResource() instanceof XMLResource xml ? xml.getID(object) : null;
	}

	/** What the repository is asked to open for {@code round}: its questionnaire travels with it, and each statement's possible answers. */
	static Rounds.Opening opening(String partnership, AssessmentRound round, boolean anonymous, List<String> logins) {
		Instrument instrument = round.getInstrument();
		List<Item> items = InstrumentDefinitions.items(instrument);
		List<String> choices = items.stream().map(item -> choices(InstrumentDefinitions.scaleOf(item, instrument))).toList();
		String questionnaire = new String(InstrumentDefinitions.write(instrument), StandardCharsets.UTF_8);
		return new Rounds.Opening(partnership, idOf(round), round.getTitle(), instrument.getId(), questionnaire, items.stream().map(Item::getId).toList(),
				choices, anonymous, logins);
	}

	/** The codes of a scale's answers, as the server checks them: the points' values, D and N. */
	private static String choices(ResponseScale scale) {
		List<String> codes = new ArrayList<>(scale.getPoints().stream().map(p -> Integer.toString(p.getValue())).toList());
		if (scale.isDontKnow()) {
			codes.add(DONT_KNOW);
		}
		if (scale.isNotApplicable()) {
			codes.add(NOT_APPLICABLE);
		}
		return String.join(",", codes);
	}

	/** The answers read from the repository as an import reads them: by respondent, then statement, each as its code. */
	static Map<String, Map<String, String>> byRespondent(List<Rounds.Answer> answers) {
		Map<String, Map<String, String>> byRespondent = new LinkedHashMap<>();
		for (Rounds.Answer answer : answers) {
			byRespondent.computeIfAbsent(answer.respondent(), r -> new LinkedHashMap<>()).put(answer.given().statement(), code(answer.given()));
		}
		return byRespondent;
	}

	private static String code(Rounds.Given given) {
		return switch (given.kind()) {
			case POINT -> Integer.toString(given.value());
			case DONT_KNOW -> DONT_KNOW;
			case NOT_APPLICABLE -> NOT_APPLICABLE;
		};
	}

	static Rounds.Given given(Answer answer) {
		Rounds.Kind kind = switch (answer.getKind()) {
			case DONT_KNOW -> Rounds.Kind.DONT_KNOW;
			case NOT_APPLICABLE -> Rounds.Kind.NOT_APPLICABLE;
			default -> Rounds.Kind.POINT;
		};
		return new Rounds.Given(answer.getItem(), kind, answer.getValue());
	}

	static AnswerKind kind(Rounds.Kind kind) {
		return switch (kind) {
			case POINT -> AnswerKind.POINT;
			case DONT_KNOW -> AnswerKind.DONT_KNOW;
			case NOT_APPLICABLE -> AnswerKind.NOT_APPLICABLE;
		};
	}
}
