package org.hjp.workbench.questionnaire;

import java.util.List;

import org.hjp.workbench.assessment.model.Respondent;
import org.hjp.workbench.model.Organisation;
import org.hjp.workbench.model.Person;

/**
 * What an import does to one respondent of the round.
 *
 * @param kind whether the respondent is new, has answers changed or added, or is left as they are
 * @param name who answered, as users see them
 * @param partner the partner organisation answered for; null for none
 * @param existing the round's respondent; null for a new one
 * @param person for a new respondent, the partner's person of that name; null when there is none (the name is then the
 *        respondent's label)
 * @param changes the answers added or changed; every answer of a new respondent
 * @param unchanged how many answers imported are the same as the round's
 */
public record RespondentChange(Kind kind, String name, Organisation partner, Respondent existing, Person person, List<AnswerChange> changes,
		int unchanged) {

	public enum Kind {
		NEW, CHANGED, UNCHANGED
	}

	/** The change in a sentence for a preview, such as "Amara Okafor (Riverbend CLC): 2 answers changed, 33 the same." */
	public String describe() {
		String who = partner == null ? name : name + " (" + partner.getName() + ")";
		return switch (kind) {
			case NEW -> "New respondent " + who + ": " + count(changes.size(), "answer") + ".";
			case CHANGED -> who + ": " + count(changes.size(), "answer") + " added or changed, " + unchanged + " the same.";
			case UNCHANGED -> who + ": nothing changes (" + count(unchanged, "answer") + " the same).";
		};
	}

	private static String count(int count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}
}
