package org.hjp.workbench.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.hjp.workbench.assessment.model.Band;
import org.hjp.workbench.assessment.model.Domain;
import org.hjp.workbench.assessment.model.DomainGroup;
import org.hjp.workbench.assessment.model.Instrument;
import org.hjp.workbench.assessment.model.Item;
import org.hjp.workbench.assessment.model.ResponseScale;
import org.hjp.workbench.assessment.model.ScalePoint;
import org.hjp.workbench.assessment.model.Scoring;
import org.hjp.workbench.assessment.scoring.Bands;

/**
 * Finds everything that stops an instrument being answered or scored, each as a sentence tied to the part of the
 * definition it is about, so that a report can say on which line of the file it is.
 */
public final class InstrumentCheck {

	/** One problem: the part of the instrument it is about, and what is wrong, in plain words. */
	public record Finding(EObject part, String sentence) {
	}

	private final Instrument instrument;
	private final List<Finding> findings = new ArrayList<>();
	private final Set<String> scaleIds = new HashSet<>();
	private final Set<String> groupIds = new HashSet<>();
	private final Set<String> itemIds = new HashSet<>();

	private InstrumentCheck(Instrument instrument) {
		this.instrument = instrument;
	}

	/**
	 * Every problem of the instrument; empty when it is usable. An instrument over one of the {@link InstrumentLimits}
	 * gets only the sentences that say so, and its parts are not checked one by one.
	 */
	public static List<Finding> of(Instrument instrument) {
		InstrumentCheck check = new InstrumentCheck(instrument);
		check.run();
		return check.findings;
	}

	private void run() {
		String label = blank(instrument.getName()) ? "The instrument" : "The instrument \u201c" + instrument.getName() + "\u201d";
		if (blank(instrument.getId())) {
			add(instrument, label + " has no id.");
		}
		if (blank(instrument.getName())) {
			add(instrument, label + " has no name.");
		}
		if (blank(instrument.getVersion())) {
			add(instrument, label + " has no version.");
		}
		List<String> overLimits = InstrumentLimits.exceeded(instrument, label);
		if (!overLimits.isEmpty()) {
			overLimits.forEach(s -> add(instrument, s));
			return;
		}
		if (instrument.getScales().isEmpty()) {
			add(instrument, label + " has no response scale.");
		}
		instrument.getScales().forEach(this::checkScale);
		if (instrument.getDomains().isEmpty()) {
			add(instrument, label + " has no domains.");
		}
		instrument.getGroups().forEach(this::checkGroup);
		Set<String> domainIds = new HashSet<>();
		for (Domain domain : instrument.getDomains()) {
			checkDomain(domain, domainIds);
		}
		checkScoring(instrument.getScoring());
		checkBands(instrument.getDomainBands(), "every domain");
		checkBands(instrument.getBands(), "the total");
		if (instrument.getDisagreementThreshold() < 1 || instrument.getDisagreementThreshold() > 100) {
			add(instrument, "The disagreement threshold (" + instrument.getDisagreementThreshold() + ") must be a percentage from 1 to 100.");
		}
	}

	private void checkScale(ResponseScale scale) {
		String name = blank(scale.getId()) ? "A response scale" : "The response scale " + scale.getId();
		if (blank(scale.getId()) || !scaleIds.add(scale.getId())) {
			add(scale, blank(scale.getId()) ? "A response scale has no id." : "Two response scales have the id " + scale.getId() + ".");
		}
		if (scale.getPoints().size() < 2) {
			add(scale, name + " has " + scale.getPoints().size() + " points; a scale needs at least two.");
		}
		Set<Integer> values = new HashSet<>();
		for (ScalePoint point : scale.getPoints()) {
			if (!values.add(point.getValue())) {
				add(point, name + " has two points with the value " + point.getValue() + ".");
			}
			if (blank(point.getLabel())) {
				add(point, name + " has a point (value " + point.getValue() + ") without a label.");
			}
		}
	}

	private void checkGroup(DomainGroup group) {
		if (blank(group.getId())) {
			add(group, "A group of domains" + (blank(group.getName()) ? "" : " (\u201c" + group.getName() + "\u201d)") + " has no id.");
			return;
		}
		if (!groupIds.add(group.getId())) {
			add(group, "Two groups of domains have the id " + group.getId() + ".");
		}
		if (blank(group.getName())) {
			add(group, "The group of domains " + group.getId() + " has no name.");
		}
		if (instrument.getDomains().stream().noneMatch(d -> group.getId().equals(d.getGroup()))) {
			add(group, "No domain belongs to the group " + group.getId() + "; a domain joins it with group=\"" + group.getId() + "\".");
		}
		checkBands(group.getBands(), "the group " + group.getId());
	}

	private void checkDomain(Domain domain, Set<String> domainIds) {
		String domainName = blank(domain.getName()) ? "a domain" : "the domain \u201c" + domain.getName() + "\u201d";
		if (blank(domain.getId()) || !domainIds.add(domain.getId())) {
			add(domain, blank(domain.getId()) ? "The id of " + domainName + " is missing." : "Two domains have the id " + domain.getId() + ".");
		} else if (groupIds.contains(domain.getId())) {
			add(domain, "The domain " + domain.getId() + " has the id of a group of domains; each score needs an id of its own.");
		}
		if (blank(domain.getName())) {
			add(domain, "The domain " + domain.getId() + " has no name.");
		}
		if (!blank(domain.getGroup()) && !groupIds.contains(domain.getGroup())) {
			add(domain, "The domain " + InstrumentDefinitions.text(domain) + " belongs to the group " + domain.getGroup() + ", which the instrument does not define.");
		}
		if (domain.getItems().isEmpty()) {
			add(domain, "The domain " + InstrumentDefinitions.text(domain) + " has no statements.");
		}
		for (Item item : domain.getItems()) {
			checkItem(item, domain);
		}
		checkBands(domain.getBands(), "the domain " + InstrumentDefinitions.text(domain));
	}

	private void checkItem(Item item, Domain domain) {
		if (blank(item.getId())) {
			add(item, "A statement in the domain " + InstrumentDefinitions.text(domain) + " has no id.");
		} else if (!itemIds.add(item.getId())) {
			add(item, "Two statements have the id " + item.getId() + ".");
		}
		if (blank(item.getText())) {
			add(item, "The statement " + item.getId() + " has no text.");
		}
		if (!blank(item.getScale()) && !scaleIds.contains(item.getScale())) {
			add(item, "The statement " + item.getId() + " is answered on the scale " + item.getScale() + ", which the instrument does not define.");
		}
	}

	private void checkScoring(Scoring scoring) {
		if (scoring != null && (scoring.getMinimumAnswered() < 0 || scoring.getMinimumAnswered() > 100)) {
			add(scoring, "The minimum answered (" + scoring.getMinimumAnswered() + ") must be a percentage from 0 to 100.");
		}
	}

	private void checkBands(List<Band> bands, String of) {
		Bands rule = Bands.of(instrument.getScoring());
		List<Band> ranges = new ArrayList<>();
		for (Band band : bands) {
			if (blank(band.getLabel())) {
				add(band, "A band of " + of + " (" + band.getMin() + " to " + band.getMax() + ") has no label.");
			}
			if (band.getMin() > band.getMax()) {
				add(band, "A band of " + of + " starts above where it ends (" + band.getMin() + " to " + band.getMax() + ").");
			} else if (!Double.isNaN(band.getMin()) && !Double.isNaN(band.getMax())) {
				ranges.add(band);
			}
		}
		ranges.sort(Comparator.comparingDouble(Band::getMin));
		// Sorted by where they start, a band overlaps an earlier one exactly when it starts before the furthest-reaching earlier one ends.
		Band reach = null;
		for (Band band : ranges) {
			if (reach != null && rule.overlap(reach, band)) {
				add(band, "Two bands of " + of + " overlap (" + reach.getMin() + " to " + reach.getMax() + " and " + band.getMin() + " to " + band.getMax() + ").");
			}
			if (reach == null || band.getMax() > reach.getMax()) {
				reach = band;
			}
		}
	}

	private void add(EObject part, String sentence) {
		findings.add(new Finding(part, sentence));
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
