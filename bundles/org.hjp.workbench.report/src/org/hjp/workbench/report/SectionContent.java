package org.hjp.workbench.report;

import java.util.List;
import java.util.Map;

import org.hjp.workbench.core.documents.ReportBlock;
import org.hjp.workbench.core.documents.ReportSection;

/** The stages' report sections as maps for the template, each block with its kind. */
final class SectionContent {

	private SectionContent() {
	}

	static List<Map<String, Object>> of(List<ReportSection> sections) {
		return sections.stream().map(s -> Map.<String, Object>of("heading", s.heading(), "blocks", blocks(s.blocks()))).toList();
	}

	private static List<Map<String, Object>> blocks(List<ReportBlock> blocks) {
		return blocks.stream().map(SectionContent::block).toList();
	}

	private static Map<String, Object> block(ReportBlock block) {
		return switch (block) {
		case ReportBlock.Text t -> Map.of("kind", "text", "text", t.text(), "quiet", t.quiet());
		case ReportBlock.Answers a -> Map.of("kind", "answers", "answers",
				a.answers().stream().map(x -> Map.of("question", x.question(), "answer", x.answer())).toList());
		case ReportBlock.Table t -> Map.of("kind", "table", "header", t.header(), "rows", t.rows());
		case ReportBlock.Part p -> Map.of("kind", "part", "heading", p.heading(), "blocks", blocks(p.blocks()));
		};
	}
}
