package org.hjp.workbench.assessment.scoring;

import java.util.ArrayList;
import java.util.List;

import org.hjp.workbench.assessment.InstrumentRegistry;
import org.hjp.workbench.assessment.Rounds;
import org.hjp.workbench.assessment.UnusableInstrumentException;
import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.assessment.model.Domain;
import org.hjp.workbench.assessment.model.DomainGroup;
import org.hjp.workbench.core.editing.ValueFormat;

/**
 * The results of rounds as rows of a table (the assessment-results table of docs/csv-layout.md): one row per
 * score of each respondent, each partner and the partnership, domain by domain and the total.
 */
public final class ResultsTable {

	public static final List<String> HEADER = List.of("partnership", "round", "date", "instrument", "version", "level", "respondent", "organisation",
			"score", "value", "answered", "statements", "band", "spread", "disagreement", "score kind", "score id", "group");
	private static final String TOTAL = "Total";
	private static final List<String> TOTAL_ID = List.of("total", "total", "");

	private final InstrumentRegistry registry;

	/** @param registry the installed instruments, for their scoring hooks; null scores every round by its rules */
	public ResultsTable(InstrumentRegistry registry) {
		this.registry = registry;
	}

	/** @throws UnusableInstrumentException when a round's copy of its instrument cannot be used */
	public List<List<String>> rows(String partnership, List<AssessmentRound> rounds) {
		List<List<String>> rows = new ArrayList<>();
		for (AssessmentRound round : rounds) {
			if (round.getInstrument() == null) {
				continue;
			}
			RoundResults results = RoundResults.of(round, registry);
			if (!results.scored()) {
				throw new UnusableInstrumentException(String.join(" ", results.notes()));
			}
			List<String> about = List.of(text(partnership), text(round.getTitle()), ValueFormat.format(round.getDate()), text(results.instrument().getName()),
					text(results.instrument().getVersion()));
			boolean total = results.instrument().getScoring() == null || results.instrument().getScoring().isTotal();
			for (RespondentScores respondent : results.respondents()) {
				String who = Rounds.who(respondent.respondent());
				String organisation = respondent.respondent().getOrganisation() == null ? "" : text(respondent.respondent().getOrganisation().getName());
				for (Domain domain : results.instrument().getDomains()) {
					rows.add(row(about, "respondent", who, organisation, domain.getName(), respondent.domains().get(domain.getId()), null, id(domain)));
				}
				for (DomainGroup group : results.instrument().getGroups()) {
					rows.add(row(about, "respondent", who, organisation, group.getName(), respondent.domainGroups().get(group.getId()), null, id(group)));
				}
				if (total) {
					rows.add(row(about, "respondent", who, organisation, TOTAL, respondent.total(), null, TOTAL_ID));
				}
			}
			for (GroupScores group : results.organisations()) {
				groupRows(rows, about, results, "partner", group, false, total);
			}
			groupRows(rows, about, results, "partnership", results.overall(), true, total);
		}
		return rows;
	}

	private void groupRows(List<List<String>> rows, List<String> about, RoundResults results, String level, GroupScores group, boolean withSpread, boolean total) {
		String organisation = group.organisation() == null ? "" : text(group.organisation().getName());
		String who = group.respondents() + (group.respondents() == 1 ? " respondent" : " respondents");
		String partner = organisation.isEmpty() && level.equals("partner") ? group.name() : organisation;
		for (Domain domain : results.instrument().getDomains()) {
			Double value = group.domains().get(domain.getId());
			rows.add(row(about, level, who, partner, domain.getName(), new Score(value, -1, domain.getItems().size(), results.band(domain, value)),
					withSpread ? results.spread(domain) : null, id(domain)));
		}
		for (DomainGroup domainGroup : results.instrument().getGroups()) {
			Double value = group.domainGroups().get(domainGroup.getId());
			rows.add(row(about, level, who, partner, domainGroup.getName(), new Score(value, -1, results.items(domainGroup).size(),
					results.band(domainGroup, value)), withSpread ? results.spread(domainGroup) : null, id(domainGroup)));
		}
		if (total) {
			rows.add(row(about, level, who, partner, TOTAL, new Score(group.total(), -1, countItems(results), results.totalBand(group.total())),
					withSpread ? results.totalSpread() : null, TOTAL_ID));
		}
	}

	private static List<String> id(Domain domain) {
		return List.of("domain", text(domain.getId()), text(domain.getGroup()));
	}

	private static List<String> id(DomainGroup group) {
		return List.of("group", text(group.getId()), "");
	}

	private static int countItems(RoundResults results) {
		return results.instrument().getDomains().stream().mapToInt(d -> d.getItems().size()).sum();
	}

	private static List<String> row(List<String> about, String level, String who, String organisation, String score, Score value, Spread spread, List<String> id) {
		List<String> row = new ArrayList<>(about);
		row.add(level);
		row.add(who);
		row.add(organisation);
		row.add(text(score));
		row.add(value == null || value.value() == null ? "" : number(value.value()));
		row.add(value == null || value.answered() < 0 ? "" : String.valueOf(value.answered()));
		row.add(value == null ? "" : String.valueOf(value.items()));
		row.add(ScoreText.band(value == null ? null : value.band()));
		row.add(spread == null ? "" : number(spread.value()));
		row.add(spread == null ? "" : spread.disagreement() ? "yes" : "no");
		row.addAll(id);
		return row;
	}

	/** At most two decimals, a dot as decimal mark, no trailing zeros. */
	static String number(double value) {
		return ValueFormat.format(Math.round(value * 100) / 100.0);
	}

	private static String text(String s) {
		return s == null ? "" : s;
	}
}
