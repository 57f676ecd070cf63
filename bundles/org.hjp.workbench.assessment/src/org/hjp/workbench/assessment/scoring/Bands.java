package org.hjp.workbench.assessment.scoring;

import java.util.Comparator;
import java.util.List;

import org.hjp.workbench.assessment.model.AssessmentFactory;
import org.hjp.workbench.assessment.model.Band;
import org.hjp.workbench.assessment.model.BandMaximum;
import org.hjp.workbench.assessment.model.BetweenBands;
import org.hjp.workbench.assessment.model.Domain;
import org.hjp.workbench.assessment.model.Instrument;
import org.hjp.workbench.assessment.model.Scoring;

/**
 * Places scores in bands by an instrument's rules for reading them: whether a score is rounded as shown first,
 * whether a band holds its max, and where a score between two bands goes.
 */
public final class Bands {

	private static final Bands DEFAULT = new Bands(AssessmentFactory.eINSTANCE.createScoring());

	private final boolean roundFirst;
	private final boolean maxIncluded;
	private final BetweenBands between;

	private Bands(Scoring scoring) {
		roundFirst = scoring.isRoundBeforeBanding();
		maxIncluded = scoring.getBandMaximum() == BandMaximum.INCLUDED;
		between = scoring.getBetweenBands();
	}

	/** The rules of {@code scoring}; the defaults when it is null. */
	public static Bands of(Scoring scoring) {
		return scoring == null ? DEFAULT : new Bands(scoring);
	}

	/**
	 * The band a score falls in by the default rules, or null: a band holds its min and max, and a score between two
	 * bands, as a prorated score can be (126.4 between 85–126 and 127–175), stays in the lower band until it reaches
	 * the higher band's start.
	 */
	public static Band find(List<Band> bands, Double score) {
		return DEFAULT.band(bands, score);
	}

	/** The bands a domain's score is read through: its own, or else those the instrument gives every domain. */
	public static List<Band> ofDomain(Domain domain) {
		if (!domain.getBands().isEmpty() || !(domain.eContainer() instanceof Instrument instrument)) {
			return domain.getBands();
		}
		return instrument.getDomainBands();
	}

	/** The band {@code score} reads in, or null for none. */
	public Band band(List<Band> bands, Double score) {
		if (score == null || bands.isEmpty()) {
			return null;
		}
		double value = roundFirst ? ScoreText.shown(score) : score;
		List<Band> sorted = bands.stream().sorted(Comparator.comparingDouble(Band::getMin)).toList();
		for (int i = sorted.size() - 1; i >= 0; i--) {
			Band band = sorted.get(i);
			if (band.getMin() <= value) {
				boolean top = i == sorted.size() - 1;
				if (value < band.getMax() || value == band.getMax() && (maxIncluded || top)) {
					return band;
				}
				// Above this band: beyond the top band there is none; below the next one it is in the gap between them.
				return top ? null : inGap(band, sorted.get(i + 1));
			}
		}
		return null;
	}

	private Band inGap(Band lower, Band higher) {
		return switch (between) {
		case HIGHER -> higher;
		case NONE -> null;
		default -> lower;
		};
	}

	/** Whether two bands, sorted by min, overlap under these rules: touching ends are allowed when a band's max is not in it. */
	public boolean overlap(Band earlier, Band later) {
		return maxIncluded ? later.getMin() <= earlier.getMax() : later.getMin() < earlier.getMax();
	}
}
