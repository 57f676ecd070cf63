package org.hjp.workbench.mou.tests;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** What a draft MOU says, read back from either format the same way, so that one test checks both. */
record MouText(List<String> headings, List<String> subheadings, List<String> bullets, String text, String title, String author) {

	private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

	static MouText read(Path file) throws Exception {
		return file.toString().endsWith(".odt") ? odt(file) : docx(file);
	}

	private static MouText docx(Path file) throws Exception {
		try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in); XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return new MouText(styled(document, "Heading1"), styled(document, "Heading2"), styled(document, "ListBullet"), extractor.getText(),
					document.getProperties().getCoreProperties().getTitle(), document.getProperties().getCoreProperties().getCreator());
		}
	}

	private static List<String> styled(XWPFDocument document, String style) {
		return document.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
	}

	private static MouText odt(Path file) throws Exception {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			Document content = parse(zip, "content.xml");
			Document meta = parse(zip, "meta.xml");
			Element body = (Element) content.getElementsByTagNameNS("urn:oasis:names:tc:opendocument:xmlns:office:1.0", "text").item(0);
			List<String> headings = new ArrayList<>();
			List<String> subheadings = new ArrayList<>();
			List<String> bullets = new ArrayList<>();
			StringBuilder text = new StringBuilder();
			NodeList all = body.getElementsByTagNameNS(TEXT, "*");
			for (int i = 0; i < all.getLength(); i++) {
				Element e = (Element) all.item(i);
				if (inContents(e)) {
					continue;
				}
				if (e.getLocalName().equals("h")) {
					(e.getAttributeNS(TEXT, "outline-level").equals("1") ? headings : subheadings).add(text(e));
					text.append(text(e)).append('\n');
				} else if (e.getLocalName().equals("p")) {
					if (e.getParentNode() instanceof Element parent && parent.getLocalName().equals("list-item")) {
						bullets.add(text(e));
					}
					text.append(text(e)).append('\n');
				}
			}
			return new MouText(headings, subheadings, bullets, text.toString(), first(meta, "http://purl.org/dc/elements/1.1/", "title"),
					first(meta, "urn:oasis:names:tc:opendocument:xmlns:meta:1.0", "initial-creator"));
		}
	}

	private static boolean inContents(Node node) {
		for (Node n = node; n != null; n = n.getParentNode()) {
			if ("table-of-content".equals(n.getLocalName())) {
				return true;
			}
		}
		return false;
	}

	/** A paragraph's text as a reader sees it: its line breaks as new lines, its runs of spaces whole. */
	static String text(Node node) {
		StringBuilder text = new StringBuilder();
		for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child.getNodeType() == Node.TEXT_NODE) {
				text.append(child.getNodeValue());
			} else if ("line-break".equals(child.getLocalName())) {
				text.append('\n');
			} else if ("tab".equals(child.getLocalName())) {
				text.append('\t');
			} else if ("s".equals(child.getLocalName())) {
				String c = ((Element) child).getAttributeNS(TEXT, "c");
				text.append(" ".repeat(c.isEmpty() ? 1 : Integer.parseInt(c)));
			} else {
				text.append(text(child));
			}
		}
		return text.toString();
	}

	static Document parse(ZipFile zip, String entry) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		try (InputStream in = zip.getInputStream(zip.getEntry(entry))) {
			return factory.newDocumentBuilder().parse(in);
		}
	}

	private static String first(Document document, String namespace, String name) {
		NodeList nodes = document.getElementsByTagNameNS(namespace, name);
		return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
	}
}
