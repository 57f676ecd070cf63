package org.hjp.workbench.core.documents;

import java.util.List;

/**
 * A piece of a report section, said without a page in mind: the plan report lays it out as HTML and PDF, and other
 * documents may lay it out their own way. All text is plain; the report escapes it.
 */
public sealed interface ReportBlock {

	/** A paragraph; a quiet one is set apart as a note. */
	record Text(String text, boolean quiet) implements ReportBlock {

		public Text {
			text = text == null ? "" : text;
		}

		public Text(String text) {
			this(text, false);
		}
	}

	/** Questions the stage asks, each with what the partnership answered. */
	record Answers(List<Answer> answers) implements ReportBlock {

		public Answers {
			answers = List.copyOf(answers);
		}
	}

	record Answer(String question, String answer) {

		public Answer {
			question = question == null ? "" : question;
			answer = answer == null ? "" : answer;
		}
	}

	/** A table with a header row; every row has a cell for each heading. */
	record Table(List<String> header, List<List<String>> rows) implements ReportBlock {

		public Table {
			header = List.copyOf(header);
			rows = rows.stream().map(row -> row.stream().map(cell -> cell == null ? "" : cell).toList()).toList();
			for (List<String> row : rows) {
				if (row.size() != header.size()) {
					throw new IllegalArgumentException("A row has " + row.size() + " cells under " + header.size() + " headings: " + row);
				}
			}
		}
	}

	/** A part of the section with a heading of its own, such as one training. */
	record Part(String heading, List<ReportBlock> blocks) implements ReportBlock {

		public Part {
			heading = heading == null ? "" : heading;
			blocks = List.copyOf(blocks);
		}
	}
}
