package org.hjp.workbench.mou;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.hjp.workbench.core.product.ProductIdentity;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The memorandum as a Word document in Word's own styles: Title, Heading 1 (numbered) and 2, List Bullet, Table Grid
 * and a table of contents field that Word fills in when the document opens, so that the navigation pane and the
 * contents work as in any document the partners write themselves.
 */
final class DocxOutline implements MouOutline {

	static final String HEADING_1 = "Heading1";
	static final String HEADING_2 = "Heading2";
	static final String LIST_BULLET = "ListBullet";
	private static final String HEADER_SHADE = "E3EAF2";

	/** A4 with margins of 2 cm, in twentieths of a point. */
	private static final int PAGE_WIDTH = 11906;
	private static final int PAGE_HEIGHT = 16838;
	private static final int MARGIN = 1134;
	static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

	private final XWPFDocument doc;

	DocxOutline() throws IOException {
		doc = new XWPFDocument();
		try (InputStream styles = resource("styles.xml"); InputStream numbering = resource("numbering.xml")) {
			doc.createStyles().setStyles(StylesDocument.Factory.parse(styles).getStyles());
			doc.createNumbering().setNumbering(NumberingDocument.Factory.parse(numbering).getNumbering());
		} catch (XmlException e) {
			throw new IOException("The MOU's styles could not be read: " + e.getMessage(), e);
		}
		CTSectPr page = doc.getDocument().getBody().addNewSectPr();
		page.addNewPgSz().setW(BigInteger.valueOf(PAGE_WIDTH));
		page.getPgSz().setH(BigInteger.valueOf(PAGE_HEIGHT));
		CTPageMar margins = page.addNewPgMar();
		for (Consumer<BigInteger> side : List.<Consumer<BigInteger>>of(margins::setTop, margins::setBottom, margins::setLeft, margins::setRight)) {
			side.accept(BigInteger.valueOf(MARGIN));
		}
	}

	private static InputStream resource(String name) throws IOException {
		InputStream in = DocxOutline.class.getResourceAsStream("/docx/" + name);
		if (in == null) {
			throw new IOException("The MOU's " + name + " is missing from its bundle.");
		}
		return in;
	}

	@Override
	public void title(String title, String subtitle, String note) {
		styled("Title", title);
		styled("Subtitle", subtitle);
		styled("Note", note);
	}

	@Override
	public void contents() {
		styled("TOCHeading", "Contents");
		XWPFParagraph p = doc.createParagraph();
		CTSimpleField field = p.getCTP().addNewFldSimple();
		field.setInstr("TOC \\o \"1-2\" \\h \\z \\u");
		field.addNewR().addNewT().setStringValue("The contents are filled in when the document is opened; if not, right-click here and choose Update Field.");
		doc.enforceUpdateFields();
	}

	@Override
	public void heading(String text) {
		styled(HEADING_1, text);
	}

	@Override
	public void subheading(String text) {
		styled(HEADING_2, text);
	}

	@Override
	public void paragraph(String text) {
		styled(null, text);
	}

	@Override
	public void labelled(String label, String text) {
		XWPFParagraph p = doc.createParagraph();
		p.createRun().setText(label + ": ");
		p.getRuns().get(0).setBold(true);
		lines(p, text, false);
	}

	@Override
	public void bullets(List<String> items) {
		items.forEach(item -> styled(LIST_BULLET, item));
	}

	@Override
	public void table(List<String> header, List<List<String>> rows) {
		XWPFTable table = doc.createTable(rows.size() + 1, header.size());
		table.setStyleID("TableGrid");
		table.setWidth(String.valueOf(TEXT_WIDTH));
		int[] widths = ColumnWidths.of(header, rows, TEXT_WIDTH);
		CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
		for (int i = 0; i < widths.length; i++) {
			(i < grid.sizeOfGridColArray() ? grid.getGridColArray(i) : grid.addNewGridCol()).setW(BigInteger.valueOf(widths[i]));
		}
		XWPFTableRow first = table.getRow(0);
		first.setRepeatHeader(true);
		fill(first, header, widths, true);
		for (int i = 0; i < rows.size(); i++) {
			table.getRow(i + 1).setCantSplitRow(true);
			fill(table.getRow(i + 1), rows.get(i), widths, false);
		}
		doc.createParagraph();
	}

	private static void fill(XWPFTableRow row, List<String> cells, int[] widths, boolean header) {
		for (int i = 0; i < cells.size(); i++) {
			XWPFTableCell cell = row.getCell(i);
			cell.setWidth(String.valueOf(widths[i]));
			if (header) {
				cell.setColor(HEADER_SHADE);
			}
			XWPFParagraph p = cell.getParagraphs().get(0);
			p.setSpacingAfter(0);
			lines(p, cells.get(i), header);
		}
	}

	@Override
	public void properties(String title, String author) {
		doc.getProperties().getCoreProperties().setTitle(title);
		doc.getProperties().getCoreProperties().setCreator(author);
		doc.getProperties().getCoreProperties().setLastModifiedByUser(author);
		doc.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication(ProductIdentity.NAME);
	}

	@Override
	public void write(OutputStream out) throws IOException {
		try {
			doc.write(out);
		} finally {
			doc.close();
		}
	}

	private void styled(String style, String text) {
		XWPFParagraph p = doc.createParagraph();
		if (style != null) {
			p.setStyle(style);
		}
		lines(p, text, false);
	}

	/** The text in one run, its lines kept apart by line breaks as the user typed them. */
	private static void lines(XWPFParagraph p, String text, boolean bold) {
		XWPFRun run = p.createRun();
		run.setBold(bold);
		String[] lines = XmlCharacters.keep(text).split("\\R", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				run.addBreak();
			}
			run.setText(lines[i], i);
		}
	}
}
