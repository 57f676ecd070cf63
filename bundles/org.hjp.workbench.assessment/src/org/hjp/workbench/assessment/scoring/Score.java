package org.hjp.workbench.assessment.scoring;

import org.hjp.workbench.assessment.model.Band;

/**
 * A domain or total score of one respondent: its value (null when too few statements were answered for one),
 * how many of its statements were answered, and the band it falls in (null for none).
 */
public record Score(Double value, int answered, int items, Band band) {

	public boolean isGiven() {
		return value != null;
	}
}
