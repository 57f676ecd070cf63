package org.hjp.workbench.packaging;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.hjp.workbench.assessment.InstrumentRegistry;
import org.hjp.workbench.assessment.model.Instrument;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The two jars of a data-only plug-in: a bundle whose manifest names its definitions, as the template's bundle does,
 * and the feature that Help > Plug-ins offers, which needs the workbench's assessments.
 */
final class PluginJars {

	static final String FOLDER = "instruments/";
	private static final String ASSESSMENTS = "org.hjp.workbench.assessment";

	private PluginJars() {
	}

	static Path bundle(PluginDescription plugin, List<Definitions.Definition> definitions, Path folder) throws IOException {
		Manifest manifest = new Manifest();
		Attributes main = manifest.getMainAttributes();
		main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		main.putValue("Bundle-ManifestVersion", "2");
		main.putValue("Bundle-SymbolicName", plugin.id());
		main.putValue("Bundle-Version", plugin.version());
		main.putValue("Bundle-Name", plugin.name());
		if (plugin.vendor() != null) {
			main.putValue("Bundle-Vendor", plugin.vendor());
		}
		main.putValue(InstrumentRegistry.HEADER, String.join(",", definitions.stream().map(d -> FOLDER + d.fileName()).toList()));
		Path jar = folder.resolve(plugin.id() + "_" + plugin.version() + ".jar");
		try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
			for (Definitions.Definition definition : definitions) {
				out.putNextEntry(new JarEntry(FOLDER + definition.fileName()));
				out.write(definition.content());
				out.closeEntry();
			}
		}
		return jar;
	}

	static Path feature(PluginDescription plugin, List<Definitions.Definition> definitions, Path folder) throws IOException {
		Path jar = folder.resolve(plugin.featureId() + "_" + plugin.version() + ".jar");
		try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
			out.putNextEntry(new JarEntry("feature.xml"));
			write(featureXml(plugin, definitions), out);
			out.closeEntry();
		}
		return jar;
	}

	private static Document featureXml(PluginDescription plugin, List<Definitions.Definition> definitions) throws IOException {
		Document xml;
		try {
			xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
		} catch (ParserConfigurationException e) {
			throw new IOException("the feature's description could not be written", e);
		}
		Element feature = xml.createElement("feature");
		xml.appendChild(feature);
		feature.setAttribute("id", plugin.featureId());
		feature.setAttribute("label", plugin.name());
		feature.setAttribute("version", plugin.version());
		if (plugin.vendor() != null) {
			feature.setAttribute("provider-name", plugin.vendor());
		}
		text(feature, "description", description(definitions));
		if (plugin.licence() != null && !plugin.licence().isBlank()) {
			text(feature, "license", plugin.licence());
		}
		Element requires = child(feature, "requires");
		child(requires, "import").setAttribute("plugin", ASSESSMENTS);
		Element bundle = child(feature, "plugin");
		bundle.setAttribute("id", plugin.id());
		bundle.setAttribute("version", plugin.version());
		bundle.setAttribute("unpack", "false");
		return xml;
	}

	private static String description(List<Definitions.Definition> definitions) {
		StringBuilder text = new StringBuilder(definitions.size() == 1 ? "An assessment instrument: " : "Assessment instruments: ");
		for (int i = 0; i < definitions.size(); i++) {
			Instrument instrument = definitions.get(i).instrument();
			text.append(i == 0 ? "" : "; ").append(instrument.getName()).append(" (version ").append(instrument.getVersion()).append(')');
		}
		return text.append('.').toString();
	}

	private static Element child(Element parent, String name) {
		Element child = parent.getOwnerDocument().createElement(name);
		parent.appendChild(child);
		return child;
	}

	private static void text(Element parent, String name, String text) {
		// XML 1.0 has no place for control characters, which a licence file may hold.
		child(parent, name).setTextContent(text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", ""));
	}

	private static void write(Document xml, OutputStream out) throws IOException {
		try {
			var transformer = TransformerFactory.newInstance().newTransformer();
			transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			transformer.setOutputProperty(OutputKeys.INDENT, "yes");
			transformer.transform(new DOMSource(xml), new StreamResult(new NonClosing(out)));
		} catch (TransformerException e) {
			throw new IOException("the feature's description could not be written", e);
		}
	}

	/** The transformer must not close the jar it writes an entry of. */
	private static final class NonClosing extends java.io.FilterOutputStream {
		NonClosing(OutputStream out) {
			super(out);
		}

		@Override
		public void close() throws IOException {
			flush();
		}
	}
}
