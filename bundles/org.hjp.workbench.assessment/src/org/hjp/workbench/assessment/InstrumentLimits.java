package org.hjp.workbench.assessment;

import java.util.ArrayList;
import java.util.List;

import org.hjp.workbench.assessment.model.Domain;
import org.hjp.workbench.assessment.model.Instrument;
import org.hjp.workbench.assessment.model.ResponseScale;

/**
 * The most of each part that an instrument may have. Real instruments have a few domains, scales and bands and at
 * most a few hundred statements; these limits are far above that, and low enough that checking, answering and
 * scoring an instrument, or the copy of one that a round keeps, stays quick.
 */
public final class InstrumentLimits {

	public static final int MAX_DOMAINS = 200;
	public static final int MAX_ITEMS = 2000;
	public static final int MAX_SCALES = 100;
	/** Points of one scale: a scale from 0 to 100 has 101. */
	public static final int MAX_POINTS = 1000;
	/** Bands of one score: of a domain, a group of domains, every domain, or the total. */
	public static final int MAX_BANDS = 100;

	private InstrumentLimits() {
	}

	/** A sentence for each limit the instrument goes over, beginning with {@code label}; counting only, so quick on any size. */
	static List<String> exceeded(Instrument instrument, String label) {
		List<String> problems = new ArrayList<>();
		over(problems, label + " has " + instrument.getDomains().size() + " domains", instrument.getDomains().size(), MAX_DOMAINS);
		over(problems, label + " has " + instrument.getGroups().size() + " groups of domains", instrument.getGroups().size(), MAX_DOMAINS);
		over(problems, label + " has " + instrument.getScales().size() + " response scales", instrument.getScales().size(), MAX_SCALES);
		for (ResponseScale scale : instrument.getScales()) {
			int points = scale.getPoints().size();
			if (points > MAX_POINTS) {
				over(problems, label + " has a response scale (" + scale.getId() + ") of " + points + " points", points, MAX_POINTS);
				break;
			}
		}
		long items = 0;
		Domain manyBands = null;
		for (Domain domain : instrument.getDomains()) {
			items += domain.getItems().size();
			if (manyBands == null && domain.getBands().size() > MAX_BANDS) {
				manyBands = domain;
			}
		}
		if (manyBands != null) {
			int bands = manyBands.getBands().size();
			over(problems, label + " has " + bands + " bands for the domain " + InstrumentDefinitions.text(manyBands), bands, MAX_BANDS);
		}
		over(problems, label + " has " + items + " statements", items, MAX_ITEMS);
		over(problems, label + " has " + instrument.getBands().size() + " bands for the total", instrument.getBands().size(), MAX_BANDS);
		over(problems, label + " has " + instrument.getDomainBands().size() + " bands for every domain", instrument.getDomainBands().size(), MAX_BANDS);
		instrument.getGroups().stream().filter(g -> g.getBands().size() > MAX_BANDS).findFirst()
				.ifPresent(g -> over(problems, label + " has " + g.getBands().size() + " bands for the group " + g.getId(), g.getBands().size(), MAX_BANDS));
		return problems;
	}

	private static void over(List<String> problems, String has, long count, int limit) {
		if (count > limit) {
			problems.add(has + "; at most " + limit + " are allowed.");
		}
	}
}
