package org.hjp.workbench.mou;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * A memorandum as a word processor holds it: a title, a table of contents, numbered headings, paragraphs, bulleted
 * lists and tables, each in the format's own styles. {@link MouDocument} says what goes in; each format says how.
 */
interface MouOutline {

	void title(String title, String subtitle, String note);

	/** A table of contents of the headings, which the word processor fills in. */
	void contents();

	/** A numbered heading of the first level. */
	void heading(String text);

	/** A heading under the current one, such as one training. */
	void subheading(String text);

	void paragraph(String text);

	/** A paragraph that starts with a label in bold, such as "Meetings: ". */
	void labelled(String label, String text);

	void bullets(List<String> items);

	void table(List<String> header, List<List<String>> rows);

	/** The document's title and author, as the word processor's document properties show them. */
	void properties(String title, String author);

	void write(OutputStream out) throws IOException;
}
