package org.hjp.workbench.assessment.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.hjp.workbench.assessment.model.Band;
import org.hjp.workbench.assessment.model.Domain;
import org.hjp.workbench.assessment.model.DomainGroup;
import org.hjp.workbench.assessment.model.Instrument;

/**
 * The scores of a round as rows, one per score, so that a table of them stays readable however many domains an
 * instrument has: each group of domains followed by its domains, then the domains in no group, then the total. Each
 * row has the partnership's score with its band and the spread, and each partner's and each respondent's score.
 */
public final class ResultRows {

	/** What a row scores. */
	public enum Kind {
		GROUP, DOMAIN, TOTAL
	}

	/**
	 * One score of the round.
	 *
	 * @param id the domain's or group's id; null for the total
	 * @param inGroup whether the row is a domain shown under its group
	 * @param partners each partner's score, in the order of {@link RoundResults#organisations()}
	 * @param respondents each respondent's score, in the order of {@link RoundResults#respondents()}
	 */
	public record Row(String id, String name, Kind kind, boolean inGroup, Double partnership, Band band, Spread spread, List<Double> partners, List<Double> respondents) {

		/** This row's score among the scores of a group of respondents (all partners, of this round or an earlier one of the same instrument). */
		public Double of(GroupScores scores) {
			return switch (kind) {
			case GROUP -> scores.domainGroups().get(id);
			case DOMAIN -> scores.domains().get(id);
			case TOTAL -> scores.total();
			};
		}
	}

	private final RoundResults results;
	private final List<Row> rows = new ArrayList<>();

	private ResultRows(RoundResults results) {
		this.results = results;
	}

	/** The rows of a scored round. */
	public static List<Row> of(RoundResults results) {
		ResultRows rows = new ResultRows(results);
		rows.build();
		return rows.rows;
	}

	private void build() {
		Instrument instrument = results.instrument();
		for (DomainGroup group : instrument.getGroups()) {
			Double value = results.overall().domainGroups().get(group.getId());
			rows.add(new Row(group.getId(), group.getName(), Kind.GROUP, false, value, results.band(group, value), results.spread(group),
					partners(g -> g.domainGroups().get(group.getId())), respondents(r -> score(r.domainGroups().get(group.getId())))));
			instrument.getDomains().stream().filter(d -> group.getId() != null && group.getId().equals(d.getGroup())).forEach(d -> domain(d, true));
		}
		instrument.getDomains().stream().filter(d -> instrument.getGroups().stream().noneMatch(g -> g.getId() != null && g.getId().equals(d.getGroup())))
				.forEach(d -> domain(d, false));
		if (instrument.getScoring() == null || instrument.getScoring().isTotal()) {
			Double value = results.overall().total();
			rows.add(new Row(null, "Total", Kind.TOTAL, false, value, results.totalBand(value), results.totalSpread(), partners(GroupScores::total),
					respondents(r -> score(r.total()))));
		}
	}

	private void domain(Domain domain, boolean inGroup) {
		Double value = results.overall().domains().get(domain.getId());
		rows.add(new Row(domain.getId(), domain.getName(), Kind.DOMAIN, inGroup, value, results.band(domain, value), results.spread(domain),
				partners(g -> g.domains().get(domain.getId())), respondents(r -> score(r.domains().get(domain.getId())))));
	}

	private List<Double> partners(Function<GroupScores, Double> value) {
		List<Double> values = new ArrayList<>();
		results.organisations().forEach(g -> values.add(value.apply(g)));
		return values;
	}

	private List<Double> respondents(Function<RespondentScores, Double> value) {
		List<Double> values = new ArrayList<>();
		results.respondents().forEach(r -> values.add(value.apply(r)));
		return values;
	}

	private static Double score(Score score) {
		return score == null ? null : score.value();
	}
}
