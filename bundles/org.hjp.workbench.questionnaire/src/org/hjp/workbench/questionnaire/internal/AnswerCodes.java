package org.hjp.workbench.questionnaire.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.hjp.workbench.assessment.model.AnswerKind;

/**
 * What a written answer means for a statement: a choice's code (the point's value, D or N), or, as online form tools
 * export them, the point's label or the words "Don't know" and "Not applicable", in any case.
 */
public final class AnswerCodes {

	private AnswerCodes() {
	}

	public static Optional<Choice> choice(Statement statement, String raw) {
		String written = raw.strip().replace('\u2019', '\'');
		for (Choice choice : statement.choices()) {
			if (choice.code().equalsIgnoreCase(written)) {
				return Optional.of(choice);
			}
		}
		for (Choice choice : statement.choices()) {
			if (choice.label().strip().equalsIgnoreCase(written)) {
				return Optional.of(choice);
			}
		}
		return Optional.empty();
	}

	/** Why {@code raw} is not an answer to the statement, in a sentence that says what is. */
	public static String refusal(Statement statement, Cell cell) {
		String allowed = statement.choices().stream().filter(c -> c.kind() == AnswerKind.POINT).map(c -> c.code() + " (" + c.label() + ")")
				.collect(Collectors.joining(", "));
		String others = statement.choices().stream().filter(c -> c.kind() != AnswerKind.POINT)
				.map(c -> c.code() + " for " + c.label().toLowerCase(Locale.ROOT)).collect(Collectors.joining(" or "));
		return capitalised(cell.where()) + ": \u201c" + cell.raw().strip() + "\u201d is not an answer to statement " + statement.item().getId()
				+ ", which is answered with " + allowed + (others.isEmpty() ? "" : ", or " + others) + ".";
	}

	public static String capitalised(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
