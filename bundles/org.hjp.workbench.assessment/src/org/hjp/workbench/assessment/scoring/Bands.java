package org.hjp.workbench.assessment.scoring;

import java.util.Comparator;
import java.util.List;

import org.hjp.workbench.assessment.model.Band;

/** Places scores in bands. */
public final class Bands {

	private Bands() {
	}

	/**
	 * The band a score falls in, or null. A score between two bands, as a prorated score can be (126.4 between
	 * 85–126 and 127–175), stays in the lower band until it reaches the higher band's start.
	 */
	public static Band find(List<Band> bands, Double score) {
		if (score == null || bands.isEmpty()) {
			return null;
		}
		List<Band> sorted = bands.stream().sorted(Comparator.comparingDouble(Band::getMin)).toList();
		for (int i = sorted.size() - 1; i >= 0; i--) {
			Band band = sorted.get(i);
			if (band.getMin() <= score) {
				// Every higher band starts above the score, so only the top band can end below it.
				boolean topBand = i == sorted.size() - 1;
				return score <= band.getMax() || !topBand ? band : null;
			}
		}
		return null;
	}
}
