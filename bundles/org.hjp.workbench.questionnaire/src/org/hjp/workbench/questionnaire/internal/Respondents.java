package org.hjp.workbench.questionnaire.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.hjp.workbench.assessment.Rounds;
import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.assessment.model.Respondent;
import org.hjp.workbench.model.Organisation;
import org.hjp.workbench.model.Person;

/**
 * Finds who a file's answers belong to: the round's respondent a questionnaire names by id, or the one of the same name
 * (person or label) and partner, ignoring case and extra spaces; a name with no partner given matches the one
 * respondent of that name if there is exactly one, and a name that fits more than one is for the caller to refuse.
 */
public final class Respondents {

	private final AssessmentRound round;
	private final List<Organisation> partners;

	public Respondents(AssessmentRound round) {
		this.round = round;
		this.partners = ModelIds.organisations(round);
	}

	/** The name of answers that do not say who gave them: anonymous, after where they came from. */
	public static String anonymous(ReturnedAnswers answers) {
		return "Anonymous (" + answers.origin() + ")";
	}

	public Optional<Respondent> byId(String id) {
		return round.getRespondents().stream().filter(r -> id.equals(ModelIds.of(r))).findFirst();
	}

	/** The partner organisation of that name; empty when there is none. */
	public Optional<Organisation> partner(String name) {
		return partners.stream().filter(o -> same(o.getName(), name)).findFirst();
	}

	/** The partners' names, for a message. */
	public String partnerNames() {
		return partners.stream().map(o -> "\u201c" + o.getName() + "\u201d").collect(Collectors.joining(", "));
	}

	/**
	 * The round's respondents that answers of that name, for that partner (null: none given), may belong to: none, one,
	 * or more than one when the name does not tell them apart. With no partner given, a respondent for no partner is
	 * preferred, and otherwise the one respondent of the name.
	 */
	public List<Respondent> byName(String name, Organisation partner) {
		List<Respondent> named = round.getRespondents().stream().filter(r -> same(Rounds.who(r), name)).toList();
		if (partner != null) {
			return named.stream().filter(r -> r.getOrganisation() == partner).toList();
		}
		List<Respondent> without = named.stream().filter(r -> r.getOrganisation() == null).toList();
		return without.isEmpty() ? named : without;
	}

	/** Whether a respondent of the round is called {@code name} (person or label), for any partner. */
	public boolean taken(String name) {
		return round.getRespondents().stream().anyMatch(r -> same(Rounds.who(r), name));
	}

	/** The partner's person of that name, to be a new respondent; empty when the name is a label. */
	public static Optional<Person> person(String name, Organisation partner) {
		return partner == null ? Optional.empty() : partner.getPeople().stream().filter(p -> same(p.getName(), name)).findFirst();
	}

	/** A name and partner as compared: lower case, spaces collapsed. */
	public static String key(String name, String partner) {
		return normal(name) + "\n" + normal(partner);
	}

	private static boolean same(String a, String b) {
		return a != null && b != null && normal(a).equals(normal(b));
	}

	private static String normal(String text) {
		return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}
}
