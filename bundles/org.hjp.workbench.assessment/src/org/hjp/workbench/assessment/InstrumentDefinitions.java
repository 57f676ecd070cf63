package org.hjp.workbench.assessment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.hjp.workbench.assessment.model.AssessmentFactory;
import org.hjp.workbench.assessment.model.AssessmentPackage;
import org.hjp.workbench.assessment.model.Band;
import org.hjp.workbench.assessment.model.Domain;
import org.hjp.workbench.assessment.model.Instrument;
import org.hjp.workbench.assessment.model.Item;
import org.hjp.workbench.assessment.model.ResponseScale;
import org.hjp.workbench.assessment.model.ScalePoint;
import org.hjp.workbench.assessment.model.Scoring;
import org.hjp.workbench.core.persistence.PartnershipFormat;

/**
 * Reads and checks instrument definition files (the format of docs/assessment-instruments.md): XMI of the
 * assessment package, read with the same protections as partnership files, and checked so that every
 * instrument the workbench offers can be answered and scored.
 */
public final class InstrumentDefinitions {

	/** A definition larger than this is refused before it is parsed. */
	public static final int MAX_BYTES = 2 * 1024 * 1024;

	private InstrumentDefinitions() {
	}

	/** Reads a definition; {@code name} (a file name) appears in messages. */
	public static Instrument read(InputStream in, String name) throws DefinitionException {
		byte[] bytes;
		try {
			bytes = in.readNBytes(MAX_BYTES + 1);
		} catch (IOException e) {
			throw new DefinitionException("The definition " + name + " could not be read: " + e.getMessage(), e);
		}
		if (bytes.length > MAX_BYTES) {
			throw new DefinitionException(List.of("The definition " + name + " is larger than " + MAX_BYTES / 1024 / 1024 + " MB, far more than an instrument needs."));
		}
		Resource resource = newResourceSet().createResource(URI.createURI("instrument:/" + URI.encodeSegment(name, false)));
		try {
			Map<Object, Object> options = PartnershipFormat.loadOptions();
			options.remove(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE);
			resource.load(new ByteArrayInputStream(bytes), options);
		} catch (IOException | RuntimeException e) {
			throw new DefinitionException("The definition " + name + " is not a readable instrument file: " + rootMessage(e), e);
		}
		if (!resource.getErrors().isEmpty()) {
			Resource.Diagnostic first = resource.getErrors().get(0);
			throw new DefinitionException(List.of("The definition " + name + " is not a readable instrument file: " + first.getMessage() + " (line " + first.getLine() + ")."));
		}
		if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Instrument instrument)) {
			throw new DefinitionException(List.of("The definition " + name + " does not hold one instrument: its root element must be assessment:Instrument in the namespace " + AssessmentPackage.eNS_URI + "."));
		}
		List<String> problems = check(instrument);
		if (!problems.isEmpty()) {
			throw new DefinitionException(problems);
		}
		if (instrument.getScoring() == null) {
			instrument.setScoring(AssessmentFactory.eINSTANCE.createScoring());
		}
		resource.getContents().clear();
		return instrument;
	}

	/**
	 * Everything that stops the instrument being answered or scored, as sentences; empty when it is usable. An
	 * instrument over one of the {@link InstrumentLimits} gets only the sentences that say so, and its parts are not
	 * checked one by one.
	 */
	public static List<String> check(Instrument instrument) {
		List<String> problems = new ArrayList<>();
		String label = blank(instrument.getName()) ? "The instrument" : "The instrument \u201c" + instrument.getName() + "\u201d";
		if (blank(instrument.getId())) {
			problems.add(label + " has no id.");
		}
		if (blank(instrument.getName())) {
			problems.add(label + " has no name.");
		}
		if (blank(instrument.getVersion())) {
			problems.add(label + " has no version.");
		}
		List<String> overLimits = InstrumentLimits.exceeded(instrument, label);
		if (!overLimits.isEmpty()) {
			problems.addAll(overLimits);
			return problems;
		}
		Set<String> scaleIds = new HashSet<>();
		if (instrument.getScales().isEmpty()) {
			problems.add(label + " has no response scale.");
		}
		for (ResponseScale scale : instrument.getScales()) {
			checkScale(scale, scaleIds, problems);
		}
		if (instrument.getDomains().isEmpty()) {
			problems.add(label + " has no domains.");
		}
		Set<String> domainIds = new HashSet<>();
		Set<String> itemIds = new HashSet<>();
		for (Domain domain : instrument.getDomains()) {
			String domainName = blank(domain.getName()) ? "a domain" : "the domain \u201c" + domain.getName() + "\u201d";
			if (blank(domain.getId()) || !domainIds.add(domain.getId())) {
				problems.add(blank(domain.getId()) ? "The id of " + domainName + " is missing." : "Two domains have the id " + domain.getId() + ".");
			}
			if (blank(domain.getName())) {
				problems.add("The domain " + domain.getId() + " has no name.");
			}
			if (domain.getItems().isEmpty()) {
				problems.add("The domain " + text(domain) + " has no statements.");
			}
			for (Item item : domain.getItems()) {
				checkItem(item, domain, scaleIds, itemIds, problems);
			}
			checkBands(domain.getBands(), "the domain " + text(domain), problems);
		}
		checkBands(instrument.getBands(), "the total", problems);
		Scoring scoring = instrument.getScoring();
		if (scoring != null && (scoring.getMinimumAnswered() < 0 || scoring.getMinimumAnswered() > 100)) {
			problems.add("The minimum answered (" + scoring.getMinimumAnswered() + ") must be a percentage from 0 to 100.");
		}
		if (instrument.getDisagreementThreshold() < 1 || instrument.getDisagreementThreshold() > 100) {
			problems.add("The disagreement threshold (" + instrument.getDisagreementThreshold() + ") must be a percentage from 1 to 100.");
		}
		return problems;
	}

	private static void checkScale(ResponseScale scale, Set<String> scaleIds, List<String> problems) {
		String name = blank(scale.getId()) ? "A response scale" : "The response scale " + scale.getId();
		if (blank(scale.getId()) || !scaleIds.add(scale.getId())) {
			problems.add(blank(scale.getId()) ? "A response scale has no id." : "Two response scales have the id " + scale.getId() + ".");
		}
		if (scale.getPoints().size() < 2) {
			problems.add(name + " has " + scale.getPoints().size() + " points; a scale needs at least two.");
		}
		Set<Integer> values = new HashSet<>();
		for (ScalePoint point : scale.getPoints()) {
			if (!values.add(point.getValue())) {
				problems.add(name + " has two points with the value " + point.getValue() + ".");
			}
			if (blank(point.getLabel())) {
				problems.add(name + " has a point (value " + point.getValue() + ") without a label.");
			}
		}
	}

	private static void checkItem(Item item, Domain domain, Set<String> scaleIds, Set<String> itemIds, List<String> problems) {
		if (blank(item.getId())) {
			problems.add("A statement in the domain " + text(domain) + " has no id.");
		} else if (!itemIds.add(item.getId())) {
			problems.add("Two statements have the id " + item.getId() + ".");
		}
		if (blank(item.getText())) {
			problems.add("The statement " + item.getId() + " has no text.");
		}
		if (!blank(item.getScale()) && !scaleIds.contains(item.getScale())) {
			problems.add("The statement " + item.getId() + " is answered on the scale " + item.getScale() + ", which the instrument does not define.");
		}
	}

	private static void checkBands(List<Band> bands, String of, List<String> problems) {
		List<Band> ranges = new ArrayList<>();
		for (Band band : bands) {
			if (blank(band.getLabel())) {
				problems.add("A band of " + of + " (" + band.getMin() + " to " + band.getMax() + ") has no label.");
			}
			if (band.getMin() > band.getMax()) {
				problems.add("A band of " + of + " starts above where it ends (" + band.getMin() + " to " + band.getMax() + ").");
			} else if (!Double.isNaN(band.getMin()) && !Double.isNaN(band.getMax())) {
				ranges.add(band);
			}
		}
		ranges.sort(Comparator.comparingDouble(Band::getMin));
		// Sorted by where they start, a band overlaps an earlier one exactly when it starts no later than the furthest-reaching earlier one ends.
		Band reach = null;
		for (Band band : ranges) {
			if (reach != null && band.getMin() <= reach.getMax()) {
				problems.add("Two bands of " + of + " overlap (" + reach.getMin() + " to " + reach.getMax() + " and " + band.getMin() + " to " + band.getMax() + ").");
			}
			if (reach == null || band.getMax() > reach.getMax()) {
				reach = band;
			}
		}
	}

	static String text(Domain domain) {
		return blank(domain.getName()) ? String.valueOf(domain.getId()) : "\u201c" + domain.getName() + "\u201d";
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static String rootMessage(Throwable e) {
		Throwable t = e;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
		if (t instanceof org.xml.sax.SAXParseException sax) {
			message = message + " (line " + sax.getLineNumber() + ")";
		}
		return message.endsWith(".") ? message : message + ".";
	}

	private static ResourceSet newResourceSet() {
		ResourceSet resourceSet = PartnershipFormat.newResourceSet();
		resourceSet.getResourceFactoryRegistry().getProtocolToFactoryMap().put("instrument", (Resource.Factory) XMIResourceImpl::new);
		resourceSet.getPackageRegistry().put(AssessmentPackage.eNS_URI, AssessmentPackage.eINSTANCE);
		return resourceSet;
	}

	/** An instrument's statements in order, over all domains. */
	public static List<Item> items(Instrument instrument) {
		List<Item> items = new ArrayList<>();
		instrument.getDomains().forEach(d -> items.addAll(d.getItems()));
		return items;
	}

	/** The scale a statement is answered on. */
	public static ResponseScale scaleOf(Item item, Instrument instrument) {
		if (!blank(item.getScale())) {
			for (ResponseScale scale : instrument.getScales()) {
				if (item.getScale().equals(scale.getId())) {
					return scale;
				}
			}
		}
		return instrument.getScales().get(0);
	}
}
