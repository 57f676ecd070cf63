package org.hjp.workbench.assessment;

import java.util.Map;

import org.hjp.workbench.assessment.model.Instrument;

/**
 * Scoring in Java, for an instrument whose scoring its definition cannot express. Offer it as an OSGi service;
 * an instrument names it by {@link #id()} in its {@code scoringHook} attribute. While the hook is not installed,
 * the instrument is scored by its definition's rules and the results say so.
 */
public interface ScoringHook {

	/** The id instruments name this hook by. */
	String id();

	/**
	 * Scores one respondent.
	 *
	 * @param itemScores each answered statement's score by statement id, reverse scoring applied; statements
	 *                   left unanswered, or answered don't know or not applicable, are absent
	 * @return the domain scores by domain id (absent or null where no score can be given) and the total
	 */
	HookScores score(Instrument instrument, Map<String, Double> itemScores);

	/** What a hook returns: the domain scores by domain id, and the total or null. */
	record HookScores(Map<String, Double> domains, Double total) {
	}
}
