package org.hjp.workbench.assessment.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The line of each element of a definition file, so that a problem found in the model read from it can name its
 * line. An element is known by its path: the name and place among same-named siblings of it and each element above
 * it, which is also the path of the model object read from it (element names are the names of containment features).
 */
public final class ElementLines {

	private final Map<String, Integer> lines = new HashMap<>();

	private ElementLines() {
	}

	/** The lines of the file's elements; none when it is not well-formed XML (its reader then says where it breaks). */
	public static ElementLines of(byte[] xml) {
		ElementLines result = new ElementLines();
		try {
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.newSAXParser().parse(new ByteArrayInputStream(xml), result.new Handler());
		} catch (ParserConfigurationException | SAXException | IOException e) {
			// Lines are known up to where the file stops being XML.
		}
		return result;
	}

	/** The line the object's element starts on, when known. */
	public OptionalInt line(EObject object) {
		Integer line = lines.get(path(object));
		return line == null ? OptionalInt.empty() : OptionalInt.of(line);
	}

	private static String path(EObject object) {
		StringBuilder path = new StringBuilder();
		for (EObject o = object; o.eContainer() != null; o = o.eContainer()) {
			EStructuralFeature feature = o.eContainingFeature();
			int index = feature.isMany() ? ((List<?>) o.eContainer().eGet(feature)).indexOf(o) : 0;
			path.insert(0, "/" + feature.getName() + "." + index);
		}
		return path.toString();
	}

	private final class Handler extends DefaultHandler {
		private Locator locator;
		private final Deque<String> paths = new ArrayDeque<>();
		private final Deque<Map<String, Integer>> siblings = new ArrayDeque<>();

		@Override
		public void setDocumentLocator(Locator locator) {
			this.locator = locator;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			String path;
			if (paths.isEmpty()) {
				path = "";
			} else {
				int index = siblings.peek().merge(localName, 1, Integer::sum) - 1;
				path = paths.peek() + "/" + localName + "." + index;
			}
			lines.putIfAbsent(path, locator == null ? 0 : locator.getLineNumber());
			paths.push(path);
			siblings.push(new HashMap<>());
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			paths.pop();
			siblings.pop();
		}
	}
}
