package org.hjp.workbench.assessment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.hjp.workbench.assessment.model.Domain;
import org.hjp.workbench.assessment.model.Instrument;
import org.hjp.workbench.assessment.model.Item;
import org.hjp.workbench.assessment.model.ResponseScale;

/**
 * Reads and checks instrument definition files (the format of docs/assessment-instruments.md): XMI of the
 * assessment package, read with the same protections as partnership files, and checked so that every
 * instrument the workbench offers can be answered and scored.
 */
public final class InstrumentDefinitions {

	/** A definition larger than this is refused before it is parsed. */
	public static final int MAX_BYTES = DefinitionReport.MAX_BYTES;

	private InstrumentDefinitions() {
	}

	/**
	 * Reads a definition; {@code name} (a file name) appears in messages.
	 *
	 * @throws DefinitionException with every problem of the definition, each with its line where known
	 */
	public static Instrument read(InputStream in, String name) throws DefinitionException {
		DefinitionReport report = DefinitionReport.read(in, name);
		if (report.instrument().isEmpty()) {
			throw new DefinitionException(report.problems().stream().map(DefinitionReport.Problem::withLine).toList());
		}
		return report.instrument().get();
	}

	/**
	 * The definition of {@code instrument}, in the format {@link #read} reads: how the copy a round keeps travels to
	 * respondents who answer elsewhere.
	 */
	public static byte[] write(Instrument instrument) {
		Resource resource = new XMIResourceImpl(URI.createURI("instrument:/written"));
		resource.getContents().add(EcoreUtil.copy(instrument));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			resource.save(out, Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new UncheckedIOException("Writing to memory failed", e);
		}
		return out.toByteArray();
	}

	/**
	 * Everything that stops the instrument being answered or scored, as sentences; empty when it is usable. An
	 * instrument over one of the {@link InstrumentLimits} gets only the sentences that say so, and its parts are not
	 * checked one by one.
	 */
	public static List<String> check(Instrument instrument) {
		return InstrumentCheck.of(instrument).stream().map(InstrumentCheck.Finding::sentence).toList();
	}

	static String text(Domain domain) {
		return blank(domain.getName()) ? String.valueOf(domain.getId()) : "\u201c" + domain.getName() + "\u201d";
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
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
