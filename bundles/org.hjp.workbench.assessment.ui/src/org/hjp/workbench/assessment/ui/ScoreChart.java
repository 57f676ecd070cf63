package org.hjp.workbench.assessment.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;
import org.hjp.workbench.assessment.model.Domain;
import org.hjp.workbench.assessment.scoring.GroupScores;
import org.hjp.workbench.assessment.scoring.PartnerColours;
import org.hjp.workbench.assessment.scoring.RoundResults;

/**
 * Each partner's score per domain, side by side, as bars on the domain's own scale (its possible range); with many
 * domains the bars lie sideways, a domain under another.
 */
final class ScoreChart {

	static final String KEY = "hjp.assessment.chart";
	/** Above this many domains, the chart's bars lie sideways. */
	static final int SIDEWAYS_FROM = 8;

	private ScoreChart() {
	}

	static Control create(Composite parent, RoundResults results) {
		Chart chart = new Chart(parent, SWT.NONE);
		chart.setData(KEY, results.round());
		List<Domain> domains = new ArrayList<>(results.instrument().getDomains());
		int bars = results.organisations().size() > 1 ? results.organisations().size() + 1 : 1;
		// Many domains lie along the side, one under another, so that their names stay whole and the bars legible.
		boolean sideways = domains.size() > SIDEWAYS_FROM;
		if (sideways) {
			chart.setOrientation(SWT.VERTICAL);
			// The side axis counts upwards: reversed, the first domain is at the top, where the table starts too.
			Collections.reverse(domains);
		}
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, sideways ? 90 + domains.size() * (8 + 6 * bars) : 280).applyTo(chart);
		Color text = parent.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND);
		chart.getTitle().setText("Score per domain, as a percentage of its range");
		chart.getTitle().setForeground(text);
		chart.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		IAxis x = chart.getAxisSet().getXAxis(0);
		x.getTitle().setVisible(false);
		x.setCategorySeries(domains.stream().map(Domain::getName).toArray(String[]::new));
		x.enableCategory(true);
		x.getTick().setTickLabelAngle(sideways ? 0 : 20);
		x.getTick().setForeground(text);
		IAxis y = chart.getAxisSet().getYAxis(0);
		y.getTitle().setText("%");
		y.getTitle().setForeground(text);
		y.getTick().setForeground(text);
		List<GroupScores> groups = new ArrayList<>(results.organisations());
		if (groups.size() > 1) {
			groups.add(results.overall());
		}
		int colour = 0;
		for (GroupScores group : groups) {
			IBarSeries<?> series = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, group.name());
			series.setYSeries(domains.stream().mapToDouble(d -> percent(results, d, group.domains().get(d.getId()))).toArray());
			int rgb = PartnerColours.rgb(colour++);
			series.setBarColor(new Color(rgb >> 16, (rgb >> 8) & 0xff, rgb & 0xff));
		}
		chart.getAxisSet().adjustRange();
		y.setRange(new Range(0, 100));
		chart.getLegend().setPosition(SWT.BOTTOM);
		return chart;
	}

	private static double percent(RoundResults results, Domain domain, Double value) {
		var range = results.range(domain);
		return value == null || range.width() == 0 ? 0 : (value - range.min()) * 100 / range.width();
	}
}
