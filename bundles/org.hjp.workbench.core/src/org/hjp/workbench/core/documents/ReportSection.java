package org.hjp.workbench.core.documents;

import java.util.List;

/** A stage's part of the plan report: a heading over blocks of text, answers and tables. */
public record ReportSection(String heading, List<ReportBlock> blocks) {

	public ReportSection {
		heading = heading == null ? "" : heading;
		blocks = List.copyOf(blocks);
	}
}
