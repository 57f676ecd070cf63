package org.hjp.workbench.assessment.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.hjp.workbench.assessment.model.Band;

/** Scores as people read them, the same on screen and in reports. */
public final class ScoreText {

	private ScoreText() {
	}

	/** At most one decimal, a dot as decimal mark; a dash for no score. */
	public static String score(Double value) {
		return value == null ? "\u2013" : new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(shown(value));
	}

	/**
	 * A score as it is shown: rounded to one decimal as {@link #score} prints it (the exact value of the double, a half
	 * to the even decimal), so that a score banded as shown reads in the band of what people see: 2.95, a little over
	 * in binary, shows as 3.
	 */
	public static double shown(double value) {
		return Double.isFinite(value) ? new BigDecimal(value).setScale(1, RoundingMode.HALF_EVEN).doubleValue() : value;
	}

	/** The band's label, or nothing. */
	public static String band(Band band) {
		return band == null || band.getLabel() == null ? "" : band.getLabel();
	}

	/** How the partnership's total reads, with its band's meaning; null when there is no total. */
	public static String totalReading(RoundResults results) {
		Double total = results.overall().total();
		if (total == null) {
			return null;
		}
		Band band = results.totalBand(total);
		String reading = "The partnership's total, " + score(total) + " on a range of " + score(results.totalRange().min()) + " to "
				+ score(results.totalRange().max());
		if (band == null) {
			return reading + ".";
		}
		return reading + ", reads \u201c" + band.getLabel() + "\u201d" + (band.getMeaning() == null ? "." : ": " + band.getMeaning());
	}
}
