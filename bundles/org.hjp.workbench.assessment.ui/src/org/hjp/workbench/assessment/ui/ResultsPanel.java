package org.hjp.workbench.assessment.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableItem;
import org.hjp.workbench.assessment.InstrumentDefinitions;
import org.hjp.workbench.assessment.InstrumentRegistry;
import org.hjp.workbench.assessment.Rounds;
import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.assessment.model.Domain;
import org.hjp.workbench.assessment.model.Item;
import org.hjp.workbench.assessment.scoring.GroupScores;
import org.hjp.workbench.assessment.scoring.ResultRows;
import org.hjp.workbench.assessment.scoring.RoundHistory;
import org.hjp.workbench.assessment.scoring.RoundResults;
import org.hjp.workbench.assessment.scoring.ScoreText;
import org.hjp.workbench.assessment.scoring.Spread;
import org.hjp.workbench.core.editing.ValueFormat;
import org.hjp.workbench.learning.model.LearningPlan;

/**
 * The results of a round as they stand: scores per respondent, per partner and overall with their bands, where the
 * partners disagree, the statements they disagree on most, earlier rounds of the instrument, and a chart.
 * Rebuilt after every change to the round.
 */
final class ResultsPanel {

	static final String SCORES_KEY = "hjp.assessment.scores";
	static final String STATEMENTS_KEY = "hjp.assessment.statements";
	static final String HISTORY_KEY = "hjp.assessment.history";
	/** The most statements shaded as disagreed on: the ones worth talking through first. */
	static final int MOST_DISAGREED = 5;

	private final AssessmentRound round;
	private final InstrumentRegistry registry;
	private final Composite composite;

	private ResultsPanel(Composite parent, AssessmentRound round, InstrumentRegistry registry) {
		this.round = round;
		this.registry = registry;
		composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(6, 6).applyTo(composite);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(composite);
		ModelWatch.rebuildOnChange(composite, round.eContainer() != null ? round.eContainer() : round, registry, this::build);
	}

	static Control create(Composite parent, AssessmentRound round, InstrumentRegistry registry) {
		return new ResultsPanel(parent, round, registry).composite;
	}

	private void build() {
		if (round.getInstrument() == null) {
			paragraph("Results appear here once the round's instrument is chosen and respondents have answered.");
			return;
		}
		RoundResults results = RoundResults.of(round, registry);
		if (!results.scored()) {
			results.notes().forEach(note -> paragraph(note).setForeground(composite.getDisplay().getSystemColor(SWT.COLOR_DARK_RED)));
			return;
		}
		if (round.getRespondents().isEmpty()) {
			paragraph("No one has answered yet. Add a respondent for each person who answers, for each partner.");
			return;
		}
		scores(results);
		overallReading(results);
		statements(results);
		history(results);
		ScoreChart.create(composite, results);
	}

	/** A row per score and a column per partner and respondent, so that the table reads as well with twenty domains as with five. */
	private void scores(RoundResults results) {
		boolean betweenPartners = results.organisations().size() > 1;
		List<String> headers = new ArrayList<>(List.of("Scores", countOf(results.overall()), "Band", betweenPartners ? "Spread between partners" : "Spread between respondents"));
		if (betweenPartners) {
			results.organisations().forEach(g -> headers.add(countOf(g)));
		}
		results.respondents().forEach(r -> headers.add(Rounds.label(r.respondent())));
		List<ResultRows.Row> rows = ResultRows.of(results);
		ResultTable table = new ResultTable(composite, SCORES_KEY, Math.min(rows.size(), 14), headers);
		table.alignLeft(2);
		for (ResultRows.Row row : rows) {
			List<String> cells = new ArrayList<>(List.of((row.inGroup() ? "    " : "") + row.name(), ScoreText.score(row.partnership()), ScoreText.band(row.band()),
					row.partnership() == null ? ScoreText.score(null) : ScoreText.score(row.spread().value())));
			if (betweenPartners) {
				row.partners().forEach(v -> cells.add(ScoreText.score(v)));
			}
			row.respondents().forEach(v -> cells.add(ScoreText.score(v)));
			TableItem item = table.row(cells, row.kind() != ResultRows.Kind.DOMAIN);
			if (row.spread().disagreement()) {
				ResultTable.highlight(item, 1);
				ResultTable.highlight(item, 3);
			}
		}
		table.pack(330);
		boolean total = results.instrument().getScoring() == null || results.instrument().getScoring().isTotal();
		help("Shaded: the " + (betweenPartners ? "partners'" : "respondents'") + " scores are at least " + results.instrument().getDisagreementThreshold()
				+ "% of the score's range apart, worth talking through together. The partnership's scores are the mean of the partners' scores, so each partner counts the same."
				+ (total ? " A total is worked out from all of a person's answers, so it can differ by a few tenths from the sum of the domain scores shown,"
						+ " which are each rounded and each worked out from that domain's answers alone." : ""));
	}

	private static String countOf(GroupScores group) {
		return group.name() + " (" + group.respondents() + (group.respondents() == 1 ? " respondent)" : " respondents)");
	}

	private void overallReading(RoundResults results) {
		if (results.totalBand(results.overall().total()) != null) {
			paragraph(ScoreText.totalReading(results)).setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		}
		for (String note : results.notes()) {
			paragraph(note).setForeground(composite.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		}
	}

	private void statements(RoundResults results) {
		List<GroupScores> groups = results.organisations().size() > 1 ? results.organisations() : List.of();
		List<String> headers = new ArrayList<>(List.of("Statements, most disagreed first", "Domain"));
		groups.forEach(g -> headers.add(g.name()));
		headers.add("Spread");
		ResultTable table = new ResultTable(composite, STATEMENTS_KEY, 8, headers);
		List<Item> items = new ArrayList<>(InstrumentDefinitions.items(results.instrument()));
		items.sort(Comparator.comparingDouble((Item i) -> results.spread(i).value()).reversed());
		int shaded = 0;
		int apartEnough = 0;
		for (Item item : items) {
			List<String> cells = new ArrayList<>(List.of(item.getText(), ((Domain) item.eContainer()).getName()));
			groups.forEach(g -> cells.add(ScoreText.score(g.items().get(item.getId()))));
			Spread spread = results.spread(item);
			cells.add(ScoreText.score(spread.value()));
			TableItem row = table.row(cells, false);
			// Only the furthest apart: with few respondents most statements can pass the threshold, and shading them all says nothing.
			apartEnough += spread.disagreement() ? 1 : 0;
			if (spread.disagreement() && shaded < MOST_DISAGREED) {
				shaded++;
				for (int i = 0; i < cells.size(); i++) {
					ResultTable.highlight(row, i);
				}
			}
		}
		table.pack(420);
		String who = groups.isEmpty() ? "respondents" : "partners";
		String apart = results.instrument().getDisagreementThreshold() + "% of the score's range apart";
		help(shaded == 0 ? "The " + who + " are not " + apart + " on any statement."
				: "Shaded: " + (shaded == 1 ? "the statement" : "the " + shaded + " statements") + " the " + who + " are furthest apart on, at least " + apart
						+ (apartEnough > shaded ? "; " + (apartEnough - shaded) + " more are that far apart, but only the " + MOST_DISAGREED + " furthest are shaded." : "."));
	}

	private void history(RoundResults results) {
		List<AssessmentRound> all = round.eContainer() instanceof LearningPlan plan ? plan.getAssessmentRounds() : List.of(round);
		List<AssessmentRound> earlier = RoundHistory.earlier(round, all);
		if (earlier.isEmpty()) {
			help("This is the first round of " + results.instrument().getName() + "; later rounds will be compared with it.");
			return;
		}
		List<String> headers = new ArrayList<>(List.of("Rounds of " + results.instrument().getName()));
		List<GroupScores> scores = new ArrayList<>();
		for (AssessmentRound before : earlier) {
			RoundResults then = RoundResults.of(before, registry);
			if (then.scored()) {
				headers.add(name(before));
				scores.add(then.overall());
			}
		}
		headers.add(name(round));
		scores.add(results.overall());
		List<ResultRows.Row> rows = ResultRows.of(results);
		ResultTable table = new ResultTable(composite, HISTORY_KEY, Math.min(rows.size(), 14), headers);
		for (ResultRows.Row row : rows) {
			List<String> cells = new ArrayList<>(List.of((row.inGroup() ? "    " : "") + row.name()));
			scores.forEach(s -> cells.add(ScoreText.score(row.of(s))));
			table.row(cells, row.kind() != ResultRows.Kind.DOMAIN);
		}
		table.pack(260);
	}

	private static String name(AssessmentRound round) {
		return (round.getTitle() == null ? "Round" : round.getTitle()) + (round.getDate() == null ? "" : ", " + ValueFormat.format(round.getDate()));
	}

	private Label paragraph(String text) {
		Label label = new Label(composite, SWT.WRAP);
		label.setText(text.replace("&", "&&"));
		GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(label);
		return label;
	}

	private void help(String text) {
		paragraph(text).setForeground(composite.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
	}
}
