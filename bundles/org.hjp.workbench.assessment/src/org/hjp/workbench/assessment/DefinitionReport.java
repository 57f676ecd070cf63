package org.hjp.workbench.assessment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.hjp.workbench.assessment.internal.ElementLines;
import org.hjp.workbench.assessment.model.AssessmentFactory;
import org.hjp.workbench.assessment.model.AssessmentPackage;
import org.hjp.workbench.assessment.model.Instrument;
import org.hjp.workbench.core.persistence.PartnershipFormat;
import org.xml.sax.SAXParseException;

/**
 * Every problem of one definition file, each with the line it is on where that is known: what is not part of the
 * format (a misspelt attribute) as well as what makes the instrument unusable, all at once, so that an author fixes
 * them in one go.
 */
public final class DefinitionReport {

	/** A definition larger than this is refused before it is parsed. */
	public static final int MAX_BYTES = 2 * 1024 * 1024;

	/** One problem, and the line of the file it is on (0 when not known). */
	public record Problem(int line, String sentence) {

		/** The sentence with its line, as in "… does not define (line 12)." */
		public String withLine() {
			if (line <= 0) {
				return sentence;
			}
			String bare = sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
			return bare + " (line " + line + ").";
		}
	}

	private final List<Problem> problems = new ArrayList<>();
	private Instrument instrument;

	private DefinitionReport() {
	}

	/** Reads and checks a definition; {@code name} (a file name) appears in the sentences. */
	public static DefinitionReport read(InputStream in, String name) {
		DefinitionReport report = new DefinitionReport();
		try {
			byte[] bytes = in.readNBytes(MAX_BYTES + 1);
			if (bytes.length > MAX_BYTES) {
				report.add(0, "The definition " + name + " is larger than " + MAX_BYTES / 1024 / 1024 + " MB, far more than an instrument needs.");
			} else {
				report.load(bytes, name);
			}
		} catch (IOException e) {
			report.add(0, "The definition " + name + " could not be read: " + e.getMessage());
		}
		return report;
	}

	private void load(byte[] bytes, String name) {
		Resource resource = newResourceSet().createResource(URI.createURI("instrument:/" + URI.encodeSegment(name, false)));
		try {
			Map<Object, Object> options = PartnershipFormat.loadOptions();
			options.remove(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE);
			resource.load(new ByteArrayInputStream(bytes), options);
		} catch (IOException | RuntimeException e) {
			// EMF reads on past what is not part of the format and then throws the first such error; fatal XML errors leave nothing read.
			if (resource.getErrors().isEmpty() || resource.getContents().isEmpty() || root(e) instanceof SAXParseException) {
				add(0, "The definition " + name + " is not a readable instrument file: " + rootMessage(e));
				return;
			}
		}
		for (Resource.Diagnostic error : resource.getErrors()) {
			add(error.getLine(), "The definition " + name + " is not a readable instrument file: " + describe(error));
		}
		if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Instrument read)) {
			add(0, "The definition " + name + " does not hold one instrument: its root element must be assessment:Instrument in the namespace "
					+ AssessmentPackage.eNS_URI + ".");
			return;
		}
		ElementLines lines = ElementLines.of(bytes);
		for (InstrumentCheck.Finding finding : InstrumentCheck.of(read)) {
			// A problem of the whole instrument is about the file, not the line its root element starts on.
			add(finding.part() == read ? 0 : lines.line(finding.part()).orElse(0), finding.sentence());
		}
		if (problems.isEmpty()) {
			if (read.getScoring() == null) {
				read.setScoring(AssessmentFactory.eINSTANCE.createScoring());
			}
			resource.getContents().clear();
			instrument = read;
		}
	}

	/** Every problem, in the order of the file where lines are known; empty when the definition can be used. */
	public List<Problem> problems() {
		return problems.stream().sorted(Comparator.comparingInt(Problem::line)).toList();
	}

	/** The instrument, when the definition has no problem. */
	public Optional<Instrument> instrument() {
		return Optional.ofNullable(instrument);
	}

	private void add(int line, String sentence) {
		problems.add(new Problem(Math.max(0, line), sentence.endsWith(".") ? sentence : sentence + "."));
	}

	private static String describe(Resource.Diagnostic error) {
		if (error instanceof FeatureNotFoundException missing) {
			return missing.getName() + " is not part of the instrument format (is it misspelt?)";
		}
		return error.getMessage();
	}

	private static Throwable root(Throwable e) {
		Throwable t = e;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		return t;
	}

	private static String rootMessage(Throwable e) {
		Throwable t = root(e);
		String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
		if (t instanceof SAXParseException sax) {
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
}
