package org.hjp.workbench.assessment.scoring;

/**
 * How far apart scores are: the highest minus the lowest, between partners (organisations' means) or, where
 * only one partner answered, between respondents; a disagreement when that reaches the instrument's threshold
 * as a share of the score's possible range.
 */
public record Spread(double value, Range range, boolean disagreement, boolean betweenPartners) {

	/** The spread as a percentage of the score's possible range. */
	public double percentOfRange() {
		return range.width() == 0 ? 0 : value * 100 / range.width();
	}
}
