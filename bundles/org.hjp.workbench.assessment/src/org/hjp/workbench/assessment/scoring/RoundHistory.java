package org.hjp.workbench.assessment.scoring;

import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.hjp.workbench.assessment.model.AssessmentRound;

/** The earlier rounds of the same instrument, for comparison. */
public final class RoundHistory {

	private RoundHistory() {
	}

	/**
	 * The rounds among {@code all} of the same instrument (by id, whatever its version) that came before
	 * {@code round}: dated earlier, or undated and listed before it; oldest first.
	 */
	public static List<AssessmentRound> earlier(AssessmentRound round, List<AssessmentRound> all) {
		if (round.getInstrument() == null) {
			return List.of();
		}
		String id = round.getInstrument().getId();
		return all.stream().filter(r -> r != round && r.getInstrument() != null && id.equals(r.getInstrument().getId()))
				.filter(r -> before(r, round, all))
				.sorted(Comparator.comparing(AssessmentRound::getDate, Comparator.nullsFirst(Comparator.<Date>naturalOrder())))
				.toList();
	}

	private static boolean before(AssessmentRound r, AssessmentRound round, List<AssessmentRound> all) {
		if (r.getDate() != null && round.getDate() != null) {
			return r.getDate().before(round.getDate()) || (r.getDate().equals(round.getDate()) && all.indexOf(r) < all.indexOf(round));
		}
		return all.indexOf(r) < all.indexOf(round);
	}
}
