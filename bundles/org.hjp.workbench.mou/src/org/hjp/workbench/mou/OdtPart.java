package org.hjp.workbench.mou;

import java.util.List;

/** A piece of the memorandum held until the whole is known, so that the table of contents can list every heading. */
sealed interface OdtPart {

	record Styled(String style, String text) implements OdtPart {
	}

	record Heading(int level, String text) implements OdtPart {
	}

	record Labelled(String label, String text) implements OdtPart {
	}

	record Bullets(List<String> items) implements OdtPart {
	}

	record Table(List<String> header, List<List<String>> rows, int[] widths) implements OdtPart {
	}

	record Contents() implements OdtPart {
	}
}
