package org.hjp.workbench.mou;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The XML parts of the OpenDocument memorandum: its manifest, its properties and its content. */
final class OdtContent {

	/** 17 cm, the width between the A4 page's margins of the bundle's styles, in twentieths of a point. */
	static final int TEXT_WIDTH_TWIPS = 9639;
	private static final double TWIPS_PER_CM = 567.0;

	private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
	private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
	private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
	private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
	private static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
	private static final String META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
	private static final String DC = "http://purl.org/dc/elements/1.1/";
	private static final String MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";

	private OdtContent() {
	}

	static byte[] manifest() throws XMLStreamException {
		return document(w -> {
			root(w, MANIFEST, "manifest", "manifest", MANIFEST);
			w.writeAttribute(MANIFEST, "version", "1.3");
			for (String[] entry : List.of(new String[] { "/", OdtOutline.MIME_TYPE }, new String[] { "content.xml", "text/xml" },
					new String[] { "styles.xml", "text/xml" }, new String[] { "meta.xml", "text/xml" })) {
				w.writeEmptyElement(MANIFEST, "file-entry");
				w.writeAttribute(MANIFEST, "full-path", entry[0]);
				w.writeAttribute(MANIFEST, "media-type", entry[1]);
			}
			w.writeEndElement();
		});
	}

	static byte[] meta(String title, String author, String generator, Instant created) throws XMLStreamException {
		return document(w -> {
			root(w, OFFICE, "document-meta", "office", OFFICE, "meta", META, "dc", DC);
			w.writeAttribute(OFFICE, "version", "1.3");
			w.writeStartElement(OFFICE, "meta");
			element(w, META, "generator", generator);
			element(w, DC, "title", title);
			element(w, META, "initial-creator", author);
			element(w, DC, "creator", author);
			element(w, META, "creation-date", created.toString().replace("Z", ""));
			element(w, DC, "language", "en-AU");
			w.writeEndElement();
			w.writeEndElement();
		});
	}

	static byte[] content(List<OdtPart> parts) throws XMLStreamException {
		List<OdtPart.Heading> headings = parts.stream().filter(OdtPart.Heading.class::isInstance).map(OdtPart.Heading.class::cast).toList();
		List<OdtPart.Table> tables = parts.stream().filter(OdtPart.Table.class::isInstance).map(OdtPart.Table.class::cast).toList();
		return document(w -> {
			root(w, OFFICE, "document-content", "office", OFFICE, "style", STYLE, "text", TEXT, "table", TABLE, "fo", FO);
			w.writeAttribute(OFFICE, "version", "1.3");
			tableStyles(w, tables);
			w.writeStartElement(OFFICE, "body");
			w.writeStartElement(OFFICE, "text");
			int table = 0;
			for (OdtPart part : parts) {
				switch (part) {
				case OdtPart.Styled p -> paragraph(w, p.style(), p.text());
				case OdtPart.Heading h -> heading(w, h);
				case OdtPart.Labelled l -> labelled(w, l);
				case OdtPart.Bullets b -> bullets(w, b.items());
				case OdtPart.Table t -> table(w, t, ++table);
				case OdtPart.Contents c -> contents(w, headings);
				}
			}
			w.writeEndElement();
			w.writeEndElement();
			w.writeEndElement();
		});
	}

	private static void tableStyles(XMLStreamWriter w, List<OdtPart.Table> tables) throws XMLStreamException {
		w.writeStartElement(OFFICE, "automatic-styles");
		for (int t = 1; t <= tables.size(); t++) {
			w.writeStartElement(STYLE, "style");
			w.writeAttribute(STYLE, "name", "Table" + t);
			w.writeAttribute(STYLE, "family", "table");
			w.writeEmptyElement(STYLE, "table-properties");
			w.writeAttribute(STYLE, "width", cm(TEXT_WIDTH_TWIPS));
			w.writeAttribute(FO, "margin-bottom", "0.3cm");
			w.writeEndElement();
			int[] widths = tables.get(t - 1).widths();
			for (int c = 0; c < widths.length; c++) {
				w.writeStartElement(STYLE, "style");
				w.writeAttribute(STYLE, "name", "Table" + t + ".C" + (c + 1));
				w.writeAttribute(STYLE, "family", "table-column");
				w.writeEmptyElement(STYLE, "table-column-properties");
				w.writeAttribute(STYLE, "column-width", cm(widths[c]));
				w.writeEndElement();
			}
		}
		for (String[] cell : new String[][] { { "Cell", "transparent" }, { "HeaderCell", "#e3eaf2" } }) {
			w.writeStartElement(STYLE, "style");
			w.writeAttribute(STYLE, "name", cell[0]);
			w.writeAttribute(STYLE, "family", "table-cell");
			w.writeEmptyElement(STYLE, "table-cell-properties");
			w.writeAttribute(FO, "border", "0.5pt solid #999999");
			w.writeAttribute(FO, "padding", "0.08cm");
			w.writeAttribute(FO, "background-color", cell[1]);
			w.writeEndElement();
		}
		w.writeEndElement();
	}

	private static void heading(XMLStreamWriter w, OdtPart.Heading h) throws XMLStreamException {
		w.writeStartElement(TEXT, "h");
		w.writeAttribute(TEXT, "style-name", "Heading_20_" + h.level());
		w.writeAttribute(TEXT, "outline-level", String.valueOf(h.level()));
		text(w, h.text());
		w.writeEndElement();
	}

	private static void labelled(XMLStreamWriter w, OdtPart.Labelled l) throws XMLStreamException {
		w.writeStartElement(TEXT, "p");
		w.writeAttribute(TEXT, "style-name", "Standard");
		w.writeStartElement(TEXT, "span");
		w.writeAttribute(TEXT, "style-name", "Strong_20_Emphasis");
		text(w, l.label() + ": ");
		w.writeEndElement();
		text(w, l.text());
		w.writeEndElement();
	}

	private static void bullets(XMLStreamWriter w, List<String> items) throws XMLStreamException {
		w.writeStartElement(TEXT, "list");
		w.writeAttribute(TEXT, "style-name", "Bullets");
		for (String item : items) {
			w.writeStartElement(TEXT, "list-item");
			paragraph(w, "List_20_Bullet", item);
			w.writeEndElement();
		}
		w.writeEndElement();
	}

	private static void table(XMLStreamWriter w, OdtPart.Table t, int number) throws XMLStreamException {
		w.writeStartElement(TABLE, "table");
		w.writeAttribute(TABLE, "name", "Table" + number);
		w.writeAttribute(TABLE, "style-name", "Table" + number);
		for (int c = 1; c <= t.header().size(); c++) {
			w.writeEmptyElement(TABLE, "table-column");
			w.writeAttribute(TABLE, "style-name", "Table" + number + ".C" + c);
		}
		w.writeStartElement(TABLE, "table-header-rows");
		row(w, t.header(), "HeaderCell", "Table_20_Heading");
		w.writeEndElement();
		for (List<String> row : t.rows()) {
			row(w, row, "Cell", "Table_20_Contents");
		}
		w.writeEndElement();
	}

	private static void row(XMLStreamWriter w, List<String> cells, String cellStyle, String paragraphStyle) throws XMLStreamException {
		w.writeStartElement(TABLE, "table-row");
		for (String cell : cells) {
			w.writeStartElement(TABLE, "table-cell");
			w.writeAttribute(TABLE, "style-name", cellStyle);
			w.writeAttribute(OFFICE, "value-type", "string");
			paragraph(w, paragraphStyle, cell);
			w.writeEndElement();
		}
		w.writeEndElement();
	}

	/** The contents as LibreOffice keeps them: how to make them again, and the entries as they are now, numbered like the headings. */
	private static void contents(XMLStreamWriter w, List<OdtPart.Heading> headings) throws XMLStreamException {
		w.writeStartElement(TEXT, "table-of-content");
		w.writeAttribute(TEXT, "name", "Contents");
		w.writeAttribute(TEXT, "protected", "true");
		w.writeStartElement(TEXT, "table-of-content-source");
		w.writeAttribute(TEXT, "outline-level", "2");
		w.writeStartElement(TEXT, "index-title-template");
		w.writeAttribute(TEXT, "style-name", "Contents_20_Heading");
		w.writeCharacters("Contents");
		w.writeEndElement();
		for (int level = 1; level <= 2; level++) {
			w.writeStartElement(TEXT, "table-of-content-entry-template");
			w.writeAttribute(TEXT, "outline-level", String.valueOf(level));
			w.writeAttribute(TEXT, "style-name", "Contents_20_" + level);
			w.writeEmptyElement(TEXT, "index-entry-chapter");
			w.writeEmptyElement(TEXT, "index-entry-text");
			w.writeEmptyElement(TEXT, "index-entry-tab-stop");
			w.writeAttribute(STYLE, "type", "right");
			w.writeAttribute(STYLE, "leader-char", ".");
			w.writeEmptyElement(TEXT, "index-entry-page-number");
			w.writeEndElement();
		}
		w.writeEndElement();
		w.writeStartElement(TEXT, "index-body");
		w.writeStartElement(TEXT, "index-title");
		w.writeAttribute(TEXT, "name", "Contents_Head");
		paragraph(w, "Contents_20_Heading", "Contents");
		w.writeEndElement();
		int number = 0;
		for (OdtPart.Heading h : headings) {
			paragraph(w, "Contents_20_" + h.level(), h.level() == 1 ? ++number + ". " + h.text() : h.text());
		}
		w.writeEndElement();
		w.writeEndElement();
	}

	private static void paragraph(XMLStreamWriter w, String style, String text) throws XMLStreamException {
		w.writeStartElement(TEXT, "p");
		w.writeAttribute(TEXT, "style-name", style);
		text(w, text);
		w.writeEndElement();
	}

	private static void element(XMLStreamWriter w, String namespace, String name, String text) throws XMLStreamException {
		w.writeStartElement(namespace, name);
		w.writeCharacters(XmlCharacters.keep(text));
		w.writeEndElement();
	}

	private static void text(XMLStreamWriter w, String text) throws XMLStreamException {
		OdtText.write(w, text, TEXT);
	}

	private static String cm(int twips) {
		return String.format(Locale.ROOT, "%.2fcm", twips / TWIPS_PER_CM);
	}

	/** Starts the root element, declaring each prefix given with its namespace: prefix, namespace, prefix, namespace... */
	private static void root(XMLStreamWriter w, String namespace, String name, String... prefixes) throws XMLStreamException {
		for (int i = 0; i < prefixes.length; i += 2) {
			w.setPrefix(prefixes[i], prefixes[i + 1]);
		}
		w.writeStartElement(namespace, name);
		for (int i = 0; i < prefixes.length; i += 2) {
			w.writeNamespace(prefixes[i], prefixes[i + 1]);
		}
	}

	private static byte[] document(XmlBody body) throws XMLStreamException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
		w.writeStartDocument("UTF-8", "1.0");
		body.write(w);
		w.writeEndDocument();
		w.close();
		return out.toByteArray();
	}

	private interface XmlBody {
		void write(XMLStreamWriter w) throws XMLStreamException;
	}
}
