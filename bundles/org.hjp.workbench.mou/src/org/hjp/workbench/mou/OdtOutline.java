package org.hjp.workbench.mou;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLStreamException;

import org.hjp.workbench.core.product.ProductIdentity;

/**
 * The memorandum as an OpenDocument text for LibreOffice, written as ODF 1.3 from the bundle's styles: Heading 1
 * (numbered by the outline) and 2, List Bullet, tables with a repeated header row, and a table of contents of the
 * headings, which LibreOffice can update with the page numbers.
 */
final class OdtOutline implements MouOutline {

	static final String MIME_TYPE = "application/vnd.oasis.opendocument.text";

	private final List<OdtPart> parts = new ArrayList<>();
	private String title = "";
	private String author = "";

	@Override
	public void title(String title, String subtitle, String note) {
		parts.add(new OdtPart.Styled("Title", title));
		parts.add(new OdtPart.Styled("Subtitle", subtitle));
		parts.add(new OdtPart.Styled("Note", note));
	}

	@Override
	public void contents() {
		parts.add(new OdtPart.Contents());
	}

	@Override
	public void heading(String text) {
		parts.add(new OdtPart.Heading(1, text));
	}

	@Override
	public void subheading(String text) {
		parts.add(new OdtPart.Heading(2, text));
	}

	@Override
	public void paragraph(String text) {
		parts.add(new OdtPart.Styled("Standard", text));
	}

	@Override
	public void labelled(String label, String text) {
		parts.add(new OdtPart.Labelled(label, text));
	}

	@Override
	public void bullets(List<String> items) {
		parts.add(new OdtPart.Bullets(List.copyOf(items)));
	}

	@Override
	public void table(List<String> header, List<List<String>> rows) {
		parts.add(new OdtPart.Table(header, rows, ColumnWidths.of(header, rows, OdtContent.TEXT_WIDTH_TWIPS)));
	}

	@Override
	public void properties(String title, String author) {
		this.title = title;
		this.author = author;
	}

	/** A zip whose first entry is the uncompressed mime type, as ODF asks, so that tools know the file by its first bytes. */
	@Override
	public void write(OutputStream out) throws IOException {
		try {
			ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
			stored(zip, "mimetype", MIME_TYPE.getBytes(StandardCharsets.US_ASCII));
			deflated(zip, "META-INF/manifest.xml", OdtContent.manifest());
			deflated(zip, "styles.xml", styles());
			deflated(zip, "meta.xml", OdtContent.meta(title, author, ProductIdentity.NAME, Instant.now().truncatedTo(ChronoUnit.SECONDS)));
			deflated(zip, "content.xml", OdtContent.content(parts));
			zip.finish();
		} catch (XMLStreamException e) {
			throw new IOException("The MOU could not be written as OpenDocument: " + e.getMessage(), e);
		}
	}

	private static byte[] styles() throws IOException {
		try (InputStream in = OdtOutline.class.getResourceAsStream("/odt/styles.xml")) {
			if (in == null) {
				throw new IOException("The MOU's OpenDocument styles are missing from its bundle.");
			}
			return in.readAllBytes();
		}
	}

	private static void stored(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
		ZipEntry entry = new ZipEntry(name);
		entry.setMethod(ZipEntry.STORED);
		entry.setSize(bytes.length);
		CRC32 crc = new CRC32();
		crc.update(bytes);
		entry.setCrc(crc.getValue());
		zip.putNextEntry(entry);
		zip.write(bytes);
		zip.closeEntry();
	}

	private static void deflated(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(bytes);
		zip.closeEntry();
	}
}
