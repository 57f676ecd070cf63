package org.hjp.workbench.assessment.ui;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.hjp.workbench.assessment.model.Band;

/** Scores as people read them: at most one decimal, a dash for none. */
final class ScoreFormat {

	private ScoreFormat() {
	}

	static String score(Double value) {
		return value == null ? "\u2013" : new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
	}

	static String band(Band band) {
		return band == null ? "" : band.getLabel();
	}
}
